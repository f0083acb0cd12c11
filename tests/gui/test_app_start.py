"""Starting the app: Qt is only ever imported on the main thread, and starts never crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
STARTS = int(os.environ.get("FIELDKIT_SOAK_STARTS", "200"))
SMOKE = "import sys; from fieldkit.gui.app import run; sys.exit(run(['--smoke']))"


def env(tmp: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp),
            "HOME": str(tmp / "home"), "XDG_CONFIG_HOME": str(tmp / "config"),
            "PYTHONPATH": os.environ["PYTHONPATH"]}


def test_screens_are_preloaded_on_the_main_thread_only(tmp_path):
    """The preload once imported the screens on a side thread: a SIGSEGV in 1 start of 20."""
    done = subprocess.run([sys.executable, str(HERE / "start_probe.py")], env=env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["off_main"] == []
    assert seen["preloaded"], "the screens were not preloaded while the unlock page showed"


@pytest.mark.soak
def test_many_starts_to_the_first_question_never_crash(tmp_path):
    """FIELDKIT_SOAK_STARTS starts (200 by default), two at a time to load the machine."""

    def start(n: int) -> tuple[int, int, str]:
        tmp = tmp_path / f"run{n}"
        tmp.mkdir()
        done = subprocess.run([sys.executable, "-c", SMOKE], env=env(tmp),
                              capture_output=True, text=True, timeout=300)
        return n, done.returncode, done.stderr[-600:]

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(start, range(STARTS)))
    crashed = [(n, rc, err) for n, rc, err in results if rc != 0]
    print(f"{STARTS} starts to the first question, {len(crashed)} failed")
    assert crashed == [], crashed[:3]
