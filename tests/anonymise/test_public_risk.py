"""Risk against what the public knows: rosters with public attributes, k-map on them, missing
as a wildcard, years in post from the year of accreditation, rank, the record's account."""

from __future__ import annotations

import json

import pytest
import study_a as a
import synth_study as s

from fieldkit.anonymise import RiskRefused, anonymise, default_plan
from fieldkit.anonymise.generalise import DEFAULT_BANDS, generalise_value
from fieldkit.anonymise.risk import PublicField, k_map, k_per_record, measure
from fieldkit.protocol.loader import load_protocol
from fieldkit.protocol.model import Protocol

KEY = b"synthetic-key-0123456789abcdef"


def _protocol_with_roster(tmp_path, header: str, line: str) -> Protocol:
    (tmp_path / "r.csv").write_text(f"{header}\n{line}\n", encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        "id: p\nversion: '1'\ntitle: T\ncover: C\nresearch_aim: A\n"
        "rosters: {committee: {file: r.csv}}\n"
        "sections: [{id: s, title: S, items: [{id: q, type: text, label: Q}]}]\n",
        encoding="utf-8")
    return load_protocol(tmp_path / "p.yaml")


def test_roster_public_columns_are_optional_and_leave_old_hashes_alone(tmp_path):
    old = _protocol_with_roster(tmp_path, "id,label,organisation", "x-1,Ruritania,EU")
    assert "gender" not in old.canonical_json() and "accredited" not in old.canonical_json()
    new = _protocol_with_roster(tmp_path, "id,label,gender,accredited,rank",
                                "x-1,Ruritania,female,2006,chargé d'affaires")
    entry = new.rosters["committee"].entries[0]
    assert (entry.gender, entry.accredited, entry.rank) == ("female", 2006, "chargé d'affaires")
    blank = _protocol_with_roster(tmp_path, "id,label,gender,accredited,rank", "x-1,R,,,")
    assert blank.rosters["committee"].entries[0].accredited is None
    assert blank.content_hash == _protocol_with_roster(tmp_path, "id,label", "x-1,R").content_hash
    population = a.dataset([]).population
    # every committee's seats in 2009: AU PSC 15, EU PSC 27, OAS 35, OSCE 56
    assert len(population) == 133 and {"gender", "accredited", "rank"} <= set(population[0])


def test_missing_is_a_wildcard_for_k():
    # sdcMicro: a missing value matches any value. (EU,f) (EU,None) (EU,m) (AU,f):
    # record 2 matches 1, 2 and 3; records 1 and 3 match themselves and 2.
    rows = [{"org": "EU", "g": "f"}, {"org": "EU", "g": None}, {"org": "EU", "g": "m"},
            {"org": "AU", "g": ".r"}]
    assert k_per_record(rows, ["org", "g"]) == [2, 3, 2, 1]
    assert k_map(rows, [{"organisation": "EU", "gender": ""}, {"organisation": "AU"}],
                 {"org": ("organisation", lambda v: v), "g": ("gender", lambda v: v)}) \
        == [1, 1, 1, 1]


def test_years_in_post_are_matched_on_the_year_of_accreditation():
    bands = PublicField("y", "accredited", lambda v: generalise_value(
        v, {"to": "bands", "bands": DEFAULT_BANDS}, strict=False), years=True)
    seat = {"accredited": 2006}  # in 2009: between two and four years in post
    assert bands.matches(seat, "3-5", 2009) and bands.matches(seat, "0-2", 2009)
    assert not bands.matches(seat, "6+", 2009)
    raw = PublicField("y", "accredited", years=True)
    assert raw.matches(seat, 2.5, 2009) and not raw.matches(seat, 5.5, 2009)
    assert raw.matches(seat, 9, None)  # no year to count to: cannot rule the seat out


def test_rank_tells_chargés_from_ambassadors_until_it_is_banded():
    seats = [{"rank": "ambassador"}, {"rank": "chargé d'affaires"}, {"rank": "deputy"},
             {"role": "Ambassador"}]  # an older roster: the role stands for the rank
    rows = [{"role": "charge_d_affaires"}, {"role": "ambassador"}, {"role": "deputy"}]
    raw = k_map(rows, seats, {"role": PublicField("role", "rank")})
    assert raw == [1, 2, 1]
    banded = PublicField("role", "rank", lambda v: generalise_value(v, {"to": "rank"}))
    assert k_map([{"role": "head of delegation"}], seats, {"role": banded}) == [3]


