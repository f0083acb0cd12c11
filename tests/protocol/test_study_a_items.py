"""Study A's new questions in a real interview: the state chosen from the committee's roster
(the respondent on their own node), secretariat staff without one, and the ties among the
friends named asked over the same roster, down to the network's alter–alter density."""

from __future__ import annotations

import pytest

from fieldkit.analysis.network import network_summary
from fieldkit.data import forms_dir
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.interview.session import InterviewSession, InvalidAnswer
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

PASS = "plinth saffron quarry ember locust hymnal"


@pytest.fixture(scope="module")
def protocol():
    return load_protocol(forms_dir() / "informal-relations.yaml")


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "s", PASS, interviewer="A1", enforce_strength=False) as s:
        yield s


def _start(store, protocol, org: str, role: str = "ambassador") -> InterviewSession:
    s = InterviewSession.start(store, protocol, interviewer="A1")
    s.record_consent(True)
    s.answer("organisation", org)
    s.answer("role", role)
    return s


def test_the_state_is_chosen_from_the_committees_roster(store, protocol):
    s = _start(store, protocol, "eu")
    item = protocol.item("member_state")
    offered = [c.name for c in s.choices(item)]
    assert offered == [e.id for e in protocol.rosters["eu_psc"].entries]
    with pytest.raises(InvalidAnswer):
        s.answer("member_state", "au-dz")  # another committee's delegation
    s.answer("member_state", "eu-se")
    assert s.is_relevant(item)


def test_secretariat_staff_are_not_asked_for_a_state(store, protocol):
    s = _start(store, protocol, "au", role="secretariat")
    assert not s.is_relevant(protocol.item("member_state"))
    assert "member_state" not in {m.item_id for m in s.missing()}


def test_ties_among_friends_reach_the_network_from_a_real_interview(store, protocol):
    s = _start(store, protocol, "au")
    me = protocol.rosters["au_psc"].entries[0].id
    s.answer("member_state", me)
    friends = [e.id for e in protocol.rosters["au_psc"].entries[1:4]]
    people = [s.add_person("friends_au", roster_id=f) for f in friends]
    # the follow-up offers only the other ambassadors named: not the whole committee, and
    # not the one it asks about
    knows = protocol.item("friend_knows_au")
    assert [c.name for c in s.choices(knows, people[0].instance_id)] == friends[1:]
    with pytest.raises(InvalidAnswer):
        s.answer("friend_knows_au", [me], people[0].instance_id)
    with pytest.raises(InvalidAnswer):
        s.answer("friend_knows_au", [friends[0]], people[0].instance_id)
    # the first friend is close to the second; the third to nobody named
    s.answer("friend_knows_au", [friends[1]], people[0].instance_id)
    s.answer("friend_knows_au", [], people[2].instance_id)
    difficult = s.add_person("difficult_au", roster_id=friends[2])
    assert difficult.roster_id == friends[2]
    s.finish(force=True, seal=False)
    data = dataset_from_store(store, protocol.id)
    friends_net = network_summary(data, "friends_au", protocol)
    assert {source for source, _ in friends_net.edges} == {me}  # on the respondent's own node
    ties = friends_net.alter_ties
    assert ties is not None and ties.follow_up == "friend_knows_au"
    assert (ties.respondents, ties.pairs, ties.ties) == (1, 3, 1)
    assert ties.mean_density == pytest.approx(1 / 3)
    negative = network_summary(data, "difficult_au", protocol)
    assert negative.edges == [(me, friends[2])] and negative.alter_ties is None
