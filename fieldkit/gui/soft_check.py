"""The soft-check line: an unusual answer, recorded, waiting for the interviewer to confirm it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from fieldkit.interview.session import InterviewSession

from .i18n import translate
from .interview_pages import button, text_label

CONFIRM_KEYS = "Ctrl+Shift+C"


class SoftCheckBar(QWidget):
    """Shows the soft check's message for the answer in front of the interviewer, with the
    button (and key) that records that the respondent confirmed it. Hidden when there is none."""

    confirm = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("soft_check")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.message = text_label(role="softcheck", name="soft_check_message")
        row.addWidget(self.message, 1)
        # the answer is recorded already ("Recorded at" above); Enter goes on unconfirmed
        self.button = button(translate("soft_check", "Confirmed  {keys}").format(
            keys=CONFIRM_KEYS), "soft_check_confirm")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.setToolTip(translate(
            "soft_check", "The respondent confirmed this answer: keep it as given ({keys}); "
            "Enter goes on without confirming, and the review before finishing lists it").format(
                keys=CONFIRM_KEYS))
        self.button.clicked.connect(self.confirm)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.shown: str | None = None
        self.hide()

    def show_warning(self, warning: str | None) -> None:
        """The message to show (None hides the line); Qt hears only of a change."""
        if warning == self.shown:
            return
        self.shown = warning
        if warning:
            text = warning.strip()
            self.message.setText(f"⚠ {text[:1].upper()}{text[1:]}")
        self.setVisible(bool(warning))


def soft_warning_for(session: InterviewSession,
                     target: tuple[Any, str | None] | None) -> str | None:
    """The soft-check message of ``target`` (an item and a person, or None) as answered now."""
    if target is None or not target[0].soft_constraint:
        return None
    return session.soft_warning(target[0].id, target[1])
