"""Disclosure risk: k in the sample, k-map against the public rosters, l-diversity.

Missing is a wildcard, as in sdcMicro: an empty cell, a suppressed one or a special code
(.r/.d/.n, which say nothing about the true value) matches any value, so a record's k is the
number of records that agree with it wherever both are known. The same holds against the
population: a roster attribute that is not given cannot rule its entry out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fieldkit.anonymise.generalise import SPECIALS, fold

Row = dict[str, Any]


def key(value: Any) -> Hashable | None:
    """A value as compared for risk (case, accents and punctuation folded), None = wildcard."""
    if value is None or (isinstance(value, str) and (not value.strip() or value in SPECIALS)):
        return None
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    if isinstance(value, list | tuple):
        return tuple(sorted(str(key(v)) for v in value))
    return re.sub(r"[^0-9a-z]+", " ", fold(str(value))).strip()


def codes(values: Sequence[Any]) -> np.ndarray:
    """Integer codes of one column's values; -1 for a wildcard."""
    seen: dict[Hashable, int] = {}
    out = np.empty(len(values), dtype=np.int32)
    for i, v in enumerate(values):
        k = key(v)
        out[i] = -1 if k is None else seen.setdefault(k, len(seen))
    return out


def compatible(matrix: np.ndarray) -> np.ndarray:
    """n x n: records that agree wherever both are known (matrix: n x q codes)."""
    n = matrix.shape[0]
    if matrix.size == 0:
        return np.ones((n, n), dtype=bool)
    a, b = matrix[:, None, :], matrix[None, :, :]
    agree: np.ndarray = ((a == b) | (a < 0) | (b < 0)).all(axis=2)
    return agree


def _matrix(rows: Sequence[Row], qis: Sequence[str]) -> np.ndarray:
    if not qis:
        return np.zeros((len(rows), 0), dtype=np.int32)
    return np.stack([codes([r.get(q) for r in rows]) for q in qis], axis=1)


def k_per_record(rows: Sequence[Row], qis: Sequence[str]) -> list[int]:
    return [int(x) for x in compatible(_matrix(rows, qis)).sum(axis=1)]


def k_anonymity(rows: Sequence[Row], qis: Sequence[str]) -> int | None:
    """The smallest number of records any record cannot be told apart from."""
    if not rows or not qis:
        return None
    return min(k_per_record(rows, qis))


def _label(value: Any) -> str | None:
    if value is None or value == "":
        return None
    k = key(value)
    return str(value) if k is None else repr(k)  # a special code is an answer of its own


def sensitive_counts(match: np.ndarray, values: Sequence[Any]) -> np.ndarray:
    """n x m: how often each known sensitive value occurs among each record's matches."""
    labels = [_label(v) for v in values]
    index = {lab: j for j, lab in enumerate(sorted({x for x in labels if x is not None}))}
    onehot = np.zeros((len(values), len(index)), dtype=np.int64)
    for i, lab in enumerate(labels):
        if lab is not None:
            onehot[i, index[lab]] = 1
    return match.astype(np.int64) @ onehot


def l_values(counts: np.ndarray) -> tuple[list[int | None], list[float | None]]:
    """Per record: distinct l and entropy l (exp of the Shannon entropy) of its matches;
    None where none of them gave the sensitive answer (nothing to disclose)."""
    if counts.shape[1] == 0:
        return [None] * counts.shape[0], [None] * counts.shape[0]
    totals = counts.sum(axis=1)
    distinct = (counts > 0).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = counts / np.where(totals == 0, 1, totals)[:, None]
        entropy = np.exp(-np.where(p > 0, p * np.log(np.where(p > 0, p, 1)), 0).sum(axis=1))
    return ([int(d) if t else None for d, t in zip(distinct, totals, strict=True)],
            [float(e) if t else None for e, t in zip(entropy, totals, strict=True)])


def l_diversity(rows: Sequence[Row], qis: Sequence[str], sensitive: str) -> int | None:
    """Smallest number of distinct known values of ``sensitive`` among the records any one
    record cannot be told apart from. Records whose matches gave no sensitive answer disclose
    nothing and do not count; None when no record has a known value."""
    if not rows:
        return None
    counts = sensitive_counts(compatible(_matrix(rows, qis)), [r.get(sensitive) for r in rows])
    return min((d for d in l_values(counts)[0] if d is not None), default=None)


def l_entropy(rows: Sequence[Row], qis: Sequence[str], sensitive: str) -> float | None:
    if not rows:
        return None
    counts = sensitive_counts(compatible(_matrix(rows, qis)), [r.get(sensitive) for r in rows])
    return min((e for e in l_values(counts)[1] if e is not None), default=None)


