"""The Coding tab of an interview's review: select text, pick a code by keyboard, see it marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from fieldkit.data import forms_dir
from fieldkit.gui.coding_view import py_index, utf16_pos
from fieldkit.gui.review_dialog import ReviewDialog
from fieldkit.gui.writer import Writer
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

FORMS = forms_dir()
PASSPHRASE = "synthetic-test-passphrase-not-real-7f3a"
ANSWER = "We needed their trucks 🚚 and they needed our mandate, so the cell was shared."


@pytest.fixture
def rig(tmp_path):
    writer = Writer()
    store = writer.call(Store.create, tmp_path / "store", PASSPHRASE, interviewer="T01",
                        enforce_strength=False)

    def record():
        s = InterviewSession.start(store, load_protocol(FORMS / "field-cooperation.yaml"))
        s.record_consent(True)
        s.answer("case", "kosovo")
        s.answer("emergence_start", ANSWER)
        s.add_quote("MARKER-GUI Trust came from the liaison officers.", item_id="emergence_start")
        s.finish(force=True, seal=False)
        return s.interview_id

    iid = writer.call(record)
    yield writer, store, iid, tmp_path
    writer.call(store.close)
    writer.stop()


def _dialog(qtbot, writer, store, iid):
    dialog = ReviewDialog("Interview 1", [("Q", "A")], writer=writer, store=store,
                          interview_id=iid)
    qtbot.addWidget(dialog)
    dialog.show_coding()
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.coding
    qtbot.waitUntil(lambda: view.tree is not None and view.passage_list.count() == 2,
                    timeout=5000)
    return dialog, view


def _select(view, start: int, end: int) -> None:
    text = view.current_passage().text
    cursor = view.text.textCursor()
    cursor.setPosition(utf16_pos(text, start))
    cursor.setPosition(utf16_pos(text, end), QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)


def test_select_a_passage_and_apply_a_code_by_keyboard(qtbot, rig):
    writer, store, iid, _ = rig
    dialog, view = _dialog(qtbot, writer, store, iid)
    assert view.current_passage().item_id == "emergence_start"
    start = ANSWER.index("our mandate")
    _select(view, start, start + len("our mandate"))  # past the emoji: offsets in code points
    view.text.setFocus()
    qtbot.keyClick(view.text, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.picker is not None and view.picker.isVisible(), timeout=3000)
    qtbot.keyClicks(view.picker.line, "mutual")
    assert view.picker.list.count() == 1
    qtbot.keyClick(view.picker.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.coding_list.count() == 1, timeout=5000)
    assert view.coding_list.item(0).text() == "Mutual benefit: “our mandate”"
    (mark,) = view.text.extraSelections()
    assert mark.cursor.selectedText() == "our mandate"
    assert "1 coded" in view.passage_list.item(0).text()
    (event,) = [e for e in writer.call(store.events, iid) if e.kind == "coding"]
    assert event.value["code"] == "mutual_benefit"
    assert (event.value["start"], event.value["end"]) == (start, start + len("our mandate"))
    assert event.item_id == "emergence_start" and event.value["quote_id"] is None


def test_tree_filter_whole_quote_and_removal(qtbot, rig):
    writer, store, iid, _ = rig
    dialog, view = _dialog(qtbot, writer, store, iid)
    view.passage_list.setCurrentRow(1)
    assert view.current_passage().is_quote
    qtbot.keyClicks(view.tree.filter, "cultur")
    shown = []

    def walk(node):
        if not node.isHidden():
            shown.append(node.text(0))
        for i in range(node.childCount()):
            walk(node.child(i))
    for i in range(view.tree.tree.topLevelItemCount()):
        walk(view.tree.tree.topLevelItem(i))
    assert shown == ["Dynamics", "Organisational cultures"]
    node = view.tree.tree.topLevelItem(1).child(0)
    view.tree.tree.setCurrentItem(node)
    view.tree.tree.setFocus()
    qtbot.keyClick(view.tree.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.coding_list.count() == 1, timeout=5000)
    assert view.coding_list.item(0).text() == "Organisational cultures: the whole text"
    coded = [e for e in writer.call(store.events, iid) if e.kind == "coding"]
    assert coded[0].value["quote_id"] == view.current_passage().quote_id
    view.coding_list.setCurrentRow(0)
    view.coding_list.setFocus()
    qtbot.keyClick(view.coding_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.coding_list.count() == 0, timeout=5000)
    assert [e.kind for e in writer.call(store.events, iid)][-1] == "uncoding"
    assert QApplication.instance() is not None


def test_an_unknown_code_shows_one_sentence(qtbot, rig):
    writer, store, iid, _ = rig
    dialog, view = _dialog(qtbot, writer, store, iid)
    view.apply_code("mutual_benefits")
    qtbot.waitUntil(lambda: "did you mean" in view.message.text(), timeout=5000)
    assert view.message.text().startswith("There is no code 'mutual_benefits'")
    assert view.coding_list.count() == 0


def test_offsets_round_trip_past_the_basic_plane():
    i = ANSWER.index("and")
    assert utf16_pos(ANSWER, i) == i + 1 and py_index(ANSWER, i + 1) == i


def test_mark_a_name_by_keyboard_records_it_for_every_output(qtbot, rig):
    writer, store, iid, _ = rig
    dialog, view = _dialog(qtbot, writer, store, iid)
    view.text.setFocus()
    qtbot.keyClick(view.text, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "Select the name" in view.message.text()  # nothing selected: nothing marked
    start = ANSWER.index("trucks")
    _select(view, start, start + len("trucks"))
    qtbot.keyClick(view.text, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Marked" in view.message.text(), timeout=5000)
    marks = [e.value for e in writer.call(store.events, iid) if e.kind == "mark_name"]
    assert marks == ["trucks"]


def test_the_middle_buttons_wrap_instead_of_squeezing_the_side_panes(qtbot, rig):
    writer, store, iid, _ = rig
    dialog, view = _dialog(qtbot, writer, store, iid)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # as at scale 1.5
    view.setFont(font)
    dialog.resize(1000, 700)
    QApplication.processEvents()
    buttons = (view.apply_button, view.remove_button, view.mark_button)
    in_a_row = sum(b.sizeHint().width() for b in buttons)
    middle = view.split.widget(1)
    assert middle.minimumSizeHint().width() < in_a_row  # the row no longer sets the minimum
    view.split.setSizes([330, 340, 330])
    QApplication.processEvents()
    left, mid, right = view.split.sizes()
    assert left >= 250 and right >= 250, view.split.sizes()
    rects = [b.geometry() for b in buttons]
    assert all(r.right() <= middle.width() for r in rects)  # wrapped, inside the pane
    assert not any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1:])
    assert len({r.top() for r in rects}) > 1
