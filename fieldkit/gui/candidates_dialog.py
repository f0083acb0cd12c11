"""Deciding what the residual scan found in free text: redact or keep, one key each.

An anonymised output is refused while any candidate is undecided; this dialog lists them with
where they occur and the sentence around them (already redacted elsewhere), and takes R
(redact) or K (keep) for the current row, moving to the next. The decisions are kept in the
encrypted store and reused by every later output.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate
from .page_parts import cell, label

COLUMNS = (QT_TRANSLATE_NOOP("candidates_dialog", "Found"),
           QT_TRANSLATE_NOOP("candidates_dialog", "Kind"),
           QT_TRANSLATE_NOOP("candidates_dialog", "Where"),
           QT_TRANSLATE_NOOP("candidates_dialog", "In context"),
           QT_TRANSLATE_NOOP("candidates_dialog", "Decision"))
DECIDE = {Qt.Key.Key_R: "redact", Qt.Key.Key_K: "keep"}


class CandidatesTable(QTableWidget):
    """The candidates, one row each; R and K decide the current row and move down."""

    def __init__(self, candidates: Sequence[Any], parent: QWidget | None = None):
        super().__init__(len(candidates), len(COLUMNS), parent)
        self.candidates = list(candidates)
        self.decisions: dict[str, str] = {c.key: c.decision for c in candidates if c.decision}
        self.setHorizontalHeaderLabels([translate("candidates_dialog", c) for c in COLUMNS])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        # Narrow, wrapped columns so the sentence around the word is always in sight.
        for column, width in ((0, 170), (1, 150), (2, 170), (4, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, c in enumerate(self.candidates):
            for column, text in enumerate((c.text, c.kind, c.where, c.context, "")):
                self.setItem(row, column, QTableWidgetItem(text))
            self._show(row)
        self.resizeRowsToContents()
        if self.candidates:
            self.setCurrentCell(0, 0)

    def _show(self, row: int) -> None:
        decision = self.decisions.get(self.candidates[row].key, "")
        shown = {"redact": translate("candidates_dialog", "Redact"),
                 "keep": translate("candidates_dialog", "Keep")}
        cell(self, row, 4).setText(shown.get(decision, "—"))

    def decide(self, row: int, decision: str) -> None:
        self.decisions[self.candidates[row].key] = decision
        self._show(row)

    def undecided(self) -> int:
        return sum(1 for c in self.candidates if c.key not in self.decisions)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        decision = DECIDE.get(Qt.Key(event.key()))
        row = self.currentRow()
        if decision and row >= 0 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.decide(row, decision)
            if row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, self.currentColumn())
            self.parent_changed()
            return
        super().keyPressEvent(event)

    def parent_changed(self) -> None:
        dialog = self.window()
        if isinstance(dialog, CandidatesDialog):
            dialog.refresh()


class CandidatesDialog(QDialog):
    """The candidates of one refused output; Save keeps the decisions taken so far."""

    def __init__(self, candidates: Sequence[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("candidates_dialog", "Decide what the scan found"))
        self.table = CandidatesTable(candidates, self)
        self.status = label("", "hint")
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(translate("candidates_dialog", "&Save decisions"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.redact_rest = QPushButton(translate("candidates_dialog", "Redact &all undecided"))
        self.buttons.addButton(self.redact_rest, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save.setDefault(False)
        self.save.setAutoDefault(False)
        self.redact_rest.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.redact_rest.clicked.connect(self._redact_rest)
        box = QVBoxLayout(self)
        box.addWidget(label(translate(
            "candidates_dialog", "These words in the open answers may name someone. Decide each "
                                 "one: R to redact it wherever it occurs, K to keep it. The "
                                 "decisions are kept in the encrypted store and used for every "
                                 "later output."), "hint"))
        box.addWidget(self.table, 1)
        box.addWidget(self.status)
        box.addWidget(self.buttons)
        self.resize(960, 560)
        self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.table.setFocus()  # R and K work at once, with no click first

    def _redact_rest(self) -> None:
        for row, c in enumerate(self.table.candidates):
            if c.key not in self.table.decisions:
                self.table.decide(row, "redact")
        self.refresh()

    def refresh(self) -> None:
        left = self.table.undecided()
        self.status.setText(
            translate("candidates_dialog", "{n} still to decide.").format(n=left) if left else
            translate("candidates_dialog", "All decided: save, then write the output again."))

    def decisions(self) -> list[dict[str, str]]:
        """What to keep in the store: ``{key, text, kind, decision}`` per decided candidate."""
        return [{"key": c.key, "text": c.text, "kind": c.kind,
                 "decision": self.table.decisions[c.key]}
                for c in self.table.candidates if c.key in self.table.decisions]
