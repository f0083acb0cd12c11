"""`fieldkit gui --smoke` starts, shows a first question from a temporary store, and cleans up."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_exits_zero_and_leaves_nothing(tmp_path):
    run = tmp_path / "run"
    logs = tmp_path / "log"  # the crash-report folder: its fault file goes at a clean exit
    run.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(run),
           "HOME": str(run / "home"), "XDG_CONFIG_HOME": str(run / "config"),
           "XDG_STATE_HOME": str(run / "state"), "FIELDKIT_LOG_DIR": str(logs),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "fieldkit", "gui", "--smoke"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert list(run.iterdir()) == [], "the temporary store or settings were left behind"
    assert not logs.exists() or list(logs.iterdir()) == [], "a fault file outlived a clean exit"
