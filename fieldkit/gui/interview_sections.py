"""The interview's map: sections with their progress and the questions asked now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.model import GROUP_TYPES, ItemType

from .i18n import translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT = 44
# an item with a quote or a note says so in the map, so the interviewer finds it again
MARK_ORDER = ("quote", "note")
MARK_SIGNS = {"quote": "❝", "note": "✎"}
MARK_TIPS = {"quote": QT_TRANSLATE_NOOP("interview_sections", "has a quote"),
             "note": QT_TRANSLATE_NOOP("interview_sections", "has a note")}


def shorten(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class SectionTree(QTreeWidget):
    """Sections (answered/asked) and their relevant questions; Enter or a click jumps."""

    jump_requested = Signal(str)

    def __init__(self, session: InterviewSession, parent: QWidget | None = None):
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
        self.marks: dict[str, set[str]] = {}  # item id -> "quote", "note"
        self._shown: dict[int, tuple[Any, ...]] = {}  # what each row shows now
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
        visible = {i.id for i in self.session.positions()}  # cached by the session
        if item_id not in visible and node.childCount():
            children = [node.child(n) for n in range(node.childCount())]
            item_id = next((c.data(0, ID_ROLE) for c in children
                            if c is not None and c.data(0, ID_ROLE) in visible), None)
        if item_id in visible:
            self.jump_requested.emit(item_id)

    def mark(self, item_ids: list[str | None], kind: str) -> None:
        """Items (or a follow-up's question) that now have a quote or a note."""
        parents = self.session.protocol.parent_of
        for item_id in item_ids:
            if item_id is not None:
                self.marks.setdefault(parents.get(item_id, item_id), set()).add(kind)

    def first_visible_of(self, number: int) -> str | None:
        """The first question asked now in section ``number`` (1-based)."""
        sections = self.session.protocol.sections
        if not 1 <= number <= len(sections):
            return None
        visible = {i.id for i in self.session.positions()}
        return next((i.id for i in sections[number - 1].items if i.id in visible), None)

    def refresh(self, current_id: str | None, visible_items: list[Any] | None = None) -> None:
        """Show what is asked now; call after every write (relevance may have changed).

        Only what changed is handed to Qt: a write touches one or two rows, and a full
        re-render per answer showed as a stutter on the UI thread.
        """
        session, content = self.session, self.session.content
        protocol, language = session.protocol, session.language
        if visible_items is None:
            visible_items = session.positions()
        visible = {i.id for i in visible_items}
        for n, section in enumerate(protocol.sections, start=1):
            title = protocol.text(section.title, language)
            asked = [i for i in section.items if i.id in visible and i.takes_answer]
            done = sum(1 for i in asked if (content.people_of(i.id) if i.type in GROUP_TYPES
                                            else content.answer(i.id) is not None))
            key = f"Ctrl+{n}  " if n <= 9 else ""
            self._set(self.sections[section.id],
                      f"{done}/{len(asked)}  {title}" if asked else title,  # never cut off
                      key + translate("interview_sections", "{section}: {n} of {total} answered")
                      .format(section=title, n=done, total=len(asked)),
                      not any(i.id in visible for i in section.items), True)
            for item in section.items:
                shown = item.id in visible
                if not shown:
                    self._set(self.items[item.id], None, None, True, False)
                    continue
                label = session.piped(protocol.text(item.label, language))  # ${x}: the answer
                marks = self.marks.get(item.id, set())
                tip = label + "".join(f"  ({translate('interview_sections', MARK_TIPS[k])})"
                                      for k in MARK_ORDER if k in marks)
                self._set(self.items[item.id], self._leaf_text(item, label), tip, False,
                          item.id == current_id)
        if (current_id in self.items and not self.hasFocus()
                and self.currentItem() is not self.items[current_id]):
            self.setCurrentItem(self.items[current_id])
            self.scrollToItem(self.items[current_id])

    def _leaf_text(self, item: Any, label: str) -> str:
        content = self.session.content
        extra = "".join(MARK_SIGNS[k] for k in MARK_ORDER if k in self.marks.get(item.id, ()))
        extra = f" {extra}" if extra else ""
        if item.type in GROUP_TYPES:  # how many are named, first: the end of a row is cut
            named = len(content.people_of(item.id))
            return f"{'✓' if named else '  '} ({named}) {shorten(label, SHORT - 4)}{extra}"
        answer = content.answer(item.id)
        mark = ("·" if item.type == ItemType.note else
                "✓" if answer is not None and not answer.special else
                "–" if answer is not None else "  ")
        return f"{mark} {shorten(label, SHORT - len(extra))}{extra}"

    def _set(self, node: QTreeWidgetItem, text: str | None, tip: str | None, hidden: bool,
             bold: bool) -> None:
        """Hand Qt only the changes (``None``: leave as it is)."""
        was = self._shown.get(id(node))
        now = (text, tip, hidden, bold)
        if was == now:
            return
        if node.isHidden() != hidden:
            node.setHidden(hidden)
        if text is not None and node.text(0) != text:
            node.setText(0, text)
        if tip is not None and node.toolTip(0) != tip:
            node.setToolTip(0, tip)
        font = node.font(0)
        if font.bold() != bold:
            font.setBold(bold)
            node.setFont(0, font)
        self._shown[id(node)] = now
