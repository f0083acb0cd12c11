"""Agreement between two coders: Cohen's kappa per code, Krippendorff's alpha over the
codebook, the passages they disagree on, and a resolved coding from the two.

The unit is a *codable passage both coded*: an answer to an item (for a person or entry) or a
quote in which each of the two coders made at least one coding. For every unit and code the
question is whether the coder applied the code anywhere in it (present or absent), so two
coders who marked slightly different spans of the same answer with the same code agree.
Codings flagged for re-coding (their text changed) take no part.

- Cohen's kappa for a code over the n units: with a = both present, b = only the first,
  c = only the second, d = neither, p_o = (a + d) / n and
  p_e = ((a + b)(a + c) + (c + d)(b + d)) / n^2, kappa = (p_o - p_e) / (1 - p_e); undefined
  (None) when p_e = 1 (both coders said the same of every unit, so chance explains it all).
- Krippendorff's alpha (nominal) over the codebook: every (unit, code) pair is one unit of
  reliability data with the value present/absent for each coder, computed with the
  ``krippendorff`` package; None when there is only one value in all the data.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import krippendorff

from fieldkit.dataset.tables import Dataset, Row
from fieldkit.protocol.model import Protocol

from .coding import usable

Unit = tuple[Any, ...]  # (interview_id, item_id, person_id, quote_id)
RULES = ("union", "agreed")


@dataclass(frozen=True)
class CodeAgreement:
    """One code: the 2x2 table over the units and what it gives."""

    code: str
    label: str
    both: int
    first_only: int
    second_only: int
    neither: int
    observed: float | None  # p_o, None without units
    kappa: float | None

    @property
    def units(self) -> int:
        return self.both + self.first_only + self.second_only + self.neither


@dataclass(frozen=True)
class Disagreement:
    """A unit and code one coder applied and the other did not."""

    unit: Unit
    number: Any
    code: str
    coded_by: str  # the coder who applied it
    passages: tuple[str, ...]  # what that coder marked with it in the unit
    consent: str = ""  # what the respondent withheld ("not for quotation"), '' when free

    @property
    def key(self) -> tuple[str, ...]:
        """What identifies the disagreement in a file of the lead's choices."""
        return tuple("" if v is None else str(v) for v in (*self.unit, self.code))


@dataclass
class Agreement:
    coders: tuple[str, str]
    units: list[Unit]
    codes: list[CodeAgreement]
    alpha: float | None
    disagreements: list[Disagreement] = field(default_factory=list)
    # (unit, code) -> the coding rows of each coder, for resolving
    rows: dict[tuple[Unit, str], dict[str, list[Row]]] = field(default_factory=dict)


def unit_of(row: Row) -> Unit:
    return (row["interview_id"], row.get("item_id"), row.get("person_id"), row.get("quote_id"))


def cohen_kappa(both: int, first_only: int, second_only: int,
                neither: int) -> tuple[float | None, float | None]:
    """(p_o, kappa) of a 2x2 table (see the module's docstring for the formula)."""
    n = both + first_only + second_only + neither
    if n == 0:
        return None, None
    p_o = (both + neither) / n
    p_e = ((both + first_only) * (both + second_only)
           + (second_only + neither) * (first_only + neither)) / (n * n)
    if p_e >= 1:
        return p_o, None
    return p_o, (p_o - p_e) / (1 - p_e)


def _codebook(protocol: Protocol | None, used: set[str]) -> list[tuple[str, str]]:
    known = [(c.id, protocol.text(c.label)) for c in protocol.codebook.flat()] \
        if protocol is not None and protocol.codebook is not None else []
    return known + [(c, c) for c in sorted(used - {k for k, _ in known})]


def agreement(dataset: Dataset, first: str, second: str,
              protocol: Protocol | None = None) -> Agreement:
    """How far ``first`` and ``second`` agree on the passages both coded."""
    if first == second:
        raise ValueError("agreement needs two different coders")
    numbers = {r["interview_id"]: r.get("number") for r in dataset.interviews}
    by_coder: dict[str, dict[Unit, dict[str, list[Row]]]] = {first: {}, second: {}}
    for coder in (first, second):
        for row in usable(dataset, coder):
            by_coder[coder].setdefault(unit_of(row), defaultdict(list))[row["code"]].append(row)
    units = sorted(set(by_coder[first]) & set(by_coder[second]),
                   key=lambda u: (str(numbers.get(u[0], u[0])), *(str(x or "") for x in u)))
    used = {code for c in (first, second) for u in units for code in by_coder[c][u]}
    codes = _codebook(protocol, used)
    result = Agreement((first, second), units, [], None)
    reliability: list[list[int]] = [[], []]
    for code, label in codes:
        cells = [0, 0, 0, 0]  # both, first only, second only, neither
        for unit in units:
            a = code in by_coder[first][unit]
            b = code in by_coder[second][unit]
            cells[0 if a and b else 1 if a else 2 if b else 3] += 1
            reliability[0].append(int(a))
            reliability[1].append(int(b))
            if a or b:
                result.rows[(unit, code)] = {c: list(by_coder[c][unit].get(code, []))
                                             for c in (first, second)}
            if a != b:
                who = first if a else second
                found = by_coder[who][unit][code]
                result.disagreements.append(Disagreement(
                    unit, numbers.get(unit[0]), code, who,
                    tuple(sorted({str(r.get("passage") or "") for r in found})),
                    str(found[0].get("consent") or "")))
        both, first_only, second_only, neither = cells
        observed, kappa = cohen_kappa(both, first_only, second_only, neither)
        result.codes.append(CodeAgreement(code, label, both, first_only, second_only, neither,
                                          observed, kappa))
    result.alpha = krippendorff_alpha(reliability)
    return result


def krippendorff_alpha(reliability: list[list[int]]) -> float | None:
    """Nominal alpha of coders x units data; None when there is one value only (or none)."""
    values = {v for coder in reliability for v in coder}
    if len(values) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=reliability,
                                     level_of_measurement="nominal"))


def resolved_rows(result: Agreement, rule: str | None = None,
                  choices: dict[tuple[str, ...], bool] | None = None) -> list[Row]:
    """The coding rows a resolved coding holds: what both coders applied, plus, by ``rule``
    (``union``: every disagreement kept; ``agreed``: none) or by the lead's ``choices`` (a
    disagreement's key -> keep or not; every disagreement must be decided), the rest. A
    passage marked by both is taken with each coder's spans (the same span once)."""
    if (rule is None) == (choices is None):
        raise ValueError("give either a rule or the lead's choices")
    if rule is not None and rule not in RULES:
        raise ValueError(f"the rule is one of {', '.join(RULES)}, not '{rule}'")
    keep_disputed: dict[tuple[Unit, str], bool] = {}
    for d in result.disagreements:
        if rule is not None:
            keep_disputed[(d.unit, d.code)] = rule == "union"
        else:
            assert choices is not None
            if d.key not in choices:
                raise KeyError(d.key)
            keep_disputed[(d.unit, d.code)] = choices[d.key]
    out: list[Row] = []
    seen: set[tuple[Any, ...]] = set()
    for (unit, code), by in result.rows.items():
        if (unit, code) in keep_disputed and not keep_disputed[(unit, code)]:
            continue
        for row in by[result.coders[0]] + by[result.coders[1]]:
            span = (unit, code, row.get("start"), row.get("end"))
            if span not in seen:
                seen.add(span)
                out.append(row)
    return out
