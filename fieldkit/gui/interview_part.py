"""What a part of the interview screen may use of the screen it is mixed into."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QStackedWidget

from fieldkit.interview.session import InterviewSession


class ScreenPart:
    """The screen's session, its page stack, and its writer and message line."""

    session: InterviewSession
    pages: QStackedWidget

    def write(self, fn: Callable[..., Any], *args: Any,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception], None] | None = None) -> int:
        raise NotImplementedError  # the interview screen's own

    def flash(self, text: str) -> None:
        raise NotImplementedError  # the interview screen's own
