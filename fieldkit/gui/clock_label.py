"""The elapsed-time label: mm:ss (h:mm:ss past an hour), always current, never blocking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from fieldkit.timefmt import format_elapsed

from .i18n import translate

TICK_MS = 200  # well under a second, so the shown second never lags behind the clock


class ClockLabel(QLabel):
    """Shows ``elapsed()`` (milliseconds); reads only the in-memory clock, never the store."""

    def __init__(self, elapsed: Callable[[], int], parent: QWidget | None = None):
        super().__init__(parent)
        self._elapsed = elapsed
        self.setObjectName("elapsed_clock")
        self.setProperty("role", "clock")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setToolTip(translate("clock_label", "Time into the interview, pauses excluded"))
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        text = format_elapsed(self._elapsed())
        if text != self.text():
            self.setText(text)
