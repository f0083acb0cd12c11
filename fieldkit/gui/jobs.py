"""Long work off the UI thread: a cancellable job, its progress by signal, and a panel to show it.

A job has up to two steps: ``on_store(job)`` runs on the writer thread (the only one that may
touch the store) and ``then(job, value)`` runs on a thread of its own (PDFs, export files),
so the writer stays free for other store work while files are being written. Both steps call
``job.report(done, total, text)``, which emits a signal delivered queued to the UI thread, and
``job.check()``, which ends the job cleanly once Cancel was pressed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from fieldkit.errors import FieldkitError

from .i18n import translate
from .page_parts import label, set_role, user_message
from .writer import Writer


class JobCancelled(FieldkitError):
    """The person pressed Cancel; what the job would have written was not kept."""

    def __init__(self) -> None:
        super().__init__(translate("jobs", "cancelled; nothing was written"))


def _is_cancel(exc: BaseException) -> bool:
    # The report builders raise their own ReportCancelled; any error named so counts.
    return isinstance(exc, JobCancelled) or type(exc).__name__.endswith("Cancelled")


class Job(QObject):
    """One piece of long work; its signals arrive on the UI thread whatever thread emits them."""

    progress = Signal(int, int, str)  # done, total (0: unknown), what is being done
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    was_cancelled = Signal()
    _side_done = Signal(object, object)  # from the side thread: result, exception

    def __init__(self, title: str, parent: QObject | None = None):
        super().__init__(parent)
        self.title = title
        self._cancel = threading.Event()
        self.running = False
        self._thread: threading.Thread | None = None
        self._side_done.connect(self._finish)

    # ---- called from the work, on any thread ------------------------------------------------
    def report(self, done: int, total: int, text: str = "") -> None:
        self.progress.emit(int(done), int(total), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled()

    # ---- called from the UI thread ----------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def start(self, writer: Writer, on_store: Callable[[Job], Any],
              then: Callable[[Job, Any], Any] | None = None) -> None:
        """Run ``on_store`` on the writer, then ``then`` (if given) on a thread of its own."""
        self.running = True

        def stored(value: Any) -> None:
            if then is None:
                self._finish(value, None)
                return
            self._thread = threading.Thread(target=self._run_then, args=(then, value),
                                            name=f"fieldkit-job-{self.title}", daemon=True)
            self._thread.start()

        writer.submit(on_store, self, on_done=stored, on_error=lambda exc: self._finish(None, exc))

    def _run_then(self, then: Callable[[Job, Any], Any], value: Any) -> None:
        try:
            result, error = then(self, value), None
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread to show
            result, error = None, exc
        self._side_done.emit(result, error)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        if error is not None and _is_cancel(error):
            self.was_cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        elif self._cancel.is_set() and result is None:
            self.was_cancelled.emit()
        else:
            self.succeeded.emit(result)

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the side thread (shutdown and tests only)."""
        if self._thread is not None:
            self._thread.join(timeout)


class JobPanel(QWidget):
    """A progress bar with Cancel while a job runs; its outcome and 'Open folder' after."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.job: Job | None = None
        self.folder: Path | None = None
        self.what = label("", "hint")
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(translate("jobs", "&Cancel"))
        self.open_button = QPushButton(translate("jobs", "&Open folder"))
        self.message = label("")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancelled_text = translate("jobs", "Cancelled; nothing was written.")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        done_row = QHBoxLayout()
        done_row.setContentsMargins(0, 0, 0, 0)
        done_row.addWidget(self.message, 1)
        done_row.addWidget(self.open_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.what)
        box.addLayout(row)
        box.addLayout(done_row)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_folder)
        self._idle()
        self.open_button.hide()

    def _idle(self) -> None:
        self.what.hide()
        self.bar.hide()
        self.cancel_button.hide()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def run(self, job: Job, writer: Writer, on_store: Callable[[Job], Any],
            then: Callable[[Job, Any], Any] | None = None) -> Job:
        """Show ``job`` here and start it; the caller connects to its outcome signals."""
        self.job = job
        self.folder = None
        self.what.setText(translate("jobs", "{task}…").format(task=job.title))
        self.bar.setRange(0, 0)
        self.message.setText("")
        self.open_button.hide()
        for widget in (self.what, self.bar, self.cancel_button):
            widget.show()
        self.cancel_button.setEnabled(True)
        job.progress.connect(self._progress)
        job.succeeded.connect(lambda _r: self._idle())
        job.failed.connect(self._failed)
        job.was_cancelled.connect(self._cancelled)
        job.start(writer, on_store, then)
        return job

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.what.setText(translate("jobs", "{task}: cancelling…").format(task=self.job.title))

    def _progress(self, done: int, total: int, text: str) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text and self.job is not None:
            self.what.setText(f"{self.job.title}: {text}")

    def show_done(self, text: str, folder: Path | None = None) -> None:
        self._idle()
        self.message.setText(text)
        set_role(self.message, "ok")
        self.folder = folder
        self.open_button.setVisible(folder is not None)

    def show_error(self, text: str) -> None:
        self._idle()
        self.message.setText(text)
        set_role(self.message, "error")
        self.open_button.hide()

    def _failed(self, exc: BaseException) -> None:
        self.show_error(user_message(exc))

    def _cancelled(self) -> None:
        self._idle()
        self.message.setText(self.cancelled_text)
        set_role(self.message, "hint")
        self.open_button.hide()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
