"""Dated episodes: the entries of a repeat that carry a year and a kind (Study B's episodes of
cooperation or friction), counted by year and kind and by group (case).

A repeat qualifies when its entries ask a whole-number item about the year (its id or units
say "year") and a single-choice item (the kind). Each entry is one episode; an entry without a
valid year is counted under "Year not given", one without a kind under "Kind not given".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.model import Item, ItemType, Protocol

from .values import missing_kind, rows_by_group, short_label

NO_YEAR = "Year not given"
NO_KIND = "Kind not given"


@dataclass(frozen=True)
class EpisodeTable:
    """One repeat's episodes: kinds across; years, and groups, down."""

    item_id: str
    label: str
    year_item: str
    kind_item: str
    kinds: list[tuple[str, str]]  # (choice name, label), plus (None, NO_KIND) when needed
    by_year: list[tuple[str, list[int]]]  # (year, count per kind)
    by: str | None
    by_group: list[tuple[str, int, list[int]]]  # (group, interviews reporting, per kind)
    total: list[int]
    interviews: int  # interviews with at least one episode


def dated_repeats(protocol: Protocol) -> list[tuple[Item, Item, Item]]:
    """(repeat, year item, kind item) for every repeat whose entries are dated and kinded."""
    out = []
    for item in protocol.iter_items():
        if item.type != ItemType.repeat:
            continue
        years = [c for c in item.items if c.type == ItemType.integer
                 and ("year" in c.id.lower() or "year" in (c.units or "").lower())]
        kinds = [c for c in item.items if c.type == ItemType.select_one]
        if years and kinds:
            out.append((item, years[0], kinds[0]))
    return out


def episode_table(dataset: Dataset, protocol: Protocol, repeat: Item, year: Item, kind: Item,
                  by: str | None = None) -> EpisodeTable:
    """Counts of ``repeat``'s entries by year and kind, and by the groups of ``by``."""
    lang = dataset.language
    entries = [r for r in dataset.people if r.get("item_id") == repeat.id]
    kinds: list[tuple[str | None, str]] = [(c.name, protocol.text(c.label, lang))
                                           for c in protocol.choices_for(kind)]
    known = {name for name, _ in kinds}
    if any(r.get(kind.id) not in known for r in entries):
        kinds.append((None, NO_KIND))

    def kind_of(row: dict[str, Any]) -> str | None:
        return row.get(kind.id) if row.get(kind.id) in known else None

    def counts(rows: list[dict[str, Any]]) -> list[int]:
        found = Counter(kind_of(r) for r in rows)
        return [found.get(name, 0) for name, _ in kinds]

    def year_of(row: dict[str, Any]) -> str:
        value = row.get(year.id)
        return str(value) if isinstance(value, int) and not missing_kind(value) else NO_YEAR

    years = sorted({year_of(r) for r in entries}, key=lambda y: (y == NO_YEAR, y))
    by_year = [(y, counts([r for r in entries if year_of(r) == y])) for y in years]
    groups = []
    if by:
        for label, rows in rows_by_group(dataset, by):
            ids = {r.get("interview_id") for r in rows}
            inside = [r for r in entries if r.get("interview_id") in ids]
            groups.append((short_label(label), len({r.get("interview_id") for r in inside}),
                           counts(inside)))
    return EpisodeTable(repeat.id, short_label(protocol.text(repeat.label, lang)), year.id,
                        kind.id, [(str(n) if n else "", label) for n, label in kinds],
                        by_year, by, groups, counts(entries),
                        len({r.get("interview_id") for r in entries}))


def episode_tables(dataset: Dataset, protocol: Protocol,
                   by: str | None = None) -> list[EpisodeTable]:
    """Every dated repeat's table that has entries; by ``case`` when the protocol asks it."""
    if by is None and dataset.variable("interviews", "case") is not None:
        by = "case"
    tables = [episode_table(dataset, protocol, r, y, k, by) for r, y, k in dated_repeats(protocol)]
    return [t for t in tables if sum(t.total)]
