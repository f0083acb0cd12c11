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
from .page_parts import label


class ReviewDialog(QDialog):
    """Shows (question, answer) pairs, which cannot be edited here; with ``writer``, ``store``
    and ``interview_id`` also a Coding tab for its open answers and quotes."""

    def __init__(self, title: str, lines: list[tuple[str, str]], parent: QWidget | None = None,
                 *, writer: Any = None, store: Any = None, interview_id: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(*((1240, 700) if writer is not None else (900, 560)))
        self.table = QTableWidget(len(lines), 2)
        self.table.setHorizontalHeaderLabels(["Question", "Answer"])
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
            inner.addWidget(label("No question has been answered yet.", "hint"))
        inner.addWidget(self.table, 1)
        self.coding: CodingView | None = None
        if writer is not None and interview_id is not None:
            self.tabs = QTabWidget()
            self.tabs.addTab(answers, "&Answers")
            self.coding = CodingView(writer, store, interview_id)
            self.tabs.addTab(self.coding, "&Coding")
            box.addWidget(self.tabs, 1)
        else:
            box.addWidget(answers, 1)
        box.addWidget(buttons)

    def show_coding(self) -> None:
        if self.coding is not None:
            self.tabs.setCurrentWidget(self.coding)
