"""The people named (alters): their roster attributes, as exported in the people table, the
network files and the "most named" tables, must be shared by at least k roster seats, or the
ratings about them point at one person. Attributes are blanked, alter by alter, until they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from fieldkit.anonymise.generalise import entry_transform
from fieldkit.anonymise.plan import Plan
from fieldkit.anonymise.risk import PopulationIndex, PublicField
from fieldkit.dataset.tables import Dataset

ATTRIBUTES = ("organisation", "member_state", "group", "alliance", "role")
# Blanked first when blanking helps as much: the least used in the analysis.
ORDER = ("alliance", "role", "group", "member_state", "organisation")


def _same(value: Any) -> Any:
    return value


def _fields(plan: Plan, kept: Sequence[str]) -> list[PublicField]:
    out = []
    for name in kept:
        e = plan.entry("people", name)
        out.append(PublicField(name, name, entry_transform(e, strict=False) or _same))
    return out


def _counts(index: PopulationIndex, fields: list[PublicField], attrs: dict[str, Any]) -> int:
    match = np.ones(len(index.population), dtype=bool)
    for pf in fields:
        match &= index.vector(pf, attrs.get(pf.variable), None)
    return int(match.sum())


def protect_alters(raw: Dataset, out: Dataset,
                   plan: Plan) -> tuple[dict[str, Any], dict[str, int]]:
    """Blank the attributes of alters shared by fewer than k roster seats (in ``out``'s
    people table, in place). Returns the figures for the record (no value, no identity) and
    the cells blanked per attribute."""
    kept = [a for a in ATTRIBUTES if out.variable("people", a) is not None]
    population = raw.population
    k = plan.k_threshold
    alters: dict[str, list[int]] = {}
    for i, row in enumerate(raw.people):
        if row.get("roster_id"):
            alters.setdefault(str(row["roster_id"]), []).append(i)
    summary: dict[str, Any] = {"attributes": kept, "population": len(population),
                               "named": len(alters), "k_map_before": None, "k_map": None,
                               "at_risk_before": 0, "at_risk": 0, "suppressed": {}}
    cells: dict[str, int] = {}
    if not kept or not alters or not population:
        return summary, cells
    index = PopulationIndex(population)
    fields = _fields(plan, kept)
    before, after = [], []
    suppressed: dict[str, int] = {}
    for indexes in alters.values():
        attrs: dict[str, Any] = {a: out.people[indexes[0]].get(a) for a in kept}
        n = _counts(index, fields, attrs)
        before.append(n)
        while n < k:
            options = [a for a in ORDER if a in kept and attrs.get(a) is not None]
            if not options:
                break
            scored = [(_counts(index, fields, {**attrs, a: None}), a) for a in options]
            n, chosen = max(scored, key=lambda t: (t[0], -ORDER.index(t[1])))
            attrs[chosen] = None
            suppressed[chosen] = suppressed.get(chosen, 0) + 1
            for i in indexes:
                out.people[i][chosen] = None
            cells[chosen] = cells.get(chosen, 0) + len(indexes)
        after.append(n)
    summary.update(k_map_before=min(before), k_map=min(after),
                   at_risk_before=sum(1 for n in before if n < k),
                   at_risk=sum(1 for n in after if n < k),
                   suppressed=dict(sorted(suppressed.items())))
    return summary, cells

