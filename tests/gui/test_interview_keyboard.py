"""A whole Study A interview driven only by key presses, then read back from the store."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, files_contain, focused, key, settle, type_text  # noqa: E402
from test_interview_finish import sections  # noqa: E402

from fieldkit.store.content import replay  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier
CTRL, ALT, SHIFT = M.ControlModifier, M.AltModifier, M.ShiftModifier
MARK = "zq-marker-8841"  # planted in free text: must never reach the disk in plaintext


def test_a_whole_interview_by_keyboard(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        rig.start(consent=False)
        s = rig.show(qtbot)
        closed = []
        s.closed.connect(lambda: closed.append(True))
        wall_start = time.monotonic()

        def press(k, mods=M.NoModifier):
            key(qtbot, k, mods)
            settle(qtbot, s)

        def on(item_id):
            assert s.shown_id == item_id, f"on {s.shown_id}, expected {item_id}"

        def cell():
            here = s.editor.table.currentIndex()
            return here.row(), here.column()

        def enter_text(text):
            type_text(qtbot, text)
            press(K.Key_Return)

        # cover and consent: Enter gives consent
        assert focused().objectName() == "consent_given"
        press(K.Key_Return)
        on("intro_note")
        press(K.Key_Return)
        on("interview_date")
        enter_text("20090302")
        on("interview_language")
        press(K.Key_1)
        press(K.Key_Return)
        on("consent_quotes")
        press(K.Key_Y)
        press(K.Key_Return)
        on("organisation")
        press(K.Key_4)  # OSCE: the 56-name roster
        press(K.Key_Return)
        on("role")
        press(K.Key_R, CTRL)  # refused
        assert "Refused" in s.state.text()
        press(K.Key_Return)
        on("member_state")
        enter_text("123")  # breaks the constraint: stays here, message in place, not recorded
        on("member_state")
        assert "not a number" in s.error.text()
        assert s.saved.text() == "Check the answer"  # a check to fix, not a storage failure
        assert rig.session.content.answer("member_state") is None
        press(K.Key_A, CTRL)
        enter_text("Norway")
        assert s.error.text() == ""
        on("gender")
        press(K.Key_Down)  # arrows browse, Enter picks the focused choice and moves on
        press(K.Key_Return)
        on("city")
        press(K.Key_3)
        press(K.Key_Return)
        on("years_in_post")
        press(K.Key_D, CTRL)  # don't know
        press(K.Key_Return)
        on("respondent_name")
        press(K.Key_Right, ALT)  # skipped
        on("formal_meetings_month")
        enter_text("30")  # more than a non-EU committee holds: the protocol's own message
        on("formal_meetings_month")
        assert "more formal meetings" in s.error.text()
        press(K.Key_A, CTRL)
        enter_text("4")
        on("formal_preparation")
        type_text(qtbot, f"Drafts go round the EU caucus first {MARK}")
        press(K.Key_Home, SHIFT)  # select the line and mark it as a quote
        quote_at = rig.session.clock.elapsed_ms()
        press(K.Key_Q, CTRL)
        assert "Quote saved" in s.flash_label.text()
        press(K.Key_Right, ALT)
        on("decision_speed")
        press(K.Key_4)
        press(K.Key_Return)
        on("agreed_before_meeting")
        press(K.Key_D, CTRL)
        press(K.Key_Return)
        on("informal_contacts_week")
        enter_text("7")
        on("friendships_matter")
        press(K.Key_N)
        assert s.sections.items["friendships_example"].isHidden()
        press(K.Key_Y)  # relevance changes live: the follow-up prompt appears
        assert not s.sections.items["friendships_example"].isHidden()
        press(K.Key_Return)
        on("friendships_example")
        type_text(qtbot, "The Nordic ambassadors settled the mandate over dinner.")

        # a pause: the clock stops, the banner shows
        press(K.Key_P, CTRL)
        assert rig.session.status == "paused" and s.paused_banner.isVisible()
        paused_at = rig.session.clock.elapsed_ms()
        qtbot.wait(1200)
        assert rig.session.clock.elapsed_ms() == paused_at
        assert s.clock.text() == s.clock.text()
        press(K.Key_P, CTRL)
        assert rig.session.status == "in_progress" and not s.paused_banner.isVisible()
        press(K.Key_Right, ALT)
        on("negotiations_informal")
        press(K.Key_N)
        press(K.Key_Return)
        on("first_call")
        press(K.Key_2)
        press(K.Key_Return)
        on("first_call_why")
        # a typed quote, from a line of its own
        press(K.Key_Q, CTRL)
        enter_text("A colleague answers faster than my capital")
        type_text(qtbot, "Trust, and the time difference with the capital.")
        press(K.Key_Right, ALT)
        on("friends_intro")
        press(K.Key_Return)

        # the name generator: type-ahead over the roster, free entry, follow-ups in place
        on("friends_osce")
        gen = s.editor
        assert gen.proxy.rowCount() == 56
        type_text(qtbot, "fra")
        press(K.Key_Return)
        type_text(qtbot, "ger")
        press(K.Key_Return)
        type_text(qtbot, "rus")
        press(K.Key_Down)
        assert focused() is gen.list
        press(K.Key_Return)
        type_text(qtbot, "Swiss chair of the committee")
        press(K.Key_Return, SHIFT)
        people = lambda: [rig.session.person_label(p)  # noqa: E731
                          for p in rig.session.content.people_of("friends_osce")]
        assert people() == ["France", "Germany", "Russian Federation",
                            "Swiss chair of the committee"]
        assert gen.proxy.rowCount() == 53  # the named ones leave the list
        press(K.Key_Tab)
        assert focused() is gen.table
        # contacts down the people: Enter records and goes down (France 5, Germany 3)
        enter_text("5")
        assert cell() == (1, 1)
        enter_text("3")
        assert cell() == (2, 1)
        press(K.Key_Up)
        press(K.Key_Up)
        press(K.Key_Tab)  # Tab goes right
        assert cell() == (0, 2)
        press(K.Key_Y)  # one key picks, records and goes down as Enter does
        assert cell() == (1, 2)
        press(K.Key_R, CTRL)  # Germany refused the friend question
        press(K.Key_Up)
        press(K.Key_Tab)
        press(K.Key_4)
        assert cell() == (1, 3)
        press(K.Key_5)
        assert cell() == (2, 3)
        press(K.Key_Up)
        press(K.Key_Up)
        press(K.Key_Tab)
        assert cell() == (0, 4)
        press(K.Key_F2)  # or open the cell and browse its choices
        press(K.Key_Down)
        press(K.Key_Return)
        assert cell() == (1, 4)
        model = gen.table.model()
        assert not model.flags(model.index(1, 5)) & Qt.ItemFlag.ItemIsEditable
        press(K.Key_F2)
        press(K.Key_End)
        press(K.Key_Return)  # 'other': the per-person follow-up opens for Germany only
        assert cell() == (2, 4)
        press(K.Key_Up)
        press(K.Key_Tab)  # Tab reaches it once the answer that made it relevant is saved
        assert cell() == (1, 5)
        enter_text("Golf partners")
        # Russian Federation removed again; the Swiss chair moved up, with don't know contacts
        gen.table.setFocus()
        while gen.table.currentIndex().row() < 2:
            press(K.Key_Down)
        press(K.Key_Delete)
        assert people() == ["France", "Germany", "Swiss chair of the committee"]
        while gen.table.currentIndex().row() < 2:
            press(K.Key_Down)
        press(K.Key_Up, ALT)
        assert people() == ["France", "Swiss chair of the committee", "Germany"]
        assert gen.table.currentIndex().row() == 1
        while gen.table.currentIndex().column() != 1:
            press(K.Key_Left if gen.table.currentIndex().column() > 1 else K.Key_Right)
        press(K.Key_D, CTRL)
        press(K.Key_Right, ALT)
        on("friends_among_themselves")
        type_text(qtbot, "France and Germany dine together.")
        press(K.Key_Right, ALT)

        # informal groups: 'none' with a group breaks the constraint, unticking fixes it
        on("informal_groups")
        press(K.Key_1)
        press(K.Key_7)
        assert "cannot be combined" in s.error.text()
        press(K.Key_7)
        assert s.error.text() == ""
        press(K.Key_Return)
        on("group_freq_caucus")
        press(K.Key_3)
        press(K.Key_Return)
        on("groups_role")
        press(K.Key_Right, ALT)
        on("routines")

        # the language switch relabels the question
        press(K.Key_L, CTRL | SHIFT)
        assert rig.session.language == "fr"
        assert s.question.text().startswith("Décrivez une semaine ordinaire")
        press(K.Key_L, CTRL | SHIFT)
        assert rig.session.language == "en"
        for _ in range(3):
            press(K.Key_Right, ALT)
        on("trust_overall")
        press(K.Key_4)
        press(K.Key_Return)
        for _ in range(3):
            press(K.Key_Right, ALT)
        on("closing_note")
        press(K.Key_Return)
        on("interviewer_notes")
        type_text(qtbot, "Quiet office; one phone interruption.")

        # finish: nothing required is missing (the review lists the refusals and skips);
        # Tab to Finish, Enter, and the confirmation's Alt+F (its default is Not yet)
        press(K.Key_Return, CTRL)
        assert s.pages.currentWidget() is s.review_page
        assert sections(s.review_page).get("Required, no answer") is None
        assert "Refused, don't know or not applicable" in sections(s.review_page)
        press(K.Key_Tab)  # Back, then Finish: the order they stand in
        press(K.Key_Tab)
        assert focused() is s.review_page.finish_button
        QTimer.singleShot(100, lambda: qtbot.keyClick(QApplication.activeModalWidget(),
                                                      K.Key_F, ALT))
        press(K.Key_Return)
        assert s.pages.currentWidget() is s.result_page
        assert "Not sealed" in s.result_page.message.text()
        press(K.Key_Return)
        assert closed == [True]
        wall = time.monotonic() - wall_start

        # ---- what the store holds, read back through its events --------------------------
        events = rig.events()
        content = replay(events)
        labels = {p.instance_id: rig.session.person_label(p)
                  for p in content.people_of("friends_osce")}
        got = {(item, labels.get(iid)): (a.special or a.value)
               for (item, iid), a in content.answers.items()}
        assert got == {
            ("interview_date", None): "2009-03-02",
            ("interview_language", None): "en",
            ("consent_quotes", None): "yes",
            ("organisation", None): "osce",
            ("role", None): "refused",
            ("member_state", None): "Norway",
            ("gender", None): "male",
            ("city", None): "vienna",
            ("years_in_post", None): "dont_know",
            ("formal_meetings_month", None): 4,
            ("formal_preparation", None): f"Drafts go round the EU caucus first {MARK}",
            ("decision_speed", None): "4",
            ("agreed_before_meeting", None): "dont_know",
            ("informal_contacts_week", None): 7,
            ("friendships_matter", None): "yes",
            ("friendships_example", None):
                "The Nordic ambassadors settled the mandate over dinner.",
            ("negotiations_informal", None): "no",
            ("first_call", None): "fellow_ambassador",
            ("first_call_why", None): "Trust, and the time difference with the capital.",
            ("friend_contacts_osce", "France"): 5,
            ("friend_close_osce", "France"): "yes",
            ("friend_trust_osce", "France"): "4",
            ("friend_met_osce", "France"): "this_committee",
            ("friend_contacts_osce", "Germany"): 3,
            ("friend_close_osce", "Germany"): "refused",
            ("friend_trust_osce", "Germany"): "5",
            ("friend_met_osce", "Germany"): "other",
            ("friend_met_other_osce", "Germany"): "Golf partners",
            ("friend_contacts_osce", "Swiss chair of the committee"): "dont_know",
            ("friends_among_themselves", None): "France and Germany dine together.",
            ("informal_groups", None): ["sub_regional_caucus"],
            ("group_freq_caucus", None): "monthly",
            ("trust_overall", None): "4",
            ("interviewer_notes", None): "Quiet office; one phone interruption.",
        }
        # the rejected values never reached the store
        values = [e.value for e in events if e.kind == "answer"]
        assert "123" not in values and 30 not in values
        assert ["sub_regional_caucus", "none"] not in values
        # elapsed times grow with the interview, and the pause is not counted
        times = [e.elapsed_ms for e in events]
        assert times == sorted(times) and times[-1] > times[0]
        assert times[-1] <= (wall - 1.2) * 1000 + 200
        statuses = [e.value for e in events if e.kind == "status"]
        assert statuses == ["paused", "in_progress", "completed"]
        quotes = rig.writer.call(rig.store.quotes, rig.session.interview_id)
        assert [q.text for q in quotes] == [f"Drafts go round the EU caucus first {MARK}",
                                            "A colleague answers faster than my capital"]
        assert quote_at <= quotes[0].elapsed_ms < quotes[1].elapsed_ms
        notes = rig.writer.call(rig.store.notes, rig.session.interview_id)
        assert notes == []  # consent is an engine event now, not a note
        consents = [(e.value, e.seq) for e in events if e.kind == "consent"]
        first_answer = min(e.seq for e in events if e.kind == "answer")
        assert len(consents) == 1 and consents[0][0] is True and consents[0][1] < first_answer
        assert rig.session.status == "completed"
        assert files_contain(rig.path, MARK) == []
