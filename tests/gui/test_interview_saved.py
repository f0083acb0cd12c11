"""The saved indicator turns on only once the writer returned; the review lists what is missing."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, focused, key, settle, type_text  # noqa: E402

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
        assert seen[0] == "Saving…" and "Saved ✓" not in seen[:seen.index("Saving…") + 1]
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
        missing = [screen.review_page.list.item(n).text()
                   for n in range(screen.review_page.list.count())]
        assert missing[0] == "Date of the interview" and len(missing) == 10
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
        screen.review_page.finish_button.setFocus()
        key(qtbot, K.Key_Return)  # finish anyway
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.result_page
        assert rig.session.status == "completed"
        assert "10 required answer(s) missing" in screen.result_page.message.text()


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
