"""Writing session files on the laptop: what goes, what stays, the sequence, and purging."""

from __future__ import annotations

import re

import pytest

from fieldkit.errors import ExchangeError
from fieldkit.exchange import NothingToExport, export_session, open_session, purge_handed_over
from fieldkit.exchange.container import Limits
from fieldkit.interview.session import InterviewSession

from .conftest import files_under, find_markers


def test_only_finished_interviews_and_withdrawals_leave(field_setup):
    f = field_setup
    store = f.laptop("A")
    sealed = f.interview("A")
    readable = f.interview("A", seal=False)
    gone = f.interview("A", seal=False)
    store.withdraw(gone)
    draft = InterviewSession.start(store, f.protocol, interviewer="A")
    draft.answer("view", f"{f.markers[0]} draft")
    out = f.root / "out"
    out.mkdir()
    result = export_session(store, out)
    assert re.fullmatch(r"session-[0-9a-f]{8}-00001\.fksession", result.path.name)
    assert sorted(result.interviews) == sorted([sealed, readable])
    assert result.tombstones == [gone] and draft.interview_id not in result.interviews
    opened = open_session(result.path.read_bytes(), f.lead, Limits())
    m = opened.manifest
    assert (m.sequence, m.previous, m.interviewer, m.scope) == (1, "", "A", "pending")
    assert m.counts == {"protocols": 1, "interviews": 2, "sealed": 1, "readable": 1,
                        "tombstones": 1}
    assert m.signer == store.signing_key.public_key.hex() and m.project == f.lead.public_key
    assert find_markers(f.markers, files_under(f.root)) == []
    with pytest.raises(NothingToExport, match="nothing new"):
        export_session(store, out)
    # An edit to the readable one (with its reason) makes it due again; the sequence grows.
    s = InterviewSession.resume(store, readable, running=False)
    s.answer("contacts", 8, reason="misheard")
    second = export_session(store, out)
    assert second.interviews == [readable] and second.sequence == 2
    assert open_session(second.path.read_bytes(), f.lead, Limits()).manifest.previous == \
        result.manifest_sha256
    everything = export_session(store, out, everything=True)
    assert everything.sequence == 3 and len(everything.interviews) == 2
    with pytest.raises(ExchangeError, match="already exists"):
        export_session(store, everything.path, everything=True)


def test_purge_removes_what_was_handed_over_and_keeps_the_marks(field_setup):
    f = field_setup
    store = f.laptop("B")
    sent = [f.interview("B"), f.interview("B", seal=False)]
    result = export_session(store, f.root)
    late = f.interview("B", seal=False)  # finished after the export: not handed over, kept
    draft = InterviewSession.start(store, f.protocol, interviewer="B")
    assert purge_handed_over(store) == 2
    assert {iv.id for iv in store.interviews()} == {late, draft.interview_id}
    assert store.exchange.purged() == set(sent)
    assert store.check().ok
    store.close()
    assert find_markers(f.markers, files_under(f.root)) == []
    from fieldkit.store import Store

    f.laptops["B"] = store = Store.open(store.path, "copper meadow violin saturn")
    nxt = export_session(store, f.root)
    assert nxt.interviews == [late] and nxt.sequence == result.sequence + 1
    master = f.master()
    from fieldkit.exchange import merge_files

    report = merge_files(master, [result.path, nxt.path], accept_new_signer=True)
    assert [r.new for r in report.files] == [2, 1]
