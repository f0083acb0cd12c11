"""Run by test_layout_xcb.py under xcb (QT_SCALE_FACTOR set by the caller): every screen of
the app on a 1366x768 screen, each checked for controls outside the window and for controls
drawn over one another. Prints one JSON object: screen -> list of problems.

Usage: python tests/gui/layout_probe.py FONT_SCALE
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fastkdf"))
import sitecustomize  # noqa: E402,F401  throwaway stores: tiny key-derivation costs
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from fieldkit.crypto import LeadIdentity  # noqa: E402
from fieldkit.gui.main_window import MainWindow  # noqa: E402
from fieldkit.gui.settings import UiSettings  # noqa: E402
from fieldkit.gui.style import apply_style  # noqa: E402
from fieldkit.gui.writer import Writer  # noqa: E402

PASSPHRASE = "synthetic layout probe passphrase 7"  # invented for this check only
ITEMS = ["interview_date", "organisation", "role", "informal_contacts_week", "decision_speed",
         "formal_preparation", "friends_eu", "informal_groups"]
CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractScrollArea)


def settle(app: QApplication, seconds: float = 0.15) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(app: QApplication, ready, what: str, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def inside(widget: QWidget, kinds: tuple[type, ...], stop: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def problems(window: MainWindow) -> list[str]:
    out = []
    room = window.screen().availableGeometry()
    if not room.contains(window.frameGeometry()):
        out.append(f"window {window.frameGeometry().getRect()} is bigger than the screen "
                   f"{room.getRect()}")
    screen = window.stack.currentWidget()
    shown = [w for w in screen.findChildren(QWidget) if w.isVisible()]
    controls = [w for w in shown
                if (isinstance(w, CONTROLS) or (isinstance(w, QLabel) and w.text().strip()))
                and not isinstance(w, QHeaderView)
                and not inside(w, (QAbstractItemView, QComboBox, QAbstractSpinBox), screen)
                and w.width() > 0 and w.height() > 0]
    frame = global_rect(window.centralWidget())
    for w in controls:
        name = w.objectName() or f"{type(w).__name__} '{getattr(w, 'text', lambda: '')()}'"
        scrolled = inside(w, (QAbstractScrollArea,), screen)
        if not scrolled and not frame.contains(global_rect(w)):
            out.append(f"{name[:60]} {global_rect(w).getRect()} is outside the window "
                       f"{frame.getRect()}")
    for n, a in enumerate(controls):
        for b in controls[n + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if a.parentWidget() is not b.parentWidget() and (
                    inside(a, (QAbstractScrollArea,), screen)
                    != inside(b, (QAbstractScrollArea,), screen)):
                continue  # scrolled content may pass under fixed parts at its edges
            overlap = global_rect(a).intersected(global_rect(b))
            if overlap.width() > 2 and overlap.height() > 2:
                out.append(f"{a.objectName() or type(a).__name__} and "
                           f"{b.objectName() or type(b).__name__} overlap by "
                           f"{overlap.width()}x{overlap.height()}")
    return out


def main() -> int:
    font_scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    app = QApplication(["layout-probe"])
    apply_style(app, font_scale)
    report: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        writer = Writer()
        window = MainWindow(writer, Path(tmp) / "store", UiSettings(Path(tmp) / "ui.ini"))
        window.show()
        try:
            page = window.entry
            wait(app, lambda: page.protocols.count() > 0, "the bundled protocols")
            settle(app)
            report["first run"] = problems(window)
            page.code.setText("IV09")
            page.passphrase.setText(PASSPHRASE)
            page.repeat.setText(PASSPHRASE)
            page.lead_key.setText(LeadIdentity.generate().public_key)
            page.create_button.click()
            wait(app, lambda: window.home is not None, "the home screen")
            home = window.home
            wait(app, lambda: bool(home.protocols), "the protocols on home")
            choice = next(p for p in home.protocols if p.id == "informal-relations")
            home.start_interview(choice, "en", "R-LAYOUT-1")
            wait(app, lambda: window.interview is not None, "the interview")
            screen = window.interview
            settle(app)
            report["cover"] = problems(window)
            screen.consent_given()
            wait(app, lambda: screen.pages.currentWidget() is screen.item_page, "consent")
            session = screen.session
            writer.call(session.answer, "organisation", "eu")
            for roster_id in ("eu-at", "eu-be"):
                writer.call(session.add_person, "friends_eu", roster_id)
            writer.call(session.add_person, "friends_eu", None,
                        "Former deputy of a Baltic delegation to the committee")
            for item_id in ITEMS:
                screen.jump(item_id)
                wait(app, lambda item_id=item_id: screen.shown_id == item_id, item_id)
                settle(app)
                report[f"question {item_id}"] = problems(window)
            screen.review()
            wait(app, lambda: screen.pages.currentWidget() is screen.review_page, "review")
            settle(app)
            report["review"] = problems(window)
            screen.leave()
            wait(app, lambda: window.current_screen == "home", "home again")
            home.refresh()
            settle(app, 0.5)
            report["home"] = problems(window)
            window.lock()
            settle(app)
            report["lock"] = problems(window)
        finally:
            window.close()
            window.shutdown()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
