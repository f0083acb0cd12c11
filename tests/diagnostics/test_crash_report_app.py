"""An internal error in the app (a slot, a thread, a critical Qt message): a report with code
locations and no values, and a dialog naming it with a button that copies its path."""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qCritical
from PySide6.QtWidgets import QApplication

from fieldkit import diagnostics
from fieldkit.gui import crash_dialog
from fieldkit.store.content import replay

from .crash_rig import ANSWER, NAME, PASSPHRASE, assert_report_clean, make_marked_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))
from app_support import App  # noqa: E402


@pytest.fixture
def reporter(monkeypatch, tmp_path):
    """The app's hooks, installed for this test and taken away after it."""
    monkeypatch.setenv(diagnostics.LOG_DIR_ENV, str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash_dialog, "_reporter", None)
    # pytest's own faulthandler stays on; the CLI tests cover the fault file.
    monkeypatch.setattr(diagnostics, "enable_faulthandler", lambda *a: None)
    made = crash_dialog.install_crash_reports()
    yield made
    crash_dialog.qInstallMessageHandler(None)
    if made.dialog is not None:
        made.dialog.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_the_app_shows_a_dialog_naming_a_report_without_values(
        qtbot, tmp_path, reporter):
    interview = make_marked_store(tmp_path / "store")
    app = App(qtbot, tmp_path, tmp_path / "store")
    try:
        app.unlock(PASSPHRASE)
        store = app.window.store
        content = app.writer.call(lambda: replay(store.events(interview)))
        assert NAME in repr(content) and ANSWER in repr(content)

        def show_answers() -> None:
            shown = repr(content)
            secret = PASSPHRASE
            raise RuntimeError(f"cannot show {shown} for {secret}")

        QTimer.singleShot(0, show_answers)
        qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5000)
        dialog = reporter.dialog
        report = Path(dialog.path.text())
        assert report.parent == tmp_path / "logs" and report.is_file()
        text = report.read_text()
        assert_report_clean(text)
        assert "cannot show" not in text and "exception: RuntimeError" in text
        assert re.search(r"tests/diagnostics/test_crash_report_app\.py:\d+ in show_answers", text)
        assert re.search(r"^qt: 6\.", text, re.M) and re.search(r"^pyside6: 6\.", text, re.M)
        assert "where: app" in text
        dialog.copy.click()
        assert QApplication.clipboard().text() == str(report)
        assert "internal error" in dialog.windowTitle()

        # An error on another thread is reported too (the dialog already open stays the one).
        def background() -> None:
            secret = PASSPHRASE
            raise OSError(f"{secret} {NAME}")

        worker = threading.Thread(target=background, name="preload")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(reporter.reports) == 2, timeout=5000)
        thread_text = reporter.reports[1].read_text()
        assert_report_clean(thread_text)
        assert "where: app (thread preload)" in thread_text and "exception: OSError" in thread_text
        assert "in background" in thread_text

        # Qt's critical messages make a report holding where Qt said it, not what.
        qCritical(f"a message with {PASSPHRASE} and {ANSWER}")
        assert len(reporter.reports) == 3
        qt_text = reporter.reports[2].read_text()
        assert_report_clean(qt_text)
        assert "qt message: critical" in qt_text
        dialog.close()  # closing it lets the next internal error show its own
        qtbot.waitUntil(lambda: reporter.dialog is None, timeout=5000)
    finally:
        app.close()
    assert_report_clean("".join(p.read_text() for p in (tmp_path / "logs").iterdir()))
