"""The interview's overview: every section and question with the answer it has now.

As ODK Collect's hierarchy and CSPro's case tree: the number, the choice, the first words of a
text, "Refused", the people named and their follow-ups; questions not asked now are greyed;
quotes, notes and unconfirmed unusual answers are marked. Arrows move, Enter goes to the
question, Esc goes back. Rows are made once; a refresh hands Qt only the rows that changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.interview.session import InterviewSession
from fieldkit.interview.values import value_text
from fieldkit.protocol.model import GROUP_TYPES, Item, ItemType

from .i18n import translate
from .interview_pages import text_label
from .interview_sections import MARK_ORDER, MARK_SIGNS, shorten

OVERVIEW_KEYS = "Ctrl+O"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
GREY = QBrush(QColor("#8a9099"))
WARN = QBrush(QColor("#8a5a00"))
PLAIN = None  # the palette's own text colour
SPECIAL_WORDS = {"refused": QT_TRANSLATE_NOOP("interview_overview", "Refused"),
                 "dont_know": QT_TRANSLATE_NOOP("interview_overview", "Don't know"),
                 "not_applicable": QT_TRANSLATE_NOOP("interview_overview", "Not applicable")}
ANSWER_CHARS = 60
NAMES_SHOWN = 3


def answer_summary(session: InterviewSession, item: Item) -> str:
    """What ``item`` holds now, in a few words ("" when nothing)."""
    content, protocol, language = session.content, session.protocol, session.language
    if item.type in GROUP_TYPES:
        people = content.people_of(item.id)
        if not people:
            return ""
        names = [session.person_label(p) for p in people]
        shown = ", ".join(names[:NAMES_SHOWN]) + (f" +{len(names) - NAMES_SHOWN}"
                                                   if len(names) > NAMES_SHOWN else "")
        view = session.view()
        asked = answered = 0
        for person in people:
            for child in item.items:
                if view.is_relevant(child, person.instance_id):
                    asked += 1
                    answered += content.answer(child.id, person.instance_id) is not None
        follow = translate("interview_overview", " · follow-ups {n}/{total}").format(
            n=answered, total=asked) if asked else ""
        return translate("interview_overview", "{n} named: {names}").format(
            n=len(people), names=shown) + follow
    answer = content.answer(item.id)
    if answer is None:
        return ""
    if answer.special:
        word = SPECIAL_WORDS.get(answer.special)
        return translate("interview_overview", word) if word else answer.special
    text = value_text(protocol, item, answer.value, language)
    if item.units and item.type in (ItemType.integer, ItemType.decimal):
        text = f"{text} {item.units}"
    return shorten(text, ANSWER_CHARS)


class OverviewPage(QWidget):
    """The overview page; ``go_to`` an item id (Enter), ``back`` (Esc) to where it was opened."""

    go_to = Signal(str)
    back = Signal()

    def __init__(self, session: InterviewSession, marks: dict[str, set[str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.marks = marks  # item id -> "quote", "note" (the question map's, shared)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 6, 6, 0)
        box.addWidget(text_label(translate(
            "interview_overview", "Overview of the answers"), role="title"))
        self.summary = text_label(role="hint", name="overview_summary")
        box.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("overview_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([translate("interview_overview", "Question"),
                                   translate("interview_overview", "Answer"), ""])
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(16)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.tree, 1)
        self.tree.itemActivated.connect(self._activated)
        self.rows: dict[str, QTreeWidgetItem] = {}
        self.heads: dict[str, QTreeWidgetItem] = {}
        self._shown: dict[str, tuple[Any, ...]] = {}
        self._build()

    def _build(self) -> None:
        protocol = self.session.protocol
        for section in protocol.sections:
            head = QTreeWidgetItem(self.tree)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: arrows pass over it
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            self.heads[section.id] = head
            for item in section.items:
                row = QTreeWidgetItem(head)
                row.setData(0, ID_ROLE, item.id)
                self.rows[item.id] = row
        self.tree.expandAll()

    def refresh(self, visible_items: list[Any] | None = None) -> None:
        """Show the answers as they stand; only rows whose text or look changed are touched."""
        s, protocol, language = self.session, self.session.protocol, self.session.language
        if visible_items is None:
            visible_items = s.positions()
        visible = {i.id for i in visible_items}
        totals = [0, 0, 0]  # answered, asked, unusual
        for section in protocol.sections:
            title = protocol.text(section.title, language)
            asked = [i for i in section.items if i.id in visible and i.takes_answer]
            answered = 0
            for item in section.items:
                summary = answer_summary(s, item) if item.id in visible else ""
                answered += bool(summary) and item.takes_answer
                totals[2] += self._show_item(item, item.id in visible, summary)
            totals[0] += answered
            totals[1] += len(asked)
            self._set(section.id, self.heads[section.id],
                      (f"{title}  ({answered}/{len(asked)})", "", ""), PLAIN, False)
        unusual = ("" if not totals[2] else translate(
            "interview_overview", "; 1 unusual answer not confirmed (⚠)") if totals[2] == 1
            else translate("interview_overview", "; {n} unusual answers not confirmed (⚠)")
            .format(n=totals[2]))
        self.summary.setText(translate(
            "interview_overview", "{n} of {total} questions asked have an answer{unusual}. Arrows "
                                  "move, Enter goes to the question, Esc goes back; greyed: not "
                                  "asked now.").format(n=totals[0], total=totals[1],
                                                       unusual=unusual))

    def _show_item(self, item: Item, asked: bool, summary: str) -> bool:
        s, protocol = self.session, self.session.protocol
        label = shorten(protocol.text(item.label, s.language) or item.id, 90)
        marks = "".join(MARK_SIGNS[k] for k in MARK_ORDER if k in self.marks.get(item.id, ()))
        warned = asked and self._unconfirmed(item)
        if warned:
            marks += "⚠"
        brush: QBrush | None
        if item.type == ItemType.note:
            answer, brush = "", GREY
        elif not asked:
            answer, brush = translate("interview_overview", "not asked"), GREY
        elif not summary:
            answer = translate("interview_overview", "— required") if item.required else "—"
            brush = WARN if item.required else GREY
        else:
            answer, brush = summary, (WARN if warned else PLAIN)
        self._set(item.id, self.rows[item.id], (label, answer, marks), brush,
                  not asked or item.type == ItemType.note)
        return warned

    def _unconfirmed(self, item: Item) -> bool:
        s = self.session
        if item.type in GROUP_TYPES:
            return any(c.soft_constraint and s.soft_warning(c.id, p.instance_id)
                       for p in s.content.people_of(item.id) for c in item.items)
        return bool(item.soft_constraint and s.soft_warning(item.id))

    def _set(self, key: str, row: QTreeWidgetItem, texts: tuple[str, str, str],
             brush: QBrush | None, grey: bool) -> None:
        now = (texts, brush.color().name() if brush is not None else "", grey)
        if self._shown.get(key) == now:
            return
        self._shown[key] = now
        for column, text in enumerate(texts):
            if row.text(column) != text:
                row.setText(column, text)
        colour = Qt.ItemDataRole.ForegroundRole
        row.setData(0, colour, GREY if grey else PLAIN)
        row.setData(1, colour, brush)
        row.setData(2, colour, WARN)
        if texts[1]:
            row.setToolTip(1, texts[1])

    def open_at(self, item_id: str | None) -> None:
        """Focus the overview on ``item_id``'s row (the question being asked)."""
        row = self.rows.get(self.session.protocol.parent_of.get(item_id or "", item_id or ""))
        if row is not None:
            self.tree.setCurrentItem(row, 1)
            self.tree.scrollToItem(row, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_in(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = row.data(0, ID_ROLE)
        if item_id and item_id in {i.id for i in self.session.positions()}:
            self.go_to.emit(item_id)
        elif item_id:
            self.summary.setText(translate(
                "interview_overview", "That question is not asked now (the answers before it skip "
                                      "it). Choose another, or Esc to go back."))
