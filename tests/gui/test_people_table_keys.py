"""The people table by keyboard: Tab stays in it, every choice cell takes a digit, and the
Person column stays in sight when the follow-ups scroll sideways."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, focused, key, settle  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier


def open_generator(qtbot, rig, people=2, width=1366, height=768):
    session = rig.start()
    rig.writer.call(session.answer, "organisation", "eu")
    for roster_id in ("eu-at", "eu-be", "eu-fr")[:people]:
        rig.writer.call(session.add_person, "friends_eu", roster_id)
    rig.writer.call(session.jump, "friends_eu")
    screen = rig.show(qtbot, width, height)
    screen.pages.setCurrentWidget(screen.item_page)
    screen.refresh()
    settle(qtbot, screen)
    assert screen.shown_id == "friends_eu"
    return session, screen, screen.editor


def cell(gen) -> tuple[int, int]:
    here = gen.table.currentIndex()
    return here.row(), here.column()


def test_tab_and_shift_tab_stay_in_the_table(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen, gen = open_generator(qtbot, rig)
        gen.filter.setFocus()
        key(qtbot, K.Key_Tab)
        assert focused() is gen.table and cell(gen) == (0, 1)
        seen = [cell(gen)]
        for _ in range(7):  # 4 asked per person ("Met other" is not, until "Other" is met)
            key(qtbot, K.Key_Tab)
            assert focused() is gen.table
            seen.append(cell(gen))
        assert seen == [(0, 1), (0, 2), (0, 3), (0, 4), (1, 1), (1, 2), (1, 3), (1, 4)]
        key(qtbot, K.Key_Tab)  # past the last cell: round to the first, still in the table
        assert focused() is gen.table and cell(gen) == (0, 1)
        key(qtbot, K.Key_Tab)
        key(qtbot, K.Key_Backtab, M.ShiftModifier)
        assert focused() is gen.table and cell(gen) == (0, 1)
        key(qtbot, K.Key_Backtab, M.ShiftModifier)  # before the first: back to the names
        assert focused() is gen.filter
        # typing into a cell, then Tab: recorded, and on to the next cell asked
        key(qtbot, K.Key_Tab)
        qtbot.keyClicks(focused(), "3")
        key(qtbot, K.Key_Tab)
        settle(qtbot, screen)
        qtbot.waitUntil(lambda: cell(gen) == (0, 2), timeout=3000)
        person = session.content.people_of("friends_eu")[0]
        assert session.content.value("friend_contacts_eu", person.instance_id) == 3
        assert QApplication.focusWidget() is gen.table


def test_every_choice_cell_takes_a_digit(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen, gen = open_generator(qtbot, rig, people=1)
        gen.focus_table()
        person = session.content.people_of("friends_eu")[0].instance_id
        for column, digit, item_id, expected in ((2, K.Key_1, "friend_close_eu", "yes"),
                                                 (3, K.Key_4, "friend_trust_eu", "4"),
                                                 (4, K.Key_2, "friend_met_eu", "earlier_posting")):
            gen.table.setCurrentIndex(gen.model.index(0, column))
            gen.table.setFocus()
            key(qtbot, digit)  # picks the n-th choice, records it and moves on
            settle(qtbot, screen)
            assert session.content.value(item_id, person) == expected, item_id
            assert focused() is gen.table
            assert cell(gen) == ((0, column + 1) if column < 4 else (0, 4))  # the last stays
        gen.table.setCurrentIndex(gen.model.index(0, 2))
        gen.table.setFocus()
        key(qtbot, K.Key_N)  # and a yes-no cell takes Y / N
        settle(qtbot, screen)
        assert cell(gen) == (0, 3)
        assert session.content.value("friend_close_eu", person) == "no"


def test_the_person_column_stays_in_sight(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen, gen = open_generator(qtbot, rig, people=2, width=1000, height=700)
        table = gen.table
        # a narrow table: the follow-ups must scroll sideways
        gen.table.setColumnWidth(0, 200)
        for column in range(1, gen.model.columnCount()):
            table.setColumnWidth(column, 260)
        gen.focus_table()
        for _ in range(4):
            key(qtbot, K.Key_Tab)
        settle(qtbot, screen)
        assert cell(gen) == (1, 1) or cell(gen)[1] >= 1
        table.setCurrentIndex(gen.model.index(0, gen.model.columnCount() - 2))
        qtbot.wait(50)
        assert table.horizontalScrollBar().value() > 0, "nothing scrolled: the test is void"
        frozen = table.frozen
        assert frozen.isVisible()
        assert frozen.x() == table.verticalHeader().width() + table.frameWidth()
        assert frozen.width() == table.columnWidth(0)
        name = frozen.indexAt(QPoint(5, frozen.rowViewportPosition(0) + 3)).data()
        assert name == session.person_label(session.content.people_of("friends_eu")[0])
        # the current cell is not hidden under the names
        assert table.visualRect(table.currentIndex()).left() >= table.columnWidth(0)


def test_enter_goes_down_to_the_next_person_and_tab_goes_right(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session, screen, gen = open_generator(qtbot, rig, people=3)
        gen.focus_table()
        assert focused() is gen.table and cell(gen) == (0, 1)
        people = [p.instance_id for p in session.content.people_of("friends_eu")]
        for row, typed in enumerate("524"):  # contacts, down the people
            assert cell(gen) == (row, 1)
            qtbot.keyClicks(focused(), typed)
            key(qtbot, K.Key_Return)
            settle(qtbot, screen)
            assert focused() is gen.table
        assert [session.content.value("friend_contacts_eu", p) for p in people] == [5, 2, 4]
        qtbot.waitUntil(lambda: cell(gen) == (0, 2), timeout=3000)  # after the last: next column
        key(qtbot, K.Key_Y)  # a one-key pick goes down as Enter does
        settle(qtbot, screen)
        qtbot.waitUntil(lambda: cell(gen) == (1, 2), timeout=3000)
        key(qtbot, K.Key_Tab)  # Tab still goes right
        assert cell(gen) == (1, 3) and focused() is gen.table
        assert session.content.value("friend_close_eu", people[0]) == "yes"
