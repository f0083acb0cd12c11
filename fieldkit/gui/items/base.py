"""The contract every answer widget keeps with the interview screen: show, commit, move on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldkit.protocol.model import Item, Protocol
from fieldkit.store.content import Answer

# Typed answers are recorded after this pause in typing; until then the screen says "Typing…",
# never "Saved", so a crash can only lose what was never shown as saved.
AUTOSAVE_MS = 600
_REJECTED = object()


class ItemEditor(QWidget):
    """One item's answer widget. It never writes: it tells the screen what to save.

    ``answered`` carries a raw answer to record now (``None`` means: withdraw the answer);
    ``entered`` says the interviewer pressed Enter to move on, after ``take_uncommitted``.
    """

    answered = Signal(object)
    entered = Signal()
    edited = Signal()  # the widget now holds something not yet recorded

    def __init__(self, item: Item, protocol: Protocol, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.protocol = protocol
        self.language = language
        self._saved: Any = None  # the raw form of the stored answer, to know what changed
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.commit_now)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        # ${name} in texts shown: the screen sets the interview's piping
        self.pipe: Callable[[str], str] = lambda text: text

    def text(self, value: Any) -> str:
        return self.pipe(self.protocol.text(value, self.language))

    # ---- what the screen calls ---------------------------------------------------------
    def show_answer(self, answer: Answer | None) -> None:
        """Show the stored answer (a special answer shows as no value)."""
        value = None if answer is None or answer.special else answer.value
        self._saved = self.to_raw(value)
        self.set_raw(self._saved)

    def take_uncommitted(self) -> tuple[bool, Any]:
        """(True, raw) when the widget holds something not yet recorded."""
        raw = self.raw()
        return (raw != self._saved, raw)

    def mark_saved(self, raw: Any) -> None:
        """``raw`` is on its way to the store: no need to send it again."""
        self.autosave.stop()
        self._saved = raw

    def mark_rejected(self) -> None:
        """The last value was not recorded: it counts as unsaved until fixed or reverted."""
        self._saved = _REJECTED

    @property
    def rejected(self) -> bool:
        """The value shown was refused (a constraint) and is not recorded."""
        return self._saved is _REJECTED

    def revert(self, answer: Answer | None) -> None:
        """Back to the stored answer (Escape after a rejected value)."""
        self.show_answer(answer)

    def retranslate(self, language: str) -> None:
        self.language = language

    def focus_target(self) -> QWidget:
        return self

    def focus_in(self) -> None:
        self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- what each family provides -----------------------------------------------------
    def to_raw(self, value: Any) -> Any:
        """The widget's raw form of a stored value."""
        return value

    def raw(self) -> Any:
        return None

    def set_raw(self, raw: Any) -> None:
        pass

    def typed(self, *_: Any) -> None:
        self.autosave.start()
        self.edited.emit()

    def commit_now(self) -> None:
        """Record what the widget holds, if it changed."""
        self.autosave.stop()
        changed, raw = self.take_uncommitted()
        if changed:
            self.answered.emit(raw)

    def enter_pressed(self, event: QKeyEvent) -> bool:
        """Enter/Return from a child: move on (the screen commits first)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.entered.emit()
            return True
        return False
