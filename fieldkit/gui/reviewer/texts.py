"""The redacted texts with their placeholders highlighted, one colour per kind, and a filter."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate
from ..page_parts import label
from ..style import MUTED

# Soft backgrounds under dark text: every pair keeps a contrast ratio above 7:1.
KIND_COLOURS = {
    "PERSON": "#f7d4d2", "DELEGATION": "#fbe0b3", "COUNTRY": "#d3ead1", "CITY": "#cde6ee",
    "ORGANISATION": "#e2d6f1", "EMAIL": "#f3d7ea", "PHONE": "#e8e2c4", "URL": "#d6e0f4",
}
OTHER_COLOUR = "#e4e4e4"
KIND_PROPERTY = QTextFormat.Property.UserProperty + 1  # the placeholder's kind, for tests
ALL_KINDS = QT_TRANSLATE_NOOP("reviewer", "All kinds")


def placeholder_kind(placeholder: str) -> str:
    """``[PERSON-7]`` -> ``PERSON``; ``[COUNTRY]`` -> ``COUNTRY``."""
    m = re.fullmatch(r"\[([A-Z]+)(?:-\d+)?\]", placeholder.strip())
    return m.group(1) if m else "OTHER"


def heading(entry: dict[str, Any]) -> str:
    number = entry.get("number")
    where = (translate("reviewer", "Interview {number}").format(number=number)
             if number is not None else translate("reviewer", "No interview number"))
    parts = [where, f"{entry.get('table')}.{entry.get('column')}"]
    if entry.get("item_id"):
        parts.append(translate("reviewer", "item {id}").format(id=entry["item_id"]))
    return " · ".join(parts)


class RedactedTexts(QWidget):
    """Every redacted text under a heading; a search box and a kind filter narrow the list."""

    def __init__(self, texts: list[dict[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.texts = [t for t in texts if isinstance(t, dict) and isinstance(t.get("text"), str)]
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
            "reviewer", "Find in the texts, or an interview number"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("reviewer", "Filter the redacted texts"))
        kinds = sorted({placeholder_kind(str(s[2])) for t in self.texts for s in t.get("spans", [])
                        if len(s) == 3})
        self.kind = QComboBox()
        self.kind.addItems([translate("reviewer", ALL_KINDS), *kinds])
        self.kind.setAccessibleName(translate("reviewer", "Only texts with this kind of "
                                                          "placeholder"))
        self.view = QTextEdit()
        self.view.setReadOnly(True)
        self.view.setAccessibleName(translate("reviewer", "Redacted texts"))
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.count = label("", "hint", wrap=False)
        find = label(translate("reviewer", "&Find:"), wrap=False)
        find.setBuddy(self.search)
        kind_label = label(translate("reviewer", "&Kind:"), wrap=False)
        kind_label.setBuddy(self.kind)
        top = QHBoxLayout()
        top.addWidget(find)
        top.addWidget(self.search, 1)
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addWidget(self.count)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.addLayout(top)
        box.addWidget(self._legend(kinds))
        box.addWidget(self.view, 1)
        self.search.textChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _legend(self, kinds: list[str]) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label(translate("reviewer", "Placeholders:"), "hint", wrap=False))
        for kind in kinds or [translate("reviewer", "none in these texts")]:
            chip = QLabel(kind)
            colour = KIND_COLOURS.get(kind, OTHER_COLOUR) if kinds else "transparent"
            chip.setStyleSheet(f"background: {colour}; border-radius: 3px; padding: 1px 6px;")
            row.addWidget(chip)
        row.addStretch(1)
        return holder

    def shown(self) -> list[dict[str, Any]]:
        """The texts the filters let through, in order."""
        needle = self.search.text().strip().lower()
        kind = self.kind.currentText()
        out = []
        every_kind = translate("reviewer", ALL_KINDS)
        for entry in self.texts:
            spans = entry.get("spans", [])
            if kind != every_kind and not any(placeholder_kind(str(s[2])) == kind for s in spans):
                continue
            if needle and needle not in entry["text"].lower() \
                    and needle not in heading(entry).lower() and needle != str(entry.get("number")):
                continue
            out.append(entry)
        return out

    def set_filter(self, text: str) -> None:
        self.kind.setCurrentIndex(0)
        self.search.setText(text)

    def refresh(self) -> None:
        shown = self.shown()
        self.count.setText(translate("reviewer", "{n} of {total}").format(
            n=len(shown), total=len(self.texts)))
        doc = self.view.document()
        doc.clear()
        cursor = QTextCursor(doc)
        head = QTextCharFormat()
        head.setFontWeight(QFont.Weight.Bold)
        head.setForeground(QColor(MUTED))
        plain = QTextCharFormat()
        for i, entry in enumerate(shown):
            if i:
                cursor.insertBlock()
                cursor.insertBlock()
            cursor.insertText(heading(entry), head)
            cursor.insertBlock()
            self._insert(cursor, entry, plain)
        if not shown:
            cursor.insertText(translate("reviewer", "No redacted text matches the filter.")
                              if self.texts
                              else translate("reviewer", "This export has no redacted texts."),
                              head)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    @staticmethod
    def _insert(cursor: QTextCursor, entry: dict[str, Any], plain: QTextCharFormat) -> None:
        text, pos = entry["text"], 0
        spans = sorted((int(s[0]), int(s[1]), str(s[2])) for s in entry.get("spans", [])
                       if len(s) == 3)
        for start, end, placeholder in spans:
            if start < pos or end > len(text):
                continue  # a span that does not fit the text is shown as plain text
            cursor.insertText(text[pos:start], plain)
            kind = placeholder_kind(placeholder)
            mark = QTextCharFormat()
            mark.setBackground(QColor(KIND_COLOURS.get(kind, OTHER_COLOUR)))
            mark.setFontWeight(QFont.Weight.DemiBold)
            mark.setProperty(KIND_PROPERTY, kind)
            mark.setToolTip(translate("reviewer", "{kind} placeholder").format(kind=kind.title()))
            cursor.insertText(text[start:end], mark)
            pos = end
        cursor.insertText(text[pos:], plain)

    def highlighted(self) -> list[tuple[str, str, str]]:
        """(text, kind, background colour) of every highlighted run in the view."""
        out = []
        block = self.view.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.hasProperty(KIND_PROPERTY):
                    out.append((frag.text(), str(fmt.property(KIND_PROPERTY)),
                                fmt.background().color().name()))
                it += 1
            block = block.next()
        return out
