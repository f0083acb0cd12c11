"""The study and coding reports say how many codings they leave out because the coded text
changed after coding (flagged for re-coding, never counted at old offsets)."""

from __future__ import annotations

from pathlib import Path

import coding_study as cs
import pdf_text

from fieldkit.interview.session import InterviewSession
from fieldkit.operations.outputs import OutputRequest, produce, write_coding, write_report
from fieldkit.store import Store


def reports(path: Path, tmp: Path) -> tuple[str, str]:
    study, coding = tmp / "study.pdf", tmp / "coding.pdf"
    with Store.open(path, cs.PASS) as store:
        produce(store, OutputRequest("study", identified=True),
                lambda p: [write_report(p, study)])
        produce(store, OutputRequest("coding", identified=True),
                lambda p: write_coding(p, coding))
    return " ".join(pdf_text.pages(study)), " ".join(pdf_text.pages(coding))


def test_reports_count_the_codings_left_out_for_re_coding(tmp_path):
    path = cs.make_store(tmp_path / "lead")
    study, coding = reports(path, tmp_path)
    assert "left out for re-coding" not in study
    assert "Left out for re-coding none" in coding
    with Store.open(path, cs.PASS) as store:
        two = next(i for i in store.interviews() if i.number == 2)
        InterviewSession.resume(store, two.id).answer(
            "emergence_start", "Donors mattered less than we said at the time.",
            reason="corrected from the recording")
    study, coding = reports(path, tmp_path)
    # interview 2's three codings of that answer (two passages and the whole text)
    assert "3 codings left out for re-coding: their text changed after coding" in study
    assert "Left out for re-coding 3 codings (text changed after coding)" in coding
