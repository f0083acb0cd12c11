"""Soft checks on the screen, by keys to the focused widget: an unusual answer is recorded,
the warning stops the move once, Ctrl+Shift+C confirms it, an unconfirmed one is listed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, focused, key, settle, type_text  # noqa: E402
from test_interview_finish import sections  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier
CTRL_SHIFT = M.ControlModifier | M.ShiftModifier
ITEM = "informal_contacts_week"


def open_at(qtbot, rig, item_id=ITEM):
    session = rig.start()
    rig.writer.call(session.answer, "organisation", "eu")
    rig.writer.call(session.jump, item_id)
    screen = rig.show(qtbot)
    screen.pages.setCurrentWidget(screen.item_page)
    screen.refresh()
    screen.editor.focus_in()
    settle(qtbot, screen)
    assert screen.shown_id == item_id and focused() is screen.editor.focus_target()
    return session, screen


def test_an_unusual_answer_is_recorded_warned_and_confirmed_by_key(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen = open_at(qtbot, rig)
        assert not screen.soft_check.isVisible()
        type_text(qtbot, "55")
        key(qtbot, K.Key_Return)
        settle(qtbot, screen)
        assert session.content.value(ITEM) == 55  # recorded, unlike a refused answer
        assert screen.shown_id == ITEM  # the warning stops the move once
        assert screen.soft_check.isVisible()
        assert "more than 40 contacts a week" in screen.soft_check.message.text()
        assert screen.error.text() == "" and screen.saved.text() == "Saved ✓"
        assert focused() is screen.editor.focus_target()
        key(qtbot, K.Key_C, CTRL_SHIFT)
        settle(qtbot, screen)
        assert not screen.soft_check.isVisible()
        confirms = [e for e in rig.events() if e.kind == "confirm"]
        assert [(e.item_id, e.value["answer"]) for e in confirms] == [
            (ITEM, session.content.answer(ITEM).event_id)]
        assert focused() is screen.editor.focus_target()
        key(qtbot, K.Key_Return)  # confirmed: Enter goes on
        settle(qtbot, screen)
        assert screen.shown_id != ITEM


def test_enter_again_goes_on_and_the_review_lists_it_until_confirmed(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen = open_at(qtbot, rig)
        type_text(qtbot, "60")
        key(qtbot, K.Key_Return)
        settle(qtbot, screen)
        assert screen.shown_id == ITEM
        key(qtbot, K.Key_Return)  # read, not confirmed: the second Enter goes on
        settle(qtbot, screen)
        assert screen.shown_id != ITEM and not screen.soft_check.isVisible()
        key(qtbot, K.Key_Return, M.ControlModifier)
        settle(qtbot, screen)
        found = sections(screen.review_page)
        unusual = found["Unusual answers not confirmed"]
        assert len(unusual) == 1 and "more than 40 contacts" in unusual[0]
        assert "1 unusual answer not confirmed" in screen.review_page.summary.text()
        # Enter on it goes back there; the warning shows; confirming takes it off the list
        assert focused() is screen.review_page.list
        for _ in range(screen.review_page.list.count()):
            if screen.review_page.list.currentItem().text().strip() == unusual[0]:
                break
            key(qtbot, K.Key_Down)
        key(qtbot, K.Key_Return)
        settle(qtbot, screen)
        assert screen.shown_id == ITEM and screen.soft_check.isVisible()
        key(qtbot, K.Key_C, CTRL_SHIFT)
        settle(qtbot, screen)
        key(qtbot, K.Key_Return, M.ControlModifier)
        settle(qtbot, screen)
        assert "Unusual answers not confirmed" not in sections(screen.review_page)


def test_a_usual_answer_goes_on_at_once(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen = open_at(qtbot, rig)
        type_text(qtbot, "12")
        key(qtbot, K.Key_Return)
        settle(qtbot, screen)
        assert screen.shown_id != ITEM and not screen.soft_check.isVisible()
        key(qtbot, K.Key_C, CTRL_SHIFT)  # nothing to confirm: nothing recorded
        settle(qtbot, screen)
        assert not [e for e in rig.events() if e.kind == "confirm"]
