"""The long-list and people-table checks again on a real X server (Xvfb, the xcb platform),
whose fonts are wider than the offscreen platform's: a sideways scroll bar under the people
table (the stretched last column kept at Qt's 100 pixels) showed only there."""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from xserver import pytest_on_x  # noqa: E402


def test_long_choices_and_the_people_table_on_a_real_x_server(tmp_path):
    out = pytest_on_x(HERE / "test_interview_long_choices.py", tmp_path / "child")
    assert re.search(r"\b6 passed", out), out[-2000:]
