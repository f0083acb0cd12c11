"""Quotes and notes: Shift+Home takes the sentence just said, and the question list marks
the items that have a quote or a note (also after resuming)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, focused, key, settle, type_text  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier
CTRL, SHIFT = M.ControlModifier, M.ShiftModifier
SAID = ("Drafts go round the EU caucus first, and by the time the text reaches the "
        "Council the capitals have usually agreed on every line of it.")


def test_shift_home_selects_the_sentence_and_the_map_marks_quotes_and_notes(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.jump, "formal_preparation")
        s = rig.show(qtbot, 900, 700)  # narrow: the sentence wraps over several lines
        s.consent_given()  # consent is recorded: straight to the questions
        settle(qtbot, s)
        assert focused() is s.editor.edit

        def press(k, mods=M.NoModifier):
            key(qtbot, k, mods)
            settle(qtbot, s)

        type_text(qtbot, "It depends. " + SAID)
        edit = s.editor.edit
        assert edit.document().documentLayout().blockBoundingRect(
            edit.document().firstBlock()).height() > 2 * edit.fontMetrics().lineSpacing()
        press(K.Key_Home, SHIFT)
        assert edit.textCursor().selectedText() == SAID
        press(K.Key_Q, CTRL)
        quotes = rig.writer.call(rig.store.quotes, session.interview_id)
        assert [q.text for q in quotes] == [SAID]
        leaf = s.sections.items["formal_preparation"]
        assert leaf.text(0).endswith("❝") and "has a quote" in leaf.toolTip(0)
        press(K.Key_Home, SHIFT)  # again: one sentence more
        assert edit.textCursor().selectedText() == "It depends. " + SAID
        press(K.Key_N, CTRL)
        type_text(qtbot, "Said with a smile")
        press(K.Key_Return)
        assert leaf.text(0).endswith("❝✎") and focused() is edit
        assert not s.sections.items["decision_speed"].text(0).endswith(("❝", "✎"))
        s.close()
        # resumed: the marks come back from the store
        again = rig.show(qtbot)
        settle(qtbot, again)
        assert again.sections.items["formal_preparation"].text(0).endswith("❝✎")

