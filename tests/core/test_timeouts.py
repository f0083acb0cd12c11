"""A test that hangs fails after its timeout instead of holding the run until CI's limit."""

from __future__ import annotations

import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"

HANGS = {
    # Python code waiting for ever: a signal handler could end it too.
    "python": """
import threading

def test_waits_for_ever():
    threading.Event().wait()
""",
    # Qt's C++ event loop with nothing to end it, as a forgotten modal exec() would be: no Python
    # runs there, so only the thread method can end it.
    "qt": """
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

def test_event_loop_for_ever():
    app = QApplication.instance() or QApplication([])
    QEventLoop().exec()
    assert app
""",
}


def test_the_settings_give_every_test_a_timeout():
    settings = tomllib.loads(PYPROJECT.read_text())["tool"]["pytest"]["ini_options"]
    assert 0 < int(settings["timeout"]) <= 600
    assert settings["timeout_method"] == "thread"


@pytest.mark.parametrize("kind", sorted(HANGS))
def test_a_hanging_test_fails_after_its_timeout(tmp_path, kind):
    (tmp_path / "test_hang.py").write_text(HANGS[kind])
    (tmp_path / "test_fine.py").write_text("def test_fine():\n    assert True\n")
    started = time.monotonic()
    # The project's own settings (timeout method included), with only the duration shortened.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(PYPROJECT), "--rootdir", str(tmp_path),
         "-o", "timeout=3", "-q", "-p", "no:randomly", str(tmp_path / "test_fine.py"),
         str(tmp_path / "test_hang.py")],
        cwd=tmp_path, capture_output=True, text=True, timeout=90,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    elapsed = time.monotonic() - started
    assert done.returncode != 0, done.stdout[-2000:]
    assert "Timeout" in done.stdout + done.stderr, (done.stdout + done.stderr)[-2000:]
    assert "test_hang.py" in done.stdout + done.stderr
    assert elapsed < 60
