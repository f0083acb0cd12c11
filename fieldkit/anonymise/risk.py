"""Disclosure risk: k-anonymity in the sample, k-map against the roster, l-diversity."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from fieldkit.anonymise.generalise import SPECIALS, fold

Row = dict[str, Any]
MISSING = "\u2205"  # missing or suppressed counts as one more value, never as a wildcard


@dataclass(frozen=True)
class RiskSummary:
    """Risk figures for one state of the interviews table."""

    quasi_identifiers: list[str]
    sensitive: list[str]
    k: int | None  # smallest group of respondents sharing all quasi-identifier values
    k_map: int | None  # smallest number of roster entries sharing a respondent's values
    l: dict[str, int] = field(default_factory=dict)  # noqa: E741 - per sensitive variable
    classes: int = 0
    at_risk: list[int] = field(default_factory=list)  # interview numbers below the k threshold
    k_map_at_risk: list[int] = field(default_factory=list)  # numbers below it against the roster

    def to_dict(self) -> dict[str, Any]:
        return {"quasi_identifiers": list(self.quasi_identifiers),
                "sensitive": list(self.sensitive), "k": self.k, "k_map": self.k_map,
                "l": dict(sorted(self.l.items())), "classes": self.classes,
                "at_risk": list(self.at_risk), "k_map_at_risk": list(self.k_map_at_risk)}


def _value(v: Any) -> Any:
    if v is None or v == "":
        return MISSING
    if isinstance(v, list):
        return tuple(str(x) for x in v)
    return fold(v) if isinstance(v, str) else v


def classes_of(rows: Sequence[Row], qis: Sequence[str]) -> dict[tuple, list[int]]:
    """Equivalence classes: the row indexes sharing each combination of values."""
    out: dict[tuple, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        out[tuple(_value(row.get(q)) for q in qis)].append(i)
    return out


def k_anonymity(rows: Sequence[Row], qis: Sequence[str]) -> int | None:
    if not rows or not qis:
        return None
    return min(len(members) for members in classes_of(rows, qis).values())


def l_diversity(rows: Sequence[Row], qis: Sequence[str], sensitive: str) -> int | None:
    """Smallest number of distinct known values of ``sensitive`` within a class.

    A class where nobody gave the sensitive answer discloses nothing about it, so it does not
    count; None when no class holds a known value.
    """
    if not rows:
        return None
    groups = classes_of(rows, qis) if qis else {(): list(range(len(rows)))}
    known = [len({_value(rows[i].get(sensitive)) for i in members
                  if rows[i].get(sensitive) is not None}) for members in groups.values()]
    return min((n for n in known if n), default=None)


def k_map(rows: Sequence[Row], population: Sequence[Row],
          fields: dict[str, tuple[str, Callable[[Any], Any]]]) -> list[int] | None:
    """Per respondent, how many population entries share their values on the roster-backed
    quasi-identifiers (``fields``: variable -> (roster column, generaliser)); missing
    answers constrain nothing."""
    if not rows or not fields or not population:
        return None
    out = []
    for row in rows:
        wanted = {var: _value(row.get(var)) for var in fields
                  if row.get(var) not in (None, "") and row.get(var) not in SPECIALS}
        out.append(sum(1 for entry in population
                       if all(_value(fields[v][1](entry.get(fields[v][0]) or None)) == want
                              for v, want in wanted.items())))
    return out


def _numbers(rows: Sequence[Row], indexes) -> list:
    """The interview numbers of some rows, in order; rows without a number go last."""
    return sorted((rows[i].get("number") for i in indexes),
                  key=lambda n: (n is None, n if n is not None else 0))


def measure(rows: Sequence[Row], qis: Sequence[str], sensitive: Sequence[str],
            k_threshold: int, population: Sequence[Row] = (),
            fields: dict[str, tuple[str, Callable[[Any], Any]]] | None = None) -> RiskSummary:
    groups = classes_of(rows, qis) if qis else {}
    at_risk = _numbers(rows, (i for members in groups.values()
                       if len(members) < k_threshold for i in members))
    kmaps = k_map(rows, population, {v: f for v, f in (fields or {}).items() if v in qis})
    l_values = {s: l_diversity(rows, qis, s) for s in sensitive}
    return RiskSummary(
        quasi_identifiers=list(qis), sensitive=list(sensitive), k=k_anonymity(rows, qis),
        k_map=min(kmaps) if kmaps else None,
        l={s: v for s, v in l_values.items() if v is not None}, classes=len(groups),
        at_risk=at_risk,
        k_map_at_risk=_numbers(rows, (i for i, n in enumerate(kmaps or [])
                                            if n < k_threshold)))


def suggest(rows: Sequence[Row], qis: Sequence[str], k_threshold: int) -> list[dict[str, Any]]:
    """Ways to reach the target k: dropping one quasi-identifier, or suppressing the
    at-risk records' quasi-identifiers; each with the k it would give."""
    out: list[dict[str, Any]] = []
    current = k_anonymity(rows, qis)
    if current is None or current >= k_threshold:
        return out
    for q in qis:
        rest = [x for x in qis if x != q]
        k = k_anonymity(rows, rest) if rest else len(rows)
        out.append({"action": "drop or generalise further", "variable": q, "k": k,
                    "reaches_target": bool(k is not None and k >= k_threshold)})
    groups = classes_of(rows, qis)
    risky = {i for members in groups.values() if len(members) < k_threshold for i in members}
    blanked = [{**row, **{q: None for q in qis}} if i in risky else row
               for i, row in enumerate(rows)]
    k = k_anonymity(blanked, qis)
    out.append({"action": "suppress", "variables": list(qis), "records": len(risky), "k": k,
                "reaches_target": bool(k is not None and k >= k_threshold)})
    return sorted(out, key=lambda s: (not s["reaches_target"], -(s["k"] or 0),
                                      str(s.get("variable", ""))))
