"""Save a top-level window as the screen shows it (dialogs and popups over it included)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget


def fit(widget: QWidget, size: tuple[int, int]) -> None:
    """``size``, but never more than the screen has room for (at QT_SCALE_FACTOR 1.5 a
    1366x768 screen is 910x512 to the app)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    widget.resize(min(size[0], room.width()), min(size[1], room.height()))
    widget.move(room.topLeft())


def grab_to(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
    screen = widget.screen() or QGuiApplication.primaryScreen()
    whole = screen.grabWindow(0)  # in device pixels; the window's frame is in logical ones
    ratio = whole.width() / max(1, screen.geometry().width())
    frame = widget.frameGeometry().translated(-screen.geometry().topLeft())
    shot = whole.copy(round(frame.x() * ratio), round(frame.y() * ratio),
                      round(frame.width() * ratio), round(frame.height() * ratio))
    if shot.isNull() or not shot.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")  # noqa: T201 - a script's report
