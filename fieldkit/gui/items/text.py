"""Text answers: a one-line field, and the large note-taking editor for open prompts."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ..i18n import translate
from .base import ItemEditor

SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence ending at ``pos`` begins (within its paragraph); from the start of
    a sentence, the start of the one before, so Shift+Home again takes one more."""
    line = text.rfind("\n", 0, pos) + 1
    before = text[line:pos]
    kept = len(before.rstrip())
    ends = [m.end() for m in SENTENCE_END.finditer(before) if m.end() <= kept]
    return line + (ends[-1] if ends else 0)


class ShortTextEditor(ItemEditor):
    """text: Enter records the line and moves on; a pause in typing records it too."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.edit = QLineEdit()
        self.edit.setObjectName("answer_text")
        self.edit.setMaxLength(10_000)
        self.edit.textEdited.connect(self.typed)
        self.edit.installEventFilter(self)
        self.layout_.addWidget(self.edit)
        self.layout_.addStretch(1)

    def focus_target(self) -> QWidget:
        return self.edit

    def raw(self) -> Any:
        text = self.edit.text()
        return text if text.strip() else None

    def set_raw(self, raw: Any) -> None:
        self.edit.setText(raw or "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.enter_pressed(event)
        return False


class LongTextEditor(ItemEditor):
    """long_text: a roomy editor for notes on an open prompt, saved as the interviewer types.

    Enter starts a new line and PageUp/PageDown scroll the notes; Alt+Right or Ctrl+PageDown
    moves on. The text is recorded a second after typing stops and whenever the interviewer
    leaves the item, always through the store, never a file.
    """

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("answer_long_text")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(translate("items", "Notes on the answer… (saved as you type; "
                                                        "Alt+Right or Ctrl+PageDown moves on)"))
        font = QFont(self.edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(180)
        self.edit.textChanged.connect(self._changed)
        self.edit.installEventFilter(self)
        self.layout_.addWidget(self.edit, 1)
        self._loading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Shift+Home selects back to the start of the sentence, not of the wrapped line:
        # what the respondent just said, ready to be marked as a quote
        if (watched is self.edit and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Home
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier):
            cursor = self.edit.textCursor()
            start = sentence_start(self.edit.toPlainText(), cursor.position())
            cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
            self.edit.setTextCursor(cursor)
            return True
        return False

    def _changed(self) -> None:
        if not self._loading:
            self.typed()

    def focus_target(self) -> QWidget:
        return self.edit

    def focus_in(self) -> None:
        super().focus_in()
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def selected_text(self) -> str:
        return self.edit.textCursor().selectedText().replace("\u2029", "\n")

    def raw(self) -> Any:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_raw(self, raw: Any) -> None:
        self._loading = True
        try:
            if (raw or "") != self.edit.toPlainText():
                self.edit.setPlainText(raw or "")
        finally:
            self._loading = False
