"""The lead's Merge screen on a real master: dropped files, a corrupted one, a new signer, cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from fieldkit.gui.lead_merge import MergePage

from .lead_rig import LeadRig, scan


@pytest.fixture
def rig(tmp_path):
    r = LeadRig(tmp_path)
    yield r
    r.close()


def show(qtbot, rig: LeadRig) -> MergePage:
    page = MergePage(rig.writer, rig.master)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def drop(page: MergePage, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(QPoint(50, 50)), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)


def run_merge(qtbot, page: MergePage, **kw):
    with qtbot.waitSignal(page.merged, timeout=30000) as blocker:
        page.merge(**kw)
    return blocker.args[0]


def test_two_files_merge_and_a_corrupted_one_is_set_aside_with_its_reason(qtbot, rig):
    a = rig.session_file("IV01", 2)
    b = rig.session_file("IV02", 1)
    bad = rig.files_dir / "damaged.fksession"
    data = bytearray(rig.session_file("IV03", 1).read_bytes())
    data[len(data) // 2] ^= 0x40
    bad.write_bytes(bytes(data))
    page = show(qtbot, rig)
    drop(page, [a, b, bad, rig.files_dir / "notes.txt"])
    assert [page.queue.item(i).text() for i in range(page.queue.count())] == \
        [a.name, b.name, bad.name]
    page.decide_signer = lambda newcomer: True
    run_merge(qtbot, page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3 and not page.panel.busy, timeout=30000)
    assert page.row_for(a.name)["Result"] == "merged" and page.row_for(a.name)["New"] == "2"
    assert page.row_for(b.name)["Result"] == "merged" and page.row_for(b.name)["New"] == "1"
    rejected = page.row_for(bad.name)
    assert rejected["Result"] == "rejected" and len(rejected["Reason and notes"]) > 20
    # the set-aside file is selected first, its reason in full under the table (a wide
    # table scrolls sideways at large scale), and the line follows the selection by keys
    assert page.detail.text() == f"{bad.name}: rejected. {rejected['Reason and notes']}"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert page.detail.text().startswith(f"{page.table.item(0, 0).text()}: merged")
    assert "IV01" in page.row_for(a.name)["Interviewer"]
    assert len(rig.master_interviews()) == 3
    # Only the damaged file stays queued, to be looked at again.
    assert [page.queue.item(i).text() for i in range(page.queue.count())] == [bad.name]
    assert "2 files merged, 1 set aside; 3 new interviews" in page.panel.message.text()
    assert scan(rig.root, rig.markers) == []


def test_a_new_signer_is_asked_about_with_its_fingerprint(qtbot, rig):
    a = rig.session_file("IV01", 1)
    page = show(qtbot, rig)
    page.add_files([str(a)])
    page.decide_signer = lambda newcomer: False
    run_merge(qtbot, page)
    (asked,) = page.asked
    key = asked.signer
    assert asked.interviewer == "IV01" and asked.fingerprint.replace(" ", "") == key
    assert page.row_for(a.name)["Result"] == "rejected"
    assert rig.master_interviews() == []
    # Asked again, and accepted: the file merges and the key is remembered.
    page.decide_signer = lambda newcomer: True
    final = run_merge(qtbot, page)  # rejected, asked, accepted, merged again: then signalled
    assert [r.status for r in final.reports] == ["merged"]
    assert page.row_for(a.name)["Result"] == "merged"
    assert "accepted" in page.row_for(a.name)["Reason and notes"]
    assert len(page.asked) == 2
    assert rig.writer.call(rig.master.exchange.signer, key) is not None
    assert len(rig.master_interviews()) == 1
    # A second file from the same laptop key is not asked about.
    page.add_files([str(rig.session_file("IV02", 1))])
    page.decide_signer = lambda newcomer: True
    run_merge(qtbot, page)
    qtbot.waitUntil(lambda: len(rig.master_interviews()) == 2, timeout=30000)
    assert len(page.asked) == 3  # IV02 is another laptop, so another key


def test_cancel_during_a_multi_file_merge_leaves_the_rest_unmerged(qtbot, rig):
    files = [rig.session_file(f"IV0{n}", 1) for n in range(1, 4)]
    page = show(qtbot, rig)
    page.add_files([str(f) for f in files])
    page.decide_signer = lambda newcomer: True
    seen = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append((done, total, name))
        if done == 0 and name:  # Cancel pressed while the first file is being merged
            job.cancel()

    gate = threading.Event()
    rig.writer.submit(gate.wait)  # hold the writer until the test listens to the job
    job = page.merge(accept_new=True)
    # Direct, so the flag is set on the writer thread before it looks at the next file.
    job.progress.connect(progress, Qt.ConnectionType.DirectConnection)
    gate.set()
    with qtbot.waitSignal(page.merged, timeout=30000) as blocker:
        pass
    outcome = blocker.args[0]
    assert [r.status for r in outcome.reports] == ["merged"]
    assert outcome.left == [str(files[1]), str(files[2])]
    assert seen[0][:2] == (0, 3)
    assert len(rig.master_interviews()) == 1
    assert page.row_for(files[1].name)["Result"] == "not merged"
    assert page.panel.message.text().startswith("Cancelled: 2 files were not merged")
    # The cancelled files stay queued; merging them again brings them in.
    assert page.queue.count() == 2
    run_merge(qtbot, page, accept_new=True)
    assert len(rig.master_interviews()) == 3


def test_the_merge_button_itself_merges_the_queued_files(qtbot, rig):
    """Pressing Merge (mouse or Alt key) merges; calling page.merge() directly hid a crash."""
    a = rig.session_file("IV01", 1)
    page = show(qtbot, rig)
    qtbot.waitExposed(page)
    drop(page, [a])
    page.decide_signer = lambda newcomer: True
    with qtbot.waitSignal(page.merged, timeout=30000):
        qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.panel.busy, timeout=30000)
    assert page.row_for(a.name)["Result"] == "merged"
    assert len(rig.master_interviews()) == 1


def test_the_merge_screen_says_what_to_do_in_the_app_and_dates_in_local_time(qtbot, rig):
    import re

    from fieldkit.gui.lead_merge import local_time

    a = rig.session_file("IV01", 1)
    page = show(qtbot, rig)
    page.add_files([str(a)])
    page.decide_signer = lambda newcomer: False  # "Not now"
    run_merge(qtbot, page)
    said = page.row_for(a.name)["Reason and notes"]
    assert "--accept-new-signer" not in said and "accept its key when asked" in said
    page.decide_signer = lambda newcomer: True
    run_merge(qtbot, page)
    assert "--accept-new-signer" not in page.row_for(a.name)["Reason and notes"]
    assert "1 file merged, 0 set aside; 1 new interview, 0 conflicting." in \
        page.panel.message.text()  # one of each, in the singular
    page.add_files([str(a)])  # the same file again: a replay, dated as the lead reads dates
    run_merge(qtbot, page)
    row = page.row_for(a.name)
    assert row["Result"] == "already merged"
    (merged_at,) = {r["merged_at"] for r in rig.writer.call(
        lambda: [rig.master.exchange.merged_file(s.manifest_sha256)
                 for s in rig.master.exchange.manifest_history(
                     rig.master.exchange.signers()[0].store_id)])}
    assert local_time(merged_at) in row["Reason and notes"]
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", row["Reason and notes"])
