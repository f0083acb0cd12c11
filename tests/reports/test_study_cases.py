"""The study report shows the cases' attribute tables (Study B's missions)."""

from __future__ import annotations

from pdf_text import pages

from fieldkit.data import forms_dir
from fieldkit.dataset import build_dataset
from fieldkit.protocol.loader import load_protocol
from fieldkit.reports.study import build_study_report


def test_study_b_report_lists_the_missions_of_each_case(tmp_path):
    protocol = load_protocol(forms_dir() / "field-cooperation.yaml")
    data = build_dataset(protocol, [])
    data.interviews = [{
        "interview_id": f"00000000-0000-4000-8000-{n:012d}", "number": n,
        "protocol_id": protocol.id, "protocol_version": protocol.version, "status": "completed",
        "interviewer": "B1", "started_at": "2013-05-02T09:00:00Z", "duration_s": 3000,
        "organisation": "nato", "posting": "shape", "case": ["kosovo"]} for n in (1, 2)]
    out = build_study_report(data, protocol, tmp_path / "b.pdf", identified=True)
    text = " ".join(pages(out))
    start = text.index("The cases The missions of each case")
    block = text[start:start + 900]
    # nine facts about five missions: the facts go down the page
    assert "Case Kosovo Kosovo Kosovo Afghanistan Afghanistan" in block
    assert "Mission KFOR UNMIK EULEX ISAF UNAMA" in block
    assert "Ended – – – December 2014 –" in block
    assert "Troops – – – – –" in block
    assert "Source: Established and ended: the Security Council resolutions" in block
