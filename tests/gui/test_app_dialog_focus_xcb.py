"""test_app_dialog_focus.py on a real X server (Xvfb, the xcb platform, no window manager),
where a closed dialog leaves no window active unless the app takes the keys back."""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from xserver import pytest_on_x  # noqa: E402


def test_keys_come_back_after_a_dialog_on_a_real_x_server(tmp_path):
    out = pytest_on_x(HERE / "test_app_dialog_focus.py", tmp_path / "child", timeout=180)
    assert re.search(r"\b1 passed", out), out[-2000:]
