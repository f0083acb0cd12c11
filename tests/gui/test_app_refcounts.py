"""Thousands of signal emits and show/hide calls do not abort the process.

PySide6 6.12.0 on Python 3.11 drops a reference to None/True on each and aborts after a few
hundred; this keeps the pinned version honest.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHURN = textwrap.dedent("""
    import fieldkit.gui  # noqa: F401 - the app's package, as the app imports it
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Source(QObject):
        ping = Signal(object)

    app = QApplication([])
    source, label, timer = Source(), QLabel("x"), QTimer()
    source.ping.connect(lambda value: None)
    for n in range(20000):
        source.ping.emit(None)
        label.show()
        label.hide()
        timer.start(1000)
    print("survived")
""")


def test_many_emits_and_shows_do_not_abort_the_interpreter():
    done = subprocess.run([sys.executable, "-c", CHURN], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "PYTHONPATH": os.environ["PYTHONPATH"]}, timeout=120)
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.strip() == "survived"
