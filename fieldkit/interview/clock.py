"""The elapsed clock of an interview: monotonic, pauses excluded, resumable across restarts."""

from __future__ import annotations

import time
from collections.abc import Callable


class ElapsedClock:
    """Milliseconds since the interview began, not counting pauses.

    ``offset_ms`` carries the elapsed time already recorded when an interview is resumed
    (after a pause across sessions, a crash or a restart), so the clock never goes back.
    """

    def __init__(self, offset_ms: int = 0, *, now: Callable[[], float] = time.monotonic,
                 running: bool = True):
        self._now = now
        self._offset = int(offset_ms)
        self._started: float | None = now() if running else None

    @property
    def running(self) -> bool:
        return self._started is not None

    def elapsed_ms(self) -> int:
        if self._started is None:
            return self._offset
        return self._offset + int((self._now() - self._started) * 1000)

    def pause(self) -> int:
        self._offset = self.elapsed_ms()
        self._started = None
        return self._offset

    def resume(self) -> None:
        if self._started is None:
            self._started = self._now()
