"""The reviewer's decision: approve, or return with comments; appended to the folder's review.json."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.exports.review import ExportFolder, record_decision

from ..i18n import translate
from ..page_parts import label, set_role, user_message

DECISIONS = {"approved": QT_TRANSLATE_NOOP("reviewer", "approved"),
             "returned": QT_TRANSLATE_NOOP("reviewer", "returned")}


def decision_line(d: dict[str, Any]) -> str:
    decision = str(d.get("decision", "?"))
    shown = translate("reviewer", DECISIONS[decision]) if decision in DECISIONS else decision
    text = translate("reviewer", "{at}  {decision} by {reviewer}").format(
        at=d.get("at", "?"), decision=shown.upper(), reviewer=d.get("reviewer", "?"))
    return text + (f": {d['comment']}" if d.get("comment") else "")


class DecisionPane(QWidget):
    """Name, comment and the two buttons; ``recorded`` carries the decision written."""

    recorded = Signal(dict)

    def __init__(self, export: ExportFolder, parent: QWidget | None = None):
        super().__init__(parent)
        self.export = export
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate(
            "reviewer", "Your name as it should appear in the record"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(translate(
            "reviewer", "What the team should change (needed to return the export), or a note with "
                        "an approval"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(120)
        self.approve = QPushButton(translate("reviewer", "&Approve this export"))
        self.approve.setProperty("role", "primary")
        self.send_back = QPushButton(translate("reviewer", "Ret&urn with comments"))
        self.message = label("", "hint")
        self.history = QListWidget()
        self.history.setAccessibleName(translate("reviewer", "Decisions recorded so far"))
        self.history.setWordWrap(True)
        form = QFormLayout()
        name_label = label(translate("reviewer", "Revie&wer's name"), wrap=False)
        name_label.setBuddy(self.name)
        comment_label = label(translate("reviewer", "Co&mments"), wrap=False)
        comment_label.setBuddy(self.comment)
        form.addRow(name_label, self.name)
        form.addRow(comment_label, self.comment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve)
        buttons.addWidget(self.send_back)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(label(translate("reviewer", "The decision is added to review.json in the "
                                                  "export folder with your name and the time. The "
                                                  "data files are never changed."), "hint"))
        box.addLayout(form)
        box.addLayout(buttons)
        box.addWidget(self.message)
        box.addWidget(label(translate("reviewer", "Decisions so far"), "subtitle"))
        box.addWidget(self.history, 1)
        self.approve.clicked.connect(lambda: self.decide("approved"))
        self.send_back.clicked.connect(lambda: self.decide("returned"))
        self.setFocusProxy(self.name)
        self._fill(export.decisions)
        if not export.intact or export.identified:
            self.approve.setEnabled(False)
            self.approve.setToolTip(translate("reviewer", "Only an intact, anonymised export can "
                                                          "be approved."))

    def _fill(self, decisions: list[dict[str, Any]]) -> None:
        self.history.clear()
        self.history.addItems([decision_line(d) for d in decisions]
                              or [translate("reviewer", "None yet.")])

    def decide(self, decision: str) -> None:
        try:
            entry = record_decision(self.export.path, decision, self.name.text(),
                                    self.comment.toPlainText())
        except Exception as exc:  # noqa: BLE001 - any failure becomes a sentence on the page
            self.message.setText(user_message(exc))
            set_role(self.message, "error")
            return
        self.export.decisions.append(entry)
        self._fill(self.export.decisions)
        self.comment.clear()
        self.message.setText(translate("reviewer", "Recorded: {decision} by {reviewer} at {at}.")
                             .format(decision=translate("reviewer", DECISIONS[decision]),
                                     reviewer=entry["reviewer"], at=entry["at"]))
        set_role(self.message, "ok")
        self.recorded.emit(entry)
