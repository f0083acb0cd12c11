"""Each answer widget on its own: what keys do, what it hands the screen to record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldkit.gui.items import editor_for
from fieldkit.gui.name_generator import NameGenerator
from fieldkit.protocol.loader import protocol_from_data

K, M = Qt.Key, Qt.KeyboardModifier

PROTOCOL = {
    "id": "w", "version": "1", "title": "W", "cover": "c", "research_aim": "a",
    "languages": ["en", "fr"],
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "n", "type": "integer", "label": "N", "min": 0, "max": 50, "units": "per week"},
        {"id": "d", "type": "decimal", "label": "D", "min": 0, "max": 50},
        {"id": "yn", "type": "yes_no", "label": "YN"},
        {"id": "one", "type": "select_one", "label": "One",
         "choices": [{"name": "a", "label": "Alpha"}, {"name": "b", "label": "Beta"},
                     {"name": "c", "label": "Gamma"}]},
        {"id": "many", "type": "select_multiple", "label": "Many",
         "choices": [{"name": "a", "label": "Alpha"}, {"name": "b", "label": "Beta"},
                     {"name": "c", "label": "Gamma"}]},
        {"id": "scale", "type": "likert", "label": "Scale",
         "choices": [{"name": str(n), "label": f"Level {n}"} for n in range(1, 6)]},
        {"id": "t", "type": "text", "label": "T"},
        {"id": "long", "type": "long_text", "label": "Long"},
        {"id": "day", "type": "date", "label": "Day"},
        {"id": "note", "type": "note", "label": "Read this"},
    ]}],
}


@pytest.fixture(scope="module")
def protocol(tmp_path_factory):
    return protocol_from_data(PROTOCOL, file="w.yaml", base_dir=tmp_path_factory.mktemp("w"))


def make(qtbot, protocol, item_id):
    editor = editor_for(protocol.item(item_id), protocol, "en")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=3000)
    editor.focus_in()
    got: list = []
    editor.answered.connect(got.append)
    editor.answered.connect(editor.mark_saved)  # as the screen does when it sends it on
    return editor, got


def test_integer_keeps_what_was_typed_and_steps_within_bounds(qtbot, protocol):
    editor, got = make(qtbot, protocol, "n")
    assert editor.raw() is None and editor.units.text() == "per week (0 to 50)"
    qtbot.keyClicks(editor.spin, "60")
    assert editor.raw() == 60  # not cut to 50: the engine's message says why it is wrong
    with qtbot.waitSignal(editor.entered, timeout=1000):
        qtbot.keyClick(editor.spin, K.Key_Return)
    assert editor.take_uncommitted() == (True, 60)
    editor.show_answer(None)
    qtbot.keyClick(editor.spin, K.Key_Up)
    assert editor.raw() == 0
    for _ in range(60):
        qtbot.keyClick(editor.spin, K.Key_Up)
    assert editor.raw() == 50
    qtbot.keyClicks(editor.spin, "x")
    assert editor.raw() == 50  # letters are refused as typed


def test_decimal_takes_a_comma_or_a_point(qtbot, protocol):
    editor, _ = make(qtbot, protocol, "d")
    qtbot.keyClicks(editor.spin, "1,5")
    assert editor.raw() == 1.5
    editor.spin.lineEdit().clear()
    assert editor.raw() is None


def test_yes_no_answers_on_one_key(qtbot, protocol):
    editor, got = make(qtbot, protocol, "yn")
    qtbot.keyClick(editor.focus_target(), K.Key_Y)
    qtbot.keyClick(editor.focus_target(), K.Key_N)
    qtbot.keyClick(editor.focus_target(), K.Key_O)  # oui
    assert got == ["yes", "no", "yes"]


def test_radio_list_digits_pick_arrows_browse_enter_picks_the_browsed(qtbot, protocol):
    editor, got = make(qtbot, protocol, "one")
    qtbot.keyClick(editor.focus_target(), K.Key_2)
    assert got == ["b"]
    qtbot.keyClick(editor.focus_target(), K.Key_Down)
    assert got == ["b"] and editor.raw() == "b"  # moving is not choosing
    with qtbot.waitSignal(editor.entered, timeout=1000):
        qtbot.keyClick(editor.buttons[2], K.Key_Return)
    assert editor.take_uncommitted() == (True, "c")
    editor.show_answer(None)
    qtbot.keyClick(editor.buttons[0], K.Key_Return)  # not browsed: Enter only moves on
    assert editor.raw() is None
    qtbot.keyClick(editor.buttons[0], K.Key_3)
    qtbot.keyClick(editor.buttons[2], K.Key_Delete)
    assert got[-2:] == ["c", None]


def test_likert_and_check_list(qtbot, protocol):
    scale, got = make(qtbot, protocol, "scale")
    qtbot.keyClick(scale.focus_target(), K.Key_4)
    assert got == ["4"] and scale.buttons[3].isChecked()
    many, ticks = make(qtbot, protocol, "many")
    qtbot.keyClick(many.focus_target(), K.Key_1)
    qtbot.keyClick(many.focus_target(), K.Key_3)
    qtbot.keyClick(many.buttons[2], K.Key_Space)
    assert ticks == [["a"], ["a", "c"], ["a"]]
    qtbot.keyClick(many.buttons[0], K.Key_1)
    assert ticks[-1] is None  # nothing ticked: the answer is withdrawn


def test_short_text_enter_and_autosave(qtbot, protocol):
    editor, got = make(qtbot, protocol, "t")
    qtbot.keyClicks(editor.edit, "Brussels")
    with qtbot.waitSignal(editor.answered, timeout=3000) as saved:
        pass  # a pause in typing records the text
    assert saved.args == ["Brussels"]
    qtbot.keyClicks(editor.edit, " office")
    with qtbot.waitSignal(editor.entered, timeout=1000):
        qtbot.keyClick(editor.edit, K.Key_Return)
    assert editor.take_uncommitted() == (True, "Brussels office")


def test_long_text_keeps_lines_and_gives_the_selection(qtbot, protocol):
    editor, got = make(qtbot, protocol, "long")
    qtbot.keyClicks(editor.edit, "first line")
    qtbot.keyClick(editor.edit, K.Key_Return)
    qtbot.keyClicks(editor.edit, "second line")
    with qtbot.waitSignal(editor.answered, timeout=3000) as saved:
        pass
    assert saved.args == ["first line\nsecond line"]
    qtbot.keyClick(editor.edit, K.Key_Home, M.ShiftModifier)
    assert editor.selected_text() == "second line"


def test_date_is_recorded_only_when_confirmed(qtbot, protocol):
    editor, got = make(qtbot, protocol, "day")
    assert editor.raw() is None  # today is offered, not recorded
    qtbot.keyClicks(editor.edit, "20090302")
    with qtbot.waitSignal(editor.entered, timeout=1000):
        qtbot.keyClick(editor.edit, K.Key_Return)
    assert editor.take_uncommitted() == (True, "2009-03-02")
    editor.show_answer(None)
    with qtbot.waitSignal(editor.entered, timeout=1000):
        qtbot.keyClick(editor.edit, K.Key_Return)
    assert editor.raw() == dt.date.today().isoformat()
    qtbot.keyClick(editor.edit, K.Key_Delete)
    assert editor.raw() is None


def test_note_moves_on(qtbot, protocol):
    editor, _ = make(qtbot, protocol, "note")
    with qtbot.waitSignal(editor.entered, timeout=1000):
        qtbot.keyClick(editor, K.Key_Return)


def test_roster_type_ahead_over_fifty_names(qtbot, tmp_path):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import Rig

    with Rig(tmp_path) as rig:
        session = rig.start()
        # the OSCE's 56 participating states (the AU's committee, the PSC, has 15 seats)
        rig.writer.call(session.answer, "organisation", "osce")
        item = session.protocol.item("friends_osce")
        gen = NameGenerator(item, session, rig.writer.submit)
        qtbot.addWidget(gen)
        gen.show()
        qtbot.waitExposed(gen)
        gen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is gen, timeout=3000)
        gen.focus_in()
        assert gen.proxy.rowCount() == 56
        qtbot.keyClicks(gen.filter, "RUSSIAN")  # case does not matter
        assert gen.list.currentIndex().data().startswith("Russian Federation")
        gen.filter.clear()
        qtbot.keyClicks(gen.filter, "ge")  # names that start with the text come first
        assert [gen.proxy.index(r, 0).data().split()[0] for r in range(2)] == ["Georgia",
                                                                               "Germany"]
        qtbot.keyClick(gen.filter, K.Key_Down)
        assert gen.list.hasFocus()
        qtbot.keyClick(gen.list, K.Key_Up)
        assert gen.filter.hasFocus()
        gen.filter.clear()
        qtbot.keyClicks(gen.filter, "zz no such state")
        assert gen.proxy.rowCount() == 0 and gen.free_button.isVisible()
