"""The numbering scheme from the Merge screen: set on a real master, then merged interviews
numbered in their organisation's block; a wrong block is one sentence and nothing is kept."""

from __future__ import annotations

import pytest

from fieldkit.gui.lead_merge import MergePage

from .lead_rig import LeadRig, study_a


@pytest.fixture
def rig(tmp_path):
    r = LeadRig(tmp_path)
    yield r
    r.close()


def test_a_scheme_set_in_the_dialog_numbers_merged_interviews_by_block(qtbot, rig):
    rig.writer.call(rig.master.add_protocol, study_a())
    page = MergePage(rig.writer, rig.master)
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_numbering()
    qtbot.waitUntil(lambda: dialog.protocol.currentText() == "informal-relations")
    offered = [dialog.item.itemText(i) for i in range(dialog.item.count())]
    assert "organisation" in offered and "formal_meetings_month" not in offered
    qtbot.waitUntil(lambda: dialog.current.text().startswith("No scheme"))
    dialog.item.setCurrentText("organisation")
    dialog.blocks.setText("EU=1,AU=20,OSCE=40,NATO=60")
    dialog.set_scheme()
    qtbot.waitUntil(lambda: "'NATO' is not a choice" in dialog.message.text())
    assert rig.writer.call(rig.master.exchange.numbering_scheme, "informal-relations") is None
    dialog.blocks.setText("EU=1,AU=20,OSCE=40")  # the OAS left without a block
    dialog.set_scheme()
    qtbot.waitUntil(lambda: dialog.current.text().startswith(
        "informal-relations: numbered by organisation: eu 1–19, au 20–39, osce 40–59"))
    assert dialog.message.text() == ""
    page.add_files([rig.session_file("IV01", 4)])
    page.decide_signer = lambda newcomer: True
    with qtbot.waitSignal(page.merged, timeout=30000):
        page.merge()
    entries = rig.writer.call(rig.master.exchange.study_numbers)
    # the rig's four interviews answer four organisations: each the first of its block, and
    # the OAS one after every block, which the merge's summary says
    assert sorted(e.study_number for e in entries) == [1, 20, 40, 60]
    oas = next(e for e in entries if e.study_number == 60)
    assert f"Interview 60 ({oas.interview_id}): its answer to organisation (oas) has no block" \
        in page.panel.message.text()
    dialog.clear_scheme()
    qtbot.waitUntil(lambda: dialog.current.text().startswith("No scheme"))
    assert rig.writer.call(rig.master.exchange.numbering_scheme, "informal-relations") is None
