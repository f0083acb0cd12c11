"""Every answer widget draws the value typed into it: read from a real X server's pixels.

The offscreen platform hides some drawing defects, so the main check runs pixel_probe.py in a
subprocess on a private Xvfb with the xcb platform (skipped, with the reason, without Xvfb).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldkit.gui.items import editor_for
from fieldkit.gui.style import stylesheet
from fieldkit.protocol.loader import protocol_from_data

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from xserver import run_on_x, xvfb  # noqa: E402


@pytest.fixture(scope="module")
def display():
    with xvfb() as name:
        yield name


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_item_type_draws_its_value_on_a_real_x_server(display, scale, tmp_path):
    done = run_on_x(display, [str(HERE / "pixel_probe.py"), str(scale), str(tmp_path)])
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(report) >= {"n", "d", "t", "long", "day", "yn", "one", "many", "scale"}
    for item_id, seen in report.items():
        if seen["text_field"]:
            # "42" at 11 pt is about 60 dark pixels; none at all is the invisible-digits defect
            assert seen["new_dark_in_field"] >= 20, (item_id, seen, sorted(tmp_path.iterdir()))
        else:
            assert seen["changed"] >= 20, (item_id, seen)
        assert seen["raw"] not in ("None", "''"), (item_id, seen)


def test_number_text_field_spans_its_box_under_the_stylesheet(qtbot, tmp_path):
    """The cause of the invisible digits, cheaply and on any platform: a 1 px text field."""
    data = {"id": "n", "version": "1", "title": "N", "cover": "c", "research_aim": "a",
            "languages": ["en"], "sections": [{"id": "s", "title": "S", "items": [
                {"id": "n", "type": "integer", "label": "N", "min": 0, "max": 9},
                {"id": "d", "type": "decimal", "label": "D"}]}]}
    protocol = protocol_from_data(data, file="n.yaml", base_dir=tmp_path)
    for item_id in ("n", "d"):
        window = QWidget()
        window.setStyleSheet(stylesheet(1.0))
        editor = editor_for(protocol.item(item_id), protocol, "en", window)
        QVBoxLayout(window).addWidget(editor)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        spin = editor.focus_target()
        assert spin.lineEdit().width() >= spin.width() * 0.75, (item_id, spin.lineEdit().geometry())
