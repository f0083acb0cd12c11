"""The help panel: every keyboard shortcut of the window and of the screen showing now."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

MNEMONIC = re.compile(r"&([^&\s])")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def collect_shortcuts(*roots: QWidget) -> list[tuple[str, str]]:
    """(key, what it does) for actions, shortcuts and Alt+letter mnemonics under ``roots``."""
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, str]] = []

    def add(keys: str, what: str) -> None:
        if keys and what and (keys, what) not in seen:
            seen.add((keys, what))
            out.append((keys, what))

    for root in roots:
        for action in root.findChildren(QAction):
            for seq in action.shortcuts():
                add(seq.toString(QKeySequence.SequenceFormat.NativeText), _plain(action.text()))
        for shortcut in root.findChildren(QShortcut):
            what = shortcut.whatsThis() or shortcut.objectName().replace("_", " ")
            for seq in shortcut.keys():  # noqa: SIM118 - a Qt method, not a dict
                add(seq.toString(QKeySequence.SequenceFormat.NativeText), what)
        widgets = root.findChildren(QAbstractButton) + root.findChildren(QLabel)
        for widget in widgets:
            if not widget.isVisibleTo(root):
                continue
            match = MNEMONIC.search(widget.text())
            if match and (isinstance(widget, QAbstractButton) or widget.buddy() is not None):
                verb = "" if isinstance(widget, QAbstractButton) else "go to "
                add(f"Alt+{match.group(1).upper()}", verb + _plain(widget.text()))
    return out


class HelpPanel(QDockWidget):
    """A side panel listing shortcuts; refreshed each time it is shown or the screen changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Keyboard shortcuts", parent)
        self.setObjectName("help_panel")
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Keys", "Does"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setWidget(self.table)
        self.setMinimumWidth(300)

    def fill(self, rows: list[tuple[str, str]]) -> None:
        self.table.setRowCount(len(rows))
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
