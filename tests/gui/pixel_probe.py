"""Run under xcb by test_pixels_xcb.py: every answer widget, empty then with a value typed,
read back from the X server's own pixels. Prints one JSON object: item id -> counts.

Usage: python tests/gui/pixel_probe.py SCALE [PNG_DIR]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from fieldkit.gui.interview_look import screen_stylesheet
from fieldkit.gui.items import editor_for
from fieldkit.gui.style import apply_style
from fieldkit.protocol.loader import protocol_from_data

CHOICES = [{"name": "a", "label": "Alpha"}, {"name": "b", "label": "Beta"},
           {"name": "c", "label": "Gamma"}]
ITEMS = [
    {"id": "n", "type": "integer", "label": "Contacts per week", "min": 0, "max": 500},
    {"id": "d", "type": "decimal", "label": "Years in post", "min": 0, "max": 50},
    {"id": "t", "type": "text", "label": "Title"},
    {"id": "long", "type": "long_text", "label": "Account"},
    {"id": "day", "type": "date", "label": "Day"},
    {"id": "yn", "type": "yes_no", "label": "Yes or no"},
    {"id": "one", "type": "select_one", "label": "One", "choices": CHOICES},
    {"id": "many", "type": "select_multiple", "label": "Many", "choices": CHOICES},
    {"id": "scale", "type": "likert", "label": "Scale",
     "choices": [{"name": str(n), "label": f"Level {n}"} for n in range(1, 6)]},
]
# What the interviewer types into each widget; text fields get digits and letters alike.
TYPED = {"n": "42", "d": "3.5", "t": "Ambassador", "long": "We met in Addis", "day": "2024",
         "yn": "y", "one": "2", "many": "2", "scale": "4"}
TEXT_FIELDS = {"n", "d", "t", "long", "day"}
DARK = 110  # text is ink (#1f2328); borders and the paper are far lighter


def settle(app: QApplication, seconds: float = 0.25) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shot(app: QApplication, widget: QWidget) -> QImage:
    """The widget's window as the X server holds it (not a render of the widget tree)."""
    settle(app)
    screen = widget.screen()
    return screen.grabWindow(widget.window().winId()).toImage()


def field_rect(editor: QWidget) -> QRect:
    """The visible box the value is typed into, inset past its (focus) border."""
    box = editor.focus_target()
    top_left = box.mapTo(editor.window(), QPoint(0, 0))
    return QRect(top_left, box.size()).adjusted(4, 4, -4, -4)


def dark_pixels(image: QImage, rect: QRect, ratio: float) -> set[tuple[int, int]]:
    dpr = ratio
    found = set()
    for y in range(int(rect.top() * dpr), int((rect.bottom() + 1) * dpr)):
        for x in range(int(rect.left() * dpr), int((rect.right() + 1) * dpr)):
            if 0 <= x < image.width() and 0 <= y < image.height():
                c = image.pixelColor(x, y)
                if 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() < DARK:
                    found.add((x, y))
    return found


def changed_pixels(a: QImage, b: QImage) -> int:
    if a.size() != b.size():
        return a.width() * a.height()
    return sum(1 for y in range(0, a.height(), 1) for x in range(0, a.width(), 1)
               if a.pixel(x, y) != b.pixel(x, y))


def main() -> int:
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    out_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    app = QApplication(["pixel-probe"])
    apply_style(app, scale)
    data = {"id": "px", "version": "1", "title": "Pixels", "cover": "c", "research_aim": "a",
            "languages": ["en"], "sections": [{"id": "s", "title": "S", "items": ITEMS}]}
    with tempfile.TemporaryDirectory() as tmp:
        protocol = protocol_from_data(data, file="px.yaml", base_dir=Path(tmp))
    report: dict[str, dict[str, object]] = {}
    for spec in ITEMS:
        item_id = spec["id"]
        window = QWidget()  # as on the interview screen: its own styles over the app's
        window.setStyleSheet(screen_stylesheet(app.font().pointSizeF()))
        window.setWindowTitle(f"probe {item_id}")
        editor = editor_for(protocol.item(item_id), protocol, "en", window)
        QVBoxLayout(window).addWidget(editor)
        window.resize(int(700 * scale), int(260 * scale))
        window.move(20, 20)
        window.show()
        window.activateWindow()
        window.raise_()
        settle(app, 0.4)
        editor.focus_in()
        ratio = editor.devicePixelRatioF()
        rect = field_rect(editor)
        empty = shot(app, editor)
        if item_id == "day":  # a date always shows one: blank it to compare with an empty box
            edit = editor.focus_target()
            edit.lineEdit().hide()
            empty = shot(app, editor)
            edit.lineEdit().show()
            edit.setFocus()
            QTest.keyClicks(edit, "20190315")
        else:
            focus = QApplication.focusWidget() or editor.focus_target()
            QTest.keyClicks(focus, TYPED[item_id])
        filled = shot(app, editor)
        new_dark = dark_pixels(filled, rect, ratio) - dark_pixels(empty, rect, ratio)
        report[item_id] = {
            "raw": repr(editor.raw()),
            "field": [rect.x(), rect.y(), rect.width(), rect.height()],
            "new_dark_in_field": len(new_dark),
            "changed": changed_pixels(empty, filled),
            "text_field": item_id in TEXT_FIELDS,
        }
        if out_dir is not None:
            filled.save(str(out_dir / f"{item_id}-{scale:g}.png"))
        editor.autosave.stop()
        window.close()
        window.deleteLater()
        settle(app, 0.05)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
