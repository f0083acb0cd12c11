"""The pages around the questions: the cover and consent, the review before finishing, the end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.timefmt import format_elapsed

from .i18n import translate


def text_label(text: str = "", role: str | None = None, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


def button(text: str, name: str, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setAutoDefault(True)  # Enter presses the focused button
    if primary:
        widget.setProperty("role", "primary")
    return widget


class CoverPage(QWidget):
    """What is read aloud before the first question: the cover description, then consent.

    With a consent block, the interview cannot go on until consent is given (Enter or Y).
    """

    begin = Signal()
    declined = Signal()

    def __init__(self, protocol: Any, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.protocol = protocol
        outer = QVBoxLayout(self)  # top-down: each widget styled once, under its parent
        scroll = QScrollArea(self)
        outer.addWidget(scroll, 1)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        box = QVBoxLayout(body)
        box.setSpacing(12)
        self.title = text_label(role="title")
        self.cover_head = text_label(role="subtitle")
        self.cover = text_label(role="readaloud", name="cover_text")
        self.consent_head = text_label(role="subtitle")
        self.consent = text_label(role="readaloud", name="consent_text")
        for widget in (self.title, self.cover_head, self.cover, self.consent_head, self.consent):
            box.addWidget(widget)
        box.addStretch(1)
        row = QHBoxLayout()
        outer.addLayout(row)
        self.yes = button("", "consent_given", primary=True)
        self.no = button("", "consent_declined")
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        self.yes.clicked.connect(self.begin)
        self.no.clicked.connect(self.declined)
        QShortcut(QKeySequence("Y"), self, self.begin.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.no.setVisible(protocol.consent is not None)
        self.retranslate(language)

    def retranslate(self, language: str) -> None:
        p = self.protocol
        self.title.setText(p.text(p.title, language))
        self.cover_head.setText(translate("interview_pages", "Read aloud to the respondent"))
        self.cover.setText(p.text(p.cover, language))
        has_consent = p.consent is not None
        self.consent_head.setVisible(has_consent)
        self.consent.setVisible(has_consent)
        if has_consent:
            self.consent_head.setText(translate(
                "interview_pages", "Consent (read aloud, then ask)"))
            self.consent.setText(p.text(p.consent.text, language))
            self.yes.setText(translate("interview_pages", "Consent given: begin  (Enter)"))
            self.no.setText(translate("interview_pages", "Respondent declines"))
        else:
            self.yes.setText(translate("interview_pages", "Begin the interview  (Enter)"))

    def focus_in(self) -> None:
        self.yes.setFocus()


KINDS = [("required", QT_TRANSLATE_NOOP("interview_pages", "Required, no answer")),
         ("soft", QT_TRANSLATE_NOOP("interview_pages", "Unusual answers not confirmed")),
         ("special", QT_TRANSLATE_NOOP("interview_pages", "Refused, don't know or not applicable")),
         ("skipped", QT_TRANSLATE_NOOP("interview_pages", "Skipped (optional)")),
         ("followup", QT_TRANSLATE_NOOP("interview_pages", "Follow-ups not answered (optional)"))]
SPECIAL_NAMES = {"refused": QT_TRANSLATE_NOOP("interview_pages", "Refused"),
                 "dont_know": QT_TRANSLATE_NOOP("interview_pages", "Don't know"),
                 "not_applicable": QT_TRANSLATE_NOOP("interview_pages", "Not applicable")}
# what is counted: its words for one and for any other number
COUNTED = (("required", QT_TRANSLATE_NOOP("interview_pages", "1 required answer missing"),
            QT_TRANSLATE_NOOP("interview_pages", "{n} required answers missing")),
           ("soft", QT_TRANSLATE_NOOP("interview_pages", "1 unusual answer not confirmed"),
            QT_TRANSLATE_NOOP("interview_pages", "{n} unusual answers not confirmed")),
           ("special", QT_TRANSLATE_NOOP("interview_pages", "1 special answer"),
            QT_TRANSLATE_NOOP("interview_pages", "{n} special answers")),
           ("skipped", QT_TRANSLATE_NOOP("interview_pages", "{n} skipped"),
            QT_TRANSLATE_NOOP("interview_pages", "{n} skipped")),
           ("followup", QT_TRANSLATE_NOOP("interview_pages", "1 follow-up not answered"),
            QT_TRANSLATE_NOOP("interview_pages", "{n} follow-ups not answered")))


class ReviewPage(QWidget):
    """Before finishing: what is missing, refused or skipped (Enter on one goes there); finish
    (never the default button, and only after a confirmation) or go back."""

    go_to = Signal(str)
    finish = Signal(bool)  # force
    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        box = QVBoxLayout(self)
        self.title = text_label(translate("interview_pages", "Before finishing"), role="title")
        self.summary = text_label(name="review_summary")
        self.list = QListWidget()
        self.list.setObjectName("missing_list")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.required = 0
        # never focused first, and it asks before anything happens: a reflex Enter on the
        # review opens the entry under the cursor, not the end of the interview
        self.finish_button = button("", "finish_interview", primary=True)
        self.finish_button.clicked.connect(self._finish_clicked)
        self.back_button = button(translate(
            "interview_pages", "Back to the interview  (Esc)"), "review_back")
        self.back_button.clicked.connect(self.back)
        # a test puts an answer here instead of the dialog
        self.confirm: Any = self._confirm
        box.addWidget(self.title)
        box.addWidget(self.summary)
        box.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        box.addLayout(row)

    def _activated(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if item_id:
            self.go_to.emit(item_id)

    def show_missing(self, entries: list[Any]) -> None:
        """List ``entries`` (``Missing``, by ``kind``) under a heading for each kind."""
        self.list.clear()
        counts = {}
        for kind, heading in KINDS:
            mine = [m for m in entries if getattr(m, "kind", "required") == kind]
            counts[kind] = len(mine)
            if not mine:
                continue
            head = QListWidgetItem(f"{translate('interview_pages', heading)}: {len(mine)}")
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.list.addItem(head)
            for m in mine:
                text = f"{m.label}  —  {m.person}" if m.person else m.label
                if m.detail:
                    name = SPECIAL_NAMES.get(m.detail)
                    text += f"  ({translate('interview_pages', name) if name else m.detail})"
                entry = QListWidgetItem(f"    {text}")
                entry.setData(Qt.ItemDataRole.UserRole, m.item_id)
                self.list.addItem(entry)
        self.required = counts["required"]
        parts = [translate("interview_pages", one if counts[k] == 1 else many).format(n=counts[k])
                 for k, one, many in COUNTED if counts[k]]
        if parts:
            self.summary.setText(translate("interview_pages", "{counts}. Enter on one goes there.")
                                 .format(counts=", ".join(parts)))
        else:
            self.summary.setText(translate(
                "interview_pages", "Every question asked has an answer."))
        self.finish_button.setText(translate("interview_pages", "Finish anyway ({n} missing)…")
                                   .format(n=self.required) if self.required else translate(
                                       "interview_pages", "Finish the interview…"))
        first = next((n for n in range(self.list.count())
                      if self.list.item(n).flags() & Qt.ItemFlag.ItemIsEnabled), -1)
        self.list.setCurrentRow(first)
        self.list.setVisible(self.list.count() > 0)

    def _confirm(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("interview_pages", "Finish the interview"),
                          translate("interview_pages", "Finish this interview now? A finished "
                                                       "interview is closed: it is sealed for the "
                                                       "project lead and can no longer be changed "
                                                       "on this computer."), parent=self)
        if self.required:
            box.setInformativeText(
                translate("interview_pages", "1 required answer is still missing.")
                if self.required == 1 else translate(
                    "interview_pages", "{n} required answers are still missing.").format(
                        n=self.required))
        yes = box.addButton(translate("interview_pages", "&Finish"),
                            QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(translate("interview_pages", "&Not yet"),
                           QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)  # a reflex Enter keeps the interview open
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _finish_clicked(self) -> None:
        confirmed = self.confirm()
        self.window().activateWindow()  # keys come back here once the question closes
        if confirmed:
            self.finish.emit(self.required > 0)
        else:
            self.focus_in()

    def focus_in(self) -> None:
        (self.list if self.list.count() else self.back_button).setFocus()


class ResultPage(QWidget):
    """After finishing: how long it took and whether it was sealed; Enter goes home."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        box = QVBoxLayout(self)
        self.title = text_label(translate("interview_pages", "Interview finished"), role="title")
        self.message = text_label(name="finish_message")
        self.home = button(translate("interview_pages", "Back to home  (Enter)"),
                           "finished_home", primary=True)
        self.home.clicked.connect(self.done)
        box.addWidget(self.title)
        box.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.home)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)

    def show_result(self, result: Any, elapsed_ms: int) -> None:
        lines = [translate("interview_pages", "Completed after {time}.").format(
            time=format_elapsed(elapsed_ms))]
        if result.missing:
            lines.append(translate("interview_pages", "Finished with 1 required answer "
                                                      "missing.") if len(result.missing) == 1
                         else translate("interview_pages", "Finished with {n} required answers "
                                                           "missing.").format(
                                                               n=len(result.missing)))
        if result.sealed:
            lines.append(translate("interview_pages", "Sealed for the project lead: nothing of it "
                                                      "stays readable on this computer."))
        else:
            lines.append(translate("interview_pages", "Not sealed: it stays in this store, "
                                                      "encrypted, until it is sealed for the "
                                                      "project lead."))
        self.message.setText("\n".join(lines))

    def focus_in(self) -> None:
        self.home.setFocus()
