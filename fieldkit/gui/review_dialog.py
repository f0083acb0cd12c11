"""Reviewing one interview: its answers (read-only) and, given the store, coding its texts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .coding_view import CodingView
from .i18n import translate
from .page_parts import label


class ReviewDialog(QDialog):
    """Shows (question, answer) pairs, which cannot be edited here; with ``writer``, ``store``
    and ``interview_id`` also a Coding tab for its open answers and quotes."""

    def __init__(self, title: str, lines: list[tuple[str, str]], parent: QWidget | None = None,
                 *, writer: Any = None, store: Any = None, interview_id: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._fit(*((1240, 700) if writer is not None else (900, 560)))
        self.table = QTableWidget(len(lines), 2)
        self.table.setHorizontalHeaderLabels([translate("review_dialog", "Question"),
                                              translate("review_dialog", "Answer")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (question, answer) in enumerate(lines):
            self.table.setItem(row, 0, QTableWidgetItem(question))
            self.table.setItem(row, 1, QTableWidgetItem(answer))
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(label(title, "subtitle"))
        answers = QWidget()
        inner = QVBoxLayout(answers)
        inner.setContentsMargins(0, 0, 0, 0)
        if not lines:
            inner.addWidget(label(translate(
                "review_dialog", "No question has been answered yet."), "hint"))
        inner.addWidget(self.table, 1)
        self.coding: CodingView | None = None
        if writer is not None and interview_id is not None:
            self.tabs = QTabWidget()
            self.tabs.addTab(answers, translate("review_dialog", "&Answers"))
            self.coding = CodingView(writer, store, interview_id)
            self.tabs.addTab(self.coding, translate("review_dialog", "&Coding"))
            box.addWidget(self.tabs, 1)
        else:
            box.addWidget(answers, 1)
        box.addWidget(buttons)

    def _fit(self, width: int, height: int) -> None:
        """As big as asked, but never bigger than the window it belongs to (nor the screen):
        its Close button must stay in reach at any text size."""
        parent = self.parentWidget()
        owner = parent.window() if parent is not None else None
        screen = (owner or self).screen()
        room = screen.availableGeometry().size() if screen is not None else None
        for size in (owner.size() if owner is not None else None, room):
            if size is not None and size.width() > 0:
                width, height = min(width, size.width() - 40), min(height, size.height() - 60)
        self.setMinimumSize(min(self.minimumWidth(), width), min(self.minimumHeight(), height))
        self.resize(max(width, 320), max(height, 240))

    def show_coding(self) -> None:
        if self.coding is not None:
            self.tabs.setCurrentWidget(self.coding)
