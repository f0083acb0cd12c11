"""Marking a name during the interview: the interviewer selects it and presses Ctrl+M.

The name becomes a ``mark_name`` event through the writer, like any answer, and every
anonymised output then redacts it wherever it occurs (a nickname, a name in another script,
someone mentioned in passing: what no list of names can know).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from .i18n import translate

MARK_NAME_KEYS = "Ctrl+M"


def selected_text(widget: QWidget | None) -> str:
    """The text selected in a line or text field (an empty string for anything else)."""
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textCursor().selectedText().replace("\u2029", " ")
    return ""


def mark_selected_name(screen: Any) -> None:
    """Record the selection of the focused field on ``screen`` as a person's name."""
    widget = QApplication.focusWidget()
    if widget is None or not screen.isAncestorOf(widget):
        return
    name = " ".join(selected_text(widget).split())
    if not name:
        screen.flash(translate("name_marking", "Select the name first, then press {keys}.")
                     .format(keys=MARK_NAME_KEYS))
        return
    screen.write(screen.session.mark_name, name,
                 on_done=lambda _r: screen.flash(
                     translate("name_marking", "Marked “{name}” as a name: every anonymised "
                               "output redacts it.").format(name=name)),
                 on_error=lambda exc: screen.flash(
                     translate("name_marking", "Not marked: {reason}.").format(reason=exc)))
