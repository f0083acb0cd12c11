"""The interview's map: sections with their progress and the questions asked now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from fieldkit.protocol.model import GROUP_TYPES, ItemType

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT = 44


def shorten(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class SectionTree(QTreeWidget):
    """Sections (answered/asked) and their relevant questions; Enter or a click jumps."""

    jump_requested = Signal(str)

    def __init__(self, session: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("section_list")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIndentation(14)
        self.sections: dict[str, QTreeWidgetItem] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        for section in session.protocol.sections:
            node = QTreeWidgetItem(self)
            node.setData(0, ID_ROLE, section.items[0].id)
            bold = QFont(node.font(0))
            bold.setBold(True)
            node.setFont(0, bold)
            self.sections[section.id] = node
            for item in section.items:
                leaf = QTreeWidgetItem(node)
                leaf.setData(0, ID_ROLE, item.id)
                self.items[item.id] = leaf
        self.expandAll()
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def _activated(self, node: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = node.data(0, ID_ROLE)
        visible = {i.id for i in self.session.positions()}
        if item_id not in visible and node.childCount():
            item_id = next((node.child(n).data(0, ID_ROLE) for n in range(node.childCount())
                            if node.child(n).data(0, ID_ROLE) in visible), None)
        if item_id in visible:
            self.jump_requested.emit(item_id)

    def first_visible_of(self, number: int) -> str | None:
        """The first question asked now in section ``number`` (1-based)."""
        sections = self.session.protocol.sections
        if not 1 <= number <= len(sections):
            return None
        visible = {i.id for i in self.session.positions()}
        return next((i.id for i in sections[number - 1].items if i.id in visible), None)

    def refresh(self, current_id: str | None, visible_items: list[Any] | None = None) -> None:
        """Show what is asked now; call after every write (relevance may have changed)."""
        session, content = self.session, self.session.content
        protocol, language = session.protocol, session.language
        if visible_items is None:
            visible_items = session.positions()
        visible = {i.id for i in visible_items}
        progress = {}
        for section in protocol.sections:  # the engine's section_progress, from one sweep
            asked = [i for i in section.items if i.id in visible and i.takes_answer]
            done = sum(1 for i in asked if (content.people_of(i.id) if i.type in GROUP_TYPES
                                            else content.answer(i.id) is not None))
            progress[section.id] = (protocol.text(section.title, language), done, len(asked))
        for n, section in enumerate(protocol.sections, start=1):
            node = self.sections[section.id]
            title, done, asked = progress[section.id]
            shown = [i for i in section.items if i.id in visible]
            key = f"Ctrl+{n}  " if n <= 9 else ""
            node.setText(0, f"{title}   {done}/{asked}" if asked else title)
            node.setToolTip(0, f"{key}{title}: {done} of {asked} answered")
            node.setHidden(not shown)
            for item in section.items:
                leaf = self.items[item.id]
                leaf.setHidden(item.id not in visible)
                if item.id not in visible:
                    continue
                label = protocol.text(item.label, language)
                if item.type in GROUP_TYPES:
                    mark = f"{len(content.people_of(item.id))} named"
                    leaf.setText(0, f"{shorten(label, SHORT - 8)}  ({mark})")
                else:
                    answer = content.answer(item.id)
                    mark = ("·" if item.type == ItemType.note else
                            "✓" if answer is not None and not answer.special else
                            "–" if answer is not None else "  ")
                    leaf.setText(0, f"{mark} {shorten(label)}")
                leaf.setToolTip(0, label)
                font = leaf.font(0)
                font.setBold(item.id == current_id)
                leaf.setFont(0, font)
        if (current_id in self.items and not self.hasFocus()
                and self.currentItem() is not self.items[current_id]):
            self.setCurrentItem(self.items[current_id])
            self.scrollToItem(self.items[current_id])
