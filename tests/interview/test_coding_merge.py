"""Codings made on a laptop travel in session files; codings made in the master survive merges."""

from __future__ import annotations

import pytest

from fieldkit.data import forms_dir
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.exchange import export_session, merge_files
from fieldkit.interview.coding import Coder, CodingError
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.master_codings import MasterCodings

PASS = "synthetic-correct-horse-battery-staple-42"
FORMS = forms_dir()
TEXT = "MARKER-MERGE We needed their trucks and they needed our mandate."


def _codes(coder: Coder) -> list[tuple[str, int | None]]:
    coder.reload()
    return sorted((c.code, c.start) for c in coder.codings())


def test_master_codings_survive_remerge_and_later_versions(stores):
    laptop, master, root = stores
    protocol = load_protocol(FORMS / "field-cooperation.yaml")
    s = InterviewSession.start(laptop, protocol)
    s.record_consent(True)
    s.answer("case", "kosovo")
    s.answer("emergence_start", TEXT)
    s.finish(force=True, seal=False)
    iid = s.interview_id
    on_laptop = Coder(laptop, iid)
    assert not on_laptop.on_master
    first = on_laptop.code_answer("emergence_start", "mutual_benefit")
    one = export_session(laptop, root / "one.fksession").path
    report = merge_files(master, [one], accept_new_signer=True)
    assert report.files[0].status == "merged"

    lead = Coder(master, iid)
    assert lead.on_master and _codes(lead) == [("mutual_benefit", None)]
    lead.code_answer("emergence_start", "organisational_cultures", start=13, end=31)
    with pytest.raises(CodingError, match="made by K1"):  # each coder removes their own
        lead.uncode(first.coding_id)
    Coder(master, iid, coder="K1").uncode(first.coding_id)
    assert _codes(lead) == [("organisational_cultures", 13)]
    # the interviewer's signed chain is untouched: the master's head is still the laptop's
    assert master.interview(iid).head_hash == laptop.interview(iid).head_hash
    assert len(MasterCodings(master).events(iid)) == 2 and master.check().ok

    assert merge_files(master, [one]).files[0].status == "already merged"
    assert _codes(Coder(master, iid)) == [("organisational_cultures", 13)]

    # the interviewer goes on coding after the hand-over; the longer chain replaces the old one
    on_laptop.code_answer("emergence_start", "identity", start=0, end=12)
    two = export_session(laptop, root / "two.fksession").path
    report = merge_files(master, [two, one])
    assert (report.files[0].updated, report.files[1].status) == (1, "already merged")
    assert master.interview(iid).head_hash == laptop.interview(iid).head_hash
    assert _codes(Coder(master, iid)) == [("identity", 0), ("organisational_cultures", 13)]
    assert master.check().ok

    # the lead's codings reach the dataset with their passages
    rows = dataset_from_store(master).codings
    assert sorted((r["code"], r["passage"]) for r in rows) == [
        ("identity", TEXT[:12]), ("organisational_cultures", TEXT[13:31])]

    # a withdrawal leaves nothing of the lead's codings either
    laptop.withdraw(iid)
    three = export_session(laptop, root / "three.fksession").path
    merge_files(master, [three])
    assert MasterCodings(master).events(iid) == []
    master.close()
    laptop.close()
    raw = b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())
    assert b"MARKER-MERGE" not in raw and b"organisational_cultures" not in raw


def test_sealed_interviews_are_coded_by_the_lead_after_merging(stores):
    laptop, master, root = stores
    protocol = load_protocol(FORMS / "field-cooperation.yaml")
    s = InterviewSession.start(laptop, protocol)
    s.record_consent(True)
    s.answer("dynamics_change", TEXT)
    s.add_quote("MARKER-MERGE a quote")
    assert s.finish(force=True, seal=True).sealed
    merge_files(master, [export_session(laptop, root / "s.fksession").path],
                accept_new_signer=True)
    lead = Coder(master, s.interview_id)
    quote = next(p for p in lead.passages() if p.is_quote)
    lead.code(quote, "identity", 0, 12)
    assert [(c.quote_id, c.code) for c in Coder(master, s.interview_id).codings()] == \
        [(quote.quote_id, "identity")]
    assert [r["passage"] for r in dataset_from_store(master).codings] == ["MARKER-MERGE"]
