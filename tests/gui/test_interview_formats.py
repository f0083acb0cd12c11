"""The answer widgets for XLSForm's types: every item of an imported form can be shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.gui.items import editor_for
from fieldkit.gui.items.attachment import AttachmentEditor
from fieldkit.gui.items.formatted import FormattedEditor, RankEditor
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
    assert kinds["photo"] is AttachmentEditor and "per_day" not in kinds
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


def test_an_attachment_is_chosen_and_recorded_from_the_screen(qtbot, tmp_path):
    from fieldkit.store import attachments

    from .helpers import Rig, settle

    protocol = protocol_from_data(PROTOCOL, file="f.yaml", base_dir=tmp_path)
    picture = tmp_path / "desk.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"synthetic" * 30)
    with Rig(tmp_path, protocol) as rig:
        s = rig.start()
        screen = rig.show(qtbot)
        screen.jump("photo")
        settle(qtbot, screen)
        editor = screen.editor
        assert isinstance(editor, AttachmentEditor)
        assert editor.shown_file.text() == "No file chosen yet."
        editor.choose(picture)
        settle(qtbot, screen)
        value = s.content.value("photo")
        assert attachments.content(value) == picture.read_bytes()
        screen.jump("embassy")
        settle(qtbot, screen)
        screen.jump("photo")
        settle(qtbot, screen)
        assert screen.editor.shown_file.text() == "desk.png (1 KB)"
        editor.choose(tmp_path / "missing.png")  # refused in place, the stored file stays
        settle(qtbot, screen)
        assert "does not exist" in screen.error.text()
        assert attachments.content(s.content.value("photo")) == picture.read_bytes()
