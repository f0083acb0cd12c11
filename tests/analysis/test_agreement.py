"""Agreement between two coders, checked against a table worked out by hand."""

from __future__ import annotations

import pytest

from fieldkit.analysis.agreement import agreement, cohen_kappa, resolved_rows
from fieldkit.dataset.tables import Dataset

# Which codes each coder applied in each passage (u6 was coded by A only: not a unit).
TABLE = {
    "u1": ({"x", "y"}, {"x", "y"}),
    "u2": ({"x"}, {"x", "y"}),
    "u3": ({"x"}, {"y"}),
    "u4": ({"y"}, {"x"}),
    "u5": ({"y"}, {"y"}),
    "u6": ({"x"}, set()),
}


def _dataset() -> Dataset:
    data = Dataset("p", "1", "h", "en")
    data.interviews = [{"interview_id": "i1", "number": 1}]
    for unit, (a, b) in TABLE.items():
        for coder, codes in (("A", a), ("B", b)):
            for code in sorted(codes):
                data.codings.append({
                    "coding_id": f"{unit}-{coder}-{code}", "interview_id": "i1", "item_id": unit,
                    "person_id": None, "quote_id": None, "code": code, "coder": coder,
                    "start": 0 if coder == "A" else 2, "end": 9, "passage": f"{unit} {coder}",
                    "needs_recoding": False})
    return data


def test_kappa_per_code_and_alpha_over_the_codebook_equal_the_hand_computation():
    # By hand, over the five units both coded (u1-u5):
    # x: A in u1 u2 u3, B in u1 u2 u4 -> both 2, A only 1 (u3), B only 1 (u4), neither 1 (u5)
    #    p_o = 3/5; p_e = (3*3 + 2*2)/25 = 13/25; kappa = (15/25 - 13/25)/(12/25) = 1/6
    # y: A in u1 u4 u5, B in u1 u2 u3 u5 -> both 2, A only 1 (u4), B only 2 (u2 u3), neither 0
    #    p_o = 2/5; p_e = (3*4 + 2*1)/25 = 14/25; kappa = (10/25 - 14/25)/(11/25) = -4/11
    # alpha (nominal) over the 10 (unit, code) pairs: 20 values, 7 absent and 13 present;
    #    5 pairs disagree, so o(0,1) = o(1,0) = 5 and
    #    alpha = 1 - (n - 1) * (o01 + o10) / (2 * n0 * n1) = 1 - 19 * 10 / 182 = -4/91
    result = agreement(_dataset(), "A", "B")
    assert len(result.units) == 5
    x, y = result.codes
    assert (x.code, x.both, x.first_only, x.second_only, x.neither) == ("x", 2, 1, 1, 1)
    assert (y.code, y.both, y.first_only, y.second_only, y.neither) == ("y", 2, 1, 2, 0)
    assert x.observed == pytest.approx(3 / 5) and x.kappa == pytest.approx(1 / 6)
    assert y.observed == pytest.approx(2 / 5) and y.kappa == pytest.approx(-4 / 11)
    assert result.alpha == pytest.approx(-4 / 91)
    assert sorted((d.unit[1], d.code, d.coded_by) for d in result.disagreements) == [
        ("u2", "y", "B"), ("u3", "x", "A"), ("u3", "y", "B"), ("u4", "x", "B"), ("u4", "y", "A")]


def test_kappa_is_undefined_when_chance_explains_everything_and_perfect_agreement_is_1():
    assert cohen_kappa(0, 0, 0, 5) == (1.0, None)
    assert cohen_kappa(3, 0, 0, 2) == (1.0, pytest.approx(1.0))
    assert cohen_kappa(0, 0, 0, 0) == (None, None)


def test_a_resolved_coding_by_rule_or_by_the_leads_choices():
    result = agreement(_dataset(), "A", "B")
    agreed = {(r["item_id"], r["code"]) for r in resolved_rows(result, "agreed")}
    assert agreed == {("u1", "x"), ("u1", "y"), ("u2", "x"), ("u5", "y")}
    union = {(r["item_id"], r["code"]) for r in resolved_rows(result, "union")}
    assert union == agreed | {("u2", "y"), ("u3", "x"), ("u3", "y"), ("u4", "x"), ("u4", "y")}
    # both coders' spans of an agreed passage are taken, the same span once
    assert sorted((r["start"], r["coder"]) for r in resolved_rows(result, "agreed")
                  if r["item_id"] == "u1" and r["code"] == "x") == [(0, "A"), (2, "B")]
    choices = {d.key: d.unit[1] == "u3" for d in result.disagreements}
    chosen = {(r["item_id"], r["code"]) for r in resolved_rows(result, choices=choices)}
    assert chosen == agreed | {("u3", "x"), ("u3", "y")}
    del choices[result.disagreements[0].key]
    with pytest.raises(KeyError):
        resolved_rows(result, choices=choices)
