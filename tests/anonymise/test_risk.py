"""k-anonymity, k-map and l-diversity on small hand-counted tables; refusal and override."""

from __future__ import annotations

import json

import pytest
import synth_study as s

from fieldkit.anonymise import anonymise, default_plan
from fieldkit.anonymise.risk import k_anonymity, k_map, l_diversity, measure
from fieldkit.errors import AnonymisationError

KEY = b"synthetic-key-0123456789abcdef"

# Hand-counted: (EU, f) x2, (EU, m) x3, (AU, f) x1  -> k = 1, classes 3.
ROWS = [
    {"number": 1, "org": "EU", "gender": "f", "call": "capital"},
    {"number": 2, "org": "EU", "gender": "f", "call": "capital"},
    {"number": 3, "org": "EU", "gender": "m", "call": "fellow"},
    {"number": 4, "org": "EU", "gender": "m", "call": "capital"},
    {"number": 5, "org": "EU", "gender": "m", "call": None},
    {"number": 6, "org": "AU", "gender": "f", "call": "fellow"},
]
POPULATION = [
    {"organisation": "EU"}, {"organisation": "EU"}, {"organisation": "EU"},
    {"organisation": "EU"}, {"organisation": "AU"}, {"organisation": "AU"},
]


def test_k_anonymity_matches_hand_counts():
    assert k_anonymity(ROWS, ["org", "gender"]) == 1
    assert k_anonymity(ROWS, ["org"]) == 1
    assert k_anonymity(ROWS, ["gender"]) == 3
    assert k_anonymity(ROWS[:5], ["org", "gender"]) == 2


def test_l_diversity_matches_hand_counts():
    # (EU,f): {capital} -> 1; (EU,m): {fellow, capital} -> 2 (None not counted); (AU,f): 1
    assert l_diversity(ROWS, ["org", "gender"], "call") == 1
    assert l_diversity(ROWS, ["gender"], "call") == 2  # f: capital, fellow; m: fellow, capital


def test_k_map_counts_roster_entries_sharing_the_values():
    counts = k_map(ROWS, POPULATION, {"org": ("organisation", lambda v: v)})
    assert counts == [4, 4, 4, 4, 4, 2]


def test_measure_lists_records_at_risk():
    # Suggestions moved to the lattice search (tests/anonymise/test_lattice.py).
    risk = measure(ROWS, ["org", "gender"], ["call"], 2, POPULATION,
                   {"org": ("organisation", lambda v: v)}, l_threshold=2)
    assert (risk.k, risk.k_map, risk.classes, risk.at_risk) == (1, 2, 3, [6])
    assert risk.l == {"call": 1} and risk.l_at_risk == {"call": 2}
    assert risk.records[5] == {"number": 6, "k": 1, "k_map": 2, "risk_k": 1.0,
                               "risk_k_map": 0.5}


def test_export_below_threshold_is_refused_and_override_recorded():
    plan = default_plan(s.protocol())
    with pytest.raises(AnonymisationError) as err:
        anonymise(s.dataset(), plan, KEY)
    assert "k=1" in str(err.value) and "threshold of 3" in str(err.value)
    _, record = anonymise(s.dataset(), plan, KEY, override="pilot check with the ethics board")
    assert record.override == "pilot check with the ethics board"
    shared = json.dumps(record.to_dict(), ensure_ascii=False)
    assert record.to_dict()["overridden"] is True
    assert "pilot check" not in shared  # the reason stays in the team's audit log
    assert any("overridden" in w for w in record.warnings)


def _generalising_plan():
    plan = default_plan(s.protocol())
    for name in ("language", "started_at", "ended_at", "years_in_post"):
        plan.variables[f"interviews.{name}"]["action"] = "drop"
    return plan


def test_a_plan_that_generalises_enough_passes():
    plan = _generalising_plan()
    plan.variables["interviews.gender"]["action"] = "drop"
    # state -> sub-region: South-Eastern Europe x3, Central Europe x3
    data, record = anonymise(s.dataset(), plan, KEY)
    assert record.risk_before.k == 1 and record.risk_after.k == 3
    assert record.risk_after.k_map == 3  # three roster entries per sub-region
    assert record.override is None and record.suppressed == []
    assert all("gender" not in row for row in data.interviews)
    assert {row["state"] for row in data.interviews} == {"South-Eastern Europe", "Central Europe"}


def test_suppression_blanks_the_cells_of_records_at_risk():
    plan = _generalising_plan()
    plan.variables["interviews.gender"]["action"] = "suppress"
    plan.suppression_limit = 0.5
    # with gender: (SEE,m)=1 (SEE,f)=2 (CE,m)=2 (CE,f)=1. A blank matches any value (as in
    # sdcMicro), so blanking the two lone records' gender lifts every class to 3; the old
    # expectation (all six blanked) counted a blank as a value of its own.
    data, record = anonymise(s.dataset(), plan, KEY)
    assert [e["number"] for e in record.suppressed] == [1, 6]
    assert all(e["variables"] == ["gender"] for e in record.suppressed)
    assert [row["gender"] for row in data.interviews] == [None, "f", "f", "m", "m", None]
    assert record.risk_after.k == 3


def test_suppression_stops_at_the_plan_limit_and_then_refuses():
    plan = _generalising_plan()
    plan.variables["interviews.gender"]["action"] = "suppress"  # default limit 10%: 0 of 6
    with pytest.raises(AnonymisationError, match="k=1"):
        anonymise(s.dataset(), plan, KEY)
    data, record = anonymise(s.dataset(), plan, KEY, override="pilot")
    assert record.suppressed == [] and all(r["gender"] for r in data.interviews)
    assert any("at most 0 of 6 interviews" in w for w in record.warnings)
