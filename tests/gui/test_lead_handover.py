"""Hand-over from the app: a session file that merges, the purge after it, entries by store role."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from fieldkit.exchange import merge_files
from fieldkit.gui.lead_handover import HandOverDialog
from fieldkit.store.store import Store

from .app_support import PASSPHRASE as APP_PASSPHRASE
from .app_support import app_factory, make_store  # noqa: F401
from .lead_rig import LeadRig, scan


@pytest.fixture
def rig(tmp_path):
    r = LeadRig(tmp_path)
    yield r
    r.close()


def test_hand_over_writes_a_file_that_merges_then_purges(qtbot, rig):
    laptop = rig.writer.call(rig.laptop, "IV07")
    rig.writer.call(rig.interviews, laptop, 2)
    dialog = HandOverDialog(rig.writer, laptop, folder=str(rig.files_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10000)
    assert "2 finished interviews (2 sealed) and 0 withdrawals." in dialog.summary.text()
    key = rig.writer.call(lambda: laptop.signing_key.public_key.hex())
    assert dialog.key.text().replace(" ", "").endswith(key)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=30000)
    (written,) = list(rig.files_dir.iterdir())
    assert written == dialog.result_info.path and written.suffix == ".fksession"
    assert "It holds 2 interviews" in dialog.outcome.text() and "(s)" not in dialog.outcome.text()
    assert dialog.purge_button.isVisibleTo(dialog) and dialog.panel.folder == rig.files_dir
    # Exporting again finds nothing new.
    dialog.export()
    qtbot.waitUntil(lambda: "nothing new" in dialog.panel.message.text().lower(), timeout=10000)
    dialog.purge()
    qtbot.waitUntil(lambda: dialog.purged is not None, timeout=10000)
    assert dialog.purged == 2 and "Removed 2 interviews" in dialog.outcome.text()
    assert rig.writer.call(laptop.interviews, status="completed") == []
    rig.writer.call(laptop.close)
    report = rig.writer.call(merge_files, rig.master, [written], accept_new_signer=True)
    assert report.files[0].status == "merged" and report.files[0].new == 2
    assert scan(rig.root, rig.markers) == []


def test_entries_follow_the_store_role(qtbot, tmp_path, app_factory):  # noqa: F811
    interviewer = app_factory(make_store(tmp_path / "laptop"))
    interviewer.unlock()
    window = interviewer.window
    qtbot.waitUntil(lambda: window.lead.role == "interviewer", timeout=10000)
    visible = [a.text() for a in window.lead.actions if a.isVisible()]
    assert visible == ["&Hand over to the lead…", "&Signing key for enrolment…"]
    shortcuts = {a.text(): a.shortcut().toString() for a in window.lead.actions}
    assert shortcuts["&Hand over to the lead…"] == "Ctrl+Shift+H"
    assert shortcuts["&Merge session files…"] == ""  # a lead's entry: no shortcut here
    assert [b.text() for b in window.lead.home_buttons] == ["Hand &over to the lead…"]
    window.lead.home_buttons[0].click()
    dialog = window.lead.hand_over_dialog
    qtbot.waitUntil(lambda: "nothing new" in dialog.summary.text(), timeout=10000)
    dialog.close()
    interviewer.close()

    master = tmp_path / "master"
    Store.create(master, APP_PASSPHRASE, role="lead").close()
    lead = app_factory(master)
    lead.window.entry.passphrase.setText(APP_PASSPHRASE)
    lead.window.entry.submit()
    window = lead.window
    qtbot.waitUntil(lambda: window.lead.role == "lead", timeout=10000)
    assert [a.text() for a in window.lead.actions if a.isVisible()] == [
        "&Merge session files…", "Co&nflicts…", "&Outputs: export data and reports…",
        "&Enrol interviewer…", "Save the project's secret key (bac&kup)…"]
    assert window.lead.actions[0].shortcut().toString() == ""
    window.lead.home_buttons[0].click()
    assert window.current_screen == "merge"
    window.lead.merge_page.back.emit()
    assert window.current_screen == "home"
    window.lead.home_buttons[1].click()
    assert window.current_screen == "outputs"
    window.lock()
    assert window.current_screen == "lock"
    assert not any(a.isEnabled() for a in window.lead.actions)
    QApplication.processEvents()
