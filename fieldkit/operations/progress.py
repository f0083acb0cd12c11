"""Progress and cancel as callbacks: what long operations report to, and ask, as they run."""

from __future__ import annotations

from typing import Protocol

from fieldkit.errors import FieldkitError


class Cancelled(FieldkitError):
    """The person asked to stop; nothing the operation would have written was kept."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was written")


class Progress(Protocol):
    """What an operation reports to (the app's job, the command's console)."""

    def report(self, done: int, total: int, text: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class Quiet:
    """Progress that shows nothing and is never cancelled."""

    def report(self, done: int, total: int, text: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


def check(progress: Progress) -> None:
    """Stop cleanly here once the person asked to cancel."""
    if progress.cancelled():
        raise Cancelled()
