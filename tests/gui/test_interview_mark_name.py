"""Ctrl+M marks the selected text as a name, in text answers, notes and the quote line."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, files_contain, focused, key, settle, type_text  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier
CTRL, SHIFT = M.ControlModifier, M.ShiftModifier


def marked(rig) -> list[str]:
    return [e.value for e in rig.events() if e.kind == "mark_name"]


def test_ctrl_m_marks_the_selected_name_everywhere_the_interviewer_types(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.jump, "formal_preparation")
        s = rig.show(qtbot)
        s.consent_given()  # consent is recorded: straight to the questions
        settle(qtbot, s)
        assert s.shown_id == "formal_preparation" and focused() is s.editor.edit

        def press(k, mods=M.NoModifier):
            key(qtbot, k, mods)
            settle(qtbot, s)

        # nothing selected: say so, record nothing
        type_text(qtbot, "We asked Zorblat Quenfry first")
        press(K.Key_M, CTRL)
        assert s.flash_label.text() == "Select the name first, then press Ctrl+M."
        assert marked(rig) == []
        # the notes of an open answer: two words selected by keyboard
        press(K.Key_Left, CTRL)
        for _ in range(2):
            press(K.Key_Left, CTRL | SHIFT)
        press(K.Key_M, CTRL)
        assert marked(rig) == ["Zorblat Quenfry"]
        assert "Marked “Zorblat Quenfry” as a name" in s.flash_label.text()
        assert focused() is s.editor.focus_target()  # the keys stay in the notes
        # the quote line, before the quote is saved
        press(K.Key_End, CTRL)  # no selection: Ctrl+Q opens the line
        press(K.Key_Q, CTRL)
        assert focused() is s.bar.edit
        type_text(qtbot, "Ondrix told me so")
        press(K.Key_Home)
        press(K.Key_Right, CTRL | SHIFT)
        press(K.Key_M, CTRL)
        assert marked(rig)[-1] == "Ondrix"
        assert focused() is s.bar.edit
        press(K.Key_Return)
        # the note line
        press(K.Key_N, CTRL)
        type_text(qtbot, "Call Vemmi Strout")
        for _ in range(2):
            press(K.Key_Left, CTRL | SHIFT)
        press(K.Key_M, CTRL)
        press(K.Key_Return)
        # a one-line text answer
        press(K.Key_Left, M.AltModifier)
        s.jump("member_state")
        settle(qtbot, s)
        assert s.shown_id == "member_state"
        type_text(qtbot, "Kalmoria")
        press(K.Key_A, CTRL)
        press(K.Key_M, CTRL)
        assert marked(rig) == ["Zorblat Quenfry", "Ondrix", "Vemmi Strout", "Kalmoria"]
        assert session.marked_names() == marked(rig)
        for name in marked(rig):
            assert files_contain(rig.path, name) == []
