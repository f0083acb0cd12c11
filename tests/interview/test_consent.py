"""Consent is an engine event: no answer before it where the protocol requires it."""

from __future__ import annotations

import pytest

from fieldkit.interview.session import InterviewError, InterviewSession
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store.content import replay
from fieldkit.store.store import Store

from .conftest import PROTOCOL

PASS = "synthetic consent test passphrase"


def with_consent(tmp_path, required: bool):
    data = {**PROTOCOL, "consent": {"text": "Do you agree?", "required": required}}
    return protocol_from_data(data, file="t.yaml", base_dir=tmp_path)


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False)
    yield s
    if not s.closed:
        s.close()


def test_required_consent_comes_before_any_answer(store, tmp_path):
    s = InterviewSession.start(store, with_consent(tmp_path, required=True))
    assert s.consent_needed
    for attempt in (lambda: s.answer("org", "eu"), lambda: s.special("org", "refused"),
                    lambda: s.clear("org"), lambda: s.add_person("friends", roster_id="d1")):
        with pytest.raises(InterviewError, match="requires the respondent's consent"):
            attempt()
    s.record_consent(True)
    assert not s.consent_needed
    s.answer("org", "eu")
    events = list(store.events(s.interview_id))
    kinds = [e.kind for e in events]
    assert kinds == ["language", "consent", "answer"]
    assert events[1].value is True and replay(events).consent is True


def test_a_refusal_is_recorded_and_still_blocks(store, tmp_path):
    s = InterviewSession.start(store, with_consent(tmp_path, required=True))
    s.record_consent(False)
    with pytest.raises(InterviewError, match="the respondent declined"):
        s.answer("org", "eu")
    with pytest.raises(InterviewError, match="given or declined"):
        s.record_consent("yes")  # type: ignore[arg-type]
    assert replay(store.events(s.interview_id)).consent is False


def test_consent_survives_a_resume(store, tmp_path):
    s = InterviewSession.start(store, with_consent(tmp_path, required=True))
    s.record_consent(True)
    s.answer("org", "au")
    s.pause()
    again = InterviewSession.resume(store, s.interview_id)
    assert not again.consent_needed
    again.answer("contacts", 3)


def test_optional_consent_and_no_consent_block_do_not_gate(store, tmp_path, p):
    optional = InterviewSession.start(store, with_consent(tmp_path, required=False))
    assert not optional.consent_needed
    optional.answer("org", "eu")
    plain = InterviewSession.start(store, p)
    assert not plain.consent_needed
    plain.answer("org", "eu")
    assert replay(store.events(plain.interview_id)).consent is None


def test_relevance_is_swept_once_per_state_and_follows_every_write(store, p):
    s = InterviewSession.start(store, p)
    view = s.view()
    assert s.view() is view and s.positions() == s.positions()
    assert "why" not in [i.id for i in s.positions()]
    s.answer("matter", "yes")
    assert s.view() is not view
    assert "why" in [i.id for i in s.positions()]
    s.positions().clear()  # a caller changing its list does not change the session's
    assert "why" in [i.id for i in s.positions()]
    s.answer("matter", "no")
    assert "why" not in [i.id for i in s.positions()]

