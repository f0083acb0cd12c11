"""The help panel: every keyboard shortcut of the window and of the screen showing now.

A screen may list the keys its people use most (digits, Y/N, Enter...), which no shortcut
object holds, through ``help_rows()``; they come first. The panel takes the keys while open
(arrows and PageDown scroll it) and gives them back where they were when it closes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from .i18n import translate

MNEMONIC = re.compile(r"&([^&\s])")
# Keys by Qt's portable names ("Ctrl+Shift+L"), as the screens' own tables write them: the
# native names follow the app's language ("Ctrl+Maj+L" in French) and would list a key twice.
KEY_NAMES = QKeySequence.SequenceFormat.PortableText
SAME_KEY = {"PageDown": "PgDown", "PageUp": "PgUp", "Return": "Enter"}
RANGE = re.compile(r"^(.*?)(\d) … (.*?)(\d)$")


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
                add(seq.toString(KEY_NAMES), _plain(action.text()))
        for shortcut in root.findChildren(QShortcut):
            what = shortcut.whatsThis() or shortcut.objectName().replace("_", " ")
            for seq in shortcut.keys():  # noqa: SIM118 - a Qt method, not a dict
                add(seq.toString(KEY_NAMES), what)
        widgets = root.findChildren(QAbstractButton) + root.findChildren(QLabel)
        for widget in widgets:
            if not widget.isVisibleTo(root):
                continue
            match = MNEMONIC.search(widget.text())
            if match and (isinstance(widget, QAbstractButton) or widget.buddy() is not None):
                what = _plain(widget.text())
                if not isinstance(widget, QAbstractButton):
                    what = translate("help_panel", "go to {field}").format(field=what)
                add(f"Alt+{match.group(1).upper()}", what)
    return out


def _key_names(keys: str) -> set[str]:
    """The single keys a row's key text names ("Ctrl+1 … Ctrl+9" names nine)."""
    out: set[str] = set()
    for chunk in re.split(r",\s*|\s+/\s+", keys):
        chunk = chunk.split(" (")[0].strip()
        for word, same in SAME_KEY.items():
            chunk = chunk.replace(word, same)
        span = RANGE.match(chunk)
        if span:
            out.update(f"{span.group(1)}{n}" for n in range(int(span.group(2)),
                                                             int(span.group(4)) + 1))
        else:
            out.add(chunk)
    return out


def merge_rows(first: list[tuple[str, str]],
               rest: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``first``, then the rows of ``rest`` whose keys ``first`` does not already name."""
    named: set[str] = set()
    for keys, _ in first:
        named |= _key_names(keys)
    return first + [row for row in rest if not _key_names(row[0]) <= named]


class HelpPanel(QDockWidget):
    """A side panel listing shortcuts; refreshed each time it is shown or the screen changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("help_panel", "Keyboard shortcuts"), parent)
        self.setObjectName("help_panel")
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([translate("help_panel", "Keys"),
                                              translate("help_panel", "Does")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)  # both columns readable: long entries take two lines
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.table)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self.table.viewport().installEventFilter(self)  # widths follow the table's own size
        self._back_to: QWidget | None = None
        self.table.installEventFilter(self)  # Esc closes (the table would take it itself)
        self.visibilityChanged.connect(self._visibility)

    def open(self, rows: list[tuple[str, str]]) -> None:
        """Show ``rows`` and take the keys, remembering where they were."""
        here = QApplication.focusWidget()
        self._back_to = here if here is not None and not self.isAncestorOf(here) else None
        self.fill(rows)
        self.show()
        if self.isFloating():  # a window of its own (no room beside the screen): bring it up
            self.raise_()
            self.activateWindow()
        self.table.setCurrentCell(0, 0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._columns)  # after the header has taken the new width
            return False
        if watched is not self.table or event.type() not in (
                QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Escape:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not the Escape of the screen behind
        else:
            self.hide()
        return True

    def _visibility(self, visible: bool) -> None:
        if visible:
            return
        back, self._back_to = self._back_to, None
        if back is not None:
            # after Qt has moved the focus off the hidden panel to whatever came next
            QTimer.singleShot(0, lambda: self._give_back(back))

    @staticmethod
    def _give_back(widget: QWidget) -> None:
        try:
            if widget.isVisible():  # not when a lock has hidden it meanwhile
                widget.window().activateWindow()
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:  # the widget went away while the panel was open
            pass

    def fill(self, rows: list[tuple[str, str]]) -> None:
        self.table.setRowCount(len(rows))
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self._columns()

    def _columns(self) -> None:
        """The keys take what they need up to 40% of the width; what they do, the rest, on
        as many lines as it needs."""
        table = self.table
        table.resizeColumnToContents(0)
        table.setColumnWidth(0, min(table.columnWidth(0), int(table.viewport().width() * 0.4)))
        table.resizeRowsToContents()
