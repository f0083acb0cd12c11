"""Coding open answers and quotes against Study B's codebook, on a real encrypted store."""

from __future__ import annotations

import hashlib

import pytest

from fieldkit.crypto.age import LeadIdentity
from fieldkit.data import forms_dir
from fieldkit.interview.coding import Coder, CodingError
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol, protocol_from_data
from fieldkit.store.content import replay
from fieldkit.store.store import Store

PASS = "synthetic-correct-horse-battery-staple-42"
FORMS = forms_dir()
START = "MARKER-CODE Both sides needed the airport, so we shared the planning cell."


@pytest.fixture(scope="module")
def study_b():
    return load_protocol(FORMS / "field-cooperation.yaml")


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "store", PASS, interviewer="INT1",
                     lead_public_key=LeadIdentity.generate().public_key)
    yield s
    if not s.closed:
        s.close()


def interview(store, protocol, *, finish=True):
    s = InterviewSession.start(store, protocol, language="en")
    s.record_consent(True)
    s.answer("case", "kosovo")
    s.answer("emergence_start", START)
    s.answer("years_in_post", 3)
    s.add_quote("MARKER-QUOTE We trusted each other's liaison officers.", item_id="emergence_start")
    if finish:
        s.finish(force=True, seal=False)
    return s.interview_id


def test_codes_an_answer_a_passage_and_a_quote_as_events(store, study_b, tmp_path):
    iid = interview(store, study_b)
    coder = Coder(store, iid)
    texts = coder.passages()
    assert [(p.item_id, p.is_quote) for p in texts] == [("emergence_start", False),
                                                        ("emergence_start", True)]
    whole = coder.code_answer("emergence_start", "emergence")
    at = START.index("airport")
    part = coder.code_answer("emergence_start", "mutual_benefit", start=at, end=at + 7)
    quote = coder.code_quote(texts[1].quote_id, "psychological_dispositions")
    assert (whole.start, whole.end) == (None, None) and (part.start, part.end) == (at, at + 7)
    assert quote.quote_id == texts[1].quote_id
    # the same code on the same text is one coding
    assert coder.code_answer("emergence_start", "emergence").coding_id == whole.coding_id
    events = [e for e in store.events(iid) if e.kind == "coding"]
    assert len(events) == 3 and events[1].value["code"] == "mutual_benefit"
    assert events[1].value == {"coding_id": part.coding_id, "code": "mutual_benefit",
                               "start": at, "end": at + 7, "quote_id": None,
                               "coder": "INT1",  # the store's interviewer by default
                               "text_sha256": hashlib.sha256(START.encode()).hexdigest()}
    # coding is analysis: it neither asks for a reason nor moves the interview's clock
    assert store.interview(iid).status == "completed"
    assert all(e.reason is None for e in events)
    assert {e.elapsed_ms for e in events} == {store.interview(iid).elapsed_ms}
    assert set(replay(store.events(iid)).codings) == {whole.coding_id, part.coding_id,
                                                      quote.coding_id}
    assert [c.code for c in Coder(store, iid).codings(texts[0])] == ["emergence",
                                                                     "mutual_benefit"]
    assert store.check().ok
    store.close()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "store").rglob("*") if p.is_file())
    assert b"MARKER-CODE" not in raw and b"mutual_benefit" not in raw


def test_uncode_removes_and_keeps_history(store, study_b):
    iid = interview(store, study_b, finish=False)
    coder = Coder(store, iid)
    c = coder.code_answer("emergence_start", "identity", start=0, end=11)
    coder.uncode(c.coding_id)
    assert coder.codings() == [] and Coder(store, iid).codings() == []
    assert [e.kind for e in store.events(iid)][-2:] == ["coding", "uncoding"]
    with pytest.raises(CodingError, match="may have been removed already"):
        coder.uncode(c.coding_id)


@pytest.mark.parametrize(("code", "message"), [
    ("mutual_benefits", r"^there is no code 'mutual_benefits' in the codebook of protocol "
                        r"'field-cooperation'; did you mean 'mutual_benefit'\?$"),
    ("Organisational culture", r"did you mean 'organisational_cultures'\?$"),
    ("zzz", r"no code 'zzz' .*; use one of its \d+ codes\.$"),
])
def test_unknown_codes_are_refused_with_a_suggestion(store, study_b, code, message):
    coder = Coder(store, interview(store, study_b))
    with pytest.raises(CodingError, match=message):
        coder.code_answer("emergence_start", code)
    assert coder.codings() == []


@pytest.mark.parametrize(("start", "end"), [(5, 5), (10, 3), (-1, 4), (0, len(START) + 1),
                                            (3, None), ("1", 4)])
def test_offsets_must_lie_within_the_text(store, study_b, start, end):
    coder = Coder(store, interview(store, study_b))
    with pytest.raises(CodingError, match="emergence_start"):
        coder.code_answer("emergence_start", "identity", start=start, end=end)
    assert not [e for e in store.events(coder.interview_id) if e.kind == "coding"]


def test_the_whole_text_as_a_passage_is_the_whole_answer(store, study_b):
    coder = Coder(store, interview(store, study_b))
    c = coder.code_answer("emergence_start", "identity", start=0, end=len(START))
    assert (c.start, c.end) == (None, None)


def test_what_cannot_be_coded(store, study_b, tmp_path):
    iid = interview(store, study_b)
    coder = Coder(store, iid)
    with pytest.raises(CodingError, match="'case' is a select_multiple question"):
        coder.code_answer("case", "identity")
    with pytest.raises(CodingError, match="'dynamics_change' has no written answer"):
        coder.code_answer("dynamics_change", "identity")
    with pytest.raises(CodingError, match="no question 'nope'"):
        coder.code_answer("nope", "identity")
    with pytest.raises(CodingError, match="no quote q-1"):
        coder.code_quote("q-1", "identity")
    plain = protocol_from_data({"id": "plain", "version": "1", "title": "P", "cover": "c",
                                "research_aim": "a", "sections": [{"id": "s", "title": "S",
                                "items": [{"id": "t", "type": "text", "label": "T"}]}]},
                               file="p.yaml", base_dir=tmp_path)
    s = InterviewSession.start(store, plain)
    s.record_consent(True)
    s.answer("t", "words")
    with pytest.raises(CodingError, match="^protocol 'plain' has no codebook"):
        Coder(store, s.interview_id).code_answer("t", "identity")
    store.seal(iid)
    with pytest.raises(CodingError, match="is sealed for the project lead"):
        Coder(store, iid)


def test_follow_up_answers_in_a_repeat_are_codable(store, study_b):
    s = InterviewSession.start(store, study_b)
    s.record_consent(True)
    entry = s.add_person("episodes")
    s.answer("episode_summary", "The joint convoy of 2008.", instance_id=entry.instance_id)
    coder = Coder(store, s.interview_id)
    (p,) = coder.passages()
    assert p.instance_id == entry.instance_id and p.label.endswith("summary") is not None
    c = coder.code(p, "field_staff_partners", 4, 16)
    assert (c.item_id, c.instance_id, c.start, c.end) == ("episode_summary", entry.instance_id,
                                                          4, 16)
