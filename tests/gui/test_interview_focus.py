"""Where the keyboard focus is after start, resume, unlock and dialogs: Enter must just work."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .app_support import PASSPHRASE, app_factory, make_store  # noqa: F401

K, M = Qt.Key, Qt.KeyboardModifier


def focus_name(app) -> str:
    widget = QApplication.focusWidget()
    return "" if widget is None else widget.objectName() or type(widget).__name__


def test_enter_gives_consent_right_after_start(qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    screen = app.start_interview("R-FOCUS-1")
    assert screen.pages.currentWidget() is screen.cover
    assert focus_name(app) == "consent_given"
    app.press(K.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.item_page, timeout=5000)
    qtbot.waitUntil(lambda: screen.editor is not None
                    and QApplication.focusWidget() is screen.editor.focus_target(), timeout=5000)


def test_first_shift_tab_on_the_cover_is_not_declines(qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    screen = app.start_interview("R-FOCUS-2")
    app.press(K.Key_Backtab, M.ShiftModifier)
    assert QApplication.focusWidget() is not screen.cover.no


def test_resume_on_the_cover_and_unlock_put_focus_back(qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    screen = app.start_interview("R-FOCUS-3")
    app.press(K.Key_W, M.ControlModifier)  # leave to home, consent not yet given
    qtbot.waitUntil(lambda: app.window.current_screen == "home", timeout=5000)
    home = app.window.home
    qtbot.waitUntil(lambda: home.model.rowCount() == 1, timeout=5000)
    home.resume_interview(home.model.rows[0].id)
    qtbot.waitUntil(lambda: app.window.current_screen == "interview", timeout=5000)
    screen = app.window.interview
    assert focus_name(app) == "consent_given"
    app.press(K.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.item_page, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.editor.focus_target(),
                    timeout=5000)
    app.press(K.Key_L, M.ControlModifier)
    page = app.window.lock_page
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.unlocked, timeout=10000):
        page.submit()
    assert QApplication.focusWidget() is screen.editor.focus_target()


def test_withdraw_question_defaults_to_no(qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    screen = app.start_interview("R-FOCUS-4")
    seen = {}

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["default"] = box.defaultButton() and box.standardButton(box.defaultButton())
        qtbot.keyClick(QApplication.focusWidget() or box, K.Key_Return)

    QTimer.singleShot(100, answer_with_enter)
    screen.cover.no.click()
    assert seen["default"] == QMessageBox.StandardButton.No
    assert app.window.interview is screen and screen.session.status != "withdrawn"


def test_start_dialog_by_keys_then_enter_gives_consent(qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "the start dialog did not open"
        dialog.respondent.setFocus()
        qtbot.keyClicks(dialog.respondent, "R-DLG-1")
        qtbot.keyClick(dialog.respondent, K.Key_Return)

    QTimer.singleShot(200, fill)
    app.press(K.Key_S, M.AltModifier)
    qtbot.waitUntil(lambda: app.window.current_screen == "interview", timeout=10000)
    screen = app.window.interview
    assert focus_name(app) == "consent_given"
    app.press(K.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.item_page, timeout=5000)
