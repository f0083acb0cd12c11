"""The codebook as a filterable tree, and a type-ahead popup to pick a code by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate
from .page_parts import label

# One soft colour per top-level code family (emergence, dynamics, ...), for the highlights.
FAMILY_COLOURS = ("#fde2a7", "#c8e6c9", "#cfe0f5", "#f5cfe0", "#e0d7f5", "#d7f0ee")


class CodeEntry:
    """A code as the screen shows it: id, label, description, depth and family colour."""

    def __init__(self, code_id: str, text: str, description: str, depth: int, colour: str):
        self.id, self.text, self.description = code_id, text, description
        self.depth, self.colour = depth, colour

    def matches(self, needle: str) -> bool:
        needle = needle.casefold().strip()
        return not needle or needle in self.id.casefold() or needle in self.text.casefold()


def code_entries(protocol, language: str) -> list[CodeEntry]:
    """Every code of the protocol's codebook, depth-first, with its family's colour."""
    out: list[CodeEntry] = []
    book = protocol.codebook

    def walk(codes, depth: int, colour: str | None) -> None:
        for n, code in enumerate(codes):
            mine = colour or FAMILY_COLOURS[n % len(FAMILY_COLOURS)]
            out.append(CodeEntry(code.id, protocol.text(code.label, language),
                                 protocol.text(code.description, language) if code.description
                                 else "", depth, mine))
            walk(code.codes, depth + 1, mine)

    walk(book.codes if book else [], 0, None)
    return out


class CodeTree(QWidget):
    """The codebook tree with a filter line; Enter or a double-click applies a code."""

    chosen = Signal(str)

    def __init__(self, entries: list[CodeEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("code_filter")
        self.filter.setPlaceholderText(translate("coding_picker", "Filter codes"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("code_tree")
        self.tree.setHeaderHidden(True)
        parents: list[QTreeWidgetItem] = []
        for entry in entries:
            node = QTreeWidgetItem([entry.text])
            node.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            node.setToolTip(0, f"{entry.id}\n{entry.description}".strip())
            node.setBackground(0, QColor(entry.colour))
            del parents[entry.depth:]
            if parents:
                parents[-1].addChild(node)
            else:
                self.tree.addTopLevelItem(node)
            parents.append(node)
        self.tree.expandAll()
        self.entries = {e.id: e for e in entries}
        self.filter.textChanged.connect(self._filter)
        self.tree.itemActivated.connect(lambda node, _col: self.chosen.emit(
            node.data(0, Qt.ItemDataRole.UserRole)))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label(translate("coding_picker", "Codebook"), "subtitle"))
        box.addWidget(self.filter)
        box.addWidget(self.tree, 1)
        box.addWidget(label(translate("coding_picker", "Enter or double-click applies the code to "
                                                       "the selected text (Ctrl+K: pick by "
                                                       "typing)."), "hint"))

    def _filter(self, text: str) -> None:
        def visit(node: QTreeWidgetItem) -> bool:
            shown = self.entries[node.data(0, Qt.ItemDataRole.UserRole)].matches(text)
            for i in range(node.childCount()):
                child = node.child(i)
                shown = (child is not None and visit(child)) or shown
            node.setHidden(not shown)
            return shown
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                visit(top)


class CodePicker(QDialog):
    """A small popup: type part of a code's name, arrows to move, Enter to apply, Esc to close."""

    def __init__(self, entries: list[CodeEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("code_picker")
        self.setWindowTitle(translate("coding_picker", "Apply a code"))
        self.entries = entries
        self.choice: str | None = None
        self.line = QLineEdit()
        self.line.setObjectName("code_picker_line")
        self.line.setPlaceholderText(translate("coding_picker", "Type to find a code"))
        self.list = QListWidget()
        self.list.setObjectName("code_picker_list")
        self.line.textChanged.connect(self._fill)
        self.line.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self._accept())
        box = QVBoxLayout(self)
        box.addWidget(self.line)
        box.addWidget(self.list)
        self.resize(420, 360)
        self._fill("")

    def _fill(self, text: str) -> None:
        self.list.clear()
        for entry in self.entries:
            if entry.matches(text):
                item = QListWidgetItem(("    " * entry.depth) + entry.text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(entry.description)
                self.list.addItem(item)
        self.list.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.line and isinstance(event, QKeyEvent) and \
                event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept()
                return True
        return super().eventFilter(watched, event)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.choice = item.data(Qt.ItemDataRole.UserRole)
            self.accept()
