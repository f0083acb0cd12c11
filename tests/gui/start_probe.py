"""Run by test_app_start.py in a fresh process: open the main window on an existing store, let
the preload run, and print (as JSON) every Qt or screen module imported off the main thread."""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
from pathlib import Path

OFF_MAIN: list[str] = []


class Watch:
    """A meta-path finder that only looks at who imports what, then lets the others find it."""

    def find_spec(self, name, path=None, target=None):
        if name.startswith(("PySide6", "shiboken6", "fieldkit.gui")) and \
                threading.current_thread() is not threading.main_thread():
            OFF_MAIN.append(f"{name} on {threading.current_thread().name}")
        return None


sys.meta_path.insert(0, Watch())

from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldkit.crypto import fast_params  # noqa: E402
from fieldkit.gui.main_window import MainWindow  # noqa: E402
from fieldkit.gui.settings import UiSettings  # noqa: E402
from fieldkit.gui.writer import Writer  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402


def main() -> int:
    app = QApplication(["start-probe"])
    with tempfile.TemporaryDirectory() as tmp:
        writer = Writer()
        store = writer.call(Store.create, Path(tmp) / "store", "synthetic-probe-passphrase-1",
                            interviewer="P", kdf=fast_params(), enforce_strength=False)
        writer.call(store.close)
        window = MainWindow(writer, store.path, UiSettings(Path(tmp) / "ui.ini"))
        window.show()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and "fieldkit.gui.interview_screen" not in sys.modules:
            app.processEvents()
            time.sleep(0.01)
        preloaded = "fieldkit.gui.interview_screen" in sys.modules
        window.close()
        window.shutdown()
    print(json.dumps({"off_main": OFF_MAIN, "preloaded": preloaded}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
