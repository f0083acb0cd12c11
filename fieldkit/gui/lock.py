"""Locking: the lock page (the passphrase, checked against the key slot) and the idle watcher."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit.store.slotfile import read_slots

from .i18n import translate
from .unlock import PassphrasePage
from .writer import Writer

# Only what a person does counts as activity; timers and repaints must not keep the app open.
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod}


def verify_passphrase(store: Any, passphrase: str) -> bool:
    """True if ``passphrase`` opens the store's key slot (raises WrongPassphrase if not)."""
    key = bytearray(read_slots(store.path).unlock(passphrase))
    key[:] = bytes(len(key))  # the open store already holds the key; this copy is not kept
    return True


class LockPage(PassphrasePage):
    """Shown instead of everything else while locked; ``unlocked`` when the passphrase is right."""

    unlocked = Signal()

    def __init__(self, writer: Writer, parent: QWidget | None = None):
        super().__init__(writer, translate("lock", "fieldkit is locked"),
                         translate("lock", "Nothing of the interview is shown while locked; every "
                                           "saved answer is kept, and an interview's clock keeps "
                                           "running (Ctrl+P pauses it after you return). Type the "
                                           "passphrase to return."), parent)
        self.store: Any = None

    def check(self, passphrase: str) -> Callable[[], Any]:
        store = self.store
        return lambda: verify_passphrase(store, passphrase)

    def succeeded(self, result: Any) -> None:
        self.unlocked.emit()


class IdleWatcher(QObject):
    """Emits ``idle`` after ``seconds`` without keyboard, mouse or touch input anywhere in the app."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_seconds(seconds)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_seconds(self, seconds: float) -> None:
        self._timer.setInterval(max(50, int(seconds * 1000)))
        if self._timer.isActive():
            self._timer.start()

    @property
    def seconds(self) -> float:
        return self._timer.interval() / 1000

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()
