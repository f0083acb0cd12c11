"""Starting the desktop app: the QApplication, the writer thread, the main window, and --smoke."""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from fieldkit.atomic import sweep_killed_runs
from fieldkit.crypto import fast_params, suggest_passphrase
from fieldkit.errors import FieldkitError
from fieldkit.store.location import resolve_store_dir
from fieldkit.store.store import Store

from . import i18n
from .crash_dialog import install_crash_reports
from .i18n import LANGUAGES
from .main_window import MainWindow
from .platform_check import prepare
from .settings import UiSettings
from .style import apply_style
from .writer import Writer

DEFAULT_PROTOCOL = "informal-relations.yaml"
SMOKE_TIMEOUT = 60.0


def application() -> QApplication:
    """The one QApplication of the process (made on first use)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["fieldkit"])
    app.setApplicationName("fieldkit")
    app.setOrganizationName("fieldkit")
    app.setDesktopFileName("fieldkit")
    return app


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fieldkit gui")
    parser.add_argument("--store", metavar="DIR")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--review", metavar="FOLDER")
    parser.add_argument("--lang", choices=sorted(LANGUAGES))
    return parser.parse_args(list(argv or []))


def run(argv: Sequence[str] | None = None) -> int:
    """Run the app until its window closes; ``--smoke`` runs the start-up check instead."""
    args = parse_args(argv)
    if QApplication.instance() is None:
        prepare(args.smoke)  # a sentence instead of Qt's abort when no screen or library
    app = application()
    install_crash_reports()
    sweep_killed_runs()  # what outputs killed part-way left behind
    if args.smoke:
        i18n.install(i18n.choose(args.lang, ""))
        return smoke(app)
    settings = UiSettings()
    i18n.install(i18n.choose(args.lang, settings.language()))
    apply_style(app, settings.get("font_scale"))
    writer = Writer()
    window = MainWindow(writer, resolve_store_dir(args.store), settings)
    window.show()
    if args.review:
        from .reviewer.entry import open_review

        open_review(window, Path(args.review))
    try:
        return app.exec()
    finally:
        window.shutdown()


def wait_until(app: QApplication, ready: Callable[[], bool], timeout: float, what: str) -> None:
    """Run the event loop until ``ready()``; raise a sentence naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    poll = QTimer()
    # An idle wait (not a processEvents spin) leaves the CPU to the writer thread.
    def check() -> None:
        if ready() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start(10)
    if not ready():
        loop.exec()
    poll.stop()
    if not ready():
        raise FieldkitError(f"the desktop app did not get as far as {what} within "
                            f"{timeout:.0f} seconds; run 'fieldkit gui' to see why.")


def smoke(app: QApplication) -> int:
    """A temporary store, the default protocol, one interview's first question; then clean up."""
    with tempfile.TemporaryDirectory(prefix="fieldkit-smoke-") as tmp:
        apply_style(app, 1.0)
        settings = UiSettings(Path(tmp) / "ui.ini")  # never the user's own preferences
        writer = Writer()
        window: MainWindow | None = None
        try:
            from fieldkit.data import forms_dir
            from fieldkit.protocol.loader import load_protocol

            protocol = load_protocol(forms_dir() / DEFAULT_PROTOCOL)
            store = writer.call(Store.create, Path(tmp) / "store", suggest_passphrase(),
                                interviewer="SMOKE", kdf=fast_params(), enforce_strength=False)
            writer.call(store.add_protocol, protocol)
            window = MainWindow(writer, store.path, settings)
            window.show()
            window.open_store(store)
            home = window.home
            assert home is not None
            wait_until(app, lambda: bool(home.protocols), SMOKE_TIMEOUT, "the home screen")
            choice = next(p for p in home.protocols if p.id == protocol.id)
            home.start_interview(choice, choice.default_language, "SMOKE-1")
            wait_until(app, lambda: window is not None and window.interview is not None,
                       SMOKE_TIMEOUT, "the first question")
            window.interview.grab()  # renders the first question for real
            app.processEvents()
            window.close()
        finally:
            if window is not None:
                window.shutdown()
            else:
                writer.stop()
    return 0
