"""The people table's follow-up columns: short titles that fit, the questions in full nearby."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import Rig, settle  # noqa: E402

H, TIP = Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole


def test_followup_columns_have_short_titles_a_tooltip_and_a_legend(qtbot, tmp_path):
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.answer, "organisation", "eu")
        rig.writer.call(session.add_person, "friends_eu", "eu-at")
        rig.writer.call(session.add_person, "friends_eu", None,
                        "Former deputy of a Baltic delegation to the committee")
        rig.writer.call(session.jump, "friends_eu")
        screen = rig.show(qtbot, 1366, 768)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        gen = screen.editor
        model, table = gen.model, gen.table
        titles = [model.headerData(c, H) for c in range(1, model.columnCount())]
        assert titles == ["1 Contacts", "2 Close", "3 Trust", "4 Met", "5 Met other"]
        questions = [session.protocol.text(f.label) for f in model.followups]
        assert [model.headerData(c, H, TIP) for c in range(1, model.columnCount())] == questions
        legend = [f"{t}: {q}" for t, q in zip(titles, questions, strict=True)]
        assert gen.legend.toolTip().splitlines() == legend
        assert gen.legend.isVisible() and gen.legend.text().startswith("1 Contacts: ")
        # every follow-up column is in sight: the long name gives way, not the questions
        header = table.horizontalHeader()
        right = max(header.sectionViewportPosition(c) + header.sectionSize(c)
                    for c in range(model.columnCount()))
        assert right <= table.viewport().width()
        assert not table.horizontalScrollBar().isVisible()
        assert table.columnWidth(0) >= table.fontMetrics().averageCharWidth() * 10


def test_someone_not_on_the_list_is_set_apart_and_the_add_button_is_never_clipped(qtbot,
                                                                                 tmp_path):
    long_name = "Former deputy head of a Baltic delegation to the Political and Security Committee"
    with Rig(tmp_path) as rig:
        session = rig.start()
        rig.writer.call(session.answer, "organisation", "eu")
        rig.writer.call(session.add_person, "friends_eu", "eu-at")
        rig.writer.call(session.add_person, "friends_eu", None, "A Baltic deputy")
        rig.writer.call(session.jump, "friends_eu")
        screen = rig.show(qtbot, 1366, 768)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        gen = screen.editor
        model = gen.model
        roster, free = model.index(0, 0), model.index(1, 0)
        assert free.data() == "A Baltic deputy (not on the list)"
        assert free.data(Qt.ItemDataRole.FontRole).italic()
        assert roster.data(Qt.ItemDataRole.FontRole) is None
        assert free.data(Qt.ItemDataRole.ForegroundRole) is not None
        gen.filter.setFocus()
        gen.filter.setText(long_name)
        qtbot.wait(20)
        button = gen.free_button
        assert button.isVisible() and "Shift+Enter" in button.text()
        widest = max(button.fontMetrics().horizontalAdvance(line)
                     for line in button.text().splitlines())
        assert widest + 12 <= button.width(), (button.text(), widest, button.width())
        assert long_name in button.toolTip()


def test_who_a_friend_is_close_to_never_offers_the_friend_themselves(qtbot, tmp_path):
    from fieldkit.data import shipped_protocols
    from fieldkit.protocol.loader import load_protocol

    study_a = next(p for p in map(load_protocol, shipped_protocols())
                   if p.id == "informal-relations")  # as shipped: with the alter-alter question
    with Rig(tmp_path, study_a) as rig:
        session = rig.start()
        rig.writer.call(session.answer, "organisation", "eu")
        for rid in ("eu-be", "eu-fr", "eu-de"):
            rig.writer.call(session.add_person, "friends_eu", rid)
        rig.writer.call(session.jump, "friends_eu")
        screen = rig.show(qtbot, 1366, 768)
        screen.pages.setCurrentWidget(screen.item_page)
        screen.refresh()
        settle(qtbot, screen)
        gen = screen.editor
        model, table = gen.model, gen.table
        column = 1 + [f.id for f in model.followups].index("friend_knows_eu")
        index = model.index(0, column)  # Belgium's row
        roster = session.protocol.rosters["eu_psc"].by_id
        editor = table.itemDelegate().createEditor(table.viewport(), None, index)
        offered = editor.toolTip().split(": ", 1)[1]
        assert roster["eu-fr"].label in offered and roster["eu-de"].label in offered
        assert roster["eu-be"].label not in offered
        said: list[str] = []
        model.on_error = lambda exc: said.append(str(exc))
        assert not model.setData(index, roster["eu-be"].label)
        assert said
        belgium = session.content.people_of("friends_eu")[0].instance_id
        assert session.content.answer("friend_knows_eu", belgium) is None