def test_the_only_woman_among_caribbean_ambassadors_is_not_certified_safe():
    data = a.oas_dataset()
    jamaica = next(r["number"] for r in data.interviews if r["member_state"] == "Jamaica")
    with pytest.raises(RiskRefused) as refused:
        anonymise(data, default_plan(a.protocol()), KEY)
    assert "k-map=1" in str(refused.value)
    after = refused.value.record.risk_after
    assert "gender" in after.public and "years_in_post" in after.public
    assert jamaica in after.k_map_at_risk
    mine = next(r for r in after.records if r["number"] == jamaica)
    assert mine["k_map"] == 1 and mine["risk_k_map"] == 1.0
    # Gender is what gives her away: without it the rosters hold several like her.
    plan = default_plan(a.protocol())
    plan.variables["interviews.gender"]["public"] = False
    with pytest.raises(RiskRefused) as again:
        anonymise(a.oas_dataset(), plan, KEY)
    theirs = next(r for r in again.value.record.risk_after.records if r["number"] == jamaica)
    assert theirs["k_map"] > 1


def test_the_record_says_who_the_attacker_is_and_what_the_population_holds():
    data = a.oas_dataset()
    _, record = anonymise(data, default_plan(a.protocol()), KEY, override="pilot")
    qis = {q["name"]: q for q in record.quasi_identifiers}
    assert qis["gender"]["public"] and qis["gender"]["in_k_map"]
    assert qis["years_in_post"]["roster_field"] == "accredited"
    assert not qis["city"]["public"] and not qis["city"]["in_k_map"]
    assert record.population["size"] == 133
    assert record.population["heads"]["chargé d'affaires"] > 0
    assert "deputies" in record.population["includes"]
    assert "public lists" in record.attacker_model and "gender" in record.attacker_model
    assert len(record.risk_after.records) == len(data.interviews)
    shared = record.to_dict()
    assert shared["population"]["size"] == 133 and shared["risk_after"]["records"]
    risk = ("risk_before", "risk_after", "suggestions", "suppressed", "quasi_identifiers",
            "population", "attacker_model")
    text = json.dumps({k: shared[k] for k in risk}, ensure_ascii=False)
    for seat in a.entries("oas_pc"):  # the risk account names no state, no respondent
        assert seat.label not in text, seat.label
    assert "pilot" not in text


def test_measure_before_uses_raw_answers_against_raw_roster_values():
    rows = [{"number": 1, "s": "Serbia"}, {"number": 2, "s": "Albania"}]
    population = [{"member_state": "Serbia"}, {"member_state": "Albania"},
                  {"member_state": "Albania"}]
    risk = measure(rows, ["s"], [], 2, population, {"s": ("member_state", lambda v: v)})
    assert risk.k_map == 1 and risk.k_map_at_risk == [1] and risk.public == ["s"]


def test_default_plan_marks_public_quasi_identifiers():
    v = default_plan(a.protocol()).variables
    assert v["interviews.years_in_post"]["roster_field"] == "accredited"
    assert v["interviews.role"]["roster_field"] == "rank"
    assert v["interviews.member_state"]["holds"] == "sub-region or caucus"
    assert v["interviews.city"]["public"] is False
    assert all(v[f"interviews.{q}"].get("suppress") for q in ("gender", "years_in_post"))
    synth = default_plan(s.protocol()).variables
    assert synth["interviews.gender"]["public"] is True


def test_the_shipped_rosters_hold_no_invented_attributes():
    from fieldkit.data import forms_dir

    shipped = load_protocol(forms_dir() / "informal-relations.yaml")
    for name, roster in shipped.rosters.items():
        for entry in roster.entries:
            assert (entry.gender, entry.accredited, entry.rank) == (None, None, None), entry.id
        # the tests' synthetic twin differs in those three columns only
        twin = a.protocol().rosters[name].entries
        assert [e.model_dump(exclude={"gender", "accredited", "rank"}) for e in twin] \
            == [e.model_dump(exclude={"gender", "accredited", "rank"}) for e in roster.entries]
    assert any(e.accredited for e in a.entries("oas_pc"))


def test_a_store_that_interviewed_with_the_earlier_study_a_takes_the_new_one(tmp_path):
    from fieldkit.data import forms_dir
    from fieldkit.interview.session import InterviewSession
    from fieldkit.store.store import Store

    # Study A 1.2 as shipped before its rosters' unchecked attributes were blanked
    earlier = Protocol.model_validate(
        {**a.protocol().model_dump(mode="json", exclude_none=True), "version": "1.2"})
    shipped = load_protocol(forms_dir() / "informal-relations.yaml")
    assert shipped.version != earlier.version and shipped.content_hash != earlier.content_hash
    with Store.create(tmp_path / "store", "synthetic roster passphrase 2009",
                      enforce_strength=False) as store:
        old = InterviewSession.start(store, earlier)
        old.record_consent(True)
        old.answer("informal_contacts_week", 5)
        store.import_protocol(shipped)  # another version: no clash with the one in use
        assert InterviewSession.start(store, shipped).protocol.content_hash == shipped.content_hash
        again = store.protocol(store.interview(old.interview_id).protocol_hash)
        assert again.content_hash == earlier.content_hash and again.version == "1.2"
        assert again.rosters["oas_pc"].entries == earlier.rosters["oas_pc"].entries
