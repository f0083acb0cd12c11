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
    text = " ".join(study_pdf[2][4:])
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
        assert "informal-relations v1.3" in text
        assert f"Anonymised · plan {PLAN[:16]}" in text
        assert f"Page {number} of {len(texts)}" in text
    assert "IDENTIFIED" not in " ".join(texts)


def test_contents_lists_the_sections_with_pages(study_pdf):
    contents = study_pdf[2][1]
    assert "Contents" in contents
    for heading in ("Executive summary", "The sample", "Informal communication",
                    "Friends on the committee", "Quotes", "Appendix"):
        assert re.search(re.escape(heading) + r"[ .]*\d+", contents), heading


def _destination_page(reader, annotation):
    dest = annotation["/Dest"]
    if isinstance(dest, str) or not hasattr(dest, "__getitem__"):
        dest = reader.named_destinations[str(dest)]
        return reader.get_destination_page_number(dest) + 1
    return reader.get_page_number(dest[0].get_object()) + 1


def test_bookmarks_jump_to_the_page_of_their_heading(study_pdf):
    reader = PdfReader(study_pdf[0])
    texts = study_pdf[2]
    flat = []

    def walk(entries):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                flat.append((entry.title, reader.get_destination_page_number(entry) + 1))
    walk(reader.outline)
    assert len(flat) > 20
    assert len({page for _, page in flat}) > 10  # not every one on page 1
    for title, page in flat:
        assert " ".join(title.split())[:40] in texts[page - 1], (title, page)


def test_contents_links_jump_to_the_pages_they_print(study_pdf):
    reader = PdfReader(study_pdf[0])
    contents = study_pdf[2][1]
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    targets = sorted({_destination_page(reader, a) for a in links if "/Dest" in a.get_object()})
    assert len(targets) > 10
    printed = {int(n) for n in re.findall(r"(?:\. )+\.? ?(\d+)(?= |$)", contents)}
    assert printed <= set(targets) and len(printed) > 10
    bookmarks = {reader.get_destination_page_number(o) + 1 for o in reader.outline
                 if not isinstance(o, list)}
    assert bookmarks <= set(targets)
    # the text comes out with each entry's leader and page number before its title
    for title in ("Executive summary", "The sample", "Friends on the committee", "Appendix"):
        page = int(re.search(r"(\d+) " + title, contents).group(1))
        assert title in study_pdf[2][page - 1], title


def test_title_page_names_study_period_and_interviewers(study_pdf):
    first = study_pdf[2][0]
    assert "Informal relations and the speed of peace-operation decisions" in first
    assert "Study report" in first and "March to June 2009" in first
    assert "50 interviews by 3 interviewers" in first


def test_summary_leads_with_table_2_and_its_group_test(study_pdf):
    summary = " ".join(study_pdf[2][2:4])
    start = summary.index("Table 1. In an ordinary week")
    table = summary[start:start + 900]
    for row in ("African Union 10 6.60 7 7", "European Union 13 5.38 5 5",
                "Organization of American States 10 6.20 7 7", "OSCE 9 6.22 7 7",
                "All respondents 42 6.05 7 7"):
        assert row in table, row
    assert re.search(r"Kruskal–Wallis test across 4 organisations \(n = 42\): H = \d+\.\d\d, "
                     r"df = 3, p = 0\.\d{3} \(permutation, 9,999 draws", table)
    assert "ε² = " in table
    assert "Table 2. And in a week when a crisis is before the committee" in summary
    assert re.search(r"Table 3\. Do friendships .* All respondents 46 91% 80–97%", summary)
    assert "Fisher–Freeman–Halton test across 4 organisations (n = 46)" in summary
    assert "Cramér's V = " in summary and "Table 5. When a crisis breaks" in summary


def test_sample_composition_is_organisation_by_role_by_gender(study_pdf):
    text = " ".join(study_pdf[2])
    start = text.index("Respondents by organisation, role (down)")
    block = text[start:start + 900]
    assert "Organisation Role Woman Man Total" in block
    assert "African Union Ambassador (permanent representative) 3 9 12" in block
    assert "All respondents 14 36 50" in block


def test_trivia_waits_in_the_appendix_and_choices_go_by_group(study_pdf):
    texts = study_pdf[2]
    appendix = next(i for i, t in enumerate(texts) if re.search(r"\bAppendix Language", t))
    body = " ".join(texts[2:appendix])
    assert "Language of the interview" not in body
    assert "May short quotations" not in body
    assert "May short quotations" in " ".join(texts[appendix:])
    crisis = body.index("When a crisis breaks, whom do you call first? n =")
    assert "By group: share of the group's valid answers (count)" in body[crisis:crisis + 1500]


def test_no_interviewer_count_when_the_data_hold_none(tmp_path):
    data, protocol = study_a()
    for row in data.interviews:
        row.pop("interviewer")
    out = build_study_report(data, protocol, tmp_path / "s.pdf", identified=True)
    text = " ".join(pages(out))
    assert "interviewer" not in text.split("Notes on method")[0].replace("Interviewer's", "")
    out = build_study_report(data, protocol, tmp_path / "t.pdf", identified=True,
                             interviewers=4)
    assert "50 interviews by 4 interviewers" in pages(out)[0]


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


def test_ties_among_the_friends_named_are_reported_per_committee(study_pdf):
    data, _ = study_a()
    text = " ".join(study_pdf[2])
    named: dict[str, int] = {}
    for row in data.people:
        if row["item_id"] == "friends_au":
            named[row["interview_id"]] = named.get(row["interview_id"], 0) + 1
    pairs = sum(k * (k - 1) // 2 for k in named.values())
    start = text.index("African Union Peace and Security Council: Which ambassadors")
    block = text[start:]
    assert f"Pairs among the people they named / pairs reported close {pairs} / {len(named)}" \
        in block
