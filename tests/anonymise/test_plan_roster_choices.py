"""Answers chosen from a roster (the state represented, who a friend is close to) are
anonymised as the roster's entries are: states to their sub-region, named delegations coded."""

from __future__ import annotations

from fieldkit.anonymise import anonymise, default_plan
from fieldkit.anonymise.pseudonym import pseudonym
from fieldkit.data import forms_dir
from fieldkit.dataset import build_dataset
from fieldkit.protocol.loader import load_protocol

KEY = b"k" * 32


def test_roster_answers_are_generalised_and_coded():
    protocol = load_protocol(forms_dir() / "informal-relations.yaml")
    plan = default_plan(protocol)
    state = plan.entry("interviews", "member_state")
    assert state["to"] == "mapping" and state["mapping"]["au-dz"] == "North Africa"
    assert plan.entry("people", "friend_knows_au") == {
        "class": "sensitive", "action": "pseudonymise", "domain": "person", "prefix": "P"}
    data = build_dataset(protocol, [])
    iid = "00000000-0000-4000-8000-000000000001"
    data.interviews = [{"interview_id": iid, "number": 1, "protocol_id": protocol.id,
                        "protocol_version": protocol.version, "status": "completed",
                        "organisation": "au", "role": "ambassador", "member_state": "au-dz"}]
    data.people = [{"interview_id": iid, "item_id": "friends_au", "person_id": "p1",
                    "position": 1, "roster_id": "au-ng", "name": "Nigeria",
                    "friend_knows_au": ["au-gh", "au-sn"]}]
    anon, _ = anonymise(data, plan, KEY, override="one synthetic interview for a test")
    assert anon.interviews[0]["member_state"] == "North Africa"
    person = anon.people[0]
    assert person["roster_id"] == pseudonym(KEY, "person", "au-ng", "P")
    assert person["friend_knows_au"] == [pseudonym(KEY, "person", "au-gh", "P"),
                                         pseudonym(KEY, "person", "au-sn", "P")]
