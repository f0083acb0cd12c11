"""Refused / Don't know / Not applicable: offered only where the protocol lists them."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, key, settle  # noqa: E402

from fieldkit.protocol.model import Special  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier


def offered(screen) -> set[str]:
    return {kind.value for kind, b in screen.specials.items() if not b.isHidden()}


def test_specials_are_offered_and_taken_only_where_listed(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.jump, "organisation")  # lists no special answer
        screen = rig.show(qtbot)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        assert screen.shown_id == "organisation"
        assert offered(screen) == set()
        key(qtbot, K.Key_R, M.ControlModifier)
        settle(qtbot, screen)
        assert session.content.answer("organisation") is None
        assert "not an answer this question allows" in screen.flash_label.text()
        rig.writer.call(session.jump, "first_call")  # lists all three
        screen.refresh()
        settle(qtbot, screen)
        assert offered(screen) == {s.value for s in Special}
        key(qtbot, K.Key_R, M.ControlModifier)
        settle(qtbot, screen)
        assert session.content.answer("first_call").special == "refused"
