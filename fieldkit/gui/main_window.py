"""The main window: one stack of screens, the menus and shortcuts, the help panel, and locking."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QWindow,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from fieldkit.store import Store
from fieldkit.store.slotfile import store_exists

from .help_panel import HelpPanel, collect_shortcuts, merge_rows
from .i18n import SYSTEM
from .interview_import import add_menu_action as add_import_action
from .interview_placeholder import interview_screen_class
from .lead_actions import LeadActions
from .lock import IdleWatcher, LockPage
from .reviewer import entry as review_entry
from .settings import UiSettings
from .style import apply_style
from .unlock import UnlockPage
from .writer import Writer

if TYPE_CHECKING:
    from .home import HomePage
    from .reviewer.page import ReviewerPage

TITLE = "fieldkit"
# What the screens after the unlock need but the unlock page does not: imported while the
# passphrase is typed, so home and the first question come up without waiting for them. On
# the main thread, one module per turn of the event loop after the first paint: PySide6 is
# not safe to import on a side thread while the main thread uses Qt (1 start in 20 crashed).
PRELOAD = ("fieldkit.gui.home", "fieldkit.gui.interview_screen")  # the engine comes with them
PRELOAD_AFTER_MS = 400


def _preload(names: tuple[str, ...]) -> None:
    if not names:
        return
    try:
        importlib.import_module(names[0])
    except Exception:  # noqa: BLE001, S110 - the real import later reports any failure
        pass
    QTimer.singleShot(0, lambda: _preload(names[1:]))


# Each language named in itself, with a letter of its own (English and Español share the E).
MENU_LANGUAGES = [("en", "&English"), ("fr", "&Français"), ("es", "Es&pañol")]
MIN_SIZE = (1000, 620)  # fits a 1366x768 screen with a task bar


class MainWindow(QMainWindow):
    """Hosts every screen; ``screen_changed`` names the one showing (for tests and screenshots)."""

    screen_changed = Signal(str)

    def __init__(self, writer: Writer, store_dir: Path, settings: UiSettings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.writer = writer
        self.store_dir = Path(store_dir)
        self.settings = settings
        self.store: Store | None = None
        self.home: HomePage | None = None
        self.interview: Any = None
        self.locked = False
        self._confirmed = False
        self._before_lock: QWidget | None = None
        # the reviewer mode's (reviewer/entry.py): its menu entry, page, and where it returns
        self.review_action: QAction | None = None
        self.review_page: ReviewerPage | None = None
        self.review_return: QWidget | None = None
        self.review_message: QMessageBox | None = None
        self.import_dialog: QDialog | None = None  # File > Import interviews
        self.setWindowTitle(TITLE)
        self.setMinimumSize(*MIN_SIZE)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.lock_page = LockPage(writer)
        self.lock_page.unlocked.connect(self.unlock)
        self.stack.addWidget(self.lock_page)
        self.help = HelpPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.help)
        self.help.hide()
        self._build_menus()
        self.idle = IdleWatcher(settings.get("auto_lock_seconds"), self)
        self.idle.idle.connect(self.lock)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state)
            app.focusWindowChanged.connect(self._focus_window_changed)
        self._watched: set[QWindow] = set()  # dialogs' windows, to know when they close
        self.stack.currentChanged.connect(self._screen_changed)
        if store_exists(self.store_dir):
            self.entry: QWidget = UnlockPage(writer, self.store_dir)
            self.entry.unlocked.connect(self.open_store)
            QTimer.singleShot(PRELOAD_AFTER_MS, lambda: _preload(PRELOAD))
        else:
            from .first_run import FirstRunPage

            self.entry = FirstRunPage(writer, self.store_dir)
            self.entry.created.connect(self.open_store)
        self.stack.addWidget(self.entry)
        review_entry.connect_entry(self)
        self.show_screen(self.entry)
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        self.fit_to_screen()

    # ---- menus ----------------------------------------------------------------------------
    def add_action(self, menu: QMenu, text: str, keys: Any, slot: Any) -> QAction:
        """A menu entry with its keys (one, a list, or none), live wherever focus is."""
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        elif keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.lock_action = self.add_action(file, self.tr("&Lock now"), "Ctrl+L", self.lock)
        self.lock_action.setEnabled(False)
        file.addSeparator()
        self.data_actions = [self.lock_action]
        self.import_action = add_import_action(self, file)
        self.lead = LeadActions(self, self, file)
        review_entry.add_menu_action(self, file)
        self.add_action(file, self.tr("&Quit"), QKeySequence("Ctrl+Shift+Q"), self.ask_quit)
        view = bar.addMenu(self.tr("&View"))
        self.add_action(view, self.tr("&Larger text"), ["Ctrl++", "Ctrl+="],
                     lambda: self.set_font_scale(self.font_scale + 0.1))
        self.add_action(view, self.tr("&Smaller text"), "Ctrl+-",
                     lambda: self.set_font_scale(self.font_scale - 0.1))
        self.add_action(view, self.tr("&Normal text size"), "Ctrl+0",
                     lambda: self.set_font_scale(1.0))
        view.addSeparator()
        self.add_action(view, self.tr("&Auto-lock after…"), None, self._ask_auto_lock)
        self._language_menu(view.addMenu(self.tr("Lan&guage")))
        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self.add_action(help_menu, self.tr("&Keyboard shortcuts"), "F1",
                                        self.toggle_help)

    def _language_menu(self, menu: QMenu) -> None:
        """The app's own language, from the next start; the protocol's languages stay apart."""
        group = QActionGroup(menu)
        chosen = self.settings.language()
        names = [(SYSTEM, self.tr("&System language")), *MENU_LANGUAGES]
        for code, name in names:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self.set_language)

    def set_language(self, action: QAction) -> None:
        code = action.data()
        if code == self.settings.language():
            return
        self.settings.set_language(code)
        QMessageBox.information(
            self, self.tr("Language"),
            self.tr("fieldkit will speak this language from its next start. The questions "
                    "of a protocol keep their own languages."))

    def toggle_help(self) -> None:
        if self.help.isVisible():
            self.help.hide()
            return
        self._place_help()
        self.help.open(self.help_rows())

    def _place_help(self) -> None:
        """Beside the screen where there is room for both, else over its right side (large
        text, a small screen): the screen showing is never squeezed below its own minimum."""
        page = self.stack.currentWidget()
        needed = page.minimumSizeHint().width() if page is not None else 0
        want = self.help.minimumWidth()
        floating = self.width() - needed < want
        self.help.setFloating(floating)
        if floating:
            top = self.mapToGlobal(self.stack.geometry().topLeft())
            width = min(max(want, self.width() // 2), self.width())
            self.help.setGeometry(top.x() + self.stack.width() - width, top.y(), width,
                                  self.stack.height())

    def help_rows(self) -> list[tuple[str, str]]:
        rows = getattr(self.stack.currentWidget(), "help_rows", None)
        return merge_rows(rows() if callable(rows) else [], collect_shortcuts(self))

    def refresh_help(self) -> None:
        self.help.fill(self.help_rows())

    @property
    def font_scale(self) -> float:
        return self.settings.get("font_scale")

    def set_font_scale(self, scale: float) -> None:
        self.settings.set("font_scale", round(scale, 2))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_style(app, self.font_scale)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the window (frame included) on its screen: a saved size, a scale factor
        (QT_SCALE_FACTOR) or larger text must never put Next or Home out of reach."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w = max(0, frame.width() - self.width())
        extra_h = max(0, frame.height() - self.height())
        width, height = room.width() - extra_w, room.height() - extra_h
        self.setMinimumSize(min(MIN_SIZE[0], width), min(MIN_SIZE[1], height))
        if self.width() > width or self.height() > height:
            self.resize(min(self.width(), width), min(self.height(), height))
        frame = self.frameGeometry()
        if not room.contains(frame):
            x = min(max(frame.x(), room.x()), room.right() + 1 - frame.width())
            y = min(max(frame.y(), room.y()), room.bottom() + 1 - frame.height())
            self.move(max(x, room.x()), max(y, room.y()))

    def set_auto_lock(self, seconds: float) -> None:
        self.settings.set("auto_lock_seconds", seconds)
        self.idle.set_seconds(self.settings.get("auto_lock_seconds"))

    def _ask_auto_lock(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Auto-lock"),
            self.tr("Lock after this many minutes without typing or clicking:"),
            max(1, round(self.idle.seconds / 60)), 1, 120)
        if ok:
            self.set_auto_lock(minutes * 60)

    # ---- screens --------------------------------------------------------------------------
    def show_screen(self, widget: QWidget) -> None:
        """Bring ``widget`` (a screen on the stack) to the front, focused where its keys go."""
        self.stack.setCurrentWidget(widget)
        focus_in = getattr(widget, "focus_in", None)
        if callable(focus_in):  # the screen knows which control Enter should reach
            focus_in()
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _screen_changed(self, _index: int) -> None:
        self.screen_changed.emit(self.current_screen)
        if self.help.isVisible():
            self.refresh_help()

    @property
    def current_screen(self) -> str:
        page = self.stack.currentWidget()
        if page is self.lock_page:
            return "lock"
        if page is self.entry:
            return "unlock" if isinstance(page, UnlockPage) else "first_run"
        if page is self.home:
            return "home"
        if page is not None and page is self.interview:
            return "interview"
        return getattr(page, "screen_name", "other")

    def open_store(self, store: Any) -> None:
        """The store is open: show home and start watching for idleness."""
        from .home import HomePage

        self.store = store
        self.lock_page.store = store
        self.home = HomePage(self.writer, store, self.stack,  # parented: styled once
                             settings=self.settings)
        self.home.interview_opened.connect(self.open_interview)
        self.stack.addWidget(self.home)
        self.stack.removeWidget(self.entry)
        self.entry.deleteLater()
        self.lock_action.setEnabled(True)
        self.import_action.setEnabled(True)
        self.home.refresh()
        self.show_screen(self.home)
        self.lead.store_opened()
        self.idle.start()

    def open_interview(self, session: Any) -> None:
        screen = interview_screen_class()(self.writer, session, self.stack)
        screen.closed.connect(self.close_interview)
        self.interview = screen
        self.stack.addWidget(screen)
        self.show_screen(screen)
        # A screen that briefly showed a window of its own while being built leaves ours
        # inactive, and then no shortcut (Ctrl+L included) would reach it.
        if self.isVisible():
            self.activateWindow()

    def close_interview(self) -> None:
        screen, self.interview = self.interview, None
        if self.home is not None:
            self.home.refresh(select=screen.session.interview_id if screen else None)
            self.show_screen(self.home)
        if screen is not None:
            self.stack.removeWidget(screen)
            screen.deleteLater()

    # ---- locking --------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything behind the passphrase at once; the store stays open underneath.

        An interview's clock keeps running: the lock guards the screen, while in the room the
        ambassador may still be talking (auto-lock often fires during a long answer), and quote
        times must stay those of the conversation. Only Pause, leaving, quitting or the
        computer going to sleep stop the clock. What was typed is saved before the lock.
        """
        if self.store is None or self.locked:
            return
        self.locked = True
        self._before_lock = self.stack.currentWidget()
        self.stack.setCurrentWidget(self.lock_page)
        self.lock_page.reset()
        if self.interview is not None:
            self.interview.save_for_lock()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and isinstance(widget, QDialog | QMenu):
                widget.close()
        self.help.hide()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and clipboard.ownsClipboard():
            clipboard.clear()
        for action in self.data_actions:
            action.setEnabled(False)
        self.idle.stop()
        self.setWindowTitle(self.tr("{title} (locked)").format(title=TITLE))
        # no menu behind the lock: Alt+F then letters or Enter must not reach Quit or the rest
        self.menuBar().setEnabled(False)
        self.lock_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        target = self._before_lock if self._before_lock is not None else self.home
        self._before_lock = None
        for action in self.data_actions:
            action.setEnabled(True)
        self.setWindowTitle(TITLE)
        self.menuBar().setEnabled(True)
        if target is not None and self.stack.indexOf(target) >= 0:
            self.show_screen(target)
        elif self.home is not None:
            self.show_screen(self.home)
        self.idle.start()

    def _focus_window_changed(self, window: QWindow | None) -> None:
        """A dialog of ours that closes (a file chooser, a question) gives the keys back to
        this window: with no window manager to do it, none would be active and no shortcut
        would reach the app. Another program taking the focus is left alone."""
        if window is None or window is self.windowHandle() or window in self._watched:
            return
        if window.transientParent() is not self.windowHandle():
            return  # another top-level window (another program's, or another main window)
        self._watched.add(window)
        window.visibleChanged.connect(self._dialog_visible)
        window.destroyed.connect(lambda *_: self._watched.discard(window))

    def _dialog_visible(self, visible: bool) -> None:
        if not visible:
            QTimer.singleShot(0, self._take_keys_back)

    def _take_keys_back(self) -> None:
        if (self.isVisible() and QApplication.activeWindow() is None
                and QApplication.activeModalWidget() is None
                and QApplication.activePopupWidget() is None):
            self.activateWindow()

    def _app_state(self, state: Qt.ApplicationState) -> None:
        # Suspended is what Qt reports when the system sleeps; Inactive is any other window
        # taking focus, too common during an interview to lock on.
        if state == Qt.ApplicationState.ApplicationSuspended:
            if self.interview is not None and not self.locked:
                self.interview.pause_for_lock()  # asleep, nothing of the room is heard
            self.lock()

    # ---- closing --------------------------------------------------------------------------
    def interview_open(self) -> bool:
        screen = self.interview
        return screen is not None and screen.session.status != "completed"

    def confirm_quit(self) -> bool:
        """Quitting with an interview open asks first; No is the default."""
        answer = QMessageBox.question(
            self, self.tr("Quit fieldkit"),
            self.tr("Quit while an interview is open? What was typed is saved and its clock "
                    "pauses; resume it from the home screen."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_quit(self) -> None:
        """File > Quit (Ctrl+Shift+Q)."""
        if not self.interview_open() or self.confirm_quit():
            self._confirmed = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        confirmed, self._confirmed = self._confirmed, False
        if event.spontaneous() and not confirmed and self.interview_open() and (
                not self.confirm_quit()):
            event.ignore()  # the window manager's close button asks as Quit does
            return
        self.settings.set_geometry(self.saveGeometry())
        if self.interview is not None and not self.locked:
            self.interview.pause_for_lock()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Finish queued store work, close the store (wiping its key) and end the writer."""
        self.idle.detach()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            try:
                app.applicationStateChanged.disconnect(self._app_state)
            except (RuntimeError, TypeError):
                pass
        store, self.store = self.store, None
        if store is not None:
            self.writer.call(store.close)
        self.writer.stop()
