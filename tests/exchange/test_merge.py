"""Merging real session files from three laptops: order-free, idempotent, nothing forged in."""

from __future__ import annotations

import itertools

from fieldkit.exchange import conflicts, merge_files, resolve

from .conftest import dump, files_under, find_markers


def _merged(f, files, **kw):
    master = f.master()
    report = merge_files(master, files, accept_new_signer=True, **kw)
    return master, report


def test_any_order_gives_the_same_master_and_remerge_changes_nothing(three):
    f = three
    # A second export from A: one more interview, and a withdrawal of one sent before.
    f.interview("A")
    gone = f.interviews["A"][1]
    f.laptops["A"].withdraw(gone)
    files = [f.files["A"], f.files["B"], f.files["C"], f.export("A", "A2.fksession")]
    dumps = set()
    for order in itertools.permutations(files):
        master, report = _merged(f, list(order))
        assert [r.status for r in report.files] == ["merged"] * 4, report.to_dict()
        state = dump(master)
        dumps.add(repr(state))
        again = merge_files(master, list(order))
        assert [r.status for r in again.files] == ["already merged"] * 4
        assert dump(master) == state
        master.close()
    assert len(dumps) == 1
    master, report = _merged(f, files)
    assert report.totals()["new"] in (5, 6) and report.totals()["withdrawn"] == 1
    assert len(master.interviews(status="completed")) == 5
    assert master.interview(gone).status == "withdrawn" and master.events(gone) == []
    # Sealed interviews arrive readable in the master, which is itself encrypted.
    iid = f.interviews["A"][0]
    row = master.interview(iid)
    assert not row.sealed and row.interviewer == "A" and len(master.events(iid)) == row.event_count
    assert master.quotes(iid)[0].text.endswith("said in a quote")
    assert master.check().ok
    master.close()
    assert find_markers(f.markers, files_under(f.root)) == []


def test_provenance_names_file_and_signer(three):
    f = three
    master, _ = _merged(f, list(f.files.values()))
    for code, ids in f.interviews.items():
        key = f.laptops[code].signing_key.public_key.hex()
        for iid in ids:
            (p,) = master.exchange.provenance(iid)
            assert p["signer"] == key and p["file_name"] == f"{code}1.fksession"
            assert p["store_id"] == f.laptops[code].info.store_id


def test_resent_older_export_is_recognised(three):
    f = three
    f.interview("A")
    a2 = f.export("A", "A2.fksession")
    a_all = f.export("A", "A3.fksession", everything=True)
    master, report = _merged(f, [a2, f.files["A"], a_all])
    older = report.files[1]
    assert older.status == "merged" and older.new == 2
    assert any("older export" in n for n in older.notes)
    assert report.files[2].unchanged == 3 and report.files[2].new == 0


def test_tombstones_win_whichever_file_comes_first(three):
    f = three
    victim = f.interviews["B"][0]
    f.laptops["B"].withdraw(victim)
    b2 = f.export("B", "B2.fksession")
    states = []
    for order in ([f.files["B"], b2], [b2, f.files["B"]]):
        master, report = _merged(f, order)
        row = master.interview(victim)
        assert row.status == "withdrawn" and row.event_count == 0 and row.interviewer is None
        assert master.events(victim) == [] and master.quotes(victim) == []
        assert master.exchange.versions(victim) == [] and master.exchange.provenance(victim) == []
        assert [t.interview_id for t in master.tombstones()] == [victim]
        assert [r.withdrawn for r in report.files] in ([0, 1], [1, 1])  # refused again
        states.append(dump(master))
        master.close()
    assert states[0] == states[1]


def test_diverged_edits_keep_both_versions_until_a_choice_is_recorded(three):
    f = three
    readable = f.interviews["B"][1]  # finished but not sealed: it can still be edited
    twin = f.copy_laptop("B", "B-copy")
    from fieldkit.interview.session import InterviewSession

    for store, value in ((f.laptops["B"], 11), (twin, 12)):
        s = InterviewSession.resume(store, readable, running=False)
        s.answer("contacts", value, reason="corrected after the interview")
    one = f.export("B", "B2.fksession")
    other = f.export("B-copy", "Bcopy2.fksession")
    dumps = []
    for order in itertools.permutations([f.files["B"], one, other]):
        master, report = _merged(f, order)
        assert sum(r.conflicting for r in report.files) == 1
        (c,) = conflicts(master)
        assert c.interview_id == readable and len(c.versions) == 2 and not c.resolved
        dumps.append(dump(master))
        master.close()
    assert all(d == dumps[0] for d in dumps)
    master, report = _merged(f, [one, other])
    assert any("already merged with different content" in n for n in report.files[1].notes)
    (c,) = conflicts(master)
    keep = next(v for v in c.versions if not v.current)
    resolve(master, readable, keep.head_hash[:10], note="checked with the interviewer")
    assert conflicts(master) == []
    assert master.interview(readable).head_hash == keep.head_hash
    assert master.exchange.resolution(readable)[1] == "checked with the interviewer"
    def state():
        ex = master.exchange
        return (master.interview(readable), master.events(readable), ex.versions(readable),
                ex.resolution(readable))

    before = state()
    again = merge_files(master, [f.files["B"]])  # an older file cannot undo the choice
    assert again.files[0].stale == 1
    assert conflicts(master) == [] and master.interview(readable).head_hash == keep.head_hash
    assert state() == before


def test_an_edit_after_export_updates_the_master(three):
    f = three
    readable = f.interviews["B"][1]
    from fieldkit.interview.session import InterviewSession

    s = InterviewSession.resume(f.laptops["B"], readable, running=False)
    s.answer("contacts", 9, reason="typo")
    b2 = f.export("B", "B2.fksession")
    for order in ([f.files["B"], b2], [b2, f.files["B"]]):
        master, report = _merged(f, order)
        counts = [(r.new, r.updated, r.stale) for r in report.files]
        assert counts in ([(2, 0, 0), (0, 1, 0)], [(1, 0, 0), (1, 0, 1)])
        assert master.interview(readable).head_hash == f.laptops["B"].interview(readable).head_hash
        assert conflicts(master) == []
        master.close()
