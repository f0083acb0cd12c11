"""A laptop's export history on the master: gaps, forks and rollbacks reported, nothing undone."""

from __future__ import annotations

import re

from fieldkit.exchange import merge_files
from fieldkit.interview.session import InterviewSession

from .conftest import dump


def _kinds(report) -> set[str]:
    return {kind for f in report.files for kind in f.history}


def test_a_gap_is_reported_and_closes_when_the_missing_file_comes(three):
    f = three
    one = f.files["A"]
    f.interview("A")
    two = f.export("A", "A2.fksession")
    f.interview("A")
    three_ = f.export("A", "A3.fksession")
    master = f.master()
    report = merge_files(master, [one, three_], accept_new_signer=True)
    gap = report.files[1]
    assert gap.status == "merged" and gap.history == ["gap"]
    assert any("export 2 of this laptop has not been merged: it may" in n for n in gap.notes)
    late = merge_files(master, [two]).files[0]
    assert late.status == "merged" and late.history == ["older"]  # late, but no fork
    assert any("never replace newer data" in n for n in late.notes)
    assert merge_files(master, [two]).files[0].history == ["replay"]


def test_a_restored_laptop_is_reported_as_forked_and_rolled_back_and_undoes_nothing(three):
    """B is copied (a backup); B corrects an interview and exports; the copy, still in the old
    state, keeps exporting: its files fork B's history and bring back an older state."""
    f = three
    b_file = f.files["B"]
    readable = f.interviews["B"][1]
    f.copy_laptop("B", "Bcopy")
    session = InterviewSession.resume(f.laptops["B"], readable, running=False)
    session.answer("contacts", 9, reason="typing error")
    newer = f.export("B", "B2.fksession")
    copy2 = f.export("Bcopy", "Bcopy2.fksession", everything=True)
    copy3 = f.export("Bcopy", "Bcopy3.fksession", everything=True)
    files = [b_file, newer, copy2, copy3]
    states, kinds = set(), []
    for order in (files, files[::-1]):
        master = f.master()
        report = merge_files(master, order, accept_new_signer=True)
        assert [r.status for r in report.files] == ["merged"] * 4, report.to_dict()
        kinds.append(_kinds(report))
        # the correction made on B stays: no older file replaced it, in either order
        row = master.interview(readable)
        assert row.event_count == f.laptops["B"].interview(readable).event_count
        assert master.exchange.conflicted() == []
        stale = [r for r in report.files if r.stale]
        assert stale and all(any(re.search(r"the newer versions? (was|were) kept", n) for n in r.notes) for r in stale)
        states.add(repr(dump(master)))
        master.close()
    assert len(states) == 1
    assert kinds[0] == {"fork", "rollback", "older"}
    assert {"fork", "rollback", "older"} <= kinds[1]
    # the first order, file by file: the copy's export 2 forks, its export 3 rolls back
    master = f.master()
    report = merge_files(master, files, accept_new_signer=True)
    assert [r.history for r in report.files[:2]] == [[], []]
    assert "fork" in report.files[2].history and report.files[2].stale == 1
    assert report.files[3].history == ["rollback", "older"] and report.files[3].stale == 1
    assert any("same state at export 3 as at export 1" in n for n in report.files[3].notes)


def test_counts_in_the_notes_agree_with_their_nouns():
    from fieldkit.exchange import history

    assert history.stale_note(1).note.startswith("1 interview in it is older than the version ")
    assert history.stale_note(3).note.startswith("3 interviews in it are older than the versions")
