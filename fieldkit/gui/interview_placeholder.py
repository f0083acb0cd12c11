"""A stand-in for the interview screen: shows the current question until the real one is there."""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .i18n import translate
from .page_parts import label
from .writer import Writer


class PlaceholderInterviewScreen(QWidget):
    """Same contract as ``InterviewScreen``: ``closed``, ``save_for_lock()``, ``pause_for_lock()``."""

    closed = Signal()

    def __init__(self, writer: Writer, session: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer = writer
        self.session = session
        protocol = session.protocol
        item = session.current
        self.question = label(protocol.text(item.label, session.language) or item.id, "title")
        back = QPushButton(translate("interview_placeholder", "&Back to home"))
        back.clicked.connect(self._close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        box = QVBoxLayout(self)
        box.addWidget(label(protocol.text(protocol.title, session.language), "subtitle"))
        box.addWidget(self.question)
        box.addWidget(label(translate(
            "interview_placeholder", "The interview screen is not installed in this build."),
            "hint"))
        box.addStretch(1)
        box.addLayout(row)

    def save_for_lock(self) -> None:
        pass  # nothing is typed here, and the clock runs on under the lock

    def pause_for_lock(self) -> None:
        self.writer.submit(self.session.pause)

    def _close(self) -> None:
        self.writer.submit(self.session.pause)
        self.closed.emit()


def interview_screen_class() -> type:
    """The real interview screen if this build has it, else the placeholder."""
    # Only a missing module falls back: an error inside the real screen must show, not hide.
    if importlib.util.find_spec(f"{__package__}.interview_screen") is None:
        return PlaceholderInterviewScreen
    from .interview_screen import InterviewScreen

    return InterviewScreen
