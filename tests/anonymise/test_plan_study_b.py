"""The default plan fits Study B: the year of the interview is a year, not a tenure band;
postings and position bands stay the study's own categories."""

from __future__ import annotations

from functools import cache

from fieldkit.anonymise import anonymise, default_plan
from fieldkit.data import forms_dir
from fieldkit.dataset import build_dataset
from fieldkit.protocol.loader import load_protocol


@cache
def _study(name: str):
    return load_protocol(forms_dir() / name)


def test_study_b_year_posting_and_band_are_kept():
    plan = default_plan(_study("field-cooperation.yaml"))
    assert plan.entry("interviews", "interview_year")["action"] == "keep"
    assert plan.entry("interviews", "posting")["action"] == "keep"
    assert plan.entry("interviews", "role_band")["action"] == "keep"


def test_study_a_tenure_and_role_are_still_generalised():
    plan = default_plan(_study("informal-relations.yaml"))
    tenure = plan.entry("interviews", "years_in_post")
    assert tenure["to"] == "bands" and tenure["roster_field"] == "accredited"
    assert plan.entry("interviews", "role")["to"] == "rank"


def test_study_b_interviews_keep_their_postings_and_year_when_anonymised():
    protocol = _study("field-cooperation.yaml")
    data = build_dataset(protocol, [])
    postings = ["hq_brussels", "pristina", "kabul"]
    data.interviews = [{
        "interview_id": f"00000000-0000-4000-8000-{n:012d}", "number": n,
        "protocol_id": protocol.id, "protocol_version": protocol.version, "status": "completed",
        "interview_month": "may", "interview_year": 2013, "organisation": "nato",
        "role_band": "official", "posting": postings[n % 3], "case": ["kosovo"]}
        for n in range(1, 13)]
    anon, _ = anonymise(data, default_plan(protocol), b"k" * 32,
                        override="synthetic interviews for a test")
    assert sorted({r["posting"] for r in anon.interviews}) == sorted(postings)
    assert {r["interview_year"] for r in anon.interviews} == {2013}
    assert {r["role_band"] for r in anon.interviews} == {"official"}
