"""The reviewer mode's screenshot: an anonymised export of the invented test study, opened read-only."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from screenshot_grab import fit, grab_to

from fieldkit.anonymise import anonymise, default_plan
from fieldkit.exports import export
from fieldkit.gui.app import wait_until
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.reviewer.entry import open_review
from fieldkit.gui.settings import UiSettings
from fieldkit.gui.writer import Writer

ROOT = Path(__file__).resolve().parents[1]
KEY = b"invented-screenshot-key-0123456789"  # a throwaway pseudonym key for the picture


def reviewer_screen(app, out: Path, size: tuple[int, int]) -> None:
    """Export the synthetic study (tests/dataset), open it for review, show the texts."""
    sys.path.insert(0, str(ROOT / "tests" / "dataset"))
    import synth_study

    with tempfile.TemporaryDirectory(prefix="fieldkit-shots-review-") as tmp:
        root = Path(tmp)
        data, record = anonymise(synth_study.dataset(), default_plan(synth_study.protocol()),
                                 KEY, override="pilot data, six interviews")
        export(data, root / "export-2009-06", ["csv"], record=record)
        writer = Writer()
        window = MainWindow(writer, root / "store", UiSettings(root / "ui.ini"))
        fit(window, size)
        window.show()
        try:
            page = open_review(window, root / "export-2009-06")
            wait_until(app, lambda: window.current_screen == "review", 30, "the reviewer")
            page.tabs.setCurrentWidget(page.texts)
            for _ in range(5):
                app.processEvents()
            path = out / "reviewer.png"
            grab_to(window, path)
        finally:
            window.close()
            window.shutdown()
