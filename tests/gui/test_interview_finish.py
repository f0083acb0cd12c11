"""Finishing: the review lists what is missing, refused and skipped; Finish asks first."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, focused, key, settle  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier


def sections(page) -> dict[str, list[str]]:
    """The review list as {heading: [entries]}."""
    out: dict[str, list[str]] = {}
    heading = ""
    for n in range(page.list.count()):
        entry = page.list.item(n)
        if not entry.flags() & Qt.ItemFlag.ItemIsEnabled:
            heading = entry.text().rsplit(":", 1)[0]
            out[heading] = []
        else:
            out[heading].append(entry.text().strip())
    return out


def test_review_lists_refusals_skipped_items_and_followups(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        call = rig.writer.call
        call(session.answer, "organisation", "eu")
        call(session.special, "role", "refused")
        person = call(session.add_person, "friends_eu", "eu-at")
        call(session.answer, "friend_contacts_eu", 4, person.instance_id)
        screen = rig.show(qtbot)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        key(qtbot, K.Key_Return, M.ControlModifier)
        settle(qtbot, screen)
        page = screen.review_page
        assert screen.pages.currentWidget() is page
        found = sections(page)
        assert "What is your position in the delegation?  (Refused)" in \
            found["Refused, don't know or not applicable"]
        assert any(t.startswith("Respondent's name") for t in found["Skipped (optional)"])
        followups = found["Follow-ups not answered (optional)"]
        assert followups and all(t.endswith("—  Austria") for t in followups)
        assert "Required, no answer" in found
        # Enter on the list goes to the entry, never finishes
        assert focused() is page.list
        key(qtbot, K.Key_Return)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.item_page
        assert session.status == "in_progress"


def test_finish_asks_first_and_a_reflex_enter_keeps_the_interview_open(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        screen = rig.show(qtbot)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        key(qtbot, K.Key_Return, M.ControlModifier)
        settle(qtbot, screen)
        page = screen.review_page
        seen = {}

        def answer(with_key: Qt.Key) -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            seen["default"] = box.defaultButton().text()
            qtbot.keyClick(QApplication.focusWidget() or box, with_key)

        QTimer.singleShot(100, lambda: answer(K.Key_Return))
        page.finish_button.click()
        settle(qtbot, screen)
        assert seen["default"] == "&Not yet"
        assert session.status == "in_progress" and screen.pages.currentWidget() is page

        def finish() -> None:
            box = QApplication.activeModalWidget()
            qtbot.keyClick(box, K.Key_F, M.AltModifier)

        QTimer.singleShot(100, finish)
        page.finish_button.click()
        settle(qtbot, screen)
        assert session.status == "completed"
        assert screen.pages.currentWidget() is screen.result_page
