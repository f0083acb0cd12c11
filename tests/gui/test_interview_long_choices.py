"""A choice far down a long list (the state represented, from a committee's roster): typed
letters reach it, and the list scrolls to show it, as the arrows move and when the page comes
back with the answer given."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from fieldkit.gui.style import apply_style
from fieldkit.protocol.loader import load_protocol

from .helpers import Rig, focused, key, settle, type_text

FORMS = Path(__file__).resolve().parents[2] / "fieldkit" / "data" / "forms"


@pytest.fixture
def app_look(qapp):
    """The app's own font, palette and stylesheet (bold table headers), as the app starts;
    the test process's look comes back afterwards."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    style = qapp.style().name()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def _in_sight(screen, widget) -> bool:
    """Whether ``widget`` lies wholly inside the visible part of the answer's scroll area."""
    viewport = screen.item_page.editor_scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def _on_state_question(qtbot, tmp_path):
    rig = Rig(tmp_path, load_protocol(FORMS / "informal-relations.yaml"))
    s = rig.start()
    rig.writer.call(s.answer, "organisation", "eu")
    rig.writer.call(s.answer, "role", "ambassador")
    screen = rig.show(qtbot, 1366, 768)
    screen.jump("member_state")
    settle(qtbot, screen)
    return rig, s, screen


def test_typed_letters_reach_a_state_past_the_ninth_and_show_it(qtbot, tmp_path):
    rig, s, screen = _on_state_question(qtbot, tmp_path)
    with rig:
        editor = screen.editor
        assert len(editor.shown()) == 27
        type_text(qtbot, "swe")
        settle(qtbot, screen)
        assert focused().objectName() == "choice_eu-se"
        assert _in_sight(screen, focused()), "the choice typed to is out of sight"
        assert s.content.value("member_state") is None  # typing moves, it does not pick
        key(qtbot, Qt.Key.Key_Return)
        settle(qtbot, screen)
        assert s.content.value("member_state") == "eu-se"


def test_the_same_letter_again_goes_on_to_the_next_state_with_it(qtbot, tmp_path):
    rig, s, screen = _on_state_question(qtbot, tmp_path)
    with rig:
        type_text(qtbot, "s")
        assert focused().objectName() == "choice_eu-sk"  # Slovakia
        qtbot.wait(50)
        type_text(qtbot, "s")
        assert focused().objectName() == "choice_eu-si"  # Slovenia
        type_text(qtbot, "s")
        assert focused().objectName() == "choice_eu-es"  # Spain
        type_text(qtbot, "q")  # no state starts with "sq": the focus stays
        assert focused().objectName() == "choice_eu-es"


def test_the_arrows_and_a_page_coming_back_keep_the_choice_in_sight(qtbot, tmp_path):
    rig, s, screen = _on_state_question(qtbot, tmp_path)
    with rig:
        for _ in range(20):
            key(qtbot, Qt.Key.Key_Down)
        settle(qtbot, screen)
        assert focused().objectName() == "choice_eu-pt"  # the 21st: Portugal
        assert _in_sight(screen, focused())
        key(qtbot, Qt.Key.Key_Return)
        settle(qtbot, screen)
        assert s.content.value("member_state") == "eu-pt"
        key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        settle(qtbot, screen)
        qtbot.waitUntil(lambda: focused().objectName() == "choice_eu-pt", timeout=3000)
        qtbot.waitUntil(lambda: _in_sight(screen, focused()), timeout=3000)


def test_shift_enter_where_only_the_list_may_be_named_keeps_the_typed_name(qtbot, tmp_path):
    rig = Rig(tmp_path, load_protocol(FORMS / "informal-relations.yaml"))
    with rig:
        s = rig.start()
        rig.writer.call(s.answer, "organisation", "eu")
        screen = rig.show(qtbot, 1366, 768)
        screen.jump("players_eu")
        settle(qtbot, screen)
        gen = screen.editor
        assert focused() is gen.filter
        type_text(qtbot, "High Representative")
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        settle(qtbot, screen)
        assert gen.filter.text() == "High Representative"  # not thrown away
        assert gen.error.text() == ("Only people on the list can be named here: "
                                    "“High Representative” was not added.")
        assert s.content.people_of("players_eu") == []


