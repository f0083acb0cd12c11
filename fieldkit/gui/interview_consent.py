"""The cover's two answers: consent recorded through the engine before any question shows, or the
interview withdrawn when the respondent declines (a part of the interview screen)."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldkit.protocol.model import Protocol

from .i18n import translate
from .interview_pages import CoverPage
from .interview_part import ScreenPart


class ConsentKeys(ScreenPart):
    """Consent given (Enter on the cover) or declined (asked first when it must be kept)."""

    protocol: Protocol
    cover: CoverPage
    closed: SignalInstance

    def refresh(self) -> None:
        raise NotImplementedError  # the screen's own

    def _show_items(self) -> None:
        raise NotImplementedError  # the screen's own

    def consent_given(self) -> None:
        """Record consent through the engine; the questions show once it is on disk."""
        if self.pages.currentWidget() is not self.cover:
            return
        if self.protocol.consent is None or self.session.content.consent is True:
            self._show_items()
            self.refresh()  # off the cover: Quote, Note, Pause and Finish come on
            return
        self._record_consent(True)

    def consent_declined(self) -> None:
        if self.protocol.consent is not None and not self.protocol.consent.required:
            self._record_consent(False)
            return
        answer = QMessageBox.question(  # No by default: a reflex Enter must not destroy it
            cast(QWidget, self), translate("interview_screen", "Respondent declines"),
            translate("interview_screen", "Withdraw this interview? Nothing of it will be kept "
                                          "beyond the fact that it was withdrawn."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.write(self.session.withdraw, on_done=lambda _r: self.closed.emit())

    def _record_consent(self, given: bool) -> None:
        self.cover.setEnabled(False)  # one answer per press, however fast the keys come

        def done(_result: Any) -> None:
            self.cover.setEnabled(True)
            self._show_items()

        def failed(exc: Exception) -> None:
            self.cover.setEnabled(True)
            self.cover.focus_in()
            self.flash(translate("interview_screen", "Consent not saved: {reason}").format(
                reason=exc))

        self.write(self.session.record_consent, given, on_done=done, on_error=failed)
