"""At 1366x768 with scale 1.0, 1.25 and 1.5 (QT_SCALE_FACTOR) and with 1.4x text (Ctrl++),
every control of every screen is inside the window and none is drawn over another.

Runs layout_probe.py on a private Xvfb with the xcb platform (skipped without Xvfb)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from xserver import run_on_x, xvfb  # noqa: E402


@pytest.fixture(scope="module")
def display():
    with xvfb("1366x768x24") as name:
        yield name


@pytest.mark.parametrize("qt_scale,font_scale", [("1", 1.0), ("1.25", 1.0), ("1.5", 1.0),
                                                 ("1", 1.4)])
def test_every_screen_fits_and_nothing_overlaps(display, qt_scale, font_scale):
    done = run_on_x(display, [str(HERE / "layout_probe.py"), str(font_scale)], timeout=180,
                    extra_env={"QT_SCALE_FACTOR": qt_scale})
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(report) >= 12, sorted(report)
    bad = {screen: found for screen, found in report.items() if found}
    assert bad == {}, "\n".join(f"{k}: {v}" for k, v in bad.items())