@dataclass(frozen=True)
class PublicField:
    """A quasi-identifier an outsider can look up, and the roster attribute it is matched on.

    ``transform`` is the plan's generalisation, applied to the roster value as to the answer.
    ``years``: the roster holds the year of accreditation and the answer is years in post,
    counted to the interview's year; a year gives years in post only to within one, so every
    value in that span matches."""

    variable: str
    roster_field: str
    transform: Callable[[Any], Any] = field(default=lambda v: v)
    years: bool = False

    def attribute(self, entry: Row) -> Any:
        value = entry.get(self.roster_field)
        if value in (None, "") and self.roster_field == "rank":
            value = entry.get("role")  # an older roster: the seat's role stands for the rank
        return value

    def matches(self, entry: Row, answer: Any, year: int | None) -> bool:
        want = key(answer)
        raw = self.attribute(entry)
        if want is None or raw in (None, ""):
            return True
        if not self.years:
            return key(self.transform(raw)) == want
        if year is None or not isinstance(raw, int | float):
            return True
        span = max(0.0, year - float(raw) - 1), max(0.0, year - float(raw) + 1)
        if isinstance(want, float) and key(self.transform(want)) == want:
            return span[0] <= want <= span[1]  # the answer is kept as a number
        steps = [span[0] + (span[1] - span[0]) * i / 8 for i in range(9)]
        return any(key(self.transform(s)) == want for s in steps)


class PopulationIndex:
    """Which population entries each answer matches, per public field (cached)."""

    def __init__(self, population: Sequence[Row]):
        self.population = list(population)
        self._cache: dict[tuple[Any, ...], np.ndarray] = {}
        self._keys: dict[tuple[Any, ...], list[frozenset[Any] | None]] = {}

    def keys(self, pf: PublicField, year: int | None) -> list[frozenset[Any] | None]:
        """Per entry, the values (as keys) an answer may have to match it; None: any."""
        token = (pf, year if pf.years else None)
        found = self._keys.get(token)
        if found is None:
            found = []
            for e in self.population:
                raw = pf.attribute(e)
                if raw in (None, ""):
                    found.append(None)
                elif not pf.years:
                    found.append(frozenset({key(pf.transform(raw))}))
                elif year is None or not isinstance(raw, int | float):
                    found.append(None)
                else:
                    low, high = max(0.0, year - float(raw) - 1), max(0.0, year - float(raw) + 1)
                    steps = [low + (high - low) * i / 8 for i in range(9)]
                    found.append(frozenset(key(pf.transform(x)) for x in steps))
            self._keys[token] = found
        return found

    def vector(self, pf: PublicField, answer: Any, year: int | None) -> np.ndarray:
        want = key(answer)
        token = (pf, want, year if pf.years else None)
        found = self._cache.get(token)
        if found is None:
            if want is None:
                found = np.ones(len(self.population), dtype=bool)
            elif pf.years and isinstance(want, float) and key(pf.transform(answer)) == want:
                # years in post kept as a number: compare with each seat's span directly
                found = np.fromiter((pf.matches(e, answer, year) for e in self.population),
                                    dtype=bool, count=len(self.population))
            else:
                found = np.fromiter((k is None or want in k for k in self.keys(pf, year)),
                                    dtype=bool, count=len(self.population))
            self._cache[token] = found
        return found

    def matrix(self, pf: PublicField, answers: Sequence[Any],
               years: Sequence[int | None]) -> np.ndarray:
        """n x P: whether record i's answer matches population entry j."""
        if not answers:
            return np.ones((0, len(self.population)), dtype=bool)
        return np.stack([self.vector(pf, a, y) for a, y in zip(answers, years, strict=True)])


def _public_fields(fields: dict[str, Any] | None) -> list[PublicField]:
    out = []
    for var, spec in (fields or {}).items():
        if isinstance(spec, PublicField):
            out.append(spec)
        else:
            column, gen = spec
            out.append(PublicField(var, column, gen))
    return out


def k_map(rows: Sequence[Row], population: Sequence[Row], fields: dict[str, Any],
          years: Sequence[int | None] | None = None) -> list[int] | None:
    """Per respondent, how many population entries share their values on the public
    quasi-identifiers (``fields``: variable -> PublicField, or (roster column, generaliser))."""
    pfs = _public_fields(fields)
    if not rows or not pfs or not population:
        return None
    index = PopulationIndex(population)
    ys = list(years) if years is not None else [None] * len(rows)
    match = np.ones((len(rows), len(index.population)), dtype=bool)
    for pf in pfs:
        match &= index.matrix(pf, [r.get(pf.variable) for r in rows], ys)
    return [int(x) for x in match.sum(axis=1)]


def risk_of(n: int | None) -> float:
    """Re-identification risk as 1/k; 1.0 when nobody (or one) shares the values."""
    return 1.0 if not n or n < 1 else round(1.0 / n, 4)


