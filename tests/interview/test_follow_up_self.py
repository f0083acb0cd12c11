"""A follow-up over its name generator's roster never offers the entry it is asked about:
Study A's "which of the other ambassadors you named is this one close to" leaves out the
friend it is asked about, live and in an interview entered from paper."""

from __future__ import annotations

import pytest

from fieldkit.interview.importer import ImportFileError, plan_interview
from fieldkit.interview.session import InvalidAnswer

from . import test_importer

study_a, store = test_importer.study_a, test_importer.store  # Study A, a store for it
session = test_importer.eu_session  # an interview past consent, for the EU
ABOUT = ("Belgium is the person this question is asked about, so it cannot be chosen among "
         "their own ties at 'friend_knows_eu'")




def test_the_friend_asked_about_is_not_offered_nor_taken(session):
    s = session
    for rid in ("eu-be", "eu-fr", "eu-de"):
        s.add_person("friends_eu", rid)
    be, fr, _ = s.content.people_of("friends_eu")
    knows = s.protocol.item("friend_knows_eu")
    assert sorted(c.name for c in s.choices(knows, be.instance_id)) == ["eu-de", "eu-fr"]
    assert "eu-fr" not in [c.name for c in s.choices(knows, fr.instance_id)]
    assert s.left_out(knows, be.instance_id) == {"eu-be"}
    with pytest.raises(InvalidAnswer) as refused:
        s.answer("friend_knows_eu", ["eu-fr", "eu-be"], be.instance_id)
    assert str(refused.value) == ABOUT
    assert s.answer("friend_knows_eu", ["eu-be"], fr.instance_id) == ["eu-be"]


def test_back_entry_refuses_a_friend_close_to_themselves(study_a):
    data = {"format": "fieldkit-interview/1", "protocol": "informal-relations",
            "interviewer": "K1", "started_at": "2009-05-04T10:00:00Z",
            "answers": {"organisation": "eu", "friends_eu": [
                {"person": "eu-be", "friend_knows_eu": ["eu-fr", "eu-be"]},
                {"person": "eu-fr", "friend_knows_eu": ["eu-be"]}]}}
    with pytest.raises(ImportFileError) as refused:
        plan_interview(data, study_a, "paper-8.json")
    said = [str(p) for p in refused.value.problems]
    assert said == [f"paper-8.json:answers.friends_eu[0].friend_knows_eu: {ABOUT}"]
