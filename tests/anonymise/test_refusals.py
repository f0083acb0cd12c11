"""Refusals: the unique respondent with the pair that fixes it suggested, l-diversity, unknown
spellings and numbers, suppression that keeps the generalisation for everyone else."""

from __future__ import annotations

import pytest
import synth_study as s

from fieldkit.anonymise import RiskRefused, anonymise, default_plan
from fieldkit.anonymise.ladder import coarser, ladder
from fieldkit.anonymise.lattice import sentence
from fieldkit.errors import AnonymisationError

KEY = b"synthetic-key-0123456789abcdef"


def _plan(*dropped: str):
    plan = default_plan(s.protocol())
    for name in ("language", "started_at", "ended_at", *dropped):
        plan.variables[f"interviews.{name}"]["action"] = "drop"
    return plan


def test_unique_respondents_are_refused_with_the_pair_that_fixes_it_suggested():
    plan = _plan()
    plan.suppression_limit = 0
    with pytest.raises(RiskRefused) as refused:
        anonymise(s.dataset(), plan, KEY)
    message = str(refused.value)
    # Every single change leaves someone unique; dropping gender and years in post together
    # leaves sub-regions of three (state is public, so k-map 3 as well).
    assert message.startswith("the anonymised data have k=1, below the plan's threshold of 3")
    assert "Cheapest fix: drop gender and drop years_in_post (k 3, k-map 3" in message
    assert "override reason" in message
    tips = refused.value.record.suggestions
    assert tips[0]["variables"] == ["gender", "years_in_post"] and tips[0]["cost"] == 3
    assert [t["cost"] for t in tips] == sorted(t["cost"] for t in tips)
    assert all(t["reaches_target"] and t["k"] >= 3 for t in tips)
    assert tips[0]["changes"][0]["plan"] == {"action": "drop"}
    # The suggestion works: applying it passes.
    plan = _plan("gender", "years_in_post")
    _, record = anonymise(s.dataset(), plan, KEY)
    assert record.risk_after.k == 3 and record.suggestions == []


def test_suggestions_count_suppressed_records_in_their_cost():
    plan = _plan()
    plan.variables["interviews.gender"]["action"] = "suppress"
    plan.suppression_limit = 0.34  # two of six
    with pytest.raises(RiskRefused) as refused:
        anonymise(s.dataset(), plan, KEY)
    tips = refused.value.record.suggestions
    assert tips and tips[0]["cost"] == tips[0]["levels"] + tips[0]["suppressed_records"]
    assert any(t["suppressed_records"] for t in tips)


def test_ladders_climb_from_the_plan_to_dropped():
    rungs = ladder("years", "decimal", {"action": "generalise", "to": "bands",
                                        "bands": [[0, 2, "0-2"], [3, 5, "3-5"], [6, None, "6+"]]})
    assert [r.words for r in rungs][1:] == ["band years as 0-5, 6+", "drop years"]
    assert rungs[1].transform(4.5) == "0-5" and rungs[-1].transform(4.5) is None
    assert coarser([[0, 1, "a"], [2, None, "b"]]) is None
    assert [r.words for r in ladder("g", "categorical", {"action": "keep"})][1:] == ["drop g"]
    assert "No combination" in sentence([])


def _same_call_in_south_eastern_europe():
    data = s.dataset()
    for row in data.interviews:
        if row["state"] in ("Albania", "Serbia", "Croatia"):
            row["first_call"] = "fellow"
    return data


def test_l_diversity_below_the_threshold_is_refused_naming_variable_and_classes():
    plan = _plan("gender", "years_in_post")  # k = 3: two sub-regions of three
    with pytest.raises(RiskRefused) as refused:
        anonymise(_same_call_in_south_eastern_europe(), plan, KEY)
    message = str(refused.value)
    assert "l-diversity (distinct) of first_call is 1" in message
    assert "l threshold of 2 in 1 class of respondents" in message
    _, record = anonymise(_same_call_in_south_eastern_europe(), plan, KEY, override="pilot")
    assert record.risk_after.l == {"first_call": 1} and record.risk_after.l_at_risk == {
        "first_call": 1}
    assert any("overridden" in w for w in record.warnings)


def test_entropy_l_is_stricter_than_distinct_l():
    plan = _plan("gender", "years_in_post")
    data, record = anonymise(s.dataset(), plan, KEY)  # two answers in each class
    # (fellow, capital, fellow): exp(entropy) = 1.89
    assert record.risk_after.l == {"first_call": 2}
    assert record.risk_after.l_entropy["first_call"] == pytest.approx(1.8899, abs=1e-3)
    plan.l_measure = "entropy"
    with pytest.raises(RiskRefused, match=r"l-diversity \(entropy\) of first_call is 1.89"):
        anonymise(s.dataset(), plan, KEY)


def test_other_names_of_a_mapped_country_are_generalised_with_it():
    data = s.dataset()
    for row, name in zip(data.interviews[3:6], ("Slovak Republic", "Hongrie", "Eslovaquia"),
                         strict=True):
        row["state"] = name
    out, _ = anonymise(data, _plan("gender", "years_in_post"), KEY, override="pilot")
    assert [r["state"] for r in out.interviews[3:6]] == \
        ["Central Europe", "Central Europe", "Central Europe"]


def test_an_unknown_spelling_is_refused_by_name_even_with_an_override():
    data = s.dataset()
    data.interviews[5]["state"] = "Slovakland"
    with pytest.raises(AnonymisationError) as refused:
        anonymise(data, _plan(), KEY, override="pilot")
    assert str(refused.value) == (
        "the value 'Slovakland' of interviews.state is not in the plan's mapping; add it "
        "to the mapping or set a default")
    plan = _plan("gender", "years_in_post")
    plan.variables["interviews.state"]["default"] = "Other Europe"
    out, _ = anonymise(data, plan, KEY, override="pilot")
    assert out.interviews[5]["state"] == "Other Europe"


def test_a_number_outside_every_band_is_refused_by_name():
    plan = _plan()
    plan.variables["interviews.years_in_post"]["bands"] = [[0, 2, "0-2"], [3, 5, "3-5"]]
    with pytest.raises(AnonymisationError, match="the value '7' of interviews.years_in_post is "
                                                 "outside every band"):
        anonymise(s.dataset(), plan, KEY, override="pilot")


def test_suppress_keeps_the_generalisation_for_everyone_else():
    plan = _plan("gender")
    entry = plan.variables["interviews.years_in_post"]
    entry["action"] = "suppress"  # was generalise to bands: the bands stay
    plan.suppression_limit = 0.5
    data, record = anonymise(s.dataset(), plan, KEY, override="pilot")
    years = [row["years_in_post"] for row in data.interviews]
    assert set(years) <= {"0-2", "3-5", "6+", None}
    assert not any(isinstance(y, int | float) for y in years)
    assert {e["number"] for e in record.suppressed} <= {1, 2, 3, 4, 5, 6}
