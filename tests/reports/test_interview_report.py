"""The interview PDF: facts, answers with times, people (any script), quotes, notes."""

from __future__ import annotations

import pytest
from pdf_text import fonts, pages
from study_a_data import study_a

from fieldkit.reports.errors import ReportError
from fieldkit.reports.interview import build_interview_report

NAMES = ["Łukasz Żółkiewski-Dvořák", "Дмитрий Иванов", "Νίκος Παπαδόπουλος"]


def test_interview_summary_reads_back(tmp_path):
    data, protocol = study_a()
    row = next(r for r in data.interviews if r["number"] == 20)
    for position, name in enumerate(NAMES, 20):
        data.people.append({"interview_id": row["interview_id"], "item_id": "friends_eu",
                            "person_id": f"p{position}", "position": position,
                            "roster_id": None, "name": name, "free_entry": True})
    out = build_interview_report(data, protocol, 20, tmp_path / "i.pdf", identified=True)
    text = " ".join(pages(out))
    for expected in ("Interview 20", "Interviewer I2", "informal-relations v1.3",
                     "Friends on the committee", "5 contacts per week",
                     "A fellow ambassador on the committee 16:17",
                     "EU Ambassador. (2009). Personal communication. Interview 20. 37:56. "
                     "Brussels. June.", "IDENTIFIED — team only", "Page 1 of"):
        assert expected in text, expected
    for name in NAMES:
        assert name in text, name
    assert all(fonts(out).values())


def test_notes_are_listed_with_their_time(tmp_path):
    data, protocol = study_a()
    out = build_interview_report(data, protocol, 1, tmp_path / "i.pdf", identified=True)
    assert "02:00 The interview Respondent asked for a short pause." in " ".join(pages(out))


def test_unknown_interview_is_one_sentence(tmp_path):
    data, protocol = study_a()
    with pytest.raises(ReportError, match="no interview '99'"):
        build_interview_report(data, protocol, 99, tmp_path / "i.pdf", identified=True)
    with pytest.raises(ReportError, match="not anonymised"):
        build_interview_report(data, protocol, 1, tmp_path / "i.pdf")


def test_running_head_never_overlaps_the_data_status(tmp_path):
    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from fieldkit.reports.fonts import SANS

    data, protocol = study_a()
    data.plan_hash = "ab12" * 16
    out = build_interview_report(data, protocol, 20, tmp_path / "i.pdf")
    page = PdfReader(out).pages[0]
    heads: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and tm[5] > float(page.mediabox.height) - 40:
            heads.append((tm[4], text))
    page.extract_text(visitor_text=visit)
    left = next(t for x, t in heads if x < 100).strip()
    status_x = next(x for x, t in heads if t.startswith("Anonymised"))
    assert left.endswith("informal-relations v1.3") and "…" in left
    assert heads[0][0] + stringWidth(left, SANS, 7.5) < status_x
