"""Acceptance: a whole Study A interview in the real window, by keyboard only.

Every key goes to the widget that has the focus (as on a laptop), from the unlock page to
home again. The test counts the command keys (every key that is not typed text: Enter, Tab,
digits and letters that pick a choice, shortcuts) and asserts where the focus is after every
page change, start, resume, unlock and dialog close.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit.store.content import replay

from .app_support import PASSPHRASE, app_factory, make_store  # noqa: F401
from .test_interview_finish import sections

K, M = Qt.Key, Qt.KeyboardModifier
CTRL, ALT, SHIFT = M.ControlModifier, M.AltModifier, M.ShiftModifier
MAX_COMMAND_KEYS = 110  # issue 11's acceptance bound for the whole interview
ROSTER_PEOPLE = ("fra", "ger", "rus", "pol")  # typed into the name filter, Enter adds
FREE_PERSON = "Swiss chair of the committee"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


class Keyboard:
    """Presses keys on the focused widget, counting the command keys; waits for the writer."""

    def __init__(self, qtbot: Any, app: Any):
        self.qtbot, self.app = qtbot, app
        self.commands: list[str] = []

    def settle(self) -> None:
        QApplication.processEvents()
        screen = self.app.window.interview
        self.qtbot.waitUntil(lambda: self.app.writer.pending == 0 and (
            screen is None or screen.pending == 0), timeout=10000)
        QApplication.processEvents()

    def press(self, key: Qt.Key, mods: Qt.KeyboardModifier = M.NoModifier, *,
              settle: bool = True) -> None:
        self.commands.append(f"{mods.value:x}:{key.name}")
        self.qtbot.keyClick(focused(), key, mods)
        if settle:
            self.settle()

    def type(self, text: str) -> None:
        """Typed text: one key per character, not counted as command keys."""
        for char in text:
            self.qtbot.keyClicks(focused(), char)
        self.settle()

    def enter_text(self, text: str) -> None:
        self.type(text)
        self.press(K.Key_Return)

    def in_dialog(self, steps: Any) -> None:
        """Run ``steps(dialog)`` once the next modal dialog is up (it blocks the press)."""
        def run() -> None:  # polled by timer: the dialog's own loop runs under this one
            dialog = QApplication.activeModalWidget()
            if dialog is None or QApplication.activeWindow() is not dialog:
                QTimer.singleShot(20, run)
            else:
                steps(dialog)
        QTimer.singleShot(0, run)


def test_a_whole_study_a_interview_by_keyboard_in_the_window(qtbot, tmp_path,
                                                             app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    window = app.window
    keys = Keyboard(qtbot, app)

    # ---- unlock and start -------------------------------------------------------------
    assert focused() is window.entry.passphrase
    keys.type(PASSPHRASE)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "home" and bool(window.home.protocols),
                    timeout=10000)
    home = window.home
    assert focused() is home.table

    def start_dialog(dialog: QWidget) -> None:
        assert focused() is dialog.respondent
        keys.type("R-ACC-1")
        keys.press(K.Key_Return, settle=False)

    keys.in_dialog(start_dialog)
    keys.press(K.Key_S, ALT)
    qtbot.waitUntil(lambda: window.current_screen == "interview", timeout=10000)
    keys.settle()
    s = window.interview
    assert focused().objectName() == "consent_given"  # the dialog closed onto consent
    assert s.session.clock.elapsed_ms() == 0  # the clock starts at consent

    def at(item_id: str) -> None:
        """On ``item_id`` with the keys in its answer field."""
        qtbot.waitUntil(lambda: s.shown_id == item_id, timeout=5000)
        keys.settle()
        assert s.pages.currentWidget() is s.item_page
        target = s.editor.focus_target()
        assert focused() is target, (item_id, focused().objectName(), target.objectName())

    # ---- opening: consent, date, language, quotation consent ---------------------------
    keys.press(K.Key_Return)
    at("intro_note")
    keys.press(K.Key_Return)
    at("interview_date")
    keys.enter_text("20090302")
    at("interview_language")
    keys.press(K.Key_1)
    keys.press(K.Key_Return)
    at("consent_quotes")
    keys.press(K.Key_Y)
    keys.press(K.Key_Return)

    # ---- about the respondent: a refusal and a constraint fixed -------------------------
    at("organisation")
    keys.press(K.Key_4)  # OSCE
    keys.press(K.Key_Return)
    at("role")
    keys.press(K.Key_R, CTRL)
    assert "Refused" in s.state.text()
    keys.press(K.Key_Return)
    at("member_state")
    keys.enter_text("123")
    at("member_state")  # refused by the protocol's own message, not recorded
    assert "name of the state" in s.error.text()
    keys.press(K.Key_A, CTRL)
    keys.enter_text("Norway")
    at("gender")
    keys.press(K.Key_2)
    keys.press(K.Key_Return)
    at("city")
    keys.press(K.Key_3)
    keys.press(K.Key_Return)
    at("years_in_post")
    keys.enter_text("3.5")
    at("respondent_name")
    keys.enter_text("Jan Testperson")

    # ---- formal meetings: a quote from the notes ----------------------------------------
    at("formal_meetings_month")
    keys.enter_text("4")
    at("formal_preparation")
    keys.type("Drafts go round the EU caucus first.")
    keys.press(K.Key_Home, SHIFT)
    keys.press(K.Key_Q, CTRL)
    assert "Quote saved" in s.flash_label.text()
    keys.press(K.Key_Right, ALT)
    at("decision_speed")
    keys.press(K.Key_4)
    keys.press(K.Key_Return)
    at("agreed_before_meeting")
    keys.press(K.Key_5)
    keys.press(K.Key_Return)

    # ---- informal communication: a pause, a typed quote --------------------------------
    at("informal_contacts_week")
    keys.enter_text("7")
    at("friendships_matter")
    keys.press(K.Key_Y)
    keys.press(K.Key_Return)
    at("friendships_example")
    keys.type("The Nordic ambassadors settled the mandate over dinner.")
    keys.press(K.Key_P, CTRL)
    assert s.session.status == "paused" and s.paused_banner.isVisible()
    paused_at = s.session.clock.elapsed_ms()
    qtbot.wait(300)
    assert s.session.clock.elapsed_ms() == paused_at
    keys.press(K.Key_P, CTRL)
    assert s.session.status == "in_progress"
    assert focused() is s.editor.focus_target()  # resumed: the notes keep the keys
    keys.press(K.Key_Right, ALT)
    at("negotiations_informal")
    keys.press(K.Key_Y)
    keys.press(K.Key_Return)
    at("negotiations_where")
    keys.type("Over lunch, in the Nordic-Baltic group.")
    keys.press(K.Key_Right, ALT)
    at("first_call")
    keys.press(K.Key_2)
    keys.press(K.Key_Return)
    at("first_call_why")
    keys.press(K.Key_Q, CTRL)
    assert focused() is s.bar.edit
    keys.enter_text("A colleague answers faster than my capital.")
    assert focused() is s.editor.focus_target()  # the line closed: back to the notes
    keys.type("Trust, and the time difference.")
    keys.press(K.Key_Right, ALT)

    # ---- the name generator: 4 from the roster, 1 not on it, every follow-up ------------
    at("friends_intro")
    keys.press(K.Key_Return)
    at("friends_osce")
    gen = s.editor
    for typed in ROSTER_PEOPLE:
        keys.enter_text(typed)
    keys.type(FREE_PERSON)
    keys.press(K.Key_Return, SHIFT)
    people = [s.session.person_label(p) for p in s.session.content.people_of("friends_osce")]
    assert people == ["France", "Germany", "Russian Federation", "Poland", FREE_PERSON]
    keys.press(K.Key_Tab)
    assert focused() is gen.table
    answers = {  # contacts, friend (Y/N), trust (1-5), how met (1-6)
        "France": ("5", K.Key_Y, K.Key_4, K.Key_1),
        "Germany": ("3", K.Key_N, K.Key_5, K.Key_6),
        "Russian Federation": ("1", K.Key_N, K.Key_2, K.Key_3),
        "Poland": ("2", K.Key_Y, K.Key_4, K.Key_2),
        FREE_PERSON: ("4", K.Key_Y, K.Key_5, K.Key_1),
    }
    # question by question down the people: Enter (or the key that picks) records and goes
    # down; after the last person, to the first person of the next follow-up
    for column in range(1, 5):
        for row, row_answers in enumerate(answers.values()):
            assert (gen.table.currentIndex().row(), gen.table.currentIndex().column()) \
                == (row, column)
            pick = row_answers[column - 1]
            if isinstance(pick, str):
                keys.enter_text(pick)  # a number: typed, Enter records and moves down
            else:
                keys.press(pick)  # one key picks, records and moves down
            qtbot.waitUntil(lambda: gen.model.writing == 0, timeout=5000)
            assert focused() is gen.table
    # "Other" (Germany) opened its own follow-up: the keys land on it
    assert gen.table.currentIndex().row() == 1 and gen.table.currentIndex().column() == 5
    keys.enter_text("Golf partners")
    assert focused() is gen.table
    keys.press(K.Key_Right, ALT)
    at("friends_among_themselves")
    keys.type("France and Poland dine together.")
    keys.press(K.Key_Right, ALT)

    # ---- informal groups: "none" with a group is refused; unticking fixes it ------------
    at("informal_groups")
    keys.press(K.Key_1)
    keys.press(K.Key_7)
    assert "cannot be combined" in s.error.text()
    keys.press(K.Key_7)
    assert s.error.text() == ""
    keys.press(K.Key_Return)
    at("group_freq_caucus")
    keys.press(K.Key_3)
    keys.press(K.Key_Return)
    at("groups_role")
    keys.type("Positions are lined up before the Council.")
    keys.press(K.Key_Right, ALT)

    # ---- practices: the language switch, a lock, leaving and resuming -------------------
    at("routines")
    keys.press(K.Key_L, CTRL | SHIFT)
    assert s.session.language == "fr" and s.question.text().startswith("Décrivez")
    assert focused() is s.editor.focus_target()
    keys.type("Le mardi, un repas a quatre.")
    keys.press(K.Key_L, CTRL | SHIFT)
    assert s.session.language == "en"
    keys.press(K.Key_Right, ALT)
    at("practices_informal")
    keys.type("Receptions and text messages.")
    keys.press(K.Key_Right, ALT)
    at("trust_building")
    keys.type("Slowly, by keeping confidences.")
    keys.press(K.Key_L, CTRL)  # locked: the clock runs on
    assert window.current_screen == "lock" and focused() is window.lock_page.passphrase
    keys.type(PASSPHRASE)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "interview", timeout=10000)
    at("trust_building")  # unlocked: the notes have the keys again
    keys.press(K.Key_Right, ALT)
    at("trust_overall")
    keys.press(K.Key_4)
    keys.press(K.Key_Return)
    at("privacy_informal")
    keys.type("Nothing leaves the room without consent.")
    keys.press(K.Key_W, CTRL)  # leave: home, the clock paused
    qtbot.waitUntil(lambda: window.current_screen == "home", timeout=10000)
    qtbot.waitUntil(lambda: home.selected_row() is not None, timeout=10000)
    assert focused() is home.table and home.selected_row().respondent == "R-ACC-1"
    keys.press(K.Key_Return)  # resume the interview selected
    qtbot.waitUntil(lambda: window.current_screen == "interview", timeout=10000)
    s = window.interview
    at("privacy_informal")
    keys.press(K.Key_Right, ALT)
    at("delegation_relations")
    keys.type("The two neighbours rarely agree.")
    keys.press(K.Key_Right, ALT)

    # ---- closing and finishing ----------------------------------------------------------
    at("anything_else")
    keys.type("No.")
    keys.press(K.Key_Right, ALT)
    at("closing_note")
    keys.press(K.Key_Return)
    at("interviewer_notes")
    keys.type("Quiet office; one phone interruption.")
    keys.press(K.Key_Return, CTRL)
    # what the store holds before the interview is sealed away (read back further down)
    events = app.writer.call(window.store.events, s.session.interview_id)
    quotes = app.writer.call(window.store.quotes, s.session.interview_id)
    assert s.pages.currentWidget() is s.review_page and focused() is s.review_page.list
    # every question asked has an answer: the review lists only the refusal
    assert sections(s.review_page) == {"Refused, don't know or not applicable": [
        "What is your position in the delegation?  (Refused)"]}
    keys.press(K.Key_Tab)
    keys.press(K.Key_Tab)
    assert focused() is s.review_page.finish_button

    def confirm(dialog: QWidget) -> None:
        assert focused().text() == "&Not yet"  # a reflex Enter keeps the interview open
        keys.press(K.Key_F, ALT, settle=False)

    keys.in_dialog(confirm)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: s.pages.currentWidget() is s.result_page, timeout=10000)
    assert focused() is s.result_page.home  # the confirmation closed onto the result
    assert "Sealed" in s.result_page.message.text()
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "home", timeout=10000)
    assert focused() is home.table

    # ---- the count, and what the store recorded -----------------------------------------
    count = len(keys.commands)
    print(f"\ncommand keys for the whole Study A interview: {count} "
          f"(at most {MAX_COMMAND_KEYS}; Qt platform {QApplication.platformName()})")
    assert count <= MAX_COMMAND_KEYS, keys.commands
    content = replay(events)
    labels = {p.instance_id: s.session.person_label(p)
              for p in content.people_of("friends_osce")}
    got = {(item, labels.get(iid)): (a.special or a.value)
           for (item, iid), a in content.answers.items()}
    assert len(got) == 33 + 5 * 4 + 1, sorted(got)  # 33 questions, every follow-up
    assert got[("role", None)] == "refused"
    assert got[("member_state", None)] == "Norway"
    assert got[("friend_met_other_osce", "Germany")] == "Golf partners"
    assert got[("friend_close_osce", FREE_PERSON)] == "yes"
    assert got[("friend_met_osce", "Poland")] == "earlier_posting"
    assert got[("informal_groups", None)] == ["sub_regional_caucus"]
    assert got[("routines", None)] == "Le mardi, un repas a quatre."
    assert got[("delegation_relations", None)] == "The two neighbours rarely agree."
    followups = [k for k in got if k[1] is not None]
    assert len(followups) == 5 * 4 + 1  # every follow-up of every person
    assert [e.value for e in events if e.kind == "answer" and e.item_id == "member_state"] \
        == ["Norway"]
    statuses = [e.value for e in events if e.kind == "status"]
    assert statuses == ["paused", "in_progress", "paused", "in_progress"]  # Ctrl+P, leaving
    assert [q.text for q in quotes] == ["Drafts go round the EU caucus first.",
                                        "A colleague answers faster than my capital."]
    sealed = app.writer.call(window.store.interview, s.session.interview_id)
    assert sealed.status == "completed"
