"""Locking: Ctrl+L hides everything at once, the passphrase returns to the same screen; idle locks."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .app_support import PASSPHRASE, app_factory, make_store  # noqa: F401


def test_ctrl_l_hides_the_interview_and_unlock_returns_to_it(qtbot, tmp_path,
                                                            app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    screen = app.start_interview("R-LOCK-1")
    interview_id = screen.session.interview_id
    app.window.help.show()
    app.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert app.window.current_screen == "lock" and app.window.locked
    assert not screen.isVisible() and not app.window.help.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [app.window]
    assert "R-LOCK-1" not in app.window.windowTitle()
    # the lock hides the screen but the interview goes on in the room: its clock runs on
    qtbot.wait(200)
    assert app.writer.call(
        lambda: app.window.store.interview(interview_id).status) == "in_progress"

    page = app.window.lock_page
    page.passphrase.setText("wrong wrong wrong wrong")
    page.submit()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10000)
    assert app.window.locked and not screen.isVisible()
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.unlocked, timeout=10000):
        page.submit()
    assert app.window.current_screen == "interview" and app.window.interview is screen
    assert screen.isVisible()


def test_auto_lock_after_idle_time_and_activity_postpones_it(qtbot, tmp_path,
                                                             app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    app.window.set_auto_lock(0.4)
    assert app.settings_path.read_text().count("auto_lock_seconds=0.4") == 1
    for _ in range(4):  # typing keeps it open past the idle time
        qtbot.wait(150)
        app.window.home.filter.setFocus()
        app.press(Qt.Key.Key_A)
    assert not app.window.locked
    qtbot.waitUntil(lambda: app.window.locked, timeout=3000)
    assert app.window.current_screen == "lock"


def test_system_suspend_locks(qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    app.window._app_state(Qt.ApplicationState.ApplicationInactive)
    assert not app.window.locked
    app.window._app_state(Qt.ApplicationState.ApplicationSuspended)
    assert app.window.locked


def test_auto_lock_during_a_long_answer_saves_the_typing_and_keeps_the_clock(
        qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    screen = app.start_interview("R-LOCK-2")
    app.press(Qt.Key.Key_Return)  # consent
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.item_page, timeout=5000)
    screen.jump("formal_preparation")
    qtbot.waitUntil(lambda: screen.shown_id == "formal_preparation", timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "The capital decides")
    session = screen.session
    app.window.set_auto_lock(0.3)
    qtbot.waitUntil(lambda: app.window.locked, timeout=3000)
    before = session.clock.elapsed_ms()
    qtbot.wait(400)
    assert session.status == "in_progress"
    assert session.clock.elapsed_ms() >= before + 300  # quote times stay the room's times
    qtbot.waitUntil(lambda: session.content.answer("formal_preparation") is not None,
                    timeout=5000)
    assert session.content.answer("formal_preparation").value == "The capital decides"
    page = app.window.lock_page
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.unlocked, timeout=10000):
        page.submit()
    app.window.set_auto_lock(300)
    # the computer going to sleep is a break: that pauses
    app.window._app_state(Qt.ApplicationState.ApplicationSuspended)
    qtbot.waitUntil(lambda: session.status == "paused", timeout=5000)


def test_behind_the_lock_no_menu_opens_and_enter_never_quits(qtbot, tmp_path,
                                                             app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    app.start_interview("R-LOCK-2")
    app.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    page = app.window.lock_page
    assert QApplication.focusWidget() is page.passphrase
    for key, mods in ((Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_Q, None),
                      (Qt.Key.Key_Escape, None), (Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Return, None), (Qt.Key.Key_Down, None),
                      (Qt.Key.Key_Return, None)):
        app.press(key, mods or Qt.KeyboardModifier.NoModifier)
        qtbot.wait(20)
        assert QApplication.activePopupWidget() is None
    assert app.window.locked and app.window.isVisible()
    assert QApplication.focusWidget() is page.passphrase


def test_quit_asks_when_an_interview_is_open(qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    app.start_interview("R-QUIT-1")
    asked = []
    app.window.confirm_quit = lambda: asked.append(True) or False
    app.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [True] and app.window.isVisible()  # No: the interview stays open
    app.window.lock()  # behind the lock the menus are off, Quit with them
    app.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [True] and app.window.isVisible()
    app.window.unlock()
    app.window.confirm_quit = lambda: True
    app.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not app.window.isVisible()


def test_the_default_answer_to_quit_is_no(qtbot, tmp_path, app_factory):  # noqa: F811
    from PySide6.QtCore import QTimer

    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    app.start_interview("R-QUIT-2")
    seen = []

    def reflex_enter():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, reflex_enter)
            return
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, reflex_enter)
    app.window.ask_quit()
    assert seen == ["&No"] and app.window.isVisible()
