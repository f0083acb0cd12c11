"""Lead screens: Ctrl+W leaves Merge and Outputs, Conflicts says in a sentence when there are
none (no stray column), and the review dialog fits inside the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit.gui.lead_actions import LeadActions
from fieldkit.gui.lead_conflicts import ConflictsDialog
from fieldkit.gui.review_dialog import ReviewDialog
from fieldkit.store.store import Store

from .app_support import PASSPHRASE, app_factory  # noqa: F401


def test_ctrl_w_leaves_merge_and_outputs_and_conflicts_say_there_are_none(qtbot, tmp_path,
                                                                         app_factory):  # noqa: F811
    master = tmp_path / "master"
    Store.create(master, PASSPHRASE, role="lead").close()
    app = app_factory(master)
    window = app.window
    window.entry.passphrase.setText(PASSPHRASE)
    window.entry.submit()
    qtbot.waitUntil(lambda: window.current_screen == "home", timeout=10000)
    for show, name in ((LeadActions.show_merge, "merge"), (LeadActions.show_outputs, "outputs")):
        show(window.lead)
        qtbot.waitUntil(lambda name=name: window.current_screen == name, timeout=5000)
        app.press(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.current_screen == "home", timeout=5000)
        assert QApplication.focusWidget() is window.home.table

    dialog = ConflictsDialog(app.writer, window.store, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.empty.isVisible(), timeout=10000)
    assert dialog.empty.text().startswith("No open conflicts")
    assert not dialog.body.isVisible()
    assert dialog.diffs.horizontalHeaderItem(0).text() == "Item"


def test_the_review_dialog_fits_inside_its_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    lines = [(f"Question {n}", "An answer " * 20) for n in range(60)]
    dialog = ReviewDialog("Interview 7: R-1", lines, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1000 and dialog.height() <= 600
    assert dialog.height() >= 240
