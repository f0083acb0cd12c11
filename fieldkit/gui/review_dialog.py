"""A read-only summary of one interview: each answered question and its answer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .page_parts import label


class ReviewDialog(QDialog):
    """Shows (question, answer) pairs; nothing can be edited here."""

    def __init__(self, title: str, lines: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 560)
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
        if not lines:
            box.addWidget(label("No question has been answered yet.", "hint"))
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
