"""Soft checks: an unusual answer is recorded, warned about, and kept once confirmed."""

from __future__ import annotations

import copy

import pytest

from fieldkit.interview.session import InterviewError, InterviewSession
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store.content import KINDS, replay
from fieldkit.store.store import Store

from .conftest import PROTOCOL


@pytest.fixture
def soft(tmp_path):
    data = copy.deepcopy(PROTOCOL)
    contacts = data["sections"][0]["items"][1]
    contacts["soft_constraint"] = ". <= 40"
    contacts["soft_constraint_message"] = "More than 40: confirm it"
    follow = data["sections"][0]["items"][5]["items"][0]
    follow["soft_constraint"] = ". < 10"  # no message: a plain sentence says it
    return protocol_from_data(data, file="t.yaml", base_dir=tmp_path)


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "store", "synthetic soft check passphrase", interviewer="I1",
                     enforce_strength=False)
    yield s
    if not s.closed:
        s.close()


def kinds(session):
    return [(m.kind, m.item_id, m.detail) for m in session.overview() if m.kind == "soft"]


def test_a_failed_soft_check_records_the_answer_and_warns_until_confirmed(store, soft):
    s = InterviewSession.start(store, soft)
    assert s.answer("contacts", 55) == 55  # recorded, unlike a failed constraint
    assert s.content.value("contacts") == 55
    assert s.soft_warning("contacts") == "More than 40: confirm it"
    assert kinds(s) == [("soft", "contacts", "More than 40: confirm it")]
    s.confirm("contacts")
    assert s.soft_warning("contacts") is None and kinds(s) == []
    # the confirmation is an event, and replay keeps it
    events = list(store.events(s.interview_id))
    confirm = [e for e in events if e.kind == "confirm"]
    assert "confirm" in KINDS and len(confirm) == 1 and confirm[0].item_id == "contacts"
    assert replay(events).confirmed == {("contacts", None): s.content.answer("contacts").event_id}
    again = InterviewSession.resume(store, s.interview_id)
    assert again.soft_warning("contacts") is None
    # a new unusual answer asks again; a usual one needs nothing
    again.answer("contacts", 60)
    assert again.soft_warning("contacts") == "More than 40: confirm it"
    again.answer("contacts", 12)
    assert again.soft_warning("contacts") is None
    with pytest.raises(InterviewError, match="no unusual answer"):
        again.confirm("contacts")


def test_follow_ups_have_soft_checks_per_person(store, soft):
    s = InterviewSession.start(store, soft)
    alpha = s.add_person("friends", "d1")
    beta = s.add_person("friends", "d2")
    s.answer("f_contacts", 30, alpha.instance_id)
    s.answer("f_contacts", 3, beta.instance_id)
    assert s.soft_warning("f_contacts", alpha.instance_id) == (
        "this answer is unusual: please confirm it with the respondent")
    assert s.soft_warning("f_contacts", beta.instance_id) is None
    found = [m for m in s.overview() if m.kind == "soft"]
    assert [(m.item_id, m.person) for m in found] == [("f_contacts", "Alpha")]
    s.confirm("f_contacts", alpha.instance_id)
    assert [m for m in s.overview() if m.kind == "soft"] == []
