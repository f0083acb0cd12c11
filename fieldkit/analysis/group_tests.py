"""Do groups differ? Kruskal–Wallis and Fisher–Freeman–Halton tests, exact or by permutation."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

from .categorical import CategoricalTable
from .descriptive import NumericTable
from .values import NOT_RECORDED

#: Exact enumeration up to this many arrangements (or tables); beyond it, random permutations.
EXACT_LIMIT = 20_000
#: Random permutations drawn when exact enumeration is too long; the seed is fixed so that a
#: report made twice prints the same p.
DRAWS = 9_999
SEED = 2009
_TOLERANCE = 1e-9  # a permuted statistic this close to the observed one counts as "as extreme"


@dataclass(frozen=True)
class GroupTest:
    """One test of whether the answers differ between groups."""

    name: str  # "Kruskal–Wallis", "Fisher–Freeman–Halton"
    statistic_name: str  # "H", "χ²"
    statistic: float
    df: int
    p_asymptotic: float  # from the chi-square distribution with df degrees of freedom
    p: float  # exact, or by permutation when exact enumeration is too long
    exact: bool
    draws: int  # random permutations drawn (0 when exact)
    effect_name: str  # "ε²", "Cramér's V"
    effect: float
    n: int
    groups: int

    @property
    def method(self) -> str:
        return "exact" if self.exact else f"permutation, {self.draws:,} draws"


def chi2_sf(x: float, df: int) -> float:
    """P(X >= x) for X chi-square with ``df`` (a whole number) degrees of freedom."""
    if df < 1:
        raise ValueError("the chi-square distribution needs at least one degree of freedom")
    if x <= 0:
        return 1.0
    half = x / 2
    if df % 2 == 0:
        term, total = 1.0, 1.0
        for k in range(1, df // 2):
            term *= half / k
            total += term
        return min(1.0, math.exp(-half) * total)
    total = math.erfc(math.sqrt(half))
    for k in range(1, (df - 1) // 2 + 1):
        total += math.exp((k - 0.5) * math.log(half) - half - math.lgamma(k + 0.5))
    return min(1.0, total)


def midranks(values: Sequence[float]) -> list[float]:
    """Ranks 1..n, ties given the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for i in order[start:end + 1]:
            ranks[i] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def _arrangements(sizes: Sequence[int]) -> int:
    out = math.factorial(sum(sizes))
    for s in sizes:
        out //= math.factorial(s)
    return out


def _label_p(labels: list[int], statistic: Callable[[list[int]], float], observed: float,
             sizes: Sequence[int]) -> tuple[float, bool, int]:
    """The share of label arrangements whose statistic is at least the observed one: every
    arrangement when they are few, else DRAWS random ones (p = (1 + b) / (1 + DRAWS))."""
    floor = observed - _TOLERANCE * max(1.0, abs(observed))
    if _arrangements(sizes) <= EXACT_LIMIT:
        total = extreme = 0
        for arrangement in _assignments(len(labels), sizes):
            total += 1
            extreme += statistic(arrangement) >= floor
        return extreme / total, True, 0
    rng = random.Random(SEED)
    shuffled = list(labels)
    extreme = 0
    for _ in range(DRAWS):
        rng.shuffle(shuffled)
        extreme += statistic(shuffled) >= floor
    return (1 + extreme) / (1 + DRAWS), False, DRAWS


def _assignments(n: int, sizes: Sequence[int]):  # type: ignore[no-untyped-def]
    """Every way to give the positions 0..n-1 group labels with the given group sizes."""
    labels = [0] * n

    def fill(group: int, free: list[int]):  # type: ignore[no-untyped-def]
        if group == len(sizes) - 1:
            for i in free:
                labels[i] = group
            yield labels
            return
        for chosen in combinations(free, sizes[group]):
            for i in chosen:
                labels[i] = group
            taken = set(chosen)
            yield from fill(group + 1, [i for i in free if i not in taken])

    yield from fill(0, list(range(n)))


def kruskal_wallis(groups: Sequence[Sequence[float]]) -> GroupTest | None:
    """Kruskal–Wallis H (corrected for ties) of two or more groups, with ε² = H / (n − 1).
    None when fewer than two groups have answers or every answer is the same."""
    groups = [list(g) for g in groups if g]
    values = [v for g in groups for v in g]
    n = len(values)
    if len(groups) < 2 or len(set(values)) < 2:
        return None
    ranks = midranks(values)
    labels = [i for i, g in enumerate(groups) for _ in g]
    sizes = [len(g) for g in groups]
    ties = sum(t ** 3 - t for t in _counts(values).values())
    correction = 1 - ties / (n ** 3 - n)

    def h(arrangement: list[int]) -> float:
        sums = [0.0] * len(sizes)
        for label, rank in zip(arrangement, ranks, strict=True):
            sums[label] += rank
        raw = 12 / (n * (n + 1)) * sum(s * s / k for s, k in zip(sums, sizes, strict=True))
        return (raw - 3 * (n + 1)) / correction

    observed = h(labels)
    p, exact, draws = _label_p(labels, h, observed, sizes)
    df = len(groups) - 1
    return GroupTest("Kruskal–Wallis", "H", observed, df, chi2_sf(observed, df), p, exact,
                     draws, "ε²", observed / (n - 1), n, len(groups))


