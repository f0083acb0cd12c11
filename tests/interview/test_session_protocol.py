"""The session reads each protocol snapshot once: kept once per version, reused on resume."""

from __future__ import annotations

import pytest

from fieldkit.interview.session import InterviewSession
from fieldkit.store.store import Store


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "store", "synthetic snapshot test passphrase", interviewer="I1",
                     enforce_strength=False)
    yield s
    if not s.closed:
        s.close()


def test_resume_reuses_a_parsed_protocol_and_start_keeps_one_snapshot(store, p):
    first = InterviewSession.start(store, p)
    second = InterviewSession.start(store, p)
    assert [r.hash for r in store.protocols(p.id)] == [p.content_hash]
    asked = []
    again = InterviewSession.resume(store, second.interview_id,
                                    protocol_for=lambda h: asked.append(h) or p)
    assert again.protocol is p and asked == [p.content_hash]
    plain = InterviewSession.resume(store, first.interview_id)
    assert plain.protocol is not p and plain.protocol.content_hash == p.content_hash
