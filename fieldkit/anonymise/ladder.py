"""Generalisation ladders: per quasi-identifier, the plan's level and the coarser ones above it.

As in ARX, each quasi-identifier climbs a ladder: as the plan has it, then coarser (numbers in
wider bands), then dropped. The lattice search combines rungs of all ladders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fieldkit.anonymise.generalise import DEFAULT_BANDS, describe, entry_transform

NUMERIC = ("integer", "decimal", "count")


def _same(value: Any) -> Any:
    return value


def _none(_value: Any) -> Any:
    return None


@dataclass(frozen=True)
class Rung:
    """One level of a quasi-identifier: how an answer and a roster value look at it."""

    variable: str
    level: int
    words: str  # what this level does, for a suggestion: "drop gender"
    entry: dict[str, Any] | None  # the plan entry that gives it (None: the plan's own)
    transform: Callable[[Any], Any] = field(default=_same, compare=False)  # raw answer -> out
    population: Callable[[Any], Any] = field(default=_same, compare=False)  # roster value -> out
    dropped: bool = False


def coarser(bands: list[list[Any]]) -> list[list[Any]] | None:
    """Neighbouring bands merged in pairs: 0-2, 3-5, 6+ -> 0-5, 6+; None below three."""
    if len(bands) < 3:
        return None
    out = []
    for i in range(0, len(bands), 2):
        low = bands[i][0]
        high = bands[i + 1][1] if i + 1 < len(bands) else bands[i][1]
        label = f"{low}+" if high is None else f"{low}-{high}"
        out.append([low, high, label])
    return out


def _bands_rung(var: str, level: int, bands: list[list[Any]]) -> Rung:
    entry = {"action": "generalise", "to": "bands", "bands": bands}
    loose = entry_transform(entry, strict=False)
    assert loose is not None
    return Rung(var, level, f"band {var} as {', '.join(str(b[2]) for b in bands)}", entry,
                loose, loose)


def ladder(var: str, vtype: str, entry: dict[str, Any],
           planned: Callable[[Any], Any] | None = None) -> list[Rung]:
    """The rungs of one quasi-identifier, the plan's own first; ``planned`` is how the plan's
    level turns an answer (default: the entry's own transform)."""
    own = planned or entry_transform(entry) or _same
    own_pop = entry_transform(entry, strict=False) or _same
    rungs = [Rung(var, 0, f"{var} as planned ({describe(entry) or entry.get('action')})",
                  None, own, own_pop)]
    bands = entry.get("bands") if entry.get("to") == "bands" else None
    if bands is None and vtype in NUMERIC and entry.get("to") is None:
        bands = [list(b) for b in DEFAULT_BANDS]
        rungs.append(_bands_rung(var, len(rungs), bands))
    wider = coarser(bands) if bands else None
    while wider:
        rungs.append(_bands_rung(var, len(rungs), wider))
        wider = coarser(wider)
    rungs.append(Rung(var, len(rungs), f"drop {var}", {"action": "drop"}, _none, _none, True))
    return rungs
