"""Counts in the reports agree with their nouns: "1 interview", "2 interviews"."""

from __future__ import annotations

from pdf_text import pages
from study_a_data import study_a

from fieldkit.counting import counted
from fieldkit.reports.study import build_study_report


def test_counted_words():
    assert counted(1, "interview") == "1 interview"
    assert counted(0, "interview") == "0 interviews"
    assert counted(2, "entry", "entries") == "2 entries"


def test_a_study_of_one_interview_says_1_interview(tmp_path):
    data, protocol = study_a()
    data.interviews = data.interviews[:1]
    data.plan_hash = "ab12" * 16  # stands for an anonymised dataset
    text = " ".join(" ".join(pages(build_study_report(data, protocol,
                                                      tmp_path / "one.pdf"))).split())
    assert "1 interviews" not in text
    assert "1 interview by" in text or "1 interview," in text