@dataclass(frozen=True)
class RiskSummary:
    """Risk figures for one state of the interviews table."""

    quasi_identifiers: list[str]
    sensitive: list[str]
    k: int | None  # smallest number of respondents a respondent cannot be told apart from
    k_map: int | None  # smallest number of population entries sharing a respondent's values
    l: dict[str, int] = field(default_factory=dict)  # noqa: E741 - distinct l per sensitive
    classes: int = 0  # distinct combinations of quasi-identifier values
    at_risk: list[int] = field(default_factory=list)  # interview numbers below the k threshold
    k_map_at_risk: list[int] = field(default_factory=list)  # numbers below it against the roster
    l_entropy: dict[str, float] = field(default_factory=dict)  # entropy l per sensitive
    l_at_risk: dict[str, int] = field(default_factory=dict)  # classes below the l threshold
    public: list[str] = field(default_factory=list)  # quasi-identifiers used for k-map
    records: list[dict[str, Any]] = field(default_factory=list)  # per interview: k, k-map, risk
    alters: dict[str, Any] = field(default_factory=dict)  # k-map of the people named

    def to_dict(self) -> dict[str, Any]:
        return {"quasi_identifiers": list(self.quasi_identifiers),
                "sensitive": list(self.sensitive), "k": self.k, "k_map": self.k_map,
                "l": dict(sorted(self.l.items())), "classes": self.classes,
                "at_risk": list(self.at_risk), "k_map_at_risk": list(self.k_map_at_risk),
                "l_entropy": {k: round(v, 3) for k, v in sorted(self.l_entropy.items())},
                "l_at_risk": dict(sorted(self.l_at_risk.items())), "public": list(self.public),
                "records": [dict(r) for r in self.records], "alters": dict(self.alters)}


def numbers(rows: Sequence[Row], indexes: Iterable[int]) -> list[Any]:
    """The interview numbers of some rows, in order; rows without a number go last."""
    return sorted((rows[i].get("number") for i in indexes),
                  key=lambda n: (n is None, n if n is not None else 0))


def summarise(rows: Sequence[Row], qis: Sequence[str], sensitive: Sequence[str],
              k_threshold: int, ks: Sequence[int], kmaps: Sequence[int] | None,
              counts: dict[str, np.ndarray], *, l_threshold: int | None = None,
              public: Sequence[str] = ()) -> RiskSummary:
    """The summary from per-record figures (``counts``: sensitive -> n x m value counts)."""
    tuples = [tuple(key(r.get(q)) for q in qis) for r in rows]
    distinct, entropy, below = {}, {}, {}
    for s in sensitive:
        d, e = l_values(counts[s])
        if any(x is not None for x in d):
            distinct[s] = min(x for x in d if x is not None)
            entropy[s] = min(x for x in e if x is not None)
        if l_threshold is not None:
            below[s] = len({tuples[i] for i, x in enumerate(d)
                            if x is not None and x < l_threshold})
    records = [{"number": r.get("number"), "k": int(ks[i]),
                "k_map": None if kmaps is None else int(kmaps[i]), "risk_k": risk_of(ks[i]),
                "risk_k_map": None if kmaps is None else risk_of(kmaps[i])}
               for i, r in enumerate(rows)]
    return RiskSummary(
        quasi_identifiers=list(qis), sensitive=list(sensitive),
        k=min(ks) if rows and qis else None,
        k_map=min(kmaps) if kmaps else None, l=distinct,
        classes=len(set(tuples)) if qis else 0,
        at_risk=numbers(rows, (i for i, x in enumerate(ks) if qis and x < k_threshold)),
        k_map_at_risk=numbers(rows, (i for i, x in enumerate(kmaps or []) if x < k_threshold)),
        l_entropy=entropy, l_at_risk=below, public=list(public), records=records)


def measure(rows: Sequence[Row], qis: Sequence[str], sensitive: Sequence[str],
            k_threshold: int, population: Sequence[Row] = (),
            fields: dict[str, Any] | None = None, *, l_threshold: int | None = None,
            years: Sequence[int | None] | None = None) -> RiskSummary:
    """k, k-map and l of ``rows`` as they stand (fields: the public quasi-identifiers)."""
    match = compatible(_matrix(rows, qis))
    ks = [int(x) for x in match.sum(axis=1)]
    used = {v: f for v, f in (fields or {}).items() if v in qis}
    kmaps = k_map(rows, population, used, years)
    counts = {s: sensitive_counts(match, [r.get(s) for r in rows]) for s in sensitive}
    return summarise(rows, qis, sensitive, k_threshold, ks, kmaps, counts,
                     l_threshold=l_threshold, public=list(used) if kmaps is not None else [])
