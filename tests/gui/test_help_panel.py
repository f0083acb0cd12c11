"""F1: the help panel lists the keys interviewers use most, scrolls by keyboard and gives the
keys back where they were when it closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldkit.gui.help_panel import merge_rows

from .app_support import app_factory, make_store  # noqa: F401

K = Qt.Key


def test_help_lists_the_interviewers_keys_scrolls_and_gives_focus_back(qtbot, tmp_path,
                                                                     app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    screen = app.start_interview("R-HELP-1")
    screen.consent_given()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.item_page, timeout=5000)
    editor_focus = QApplication.focusWidget()
    assert editor_focus is screen.editor.focus_target()
    app.press(K.Key_F1)
    help_ = app.window.help
    assert help_.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is help_.table, timeout=2000)
    table = help_.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    for keys in ("1 … 9", "Y / O / N", "Shift+Enter (in the name filter)",
                 "Alt+Up / Alt+Down (people table)", "Backspace (people table)", "Ctrl+M"):
        assert keys in rows, keys
    assert "Ctrl+1" not in rows and "Alt+Right" not in rows  # named once, in the first rows
    # beside the screen where there is room, else over it: the screen is never squeezed
    screen_min = screen.minimumSizeHint().width()
    assert help_.isFloating() or screen.width() >= screen_min
    app.press(K.Key_PageDown)
    assert table.currentRow() > 0  # the keyboard moves through it
    app.press(K.Key_F1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor_focus, timeout=2000)
    assert not help_.isVisible()
    app.press(K.Key_F1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is help_.table, timeout=2000)
    app.press(K.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor_focus, timeout=2000)
    assert not help_.isVisible()


def test_merged_rows_name_each_key_once():
    first = [("Alt+Right, Ctrl+PageDown", "next"), ("Ctrl+1 … Ctrl+3", "sections")]
    rest = [("Alt+Right", "next question"), ("Ctrl+PgDown", "next question"),
            ("Ctrl+2", "go to section 2"), ("Ctrl+L", "Lock now")]
    assert merge_rows(first, rest) == first + [("Ctrl+L", "Lock now")]

