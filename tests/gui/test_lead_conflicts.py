"""The Conflicts view on a real master: both versions summarised, the answers that differ, a choice."""

from __future__ import annotations

import shutil

import pytest

from fieldkit.exchange import conflicts, export_session, merge_files
from fieldkit.gui.lead_conflicts import ConflictsDialog
from fieldkit.interview.session import InterviewSession
from fieldkit.store.store import Store

from .lead_rig import PASSPHRASE, LeadRig


@pytest.fixture
def rig(tmp_path):
    r = LeadRig(tmp_path)
    yield r
    r.close()


def diverged_files(rig: LeadRig) -> tuple[str, list]:
    """One readable interview edited differently on a laptop and on a copy of it."""
    laptop = rig.laptop("IV04")
    (iid,) = rig.interviews(laptop, 1, seal=False)
    path = laptop.path
    laptop.close()
    shutil.copytree(path, rig.root / "laptop-copy")
    files = []
    for where, value, name in ((path, 11, "one"), (rig.root / "laptop-copy", 12, "two")):
        with Store.open(where, PASSPHRASE) as store:
            s = InterviewSession.resume(store, iid, running=False)
            s.answer("formal_meetings_month", value, reason="corrected after the interview")
            files.append(export_session(store, rig.files_dir / f"{name}.fksession").path)
    return iid, files


def test_conflict_shows_both_versions_and_records_the_choice(qtbot, rig):
    iid, files = diverged_files(rig)
    report = rig.writer.call(merge_files, rig.master, files, accept_new_signer=True)
    assert sum(f.conflicting for f in report.files) == 1
    dialog = ConflictsDialog(rig.writer, rig.master)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10000)
    assert dialog.versions.rowCount() == 2
    sources = {dialog.versions.item(r, 6).text() for r in range(2)}
    assert sources == {"one.fksession", "two.fksession"}
    diffs = {dialog.diffs.item(r, 0).text(): [dialog.diffs.item(r, c).text() for c in (1, 2)]
             for r in range(dialog.diffs.rowCount())}
    assert sorted(diffs["formal_meetings_month"]) == ["11", "12"]
    current = next(r for r in range(2) if dialog.versions.item(r, 1).text() == "yes")
    other = 1 - current
    kept = dialog.views[0].versions[other].head_hash
    dialog.versions.selectRow(other)
    dialog.note.setText("checked with the interviewer")
    dialog.keep_selected()
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10000)
    assert "Recorded the choice" in dialog.message.text()
    assert rig.writer.call(conflicts, rig.master) == []
    assert rig.writer.call(rig.master.interview, iid).head_hash == kept
    note = rig.writer.call(rig.master.exchange.resolution, iid)[1]
    assert note == "checked with the interviewer"
