"""Beside the codebook in the Coding tab: who is coding (the coder setting) and the memos
about this interview, with a box to write one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.store.memos import Memo

from .i18n import translate
from .page_parts import label


class CoderSetting(QWidget):
    """The coder's name: each coder's codings are kept apart, and Remove takes only theirs."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("coder_name")
        self.edit.setMaxLength(64)
        self.edit.setToolTip(translate("coding_panel", "The name your codings are kept under. "
                                       "Two coders who code the same interview under their "
                                       "own names can be compared (fieldkit code agreement)."))
        self.edit.editingFinished.connect(self._finished)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        caption = label(translate("coding_panel", "C&oder:"), "hint", wrap=False)
        caption.setBuddy(self.edit)
        row.addWidget(caption)
        row.addWidget(self.edit, 1)
        self._shown = ""

    def show_coder(self, name: str) -> None:
        self._shown = name
        self.edit.setText(name)

    def _finished(self) -> None:
        name = " ".join(self.edit.text().split())
        if name and name != self._shown:
            self.changed.emit(name)
        elif not name:
            self.edit.setText(self._shown)


class MemoBox(QWidget):
    """The memos about this interview, oldest first, and a box to write another."""

    def __init__(self, save: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.memos = QListWidget()
        self.memos.setObjectName("memo_list")
        self.memos.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("memo_text")
        self.edit.setPlaceholderText(translate("coding_panel", "A memo about this interview…"))
        self.edit.setTabChangesFocus(True)
        self.save_button = QPushButton(translate("coding_panel", "&Save memo"))
        self.save_button.setObjectName("save_memo")
        self.save_button.clicked.connect(self.save)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label(translate("coding_panel", "Memos"), "subtitle"))
        box.addWidget(self.memos, 2)
        box.addWidget(self.edit, 1)
        box.addWidget(self.save_button)

    def show_memos(self, memos: list[Memo]) -> None:
        self.memos.clear()
        for memo in memos:
            self.memos.addItem(f"{memo.written_at[:10]} · {memo.author}\n{memo.text}")

    def save(self) -> None:
        text = self.edit.toPlainText().strip()
        if text:
            self._save(text)

    def saved(self) -> None:
        self.edit.clear()
