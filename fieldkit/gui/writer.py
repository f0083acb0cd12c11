"""The one writer thread: it owns the open store and runs every store call, in order.

The UI thread never touches the store. It hands the writer a function (which receives
nothing from Qt and may call the store and the interview engine) and gets the result, or
the error, back on the UI thread through a signal, so the window never freezes.
"""

from __future__ import annotations

import itertools
import queue
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QThread):
    finished_job = Signal(int, object, object)  # job id, result, exception

    def __init__(self) -> None:
        super().__init__()
        self.jobs: queue.Queue[tuple[int, Callable[[], Any]] | None] = queue.Queue()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            job_id, fn = job
            try:
                result, error = fn(), None
            except Exception as exc:  # noqa: BLE001 - handed back to the UI thread to show
                result, error = None, exc
            self.finished_job.emit(job_id, result, error)


class Writer(QObject):
    """Runs store work on one background thread; callbacks come back on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None,
                                         Callable[[Exception], None] | None]] = {}
        self._worker = _Worker()
        self._worker.finished_job.connect(self._done)
        self._worker.start()

    def submit(self, fn: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[Exception], None] | None = None, **kwargs: Any) -> int:
        """Queue ``fn(*args, **kwargs)`` on the writer thread; returns a job id."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._worker.jobs.put((job_id, lambda: fn(*args, **kwargs)))
        return job_id

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``fn`` on the writer thread and wait for it (start-up and shutdown only)."""
        box: queue.Queue[tuple[Any, Exception | None]] = queue.Queue()
        self._worker.jobs.put((0, lambda: box.put(_capture(fn, args, kwargs))))
        result, error = box.get()
        if error is not None:
            raise error
        return result

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    @Slot(int, object, object)
    def _done(self, job_id: int, result: Any, error: Exception | None) -> None:
        if job_id == 0:
            return
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        if error is not None:
            if on_error is None:
                raise error
            on_error(error)
        elif on_done is not None:
            on_done(result)

    def stop(self) -> None:
        """Finish queued work, then end the thread (call before closing the store's owner)."""
        self._worker.jobs.put(None)
        self._worker.wait()


def _capture(fn: Callable[..., Any], args: tuple, kwargs: dict) -> tuple[Any, Exception | None]:
    try:
        return fn(*args, **kwargs), None
    except Exception as exc:  # noqa: BLE001 - re-raised in the caller's thread
        return None, exc
