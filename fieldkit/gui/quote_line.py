"""The one-line entry under a question for a typed quote or a note, stamped when it was opened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget


class QuoteLine(QWidget):
    """Opened by Ctrl+Q or Ctrl+N; Enter hands back (kind, text, stamp, target), Esc cancels."""

    entered = Signal(str, str, int, object)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.prompt = QLabel()
        self.edit = QLineEdit()
        self.edit.setObjectName("quote_note_line")
        self.edit.returnPressed.connect(self._done)
        box.addWidget(self.prompt)
        box.addWidget(self.edit, 1)
        self.mode: tuple[str, int, Any] | None = None
        self.hide()

    def open(self, kind: str, stamp: int, target: Any, prompt: str) -> None:
        self.mode = (kind, stamp, target)
        self.prompt.setText(prompt)
        self.edit.clear()
        self.show()
        self.edit.setFocus()

    def close_line(self) -> None:
        self.mode = None
        self.hide()
        self.dismissed.emit()

    def _done(self) -> None:
        if self.mode is None:
            return
        kind, stamp, target = self.mode
        text = self.edit.text()
        self.close_line()
        if text.strip():
            self.entered.emit(kind, text, stamp, target)
