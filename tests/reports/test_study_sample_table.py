"""The study report's sample table: its column titles are whole words at A4 ('Completed' was
printed 'Complete' over 'd', broken inside the word by a column too narrow for it)."""

from __future__ import annotations

from pdf_text import pages
from study_a_data import study_a

from fieldkit.reports.study import build_study_report


def test_the_sample_table_titles_are_whole_words(tmp_path):
    data, protocol = study_a()
    data.plan_hash = "cd34" * 16
    out = build_study_report(data, protocol, tmp_path / "study.pdf")
    text = " ".join(pages(out))
    start = text.index("Length is the time spent interviewing")
    block = text[start:start + 400]
    assert "Group Interviews Completed Other status" in block, block
