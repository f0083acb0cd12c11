"""The Coding tab's coder setting, its flag on codings whose text changed, and its memo box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.interview.coding import Coder
from fieldkit.interview.session import InterviewSession
from fieldkit.operations import memos
from fieldkit.store.content import replay

from .test_coding_view import ANSWER, _dialog, rig  # noqa: F401 - the fixture


def test_coding_as_another_coder_keeps_each_coders_codings_apart(qtbot, rig):  # noqa: F811
    writer, store, iid, _ = rig
    writer.call(lambda: Coder(store, iid).code_answer("emergence_start", "identity"))
    dialog, view = _dialog(qtbot, writer, store, iid)
    assert view.coder_setting.edit.text() == "T01"  # the store's interviewer by default
    qtbot.waitUntil(lambda: view.coding_list.count() == 1, timeout=5000)
    assert view.coding_list.item(0).text() == "Identity: the whole text"
    view.coder_setting.edit.setText("RA Maria")
    view.coder_setting.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: view.coder is not None and view.coder.coder == "RA Maria",
                    timeout=5000)
    view.apply_code("identity")  # the same code on the same text, by another coder
    qtbot.waitUntil(lambda: view.coding_list.count() == 2, timeout=5000)
    shown = sorted(view.coding_list.item(i).text() for i in range(2))
    assert shown == ["Identity: the whole text  · RA Maria", "Identity: the whole text  · T01"]
    # Remove takes only this coder's coding; the other's is refused with a sentence
    t01 = next(i for i in range(2) if view.coding_list.item(i).text().endswith("T01"))
    view.coding_list.setCurrentRow(t01)
    view.remove_current()
    qtbot.waitUntil(lambda: "made by T01" in view.message.text(), timeout=5000)
    assert view.coding_list.count() == 2


def test_a_coding_whose_answer_changed_is_flagged_not_marked(qtbot, rig):  # noqa: F811
    writer, store, iid, _ = rig
    start = ANSWER.index("our mandate")
    writer.call(lambda: Coder(store, iid).code_answer("emergence_start", "mutual_benefit",
                                                      start=start, end=start + 11))
    writer.call(lambda: InterviewSession.resume(store, iid).answer(
        "emergence_start", "We shared nothing at all with them.", reason="corrected"))
    dialog, view = _dialog(qtbot, writer, store, iid)
    qtbot.waitUntil(lambda: view.coding_list.count() == 1, timeout=5000)
    assert view.coding_list.item(0).text() == \
        "Mutual benefit: NEEDS RE-CODING: the text changed since it was coded"
    assert view.text.extraSelections() == []  # nothing marked at the old offsets


def test_a_memo_written_in_the_coding_tab(qtbot, rig):  # noqa: F811
    writer, store, iid, _ = rig
    dialog, view = _dialog(qtbot, writer, store, iid)
    view.memo_box.edit.setPlainText("MARKER-GUI-MEMO ask about the liaison cell again")
    qtbot.mouseClick(view.memo_box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.memo_box.memos.count() == 1, timeout=5000)
    assert "T01\nMARKER-GUI-MEMO ask about" in view.memo_box.memos.item(0).text()
    assert view.memo_box.edit.toPlainText() == ""
    stored = writer.call(lambda: replay(store.events(iid)).memos)
    assert [text for _, text, _ in stored.values()] == \
        ["MARKER-GUI-MEMO ask about the liaison cell again"]
    assert [m.author for m in writer.call(lambda: memos.read(store, "interview", 1))] == ["T01"]
