"""A text marked as a name during the interview travels with it and reaches the dataset."""

from __future__ import annotations

import pytest

from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.interview.session import InterviewSession, InvalidAnswer
from fieldkit.store.store import Store

PASS = "synthetic mark-name test passphrase"
NAME = "Ozymandias Quillbright"


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False)
    yield s
    if not s.closed:
        s.close()


def test_a_marked_name_is_an_event_kept_once_and_read_into_the_dataset(store, p):
    s = InterviewSession.start(store, p)
    s.answer("org", "eu")
    s.mark_name(f"  {NAME}\n")
    s.mark_name(NAME)
    with pytest.raises(InvalidAnswer, match="select the name"):
        s.mark_name("   ")
    assert s.marked_names() == [NAME]
    kinds = [e.kind for e in store.events(s.interview_id)]
    assert kinds.count("mark_name") == 2  # both marks are history; the name is kept once
    s.finish(force=True, seal=False)
    data = dataset_from_store(store)
    assert data.marked_names == [NAME]