def test_six_follow_up_columns_are_all_in_sight_in_the_first_window(qtbot, tmp_path,
                                                                    app_look):
    """The window opens at 1280x720 (on a 1366x768 laptop screen): Study A's six follow-ups
    and ten characters of a name fit without a sideways scroll bar."""
    rig = Rig(tmp_path, load_protocol(FORMS / "informal-relations.yaml"))
    with rig:
        s = rig.start()
        rig.writer.call(s.answer, "organisation", "eu")
        rig.writer.call(s.add_person, "friends_eu", "eu-pl")
        rig.writer.call(s.add_person, "friends_eu", None, "Former Swiss ambassador")
        screen = rig.show(qtbot, 1280, 720)
        screen.jump("friends_eu")
        settle(qtbot, screen)
        gen = screen.editor
        table, model = gen.table, gen.model
        assert model.columnCount() == 7  # the person and six follow-ups, "Knows" the last
        qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=2000)
        header = table.horizontalHeader()
        right = max(header.sectionViewportPosition(c) + header.sectionSize(c)
                    for c in range(model.columnCount()))
        assert right <= table.viewport().width()
        assert table.columnWidth(0) >= table.fontMetrics().averageCharWidth() * 10
        gen.filter.setFocus()
        gen.filter.setText("Former deputy head of a Baltic delegation to the committee")
        qtbot.wait(20)
        button = gen.free_button  # the narrower list still shows the add button whole
        widest = max(button.fontMetrics().horizontalAdvance(line)
                     for line in button.text().splitlines())
        assert widest + 12 <= button.width(), (button.text(), widest, button.width())


def test_who_a_friend_is_close_to_is_typed_by_name_in_the_people_table(qtbot, tmp_path):
    """The alter-alter follow-up (several of the others named) takes the names as the table
    shows them, their first letters or their numbers; a word that picks nothing is named."""
    rig = Rig(tmp_path, load_protocol(FORMS / "informal-relations.yaml"))
    with rig:
        s = rig.start()
        rig.writer.call(s.answer, "organisation", "eu")
        for roster_id in ("eu-pl", "eu-se", "eu-si"):
            rig.writer.call(s.add_person, "friends_eu", roster_id)
        screen = rig.show(qtbot, 1280, 720)
        screen.jump("friends_eu")
        settle(qtbot, screen)
        gen = screen.editor
        poland = s.content.people_of("friends_eu")[0].instance_id
        key(qtbot, Qt.Key.Key_Tab)
        knows = gen.model.followups.index(s.protocol.item("friend_knows_eu")) + 1
        while gen.table.currentIndex().column() != knows:
            key(qtbot, Qt.Key.Key_Tab)
        assert gen.table.currentIndex().row() == 0 and focused() is gen.table
        type_text(qtbot, "swe, Slovenia")
        key(qtbot, Qt.Key.Key_Return)
        settle(qtbot, screen)
        assert s.content.value("friend_knows_eu", poland) == ["eu-si", "eu-se"]  # list order
        assert gen.error.text() == ""
        assert gen.model.index(0, knows).data() == "Slovenia, Sweden"
        # the cell opened again shows the names, and Enter keeps them
        gen.table.setCurrentIndex(gen.model.index(0, knows))
        key(qtbot, Qt.Key.Key_F2)
        assert focused().text() == "Slovenia, Sweden"
        key(qtbot, Qt.Key.Key_End)
        type_text(qtbot, ", s")  # Sweden or Slovenia: ambiguous, nothing recorded
        key(qtbot, Qt.Key.Key_Return)
        settle(qtbot, screen)
        assert s.content.value("friend_knows_eu", poland) == ["eu-si", "eu-se"]
        assert gen.error.text().startswith("“s” begins more than one choice")
        gen.table.setCurrentIndex(gen.model.index(1, knows))
        type_text(qtbot, "Austria")
        key(qtbot, Qt.Key.Key_Return)
        settle(qtbot, screen)
        assert gen.error.text().startswith("“austria” is not among the choices offered here: 1 ")
        sweden = s.content.people_of("friends_eu")[1].instance_id
        assert s.content.value("friend_knows_eu", sweden) is None
