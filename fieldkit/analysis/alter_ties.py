"""Ties among the people a respondent named (alter–alter), as the respondent reports them."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.model import ItemType, Protocol


@dataclass(frozen=True)
class AlterTies:
    """How closely the people each respondent named are tied to one another (ego networks)."""

    follow_up: str  # the follow-up item that asks it ("Which of the others ... close to?")
    respondents: int  # respondents who named two people or more
    pairs: int  # pairs of named people, over those respondents
    ties: int  # pairs reported close (either of the two said to be close to the other)
    mean_density: float | None  # the mean of each respondent's ties / pairs
    outside: int  # people reported close who were not among those named (left out)

    @property
    def pooled_density(self) -> float | None:
        return self.ties / self.pairs if self.pairs else None


def alter_follow_up(protocol: Protocol | None, item_id: str) -> str | None:
    """The follow-up of a name generator that asks which of the other people named each one
    is close to: a select_multiple over the generator's own roster."""
    if protocol is None or item_id not in protocol.items_by_id:
        return None
    generator = protocol.items_by_id[item_id]
    for child in generator.items:
        if child.type == ItemType.select_multiple and generator.roster \
                and generator.roster in (child.roster_choices or []):
            return child.id
    return None


def alter_ties(dataset: Dataset, protocol: Protocol | None, item_id: str) -> AlterTies | None:
    """Alter–alter ties of one name generator, or None when it asks none."""
    follow = alter_follow_up(protocol, item_id)
    if follow is None:
        return None
    people: dict[str, list[dict[str, object]]] = {}
    for row in dataset.people:
        if row.get("item_id") == item_id and row.get("roster_id"):
            people.setdefault(str(row["interview_id"]), []).append(row)
    densities: list[float] = []
    pairs_total = ties_total = outside = 0
    for rows in people.values():
        named = {str(r["roster_id"]) for r in rows}
        ties: set[frozenset[str]] = set()
        for r in rows:
            answer = r.get(follow)
            for other in answer if isinstance(answer, list) else []:
                if other == r["roster_id"]:
                    continue
                if other in named:
                    ties.add(frozenset((str(r["roster_id"]), str(other))))
                else:
                    outside += 1
        if len(named) >= 2:
            pairs = len(named) * (len(named) - 1) // 2
            densities.append(len(ties) / pairs)
            pairs_total += pairs
            ties_total += len(ties)
    return AlterTies(follow, len(densities), pairs_total, ties_total,
                     statistics.fmean(densities) if densities else None, outside)
