"""The merge screen sets aside a session file whose protocol clashes with the master's (the
same id and version, other content) and shows why, naming both contents."""

from __future__ import annotations

import pytest

from fieldkit.exchange import export_session

from .lead_rig import LeadRig, study_a
from .test_lead_merge import run_merge, show


@pytest.fixture
def rig(tmp_path):
    r = LeadRig(tmp_path)
    yield r
    r.close()


def test_a_file_with_another_content_of_a_held_protocol_is_set_aside_with_both_named(
        qtbot, rig):
    first = rig.session_file("IV01", 1)
    study = study_a()
    other = type(study).model_validate({**study.model_dump(),
                                        "title": "Informal relations, changed in place"})
    with rig.laptop("IV02") as laptop:
        laptop.add_protocol(other)  # the laptop was given another file under the same name
        rig.interviews(laptop, 1)
        clashing = export_session(laptop, rig.files_dir).path
    page = show(qtbot, rig)
    page.decide_signer = lambda newcomer: True
    page.add_files([str(first), str(clashing)])
    run_merge(qtbot, page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and not page.panel.busy, timeout=30000)
    assert page.row_for(first.name)["Result"] == "merged"
    row = page.row_for(clashing.name)
    assert row["Result"] == "rejected"
    reason = row["Reason and notes"]
    assert other.content_hash[:12] in reason and study.content_hash[:12] in reason
    assert "a changed protocol needs a new version" in reason
    assert page.detail.text() == f"{clashing.name}: rejected. {reason}"
    assert len(rig.master_interviews()) == 1
