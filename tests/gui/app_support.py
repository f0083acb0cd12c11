"""Shared rig for the app-shell tests: a real window on a real writer and store in tmp_path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldkit.crypto import LeadIdentity
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.settings import UiSettings
from fieldkit.gui.writer import Writer
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
# Study A as released in version 1.1 (text answer for the state represented): the screens'
# tests walk its items; interviews made with it must keep working after 1.2
STUDY_A = Path(__file__).resolve().parents[1] / "fixtures" / "study-a-1.1" / "informal-relations.yaml"
PASSPHRASE = "synthetic shell passphrase 4 tests"  # invented for the tests, used nowhere else
LEAD_KEY = LeadIdentity.generate().public_key


def make_store(path: Path, interviews: list[dict] | None = None) -> Path:
    """A closed store at ``path`` with Study A and the given interviews (answers by item id)."""
    protocol = load_protocol(STUDY_A)
    with Store.create(path, PASSPHRASE, interviewer="T01", lead_public_key=LEAD_KEY) as store:
        store.add_protocol(protocol)
        for spec in interviews or []:
            session = InterviewSession.start(store, protocol, interviewer="T01",
                                             respondent_code=spec["code"])
            if session.consent_needed:
                session.record_consent(True)
            for item_id, value in spec.get("answers", {}).items():
                session.answer(item_id, value)
            if spec.get("at"):
                session.jump(spec["at"])
    return path


class App:
    """A MainWindow over ``store_dir``, shut down (store closed, thread ended) at teardown."""

    def __init__(self, qtbot: Any, tmp_path: Path, store_dir: Path | None = None):
        self.qtbot = qtbot
        self.settings_path = tmp_path / "ui.ini"
        self.store_dir = store_dir or tmp_path / "store"
        self.writer = Writer()
        self.window = MainWindow(self.writer, self.store_dir, UiSettings(self.settings_path))
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=3000)

    def press(self, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A key press where the keyboard focus is now (as a person would type)."""
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, key, mods)

    def unlock(self, passphrase: str = PASSPHRASE) -> None:
        page = self.window.entry
        page.passphrase.setText(passphrase)
        page.submit()
        self.qtbot.waitUntil(lambda: self.window.current_screen == "home", timeout=10000)
        home = self.window.home
        self.qtbot.waitUntil(lambda: bool(home.protocols), timeout=10000)

    def start_interview(self, code: str = "R-100") -> Any:
        home = self.window.home
        choice = next(p for p in home.protocols if p.id == "informal-relations")
        home.start_interview(choice, "en", code)
        self.qtbot.waitUntil(lambda: self.window.current_screen == "interview", timeout=10000)
        return self.window.interview

    def close(self) -> None:
        self.window.close()
        self.window.shutdown()


@pytest.fixture
def app_factory(qtbot, tmp_path):
    made: list[App] = []

    def make(store_dir: Path | None = None) -> App:
        made.append(App(qtbot, tmp_path, store_dir))
        return made[-1]

    yield make
    for app in made:
        if app.window.store is not None or app.writer._worker.isRunning():
            app.close()


def files_under(path: Path) -> list[Path]:
    return [p for p in path.rglob("*") if p.is_file()]


def assert_no_marker(path: Path, *markers: str) -> None:
    """No file under ``path`` holds any marker as UTF-8 or UTF-16 text."""
    for file in files_under(path):
        data = file.read_bytes()
        for marker in markers:
            for encoded in (marker.encode(), marker.encode("utf-16-le")):
                assert encoded not in data, f"{marker!r} readable in {file}"
