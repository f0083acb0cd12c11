"""Shared rig for the interview-screen tests: a real store on a real writer, Study A, keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit.gui.interview_screen import InterviewScreen
from fieldkit.gui.writer import Writer
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
# Study A as released in version 1.1 (text answer for the state represented): the screens'
# tests walk its items; interviews made with it must keep working after 1.2
STUDY_A = Path(__file__).resolve().parents[1] / "fixtures" / "study-a-1.1" / "informal-relations.yaml"
PASSPHRASE = "synthetic-test-passphrase-not-real-7f3a"
_protocols: dict[Path, Any] = {}


def study_a() -> Any:
    if STUDY_A not in _protocols:
        _protocols[STUDY_A] = load_protocol(STUDY_A)
    return _protocols[STUDY_A]


class Rig:
    """A store in ``tmp_path`` opened on a Writer thread, with Study A and one interview."""

    def __init__(self, tmp_path: Path, protocol: Any = None):
        self.path = tmp_path / "store"
        self.protocol = protocol or study_a()
        self.writer = Writer()
        self.store = self.writer.call(Store.create, self.path, PASSPHRASE, interviewer="T01",
                                      enforce_strength=False)
        self.session: Any = None
        self.screen: InterviewScreen | None = None

    def start(self, consent: bool = True) -> Any:
        """A new interview; with ``consent``, the respondent's consent is already recorded."""
        self.session = self.writer.call(InterviewSession.start, self.store, self.protocol)
        if consent and self.session.consent_needed:
            self.writer.call(self.session.record_consent, True)
        return self.session

    def resume(self, interview_id: str) -> Any:
        self.session = self.writer.call(InterviewSession.resume, self.store, interview_id)
        return self.session

    def show(self, qtbot: Any, width: int = 1366, height: int = 768) -> InterviewScreen:
        screen = InterviewScreen(self.writer, self.session)
        qtbot.addWidget(screen)
        screen.resize(width, height)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=3000)
        self.screen = screen
        return screen

    def show_plain(self, width: int = 1366, height: int = 768) -> InterviewScreen:
        """The screen outside pytest (benchmarks, screenshots), on its item page."""
        screen = InterviewScreen(self.writer, self.session)
        screen.resize(width, height)
        screen.show()
        screen.activateWindow()
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        screen.editor.focus_in()
        self.screen = screen
        return screen

    def events(self) -> list[Any]:
        return self.writer.call(self.store.events, self.session.interview_id)

    def close(self) -> None:
        if self.screen is not None:
            self.screen.close()
        self.writer.call(self.store.close)
        self.writer.stop()

    def __enter__(self) -> Rig:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def settle(qtbot: Any, screen: InterviewScreen, timeout: int = 5000) -> None:
    """Let queued events run, then wait until every write handed to the writer came back."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: screen.pending == 0 and screen.writer.pending == 0, timeout=timeout)
    QApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot: Any, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key on whatever has the focus now."""
    qtbot.keyClick(focused(), k, mods)


def type_text(qtbot: Any, text: str) -> None:
    """Type ``text`` key by key into whatever has the focus at each key (as a keyboard does)."""
    for char in text:
        qtbot.keyClicks(focused(), char)


def files_contain(folder: Path, marker: str) -> list[Path]:
    """Every file under ``folder`` whose bytes hold ``marker`` in plain UTF-8."""
    needle = marker.encode("utf-8")
    return [f for f in folder.rglob("*") if f.is_file() and needle in f.read_bytes()]
