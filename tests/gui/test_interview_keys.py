"""Moving between questions never takes a key the focused widget needs (PageUp/PageDown)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, focused, key, settle  # noqa: E402

from fieldkit.gui.help_panel import collect_shortcuts  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier
NOTES = "\n".join(f"Line {n} of the notes on how decisions are prepared." for n in range(80))


def test_page_keys_scroll_the_notes_and_ctrl_page_keys_move(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.jump, "formal_preparation")
        screen = rig.show(qtbot, 1366, 768)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        assert screen.shown_id == "formal_preparation"
        edit = screen.editor.edit
        edit.setPlainText(NOTES)
        edit.moveCursor(edit.textCursor().MoveOperation.Start)
        edit.setFocus()
        bar = edit.verticalScrollBar()
        assert bar.value() == 0
        key(qtbot, K.Key_PageDown)
        settle(qtbot, screen)
        assert screen.shown_id == "formal_preparation"  # the notes scrolled, the question stayed
        assert bar.value() > 0 and edit.textCursor().blockNumber() > 0
        key(qtbot, K.Key_PageUp)
        settle(qtbot, screen)
        assert screen.shown_id == "formal_preparation" and bar.value() == 0
        key(qtbot, K.Key_PageDown, M.ControlModifier)
        settle(qtbot, screen)
        assert screen.shown_id == "decision_speed"  # moved on, and the notes were recorded
        assert session.content.answer("formal_preparation").value == NOTES
        key(qtbot, K.Key_PageUp, M.ControlModifier)
        settle(qtbot, screen)
        assert screen.shown_id == "formal_preparation"
        assert focused() is screen.editor.edit
        key(qtbot, K.Key_Right, M.AltModifier)
        settle(qtbot, screen)
        assert screen.shown_id == "decision_speed"
        listed = dict(collect_shortcuts(screen))
        assert listed["Ctrl+PgDown"] == "next question"
        assert listed["Ctrl+PgUp"] == "previous question"
        assert "PgDown" not in listed and "PgUp" not in listed


def test_nothing_is_answered_while_paused_and_enter_on_resume_goes_on(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.jump, "organisation")
        screen = rig.show(qtbot)
        screen.consent_given()
        settle(qtbot, screen)
        assert screen.shown_id == "organisation"
        key(qtbot, K.Key_P, M.ControlModifier)
        settle(qtbot, screen)
        assert session.status == "paused" and not screen.editor.isEnabled()
        assert focused() is screen.pause_button and screen.pause_button.text() == "Resume"
        for k in (K.Key_2, K.Key_Space, K.Key_Down):
            key(qtbot, k)
        key(qtbot, K.Key_R, M.ControlModifier)
        settle(qtbot, screen)
        assert session.content.answer("organisation") is None
        key(qtbot, K.Key_Return)  # Enter on Resume: the clock runs, the keys are back
        settle(qtbot, screen)
        assert session.status == "in_progress" and focused() is screen.editor.focus_target()
        key(qtbot, K.Key_2)
        settle(qtbot, screen)
        assert session.content.answer("organisation").value == "eu"


def test_after_finishing_there_is_no_quote_note_or_pause(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.jump, "formal_preparation")
        screen = rig.show(qtbot)
        screen.consent_given()
        settle(qtbot, screen)
        screen.editor.edit.setPlainText("Some notes. A sentence to quote.")
        screen.editor.edit.selectAll()
        screen.finish(True)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.result_page
        for button in (screen.quote_button, screen.note_button, screen.pause_button):
            assert not button.isEnabled()
        screen.mark_quote()
        screen.add_note()
        screen.toggle_pause()
        settle(qtbot, screen)
        assert rig.writer.call(rig.store.quotes, session.interview_id) == []
        assert session.status == "completed"
