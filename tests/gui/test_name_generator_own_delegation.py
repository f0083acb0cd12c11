"""Study A's name generators over the committee's roster leave out the respondent's own
delegation once "Which state do you represent?" is answered; naming it is one sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, settle  # noqa: E402

from fieldkit.data import forms_dir  # noqa: E402
from fieldkit.gui.name_generator import ID_ROLE  # noqa: E402
from fieldkit.interview.session import InvalidAnswer  # noqa: E402
from fieldkit.protocol.loader import load_protocol  # noqa: E402

STUDY_A = load_protocol(forms_dir() / "informal-relations.yaml")


def offered(gen) -> list[str]:
    return [gen.proxy.index(r, 0).data(ID_ROLE) for r in range(gen.proxy.rowCount())]


def page(rig, qtbot, item_id: str):
    rig.writer.call(rig.session.jump, item_id)
    screen = rig.show(qtbot, 1366, 768) if rig.screen is None else rig.screen
    rig.screen = screen
    screen.pages.setCurrentWidget(screen.item_page)
    screen.refresh()
    settle(qtbot, screen)
    assert screen.editor.item.id == item_id
    return screen.editor


@pytest.mark.parametrize("generator", ["friends_eu", "players_eu", "difficult_eu"])
def test_the_respondents_own_delegation_is_not_offered(qtbot, tmp_path, generator):
    with Rig(tmp_path, STUDY_A) as rig:
        session = rig.start()
        rig.writer.call(session.answer, "organisation", "eu")
        gen = page(rig, qtbot, generator)
        assert "eu-at" in offered(gen) and len(offered(gen)) == 27  # not known yet: all
        rig.writer.call(session.answer, "member_state", "eu-at")
        gen = page(rig, qtbot, generator)
        assert "eu-at" not in offered(gen) and len(offered(gen)) == 26
        gen.filter.setText("Austria")
        qtbot.wait(20)
        assert offered(gen) == []
        gen.filter.setText("Belgium")
        qtbot.wait(20)
        assert offered(gen) == ["eu-be"]
        # named anyway (a stale list, a script): refused in one sentence, nothing recorded
        gen._add(roster_id="eu-at", label="Austria")
        qtbot.waitUntil(lambda: bool(gen.error.text()), timeout=3000)
        assert gen.error.text() == ("Austria is the respondent's own delegation (answered at "
                                    "'member_state'), so it cannot be named as a tie of theirs")
        assert session.content.people_of(generator) == []
        with pytest.raises(InvalidAnswer, match="own delegation"):
            rig.writer.call(session.add_person, generator, "eu-at")


def test_another_committees_own_state_leaves_this_roster_whole(qtbot, tmp_path):
    with Rig(tmp_path, STUDY_A) as rig:
        session = rig.start()
        rig.writer.call(session.answer, "organisation", "osce")
        rig.writer.call(session.answer, "member_state", "osce-at")
        gen = page(rig, qtbot, "friends_osce")
        assert "osce-at" not in offered(gen) and len(offered(gen)) == 55
        gen.list.setCurrentIndex(gen.proxy.index(0, 0))
        first = offered(gen)[0]
        qtbot.keyClick(gen.list, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(session.content.people_of("friends_osce")) == 1, timeout=3000)
        assert session.content.people_of("friends_osce")[0].roster_id == first
