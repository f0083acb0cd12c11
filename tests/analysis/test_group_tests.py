"""Group comparison tests against values worked out by hand (and textbook tables)."""

from __future__ import annotations

import math

import pytest

from fieldkit.analysis.group_tests import chi2_sf, independence, kruskal_wallis, midranks


@pytest.mark.parametrize(("x", "df", "p"), [
    (3.841458820694124, 1, 0.05), (5.991464547107979, 2, 0.05), (7.814727903251178, 3, 0.05),
    (6.6348966010212145, 1, 0.01), (2.0, 2, math.exp(-1)), (0.0, 4, 1.0)])
def test_chi_square_tail_matches_the_tables(x, df, p):
    assert chi2_sf(x, df) == pytest.approx(p, abs=1e-12)


def test_midranks_share_tied_ranks():
    assert midranks([7, 3, 7, 1]) == [3.5, 2.0, 3.5, 1.0]


def test_kruskal_wallis_two_pairs_by_hand():
    # ranks 1 2 | 3 4: H = 12/(4*5) * (3²/2 + 7²/2) - 3*5 = 2.4; of the 6 ways to split four
    # ranks in two pairs, 2 give H = 2.4, so the exact p is 1/3.
    t = kruskal_wallis([[1, 2], [3, 4]])
    assert t is not None and t.exact and t.draws == 0
    assert t.statistic == pytest.approx(2.4)
    assert t.df == 1
    assert t.p == pytest.approx(1 / 3)
    assert t.p_asymptotic == pytest.approx(math.erfc(math.sqrt(1.2)))
    assert t.effect == pytest.approx(0.8)  # ε² = H / (n - 1)


def test_kruskal_wallis_corrects_for_ties_by_hand():
    # values 1 1 | 2 3: ranks 1.5 1.5 | 3 4; raw H = 0.6 * (9/2 + 49/2) - 15 = 2.4;
    # ties: one pair, correction 1 - 6/60 = 0.9, so H = 2.4 / 0.9.
    # Of the 6 splits, {1,1}|{2,3} and {2,3}|{1,1} reach it: p = 1/3.
    t = kruskal_wallis([[1, 1], [2, 3]])
    assert t.statistic == pytest.approx(2.4 / 0.9)
    assert t.p == pytest.approx(1 / 3)


def test_kruskal_wallis_three_groups_exact():
    # 1 | 2 | 3 4: ranks sum 1, 2, 7: H = 12/20 * (1 + 4 + 49/2) - 15 = 2.7.
    # 12 splits into sizes 1,1,2; H = 2.7 also when the pair is {1,2} (singles 3, 4) or
    # {2,3} (singles 1, 4), each with the singles either way round: 6 of 12.
    t = kruskal_wallis([[1], [2], [3, 4]])
    assert t.statistic == pytest.approx(2.7)
    assert t.df == 2
    assert t.p == pytest.approx(6 / 12)


def test_kruskal_wallis_large_groups_use_seeded_permutations():
    a = [4, 5, 6, 7, 7, 7, 7, 7, 8, 8]
    b = [3, 4, 4, 5, 5, 5, 5, 5, 6, 6, 7, 7, 8]
    t = kruskal_wallis([a, b])
    assert not t.exact and t.draws == 9_999
    assert 0 < t.p < 1 and kruskal_wallis([a, b]).p == t.p  # reproducible
    assert abs(t.p - t.p_asymptotic) < 0.05


def test_kruskal_wallis_needs_two_groups_and_some_spread():
    assert kruskal_wallis([[1, 2, 3]]) is None
    assert kruskal_wallis([[5, 5], [5]]) is None


def test_fisher_two_by_two_perfect_split_by_hand():
    # [[3,0],[0,3]]: P = 3!3!3!3!/(6! 3!3!) = 1/20 for it and for its mirror, the two least
    # likely tables with these margins: p = 2/20
    t = independence([[3, 0], [0, 3]])
    assert t.exact and t.p == pytest.approx(0.1)
    assert t.statistic == pytest.approx(6.0)  # χ² = 6
    assert t.effect == pytest.approx(1.0)  # Cramér's V
    assert t.p_asymptotic == pytest.approx(math.erfc(math.sqrt(3)))


def test_fisher_two_by_two_textbook_example():
    # Fisher's exact test on [[1, 9], [11, 3]]: two-sided p = 0.002759 (a classic example)
    t = independence([[1, 9], [11, 3]])
    assert t.exact and t.p == pytest.approx(0.0027594, abs=1e-6)


def test_fisher_freeman_halton_three_by_two_by_hand():
    # rows (2,1,1), columns (2,2): P(table) = 2!1!1!2!2! / (4! * prod cell!) = 1/(3 prod cell!).
    # [[2,0],[0,1],[0,1]] and [[0,2],[1,0],[1,0]]: 1/6 each; the two tables with [1,1] on top:
    # 1/3 each. The observed table and its mirror are the least likely: p = 1/6 + 1/6.
    t = independence([[2, 0], [0, 1], [0, 1]])
    assert t.exact and t.p == pytest.approx(1 / 3)
    assert t.df == 2


def test_empty_rows_and_columns_are_left_out():
    t = independence([[3, 0, 0], [0, 0, 0], [0, 0, 3]])
    assert t.df == 1 and t.p == pytest.approx(0.1)
    assert independence([[3, 0], [2, 0]]) is None


def test_large_tables_use_seeded_permutations():
    t = independence([[20, 5, 3], [4, 18, 6], [5, 6, 19], [9, 9, 9]])
    assert t is not None and not t.exact and t.p < 0.001
    assert t.groups == 4
