"""The keyboard-only Study A interview again on a real X server (Xvfb, the xcb platform).

The offscreen platform forgives focus defects a laptop shows (a window that is not active,
a dialog that closes onto nothing); this runs test_interview_acceptance.py in a child pytest
with QT_QPA_PLATFORM=xcb on a private Xvfb, and skips cleanly where there is no Xvfb."""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from xserver import run_on_x, xvfb  # noqa: E402


def test_the_keyboard_interview_on_a_real_x_server(tmp_path):
    with xvfb() as display:
        done = run_on_x(display, ["-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                                  f"--basetemp={tmp_path / 'child'}",
                                  str(HERE / "test_interview_acceptance.py")], timeout=300)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out[-4000:]
    assert re.search(r"1 passed", out), out[-2000:]
    count = re.search(r"command keys for the whole Study A interview: (\d+) .*platform (\w+)",
                      out)
    assert count is not None and int(count.group(1)) <= 110, out[-2000:]
    assert count.group(2) == "xcb", count.group(0)
    print(f"\non xcb: {count.group(0)}")
