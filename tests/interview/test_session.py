"""The interview engine over a real encrypted store: answers, people, quotes, finish, seal."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.crypto.age import LeadIdentity
from fieldkit.data import forms_dir
from fieldkit.interview.session import InterviewError, InterviewSession
from fieldkit.interview.values import InvalidAnswer
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

PASS = "synthetic orbit quarry violin staple"  # passes the gate; invented for the tests
FORMS = forms_dir()


@pytest.fixture
def protocol(p):
    return p


@pytest.fixture
def lead():
    return LeadIdentity.generate()


@pytest.fixture
def store(tmp_path, lead):
    s = Store.create(tmp_path / "store", PASS, interviewer="INT1",
                     lead_public_key=lead.public_key)
    yield s
    if not s.closed:
        s.close()


def all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_full_interview_recorded_as_events(store, protocol):
    s = InterviewSession.start(store, protocol, interviewer="INT1", language="en")
    assert s.current.id == "org"
    s.answer("org", "eu")
    s.answer("contacts", "7")
    with pytest.raises(InvalidAnswer, match="Seventy at most"):
        s.answer("contacts", 80)
    s.answer("matter", "yes")
    assert "why" in [i.id for i in s.positions()]
    s.answer("why", "Trust matters MARKER-WHY")
    alpha = s.add_person("friends", roster_id="d1")
    other = s.add_person("friends", name="Someone Else")
    with pytest.raises(InvalidAnswer, match="already named"):
        s.add_person("friends", roster_id="d1")
    s.answer("f_contacts", 3, instance_id=alpha.instance_id)
    s.answer("f_close", "yes", instance_id=alpha.instance_id)
    s.special("f_contacts", "dont_know", instance_id=other.instance_id)
    s.reorder_people("friends", [other.instance_id, alpha.instance_id])
    s.add_quote("We speak every day MARKER-QUOTE", item_id="why")
    s.pause()
    s.resume_clock()
    s.answer("matter", "no")  # relevance change: 'why' drops out
    assert "why" not in [i.id for i in s.positions()]
    result = s.finish()
    assert not result.completed and [m.item_id for m in result.missing] == ["eu_only"]
    s.answer("eu_only", "x")
    result = s.finish()
    assert result.completed and result.sealed
    # sealed: nothing readable on this computer, not even through the unlocked database
    row = store.interview(s.interview_id)
    assert row.sealed and row.status == "completed"
    with pytest.raises(InterviewError, match="sealed"):
        InterviewSession.resume(store, s.interview_id)
    root = store.path
    store.close()
    data = all_bytes(root)
    assert b"MARKER" not in data


def test_events_have_increasing_elapsed_and_history(store, protocol):
    s = InterviewSession.start(store, protocol)
    s.answer("org", "au")
    s.answer("org", "eu")
    s.clear("org")
    events = [e for e in store.events(s.interview_id) if e.item_id == "org"]
    assert [e.kind for e in events] == ["answer", "answer", "clear"]
    assert [e.elapsed_ms for e in events] == sorted(e.elapsed_ms for e in events)
    assert s.content.answer("org") is None


def test_resume_lands_where_the_interviewer_was(tmp_path, protocol, lead):
    path = tmp_path / "s2"
    with Store.create(path, PASS, lead_public_key=lead.public_key) as store:
        s = InterviewSession.start(store, protocol)
        s.answer("org", "au")
        s.next()
        s.next()
        assert s.current.id == "matter"
        interview_id = s.interview_id
    with Store.open(path, PASS) as store:
        again = InterviewSession.resume(store, interview_id)
        assert again.current.id == "matter"
        assert again.content.value("org") == "au"


def test_completed_interview_needs_a_reason_to_change(store, protocol):
    s = InterviewSession.start(store, protocol)
    s.answer("org", "au")
    assert s.finish(force=True, seal=False).completed
    with pytest.raises(InterviewError, match="give a reason"):
        s.answer("org", "eu")
    s.answer("org", "eu", reason="respondent corrected it by e-mail")
    assert store.events(s.interview_id)[-1].reason == "respondent corrected it by e-mail"


def test_withdrawal_leaves_only_a_tombstone(store, protocol):
    s = InterviewSession.start(store, protocol)
    s.answer("why_more", "MARKER-WITHDRAWN")  # not relevant, still recorded
    s.withdraw()
    assert store.events(s.interview_id) == []
    assert [t.interview_id for t in store.tombstones()] == [s.interview_id]
    with pytest.raises(InterviewError):
        s.answer("org", "au")


def test_study_a_protocol_runs(store):
    protocol = load_protocol(FORMS / "informal-relations.yaml")
    s = InterviewSession.start(store, protocol, language="fr")
    assert s.positions()
    assert s.language == "fr"
    s.set_language("en")
    assert [e.value for e in store.events(s.interview_id) if e.kind == "language"] == ["fr", "en"]


def test_special_answers_only_where_the_protocol_lists_them(store, protocol):
    s = InterviewSession.start(store, protocol)
    with pytest.raises(InvalidAnswer, match="takes no special answer"):
        s.special("contacts", "refused")  # lists none: an empty list is not "all"
    s.answer("org", "eu")
    person = s.add_person("friends", roster_id="d1")
    with pytest.raises(InvalidAnswer, match="allows only: dont know"):
        s.special("f_contacts", "refused", instance_id=person.instance_id)
    s.special("f_contacts", "dont_know", instance_id=person.instance_id)
    assert s.content.answer("contacts") is None


def test_overview_lists_missing_special_skipped_and_followups(store, protocol):
    s = InterviewSession.start(store, protocol)
    s.answer("org", "eu")
    s.answer("matter", "no")  # "why" is no longer asked
    alpha = s.add_person("friends", roster_id="d1")
    s.special("f_contacts", "dont_know", instance_id=alpha.instance_id)
    kinds = [(m.item_id, m.kind, m.detail, m.person) for m in s.overview()]
    assert ("contacts", "required", None, None) in kinds
    assert ("f_contacts", "special", "dont_know", "Alpha") in kinds
    assert ("eu_only", "required", None, None) in kinds
    assert not [k for k in kinds if k[0] in ("org", "matter", "why", "why_more")]
    assert [m.item_id for m in s.missing()] == [k[0] for k in kinds if k[1] == "required"]


def test_the_clock_starts_at_consent_and_stops_answers_while_paused(store):
    import time

    protocol = load_protocol(FORMS / "informal-relations.yaml")
    s = InterviewSession.start(store, protocol)
    time.sleep(0.15)  # the cover and the consent text are read aloud
    assert s.clock.elapsed_ms() == 0 and not s.clock.running
    s.record_consent(True)
    assert s.clock.running
    consent = next(e for e in store.events(s.interview_id) if e.kind == "consent")
    assert consent.elapsed_ms < 100
    s.answer("interview_date", "2009-03-02")
    s.pause()
    with pytest.raises(InterviewError, match="paused"):
        s.answer("organisation", "eu")
    with pytest.raises(InterviewError, match="paused"):
        s.special("role", "refused")
    s.resume_clock()
    s.answer("organisation", "eu")
    # resumed later before consent: the clock still waits for it
    other = InterviewSession.start(store, protocol)
    again = InterviewSession.resume(store, other.interview_id)
    assert not again.clock.running
