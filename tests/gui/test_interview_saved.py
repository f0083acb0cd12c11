"""The saved indicator turns on only once the writer returned; the review lists what is missing."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, focused, key, settle, type_text  # noqa: E402
from test_interview_finish import sections  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier


def test_saved_shows_only_after_the_commit_returned(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.jump, "informal_contacts_week")
        screen = rig.show(qtbot)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        assert screen.shown_id == "informal_contacts_week"
        gate = threading.Event()
        rig.writer.submit(gate.wait)  # the writer is busy (a slow disk) until the gate opens
        seen = []
        screen.saved.setText = lambda text, orig=screen.saved.setText: (seen.append(text),
                                                                        orig(text))
        type_text(qtbot, "12")
        key(qtbot, K.Key_Return)
        qtbot.wait(300)
        assert screen.saved.text() == "Saving…"
        assert session.content.answer("informal_contacts_week") is None  # not committed yet
        assert screen.shown_id == "informal_contacts_week"  # nor moved on
        gate.set()
        settle(qtbot, screen)
        assert screen.saved.text() == "Saved ✓"
        assert "Saving…" in seen and "Saved ✓" not in seen[:seen.index("Saving…") + 1]
        events = [e for e in rig.events() if e.item_id == "informal_contacts_week"]
        assert [e.value for e in events] == [12]
        assert screen.shown_id == "friendships_matter"


def test_the_review_lists_what_is_missing_and_enter_goes_there(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        rig.start()
        screen = rig.show(qtbot)
        key(qtbot, K.Key_Return)  # consent
        settle(qtbot, screen)
        key(qtbot, K.Key_Return, M.ControlModifier)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.review_page
        page = screen.review_page
        required = sections(page)["Required, no answer"]
        assert required[0] == "Date of the interview" and len(required) == 10
        key(qtbot, K.Key_Down)
        key(qtbot, K.Key_Return)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.item_page
        assert screen.shown_id == "interview_language"
        key(qtbot, K.Key_Return, M.ControlModifier)
        settle(qtbot, screen)
        key(qtbot, K.Key_Escape)  # back to the interview
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.item_page
        key(qtbot, K.Key_Return, M.ControlModifier)
        settle(qtbot, screen)
        focused().setFocus()
        screen.review_page.confirm = lambda: True  # the confirmation has its own test
        screen.review_page.finish_button.setFocus()
        key(qtbot, K.Key_Space)  # finish anyway
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.result_page
        assert rig.session.status == "completed"
        assert "Finished with 10 required answers missing." in screen.result_page.message.text()


def test_leaving_pauses_and_the_lock_pauses(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        screen = rig.show(qtbot)
        key(qtbot, K.Key_Return)
        settle(qtbot, screen)
        screen.pause_for_lock()
        settle(qtbot, screen)
        assert session.status == "paused" and screen.paused_banner.isVisible()
        key(qtbot, K.Key_P, M.ControlModifier)
        settle(qtbot, screen)
        assert session.status == "in_progress"
        with qtbot.waitSignal(screen.closed, timeout=3000):
            key(qtbot, K.Key_W, M.ControlModifier)
        assert session.status == "paused"
        assert rig.writer.call(rig.store.interview, session.interview_id).status == "paused"


def test_typed_text_is_never_shown_saved_before_it_is_recorded(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.jump, "member_state")
        screen = rig.show(qtbot)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        assert screen.shown_id == "member_state"
        shown_saved = []  # what the field held, and what was recorded, whenever "Saved ✓" showed

        def watch(text, orig=screen.saved.setText):
            if text == "Saved ✓":
                answer = session.content.answer("member_state")
                shown_saved.append((screen.editor.raw(), answer and answer.value))
            orig(text)

        screen.saved.setText = watch
        type_text(qtbot, "Portugal")
        assert screen.saved.text() == "Typing…"  # 8 characters typed, none of them recorded
        assert session.content.answer("member_state") is None
        qtbot.waitUntil(lambda: screen.saved.text() == "Saved ✓", timeout=5000)
        assert session.content.answer("member_state").value == "Portugal"
        type_text(qtbot, " and Spain")
        assert screen.saved.text() == "Typing…"
        qtbot.waitUntil(lambda: screen.saved.text() == "Saved ✓", timeout=5000)
        assert [raw for raw, recorded in shown_saved if raw != recorded] == []
        assert session.content.answer("member_state").value == "Portugal and Spain"


def test_a_refused_answer_reads_as_a_check_next_to_the_field(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.answer, "informal_groups", ["sport"])
        rig.writer.call(session.jump, "informal_groups")
        screen = rig.show(qtbot)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        assert screen.shown_id == "informal_groups"
        assert screen.state.isVisible() and screen.saved.text() == "Saved ✓"
        key(qtbot, K.Key_7)  # "None", beside the sports group already recorded
        settle(qtbot, screen)
        assert session.content.answer("informal_groups").value == ["sport"]
        assert '"None" cannot be combined with a group' in screen.error.text()
        assert screen.saved.text() == "Check the answer"
        assert not screen.state.isVisible()  # no "Recorded at" beside a refused value
        shown = [w.text() for w in screen.findChildren(type(screen.saved)) if w.isVisible()]
        assert not [t for t in shown if "Not saved" in t or "✓" in t], shown
        # between the question and the field, not under a screen of empty space
        field = screen.editor_scroll.mapTo(screen.item_page, screen.editor_scroll.rect().topLeft())
        assert screen.question.y() < screen.error.y() < field.y()
        key(qtbot, K.Key_7)  # untick "None": the recorded answer stands again
        settle(qtbot, screen)
        assert screen.error.text() == "" and screen.saved.text() == "Saved ✓"
        assert session.content.answer("informal_groups").value == ["sport"]
