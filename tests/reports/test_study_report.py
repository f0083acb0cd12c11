"""The study PDF shows the paper's figures, marks every page, and can be followed or stopped."""

from __future__ import annotations

import re

import pytest
from pdf_text import fonts, pages
from pypdf import PdfReader
from study_a_data import study_a

from fieldkit.reports.errors import ReportCancelled, ReportError
from fieldkit.reports.study import build_study_report

PLAN = "ab12" * 16


@pytest.fixture(scope="module")
def study_pdf(tmp_path_factory):
    data, protocol = study_a()
    data.plan_hash = PLAN  # stands for an anonymised dataset
    seen: list[tuple[int, int]] = []
    out = build_study_report(data, protocol, tmp_path_factory.mktemp("r") / "study.pdf",
                             progress=lambda d, t: seen.append((d, t)))
    return out, seen, pages(out)


@pytest.mark.parametrize(("group", "n", "figures"), [
    ("African Union", 10, "6.60 7 7"), ("European Union", 13, "5.38 5 5"),
    ("Organization of American States", 10, "6.20 7 7"), ("OSCE", 9, "6.22 7 7")])
def test_weekly_contacts_table_has_the_papers_figures(study_pdf, group, n, figures):
    text = " ".join(study_pdf[2])
    start = text.index("how often are you in informal contact with other ambassadors of the "
                       "committee, outside the formal meetings? Grouped by")
    table = text[start:start + 1500]
    assert f"{group} {n} {figures} " in table


def test_yes_shares_and_named_by_counts(study_pdf):
    text = " ".join(study_pdf[2])
    assert re.search(r"significantly matter for the committee's decisions, above all in a "
                     r"crisis\? 42 46 91% ", text)
    assert re.search(r"rather than in the formal meetings\? 40 47 85% ", text)
    assert "1 Canada North America NAFTA 5 of 10" in text


def test_every_page_carries_protocol_plan_and_page_number(study_pdf):
    texts = study_pdf[2]
    assert len(texts) > 5
    for number, text in enumerate(texts, 1):
        assert "informal-relations v1.1" in text
        assert f"Anonymised · plan {PLAN[:16]}" in text
        assert f"Page {number} of {len(texts)}" in text
    assert "IDENTIFIED" not in " ".join(texts)


def test_contents_lists_the_sections_with_pages(study_pdf):
    first = study_pdf[2][0]
    assert "Contents" in first
    for heading in ("Fieldwork", "Numbers by group", "Yes/no questions", "Networks", "Quotes"):
        assert re.search(re.escape(heading) + r"[ .]*\d+", first), heading


def test_fonts_are_embedded_dejavu(study_pdf):
    embedded = fonts(study_pdf[0])
    assert embedded and all(embedded.values())
    assert all("DejaVu" in name for name in embedded)


def test_progress_runs_to_the_end(study_pdf):
    seen = study_pdf[1]
    assert seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_identified_data_is_refused_unless_asked_and_then_marked(tmp_path):
    data, protocol = study_a()
    with pytest.raises(ReportError, match="not anonymised"):
        build_study_report(data, protocol, tmp_path / "s.pdf")
    assert not (tmp_path / "s.pdf").exists()
    out = build_study_report(data, protocol, tmp_path / "s.pdf", identified=True,
                             paper="letter", by=None)
    texts = pages(out)
    assert all("IDENTIFIED — team only" in t for t in texts)
    assert "IDENTIFIED DATA — for the research team only" in texts[0]
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_cancel_stops_and_writes_nothing(tmp_path):
    data, protocol = study_a()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ReportCancelled, match="cancelled"):
        build_study_report(data, protocol, tmp_path / "s.pdf", identified=True,
                           cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_unknown_grouping_item_is_one_sentence(tmp_path):
    data, protocol = study_a()
    with pytest.raises(Exception, match="no item 'committee'"):
        build_study_report(data, protocol, tmp_path / "s.pdf", identified=True, by="committee")


def test_grouping_by_member_state_fits_every_table_and_chart(tmp_path):
    data, protocol = study_a()
    out = build_study_report(data, protocol, tmp_path / "by-state.pdf", by="member_state",
                             identified=True)
    text = " ".join(pages(out))
    assert "Share yes by group" in text and "Albania" in text and "Panama" in text