def _counts(values: Sequence[object]) -> dict[object, int]:
    out: dict[object, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def independence(table: Sequence[Sequence[int]]) -> GroupTest | None:
    """Are answers (columns) independent of groups (rows)? Pearson's χ² with Cramér's V, and
    the Fisher–Freeman–Halton p: the probability, with the margins fixed, of a table no more
    likely than the one observed (Fisher's exact test for a 2×2 table). Exact by enumerating
    the tables when they are few, else by permuting the answers. Empty rows and columns are
    left out; None when fewer than two of either remain."""
    rows = [list(r) for r in table if sum(r)]
    columns = [j for j in range(len(rows[0]) if rows else 0) if sum(r[j] for r in rows)]
    rows = [[r[j] for j in columns] for r in rows]
    if len(rows) < 2 or len(columns) < 2:
        return None
    row_sums = [sum(r) for r in rows]
    col_sums = [sum(c) for c in zip(*rows, strict=True)]
    n = sum(row_sums)
    chi2 = sum((rows[i][j] - row_sums[i] * col_sums[j] / n) ** 2 / (row_sums[i] * col_sums[j] / n)
               for i in range(len(rows)) for j in range(len(col_sums)))
    df = (len(rows) - 1) * (len(col_sums) - 1)
    v = math.sqrt(chi2 / (n * (min(len(rows), len(col_sums)) - 1)))
    p, exact, draws = _fisher_p(rows, row_sums, col_sums)
    return GroupTest("Fisher–Freeman–Halton", "χ²", chi2, df, chi2_sf(chi2, df), p, exact,
                     draws, "Cramér's V", v, n, len(rows))


def _improbability(cells: Sequence[int]) -> float:
    """−log of a table's probability, up to a constant shared by all tables with its margins."""
    return sum(math.lgamma(c + 1) for c in cells)


def _fisher_p(rows: list[list[int]], row_sums: list[int], col_sums: list[int]
              ) -> tuple[float, bool, int]:
    observed = _improbability([c for r in rows for c in r])
    constant = (sum(math.lgamma(s + 1) for s in row_sums) + sum(math.lgamma(s + 1)
                for s in col_sums) - math.lgamma(sum(row_sums) + 1))
    exact = _enumerate_tables(row_sums, col_sums, observed, constant)
    if exact is not None:
        return exact, True, 0
    labels = [i for i, s in enumerate(row_sums) for _ in range(s)]
    answers = [j for r in rows for j, c in enumerate(r) for _ in range(c)]
    width = len(col_sums)

    def statistic(arrangement: list[int]) -> float:
        cells = [0] * (len(row_sums) * width)
        for label, answer in zip(arrangement, answers, strict=True):
            cells[label * width + answer] += 1
        return _improbability(cells)

    return _label_p(labels, statistic, observed, row_sums)


def _enumerate_tables(row_sums: list[int], col_sums: list[int], observed: float,
                      constant: float) -> float | None:
    """The exact Fisher–Freeman–Halton p, or None past EXACT_LIMIT tables."""
    floor = observed - _TOLERANCE * max(1.0, observed)
    total = 0.0
    seen = 0

    def walk(i: int, left: list[int], cells: list[int]) -> bool:
        nonlocal total, seen
        if i == len(row_sums) - 1:
            seen += 1
            if seen > EXACT_LIMIT:
                return False
            improbable = _improbability(cells + left)
            if improbable >= floor:
                total += math.exp(constant - improbable)
            return True
        for row in _compositions(row_sums[i], left):
            if not walk(i + 1, [a - b for a, b in zip(left, row, strict=True)], cells + row):
                return False
        return True

    if not walk(0, list(col_sums), []):
        return None
    return min(1.0, total)


def _compositions(total: int, caps: list[int]):  # type: ignore[no-untyped-def]
    """Every way to split ``total`` into len(caps) parts, part j at most caps[j]."""
    if len(caps) == 1:
        if total <= caps[0]:
            yield [total]
        return
    room = sum(caps[1:])
    for first in range(max(0, total - room), min(total, caps[0]) + 1):
        for rest in _compositions(total - first, caps[1:]):
            yield [first, *rest]


def numeric_groups_test(t: NumericTable) -> GroupTest | None:
    """Kruskal–Wallis across the groups of a numeric table (respondents with no group left out)."""
    groups = [r.values for r in t.rows if r.group != NOT_RECORDED]
    return kruskal_wallis(groups) if len(groups) >= 2 else None


def categorical_groups_test(t: CategoricalTable) -> GroupTest | None:
    """Fisher–Freeman–Halton across the groups of a yes/no or choice table; None for an item
    with several answers per respondent (its answers are not one table)."""
    groups = [g for g in t.groups if g.group != NOT_RECORDED]
    if t.multiple or len(groups) < 2:
        return None
    return independence([[s.count for s in g.shares] for g in groups])
