"""The overview (Ctrl+O) by keys to the focused widget: every question with its answer, greyed
when not asked, marked for quotes and unusual answers; arrows move, Enter goes, Esc returns."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, focused, key, settle, study_a, type_text  # noqa: E402

from fieldkit.gui.interview_overview import ID_ROLE, OverviewPage  # noqa: E402
from fieldkit.protocol.loader import protocol_from_data  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier
CTRL = M.ControlModifier


def answered_rig(qtbot, rig, at="decision_speed"):
    session = rig.start()
    call = rig.writer.call
    call(session.answer, "organisation", "eu")
    call(session.special, "role", "refused")
    call(session.answer, "years_in_post", 3.5)
    call(session.answer, "formal_preparation",
         "Drafts go round the caucus first, then the capitals, then the committee.")
    call(session.answer, "informal_contacts_week", 55)  # unusual, not confirmed
    people = [call(session.add_person, "friends_eu", r) for r in ("eu-at", "eu-be")]
    call(session.answer, "friend_contacts_eu", 4, people[0].instance_id)
    call(session.add_quote, "Dinner settles it.", "formal_preparation")
    call(session.jump, at)
    screen = rig.show(qtbot)
    screen.pages.setCurrentWidget(screen.item_page)
    screen.refresh()
    screen.editor.focus_in()
    settle(qtbot, screen)
    return session, screen


def row_of(page, item_id):
    row = page.rows[item_id]
    return row.text(0), row.text(1), row.text(2)


def current_id(page):
    return page.tree.currentItem().data(0, ID_ROLE)


def test_the_overview_shows_every_answer_and_goes_where_enter_is_pressed(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen = answered_rig(qtbot, rig)
        key(qtbot, K.Key_O, CTRL)
        settle(qtbot, screen)
        page = screen.overview_page
        assert screen.pages.currentWidget() is page and focused() is page.tree
        assert current_id(page) == "decision_speed"  # opened where the interview is
        assert row_of(page, "organisation")[1].startswith("European Union")
        assert row_of(page, "role")[1] == "Refused"
        assert row_of(page, "years_in_post")[1] == "3.5 years"
        text = row_of(page, "formal_preparation")
        assert text[1].startswith("Drafts go round the caucus") and text[1].endswith("…")
        assert "❝" in text[2]  # a quote is marked
        contacts = row_of(page, "informal_contacts_week")
        assert contacts[1] == "55 contacts per week" and "⚠" in contacts[2]
        assert row_of(page, "friends_eu")[1] == "2 named: Austria, Belgium · follow-ups 1/8"
        assert row_of(page, "friends_au")[1] == "not asked"  # the EU was answered
        assert page.rows["friends_au"].foreground(0).color().name() == "#8a9099"
        assert row_of(page, "respondent_name")[1] == "—"
        assert "1 unusual answer not confirmed (⚠)" in page.summary.text()
        # arrows move, Enter goes to the question with the keys in its field
        for _ in range(20):
            if current_id(page) == "organisation":
                break
            key(qtbot, K.Key_Up)
        assert current_id(page) == "organisation"
        key(qtbot, K.Key_Return)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.item_page
        assert screen.shown_id == "organisation"
        assert focused() is screen.editor.focus_target()
        # Esc goes back to where the overview was opened
        key(qtbot, K.Key_O, CTRL)
        settle(qtbot, screen)
        assert focused() is page.tree and current_id(page) == "organisation"
        key(qtbot, K.Key_Down)
        key(qtbot, K.Key_Escape)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.item_page
        assert screen.shown_id == "organisation" and focused() is screen.editor.focus_target()


def test_typed_answers_show_and_esc_returns_to_the_review(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen = answered_rig(qtbot, rig, at="member_state")
        type_text(qtbot, "Norway")  # typed, not yet recorded: Ctrl+O records it first
        key(qtbot, K.Key_O, CTRL)
        settle(qtbot, screen)
        page = screen.overview_page
        assert row_of(page, "member_state")[1] == "Norway"
        assert session.content.value("member_state") == "Norway"
        key(qtbot, K.Key_Escape)
        settle(qtbot, screen)
        key(qtbot, K.Key_Return, CTRL)  # the review, then the overview from there
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.review_page
        key(qtbot, K.Key_O, CTRL)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is page and focused() is page.tree
        key(qtbot, K.Key_Escape)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.review_page
        assert focused() is screen.review_page.list


def test_rows_are_made_once_and_a_change_touches_only_its_rows(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen = answered_rig(qtbot, rig)
        key(qtbot, K.Key_O, CTRL)
        settle(qtbot, screen)
        page = screen.overview_page
        rows = dict(page.rows)
        before = dict(page._shown)
        rig.writer.call(session.answer, "gender", "female")
        page.refresh()
        changed = {k for k, v in page._shown.items() if before.get(k) != v}
        assert changed == {"gender", "respondent"}  # the row and its section's count
        assert page.rows == rows


def test_sixty_questions_refresh_fast(qtbot, tmp_path):
    data = study_a().model_dump(mode="json", exclude_none=True)
    extra = [{"id": f"extra_{n}", "type": "integer", "label": f"Extra question {n}"}
             for n in range(20)]
    data["sections"].append({"id": "extra", "title": "Extra", "items": extra})
    protocol = protocol_from_data(data, file="sixty.yaml", base_dir=Path(tmp_path))
    with Rig(tmp_path, protocol) as rig:
        session = rig.start()
        for n in range(20):
            rig.writer.call(session.answer, f"extra_{n}", n)
        page = OverviewPage(session, {})
        qtbot.addWidget(page)
        assert len(page.rows) >= 60
        start = time.perf_counter()
        page.refresh()
        first = time.perf_counter() - start
        rig.writer.call(session.answer, "extra_3", 33)
        start = time.perf_counter()
        page.refresh()
        again = time.perf_counter() - start
        assert page.rows["extra_3"].text(1) == "33"
        assert first < 0.5 and again < 0.25, (first, again)
