"""Coders as named identities: each coder's codings kept apart, carried by session files and
merged; codings written before coders existed belong to the interviewer or the lead; a coding
whose answer changed afterwards is flagged for re-coding, never shifted."""

from __future__ import annotations

import uuid

import pytest

from fieldkit.analysis.coding import code_counts
from fieldkit.data import forms_dir
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.exchange import export_session, merge_files
from fieldkit.interview.coding import Coder, CodingError
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.master_codings import MasterCodings
from fieldkit.store.store import Store

PASS = "synthetic-correct-horse-battery-staple-42"
TEXT = "MARKER-CODERS We needed their trucks and they needed our mandate."
STUDY_B = load_protocol(forms_dir() / "field-cooperation.yaml")


def _interview(store: Store, text: str = TEXT) -> InterviewSession:
    s = InterviewSession.start(store, STUDY_B)
    s.record_consent(True)
    s.answer("case", "kosovo")
    s.answer("emergence_start", text)
    s.finish(force=True, seal=False)
    return s


def _by_coder(store: Store) -> set[tuple[str, str, int | None]]:
    return {(r["coder"], r["code"], r["start"]) for r in dataset_from_store(store).codings}


def test_two_coders_on_a_laptop_and_two_on_the_master_all_survive_merging(stores):
    laptop, master, root = stores
    iid = _interview(laptop).interview_id
    mine = Coder(laptop, iid)
    assert mine.coder == "K1"  # the store's interviewer by default
    mine.code_answer("emergence_start", "mutual_benefit", start=14, end=23)
    second = Coder(laptop, iid, coder="RA Maria")
    # the same code on the same passage by another coder is a coding of its own
    same = second.code_answer("emergence_start", "mutual_benefit", start=14, end=23)
    second.code_answer("emergence_start", "identity")
    assert len(Coder(laptop, iid).codings()) == 3
    assert [c.code for c in Coder(laptop, iid).codings(coder="RA Maria")] == \
        ["identity", "mutual_benefit"]
    with pytest.raises(CodingError, match="made by RA Maria"):
        mine.uncode(same.coding_id)
    with pytest.raises(CodingError, match="not a coder name"):
        Coder(laptop, iid, coder="  ")

    one = export_session(laptop, root / "one.fksession").path
    assert merge_files(master, [one], accept_new_signer=True).files[0].status == "merged"
    lead = Coder(master, iid)
    assert lead.coder == "lead"
    lead.code_answer("emergence_start", "mutual_benefit", start=14, end=23)
    Coder(master, iid, coder="K2").code_answer("emergence_start", "environment")
    lead.reload()
    assert lead.coders() == ["K1", "K2", "RA Maria", "lead"]

    # the interviewer's colleague codes on after the hand-over; the new chain replaces the old
    Coder(laptop, iid, coder="RA Maria").code_answer("emergence_start", "identity", start=0, end=13)
    two = export_session(laptop, root / "two.fksession").path
    assert merge_files(master, [two, one]).files[0].updated == 1
    assert _by_coder(master) == {
        ("K1", "mutual_benefit", 14), ("RA Maria", "mutual_benefit", 14),
        ("RA Maria", "identity", None), ("RA Maria", "identity", 0),
        ("lead", "mutual_benefit", 14), ("K2", "environment", None)}
    assert master.check().ok
    master.close()
    laptop.close()
    raw = b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())
    assert b"MARKER-CODERS" not in raw and b"RA Maria" not in raw


def test_codings_made_before_coders_belong_to_the_interviewer_and_the_lead(stores):
    laptop, master, root = stores
    iid = _interview(laptop).interview_id
    # a coding event as written before coders were named (no coder, no text fingerprint)
    old = {"coding_id": str(uuid.uuid4()), "code": "identity", "start": None, "end": None,
           "quote_id": None}
    laptop.append_event(iid, "coding", item_id="emergence_start", value=old)
    merge_files(master, [export_session(laptop, root / "s.fksession").path],
                accept_new_signer=True)
    MasterCodings(master).append(iid, "coding", item_id="emergence_start", value={
        "coding_id": str(uuid.uuid4()), "code": "environment", "start": 0, "end": 13,
        "quote_id": None})
    assert _by_coder(master) == {("K1", "identity", None), ("lead", "environment", 0)}
    coder = Coder(master, iid)
    assert not any(coder.needs_recoding(c) for c in coder.codings())
    assert [c.code for c in coder.codings(coder="lead")] == ["environment"]


def test_an_answer_edited_after_coding_flags_its_codings_for_recoding(stores):
    laptop, _, _ = stores
    s = _interview(laptop)
    coder = Coder(laptop, s.interview_id)
    part = coder.code_answer("emergence_start", "mutual_benefit", start=14, end=23)
    whole = coder.code_answer("emergence_start", "identity")
    assert coder.passage_text(part) == "We needed" and not coder.needs_recoding(part)

    edited = "MARKER-CODERS They had the trucks; we had nothing but the mandate."
    InterviewSession.resume(laptop, s.interview_id).answer(
        "emergence_start", edited, reason="typing error corrected from the notes")
    coder.reload()
    assert coder.needs_recoding(part) and coder.needs_recoding(whole)
    assert coder.passage_text(part) is None  # never the text now at 14-23
    dataset = dataset_from_store(laptop)
    rows = {r["code"]: r for r in dataset.codings}
    assert rows["mutual_benefit"]["needs_recoding"] is True
    table = code_counts(dataset, STUDY_B)  # left out of counts, and said so
    assert (table.total_codings, table.needs_recoding) == (0, 2)
    assert {r.code: r.codings for r in table.rows}["emergence"] == 0
    assert rows["mutual_benefit"]["passage"] is None and rows["identity"]["passage"] is None
    # coding the new text again makes a fresh coding beside the flagged one
    again = coder.code_answer("emergence_start", "mutual_benefit", start=14, end=23)
    assert again.coding_id != part.coding_id and not coder.needs_recoding(again)
    assert coder.passage_text(again) == "They had "
