"""The answer widgets for XLSForm's types: every item of an imported form can be shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.gui.items import editor_for
from fieldkit.gui.items.formatted import AttachmentNotice, FormattedEditor, RankEditor
from fieldkit.protocol.loader import protocol_from_data

from ..interview.test_formats import PROTOCOL


def test_every_asked_item_has_a_widget_that_hands_over_what_was_typed(qtbot, tmp_path):
    protocol = protocol_from_data(PROTOCOL, file="f.yaml", base_dir=tmp_path)
    kinds = {}
    for item in protocol.iter_items():
        if not item.asked:
            continue
        editor = editor_for(item, protocol, "en")
        qtbot.addWidget(editor)
        kinds[item.id] = type(editor)
    assert kinds["embassy"] is FormattedEditor and kinds["order"] is RankEditor
    assert kinds["photo"] is AttachmentNotice and "per_day" not in kinds
    embassy = editor_for(protocol.item("embassy"), protocol, "en")
    qtbot.addWidget(embassy)
    assert "latitude longitude" in embassy.edit.placeholderText()
    qtbot.keyClicks(embassy.edit, "9.0108 38.7613")
    assert embassy.take_uncommitted() == (True, "9.0108 38.7613")


def test_a_ranking_is_put_in_order_with_alt_and_the_arrows(qtbot, tmp_path):
    protocol = protocol_from_data(PROTOCOL, file="f.yaml", base_dir=tmp_path)
    rank = editor_for(protocol.item("order"), protocol, "en")
    qtbot.addWidget(rank)
    rank.show()
    assert rank.raw() == ["trust", "speed", "secrecy"]
    rank.list.setCurrentRow(2)
    qtbot.keyClick(rank.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(rank.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert rank.raw() == ["secrecy", "trust", "speed"]
    assert rank.list.item(0).text() == "1. Secrecy" and rank.list.currentRow() == 0
    with qtbot.waitSignal(rank.answered, timeout=3000) as got:
        pass  # recorded after the pause in typing, like every other answer
    assert got.args == [["secrecy", "trust", "speed"]]
