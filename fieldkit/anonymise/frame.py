"""The interviews table reduced to codes, so that k, k-map and l of any combination of ladder
rungs, with any cells suppressed, can be measured in a few milliseconds."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fieldkit.anonymise.ladder import Rung
from fieldkit.anonymise.risk import (
    PopulationIndex,
    PublicField,
    codes,
    compatible,
    l_values,
    sensitive_counts,
)

Row = dict[str, Any]
Levels = tuple[int, ...]
Blanks = frozenset[tuple[int, str]]  # (record index, quasi-identifier)


@dataclass(frozen=True)
class Targets:
    k: int
    l: int  # noqa: E741
    l_measure: str = "distinct"  # or entropy
    limit: int = 0  # how many records may have cells suppressed


@dataclass
class Outcome:
    """k, k-map and l of one state of the table."""

    ks: list[int]
    kmaps: list[int] | None
    counts: dict[str, np.ndarray]
    targets: Targets
    blanks: Blanks = frozenset()
    l_distinct: dict[str, int] = field(default_factory=dict)
    l_entropy: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for s, c in self.counts.items():
            d, e = l_values(c)
            if any(x is not None for x in d):
                self.l_distinct[s] = min(x for x in d if x is not None)
                self.l_entropy[s] = min(x for x in e if x is not None)

    def score(self, i: int) -> int:
        return min(self.ks[i], self.kmaps[i]) if self.kmaps is not None else self.ks[i]

    @property
    def at_risk(self) -> list[int]:
        return [i for i in range(len(self.ks)) if self.score(i) < self.targets.k]

    @property
    def k(self) -> int | None:
        return min(self.ks) if self.ks else None

    @property
    def k_map(self) -> int | None:
        return min(self.kmaps) if self.kmaps else None

    def l_of(self, s: str) -> float | None:
        if self.targets.l_measure == "entropy":
            return self.l_entropy.get(s)
        return self.l_distinct.get(s)

    @property
    def l_ok(self) -> bool:
        # entropy l of exactly l equal shares is l; allow for rounding
        return all(v is None or v + 1e-9 >= self.targets.l
                   for v in (self.l_of(s) for s in self.counts))

    @property
    def reached(self) -> bool:
        return not self.at_risk and self.l_ok

    @property
    def records(self) -> int:
        return len({i for i, _q in self.blanks})


class RiskFrame:
    """Codes per quasi-identifier and rung, and their matches against the population."""

    def __init__(self, ladders: dict[str, list[Rung]], raw: Sequence[Row],
                 planned: Sequence[Row], sensitive: Sequence[str],
                 public: dict[str, PublicField], population: Sequence[Row],
                 years: Sequence[int | None], targets: Targets,
                 suppressible: Sequence[str] = ()):
        self.qis = list(ladders)
        self.ladders = ladders
        self.n = len(raw)
        self.targets = targets
        self.suppressible = [q for q in suppressible if q in ladders]
        self.index = PopulationIndex(population)
        self.public = public
        self.years = list(years)
        self.codes: dict[str, list[np.ndarray]] = {}
        self.kmatch: dict[str, list[np.ndarray | None]] = {}
        for q, rungs in ladders.items():
            self.codes[q], self.kmatch[q] = [], []
            for rung in rungs:
                values = ([r.get(q) for r in planned] if rung.level == 0
                          else [rung.transform(r.get(q)) for r in raw])
                self.codes[q].append(codes(values))
                pf = public.get(q)
                if pf is None or rung.dropped or not self.index.population:
                    self.kmatch[q].append(None)
                else:
                    tied = PublicField(q, pf.roster_field, rung.population, pf.years)
                    self.kmatch[q].append(self.index.matrix(tied, values, self.years))
        self.onehot = {s: sensitive_counts(np.eye(self.n, dtype=bool),
                                           [r.get(s) for r in planned]) for s in sensitive}
        self._bases: dict[Levels, tuple[np.ndarray, np.ndarray, list[np.ndarray]]] = {}

    def _base(self, levels: Levels) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        """Codes (n x q), matches (n x n) and the public matches of one combination."""
        found = self._bases.get(levels)
        if found is None:
            cols = [self.codes[q][lvl] for q, lvl in zip(self.qis, levels, strict=True)]
            matrix = (np.stack(cols, axis=1) if cols
                      else np.zeros((self.n, 0), dtype=np.int32))
            public = [m for q, lvl in zip(self.qis, levels, strict=True)
                      if (m := self.kmatch[q][lvl]) is not None]
            found = (matrix, compatible(matrix), public)
            if len(self._bases) > 64:
                self._bases.clear()
            self._bases[levels] = found
        return found

    def evaluate(self, levels: Levels, blanks: Iterable[tuple[int, str]] = ()) -> Outcome:
        blanks = frozenset(blanks)
        matrix, match, public = self._base(levels)
        kmatch = np.ones((self.n, len(self.index.population)), dtype=bool)
        for m in public:
            kmatch &= m
        if blanks:
            # Only the blanked records' matches change: recompute their rows and columns.
            matrix, match, kmatch = matrix.copy(), match.copy(), kmatch.copy()
            for i, q in blanks:
                matrix[i, self.qis.index(q)] = -1
            for i in {i for i, _q in blanks}:
                row = ((matrix[i] == matrix) | (matrix[i] < 0) | (matrix < 0)).all(axis=1)
                match[i, :] = row
                match[:, i] = row
                hit = np.ones(len(self.index.population), dtype=bool)
                for q, lvl in zip(self.qis, levels, strict=True):
                    known = self.kmatch[q][lvl]
                    if known is not None and (i, q) not in blanks:
                        hit &= known[i]
                kmatch[i] = hit
        ks = [int(x) for x in match.sum(axis=1)]
        kmaps = [int(x) for x in kmatch.sum(axis=1)] if public else None
        counts = {s: match.astype(np.int64) @ oh for s, oh in self.onehot.items()}
        return Outcome(ks, kmaps, counts, self.targets, blanks)

    def suppress(self, levels: Levels, order: Sequence[str] | None = None) -> Outcome:
        """Blank, record by record, the suppressible cells that lift it most, until no record
        is at risk or the limit of records is reached. ``order`` breaks ties."""
        preferred = list(order or self.suppressible)
        blanks: set[tuple[int, str]] = set()
        stuck: set[int] = set()
        outcome = self.evaluate(levels)
        while True:
            risky = [i for i in outcome.at_risk if i not in stuck]
            if not risky:
                return outcome
            i = min(risky, key=lambda r: (outcome.score(r), r))
            touched = {r for r, _q in blanks}
            if i not in touched and len(touched) >= self.targets.limit:
                stuck.add(i)
                continue
            options = [q for q in preferred
                       if self.codes[q][levels[self.qis.index(q)]][i] >= 0
                       and (i, q) not in blanks
                       and not self.ladders[q][levels[self.qis.index(q)]].dropped]
            if not options:
                stuck.add(i)
                continue
            tried = [(self.evaluate(levels, blanks | {(i, q)}), q) for q in options]
            # Prefer a cell that lifts this record to the target and leaves the fewest at
            # risk overall; else the one that lifts it most; ties by the plan's order.
            best = max(tried, key=lambda t: (t[0].score(i) >= self.targets.k,
                                             -len(t[0].at_risk), t[0].score(i),
                                             -preferred.index(t[1])))
            blanks.add((i, best[1]))
            outcome = best[0]
