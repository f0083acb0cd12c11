"""Quotes and notes are at most 20,000 characters and open answers 200,000: in recording, in
back-entry and in merge (the limits the docs state)."""

from __future__ import annotations

import json

import pytest

from fieldkit.errors import StoreError
from fieldkit.interview.errors import InvalidAnswer
from fieldkit.interview.importer import ImportFileError, plan_interview
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store
from fieldkit.store.texts import MAX_ANSWER_CHARS, MAX_TEXT_CHARS

from .test_importer import PASS, doc_example, forms_dir


@pytest.fixture(scope="module")
def study_a():
    return load_protocol(forms_dir() / "informal-relations.yaml")


def test_recording_refuses_a_quote_or_answer_over_the_limit(tmp_path, study_a):
    with Store.create(tmp_path / "s", PASS) as store:
        session = InterviewSession.start(store, study_a, respondent_code="R-1")
        session.record_consent(True)
        session.add_quote("q" * MAX_TEXT_CHARS)  # at the limit: kept
        with pytest.raises(InvalidAnswer, match="at most 20,000 characters"):
            session.add_quote("q" * (MAX_TEXT_CHARS + 1))
        with pytest.raises(StoreError, match="a note is at most 20,000 characters"):
            store.add_note(session.interview_id, "n" * (MAX_TEXT_CHARS + 1))
        with pytest.raises(InvalidAnswer, match="longer than 200,000 characters"):
            session.answer("routines", "w" * (MAX_ANSWER_CHARS + 1))


def test_back_entry_names_a_quote_over_the_limit(study_a):
    data = doc_example()
    data["quotes"][0]["text"] = "q" * (MAX_TEXT_CHARS + 1)
    with pytest.raises(ImportFileError) as caught:
        plan_interview(json.loads(json.dumps(data)), study_a, "long.json")
    assert "quotes[0].text" in str(caught.value) and "20,000" in str(caught.value)
