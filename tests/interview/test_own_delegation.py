"""No tie to oneself: once the respondent's own delegation is known (Study A's "Which state do
you represent?"), the name generators over its roster and the questions choosing among its
entries neither offer nor take it, live or in an interview entered from paper."""

from __future__ import annotations

import pytest

from fieldkit.interview.importer import ImportFileError, plan_interview, write_interview
from fieldkit.interview.own_entry import own_entries
from fieldkit.interview.session import InvalidAnswer
from fieldkit.store.content import replay

from . import test_importer

study_a, store = test_importer.study_a, test_importer.store  # Study A, a store for it
session = test_importer.eu_session  # an interview past consent, for the EU
SAYS = ("Austria is the respondent's own delegation (answered at 'member_state'), so it "
        "cannot be named as a tie of theirs")




def test_naming_ones_own_delegation_is_refused_once_it_is_known(session):
    s = session
    s.add_person("friends_eu", "eu-at")  # not known yet: any delegation
    s.remove_person("friends_eu", s.content.people_of("friends_eu")[0].instance_id)
    s.answer("member_state", "eu-at")
    assert own_entries(s.protocol, s.content) == {"eu_psc": ("eu-at", "member_state")}
    for generator in ("friends_eu", "players_eu", "difficult_eu"):
        with pytest.raises(InvalidAnswer) as refused:
            s.add_person(generator, "eu-at")
        assert str(refused.value) == SAYS
        assert s.left_out(s.protocol.item(generator)) == {"eu-at"}
    assert s.left_out(s.protocol.item("member_state")) == set()  # where it is told
    s.add_person("friends_eu", "eu-be")
    assert [p.roster_id for p in s.content.people_of("friends_eu")] == ["eu-be"]


def test_who_a_friend_is_close_to_never_offers_or_takes_the_respondent(session):
    s = session
    s.answer("member_state", "eu-at")
    for rid in ("eu-be", "eu-fr"):
        s.add_person("friends_eu", rid)
    be = s.content.people_of("friends_eu")[0]
    knows = s.protocol.item("friend_knows_eu")
    # neither the respondent nor the friend asked about
    assert [c.name for c in s.choices(knows, be.instance_id)] == ["eu-fr"]
    with pytest.raises(InvalidAnswer) as refused:
        s.answer("friend_knows_eu", ["eu-fr", "eu-at"], be.instance_id)
    assert str(refused.value) == SAYS
    assert s.answer("friend_knows_eu", ["eu-fr"], be.instance_id) == ["eu-fr"]


def interview(**answers) -> dict:
    return {"format": "fieldkit-interview/1", "protocol": "informal-relations",
            "interviewer": "K1", "started_at": "2009-05-04T10:00:00Z",
            "answers": {"organisation": "eu", **answers}}


@pytest.mark.parametrize("first", [True, False], ids=["state-first", "state-last"])
def test_back_entry_refuses_a_tie_to_oneself_wherever_the_state_is_given(study_a, first):
    ties = {"friends_eu": [{"person": "eu-be"}, {"person": "eu-at"}],
            "players_eu": [{"person": "eu-at"}]}
    answers = {"member_state": "eu-at", **ties} if first else {**ties, "member_state": "eu-at"}
    with pytest.raises(ImportFileError) as refused:
        plan_interview(interview(**answers), study_a, "paper-7.json")
    said = [str(p) for p in refused.value.problems]
    assert said == [f"paper-7.json:answers.friends_eu[1]: {SAYS}",
                    f"paper-7.json:answers.players_eu[0]: {SAYS}"]


def test_back_entry_refuses_the_respondent_among_a_friends_ties(study_a):
    data = interview(member_state="eu-at", friends_eu=[
        {"person": "eu-be", "friend_knows_eu": ["eu-fr", "eu-at"]}, {"person": "eu-fr"}])
    with pytest.raises(ImportFileError) as refused:
        plan_interview(data, study_a, "paper-8.json")
    assert [str(p) for p in refused.value.problems] == [
        f"paper-8.json:answers.friends_eu[0].friend_knows_eu: {SAYS}"]


def test_back_entry_without_the_state_or_with_others_is_written(store, study_a):
    unknown = plan_interview(interview(friends_eu=[{"person": "eu-at"}]), study_a, "a.json")
    known = plan_interview(interview(member_state="eu-at", friends_eu=[
        {"person": "eu-be", "friend_knows_eu": ["eu-fr"]}, {"person": "eu-fr"}]), study_a,
        "b.json")
    for planned, named in ((unknown, ["eu-at"]), (known, ["eu-be", "eu-fr"])):
        content = replay(store.events(write_interview(store, planned)))
        assert [p.roster_id for p in content.people_of("friends_eu")] == named


def test_going_back_to_the_state_after_naming_it_as_a_friend_is_refused(session):
    s = session
    s.add_person("friends_eu", "eu-at")
    with pytest.raises(InvalidAnswer) as refused:
        s.answer("member_state", "eu-at")
    assert str(refused.value) == ("Austria is already named as a tie at 'friends_eu'; remove "
                                  "it there before choosing it as the respondent's own "
                                  "delegation")
    assert s.content.value("member_state") is None
    s.remove_person("friends_eu", s.content.people_of("friends_eu")[0].instance_id)
    assert s.answer("member_state", "eu-at") == "eu-at"
