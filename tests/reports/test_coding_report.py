"""Coding reports: segments by code with citations, roll-up, matrices, co-occurrence; the PDF."""

from __future__ import annotations

import csv

import coding_study as cs
import pytest
from pdf_text import pages

from fieldkit.analysis.code_segments import WITHHELD, by_code, co_occurrence, code_matrix, retrieve
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.operations.outputs import OutputRequest, produce, read_study, write_coding
from fieldkit.store import Store


@pytest.fixture(scope="module")
def lead(tmp_path_factory):
    return cs.make_store(tmp_path_factory.mktemp("coding") / "lead")


@pytest.fixture(scope="module")
def data(lead):
    with Store.open(lead, cs.PASS) as store:
        return dataset_from_store(store, None)


def test_segments_by_code_carry_their_passages_and_citations(data):
    protocol = cs.protocol()
    segments = retrieve(data, protocol, identified=True)
    codes = {c.code: c for c in by_code(data, protocol, segments)}
    mutual = codes["mutual_benefit"]
    assert sorted(s.text for s in mutual.segments) == sorted([
        "Both sides needed each other's trucks and mandate.", cs.QUOTE_1, cs.SECRET])
    first = next(s for s in mutual.segments if s.number == 1 and not s.quote_id)
    # the paper's pattern: role, place, month and year
    assert first.citation == ("Author's interview with UN Official, at Pristina, Kosovo, "
                              "May 2012.")
    withheld = next(s for s in mutual.segments if s.number == 3)
    assert withheld.text == cs.SECRET and "NOT FOR QUOTATION" in withheld.citation


def test_a_respondent_who_refused_quotation_has_no_verbatim_segment_when_shared(data):
    segments = retrieve(data, cs.protocol(), identified=False)
    three = [s for s in segments if s.number == 3]
    assert three and all(s.text == "" and s.withheld == WITHHELD for s in three)
    assert all("Interviewee" in s.citation and "NATO" not in s.citation for s in three)
    assert all(cs.SECRET not in s.text for s in segments)


def test_parents_roll_up_their_children_each_segment_once(data):
    protocol = cs.protocol()
    codes = {c.code: c for c in by_code(data, protocol, retrieve(data, protocol,
                                                                 identified=True))}
    children = ("mutual_benefit", "psychological_dispositions", "identity")
    # interview 2's whole answer is coded "emergence" itself and holds a child's passage too:
    # different spans, so each counts; nothing is counted twice
    spans = {(s.interview_id, s.item_id, s.quote_id, s.start, s.end)
             for c in ("emergence", *children) for s in codes[c].segments}
    assert codes["emergence"].rolled_up == len(spans) == 8
    assert codes["emergence"].interviews == 3
    assert codes["dynamics"].rolled_up == 2  # cultures in 1, environment in 2
    assert codes["institutionalisation"].rolled_up == 2  # mediators in 1, headquarters in 4


def test_code_by_case_and_by_case_crossed_with_organisation(data):
    protocol = cs.protocol()
    by_case = code_matrix(data, protocol, ["case"])
    assert [g for g, _ in by_case.groups] == ["Kosovo", "Afghanistan"]
    cells = {code: c for code, _, _, c in by_case.rows}
    assert cells["mutual_benefit"] == [(3, 2), (0, 0)]
    assert cells["emergence"] == [(6, 2), (2, 1)]
    crossed = code_matrix(data, protocol, ["case", "organisation"])
    labels = [g for g, _ in crossed.groups]
    assert labels == ["Kosovo / United Nations", "Kosovo / NATO", "Afghanistan / NATO",
                      "Afghanistan / European Union"]
    cells = {code: c for code, _, _, c in crossed.rows}
    assert cells["mutual_benefit"] == [(2, 1), (1, 1), (0, 0), (0, 0)]
    assert cells["headquarters"] == [(0, 0), (0, 0), (0, 0), (1, 1)]


def test_co_occurrence_counts_overlapping_passages_and_shared_answers(data):
    pairs = {(c.first, c.second): c for c in co_occurrence(data, cs.protocol())}
    # "liaison officers" lies inside "We trusted the liaison officers"
    assert pairs[("individual_mediators", "psychological_dispositions")].overlapping == 1
    # the two passages of interview 1 that do not overlap are still in the same answer
    both = pairs[("identity", "mutual_benefit")]
    assert (both.overlapping, both.same_text) == (0, 1)
    # a parent with its own child is no pair; a whole-answer code overlaps every passage
    assert ("emergence", "psychological_dispositions") not in pairs
    assert pairs[("emergence", "environment")].overlapping == 1


def test_the_coding_report_pdf_and_csvs_through_the_outputs(lead, tmp_path):
    with Store.open(lead, cs.PASS) as store:
        request = OutputRequest("coding", override=cs.OVERRIDE)
        _, paths = produce(store, request, lambda p: write_coding(
            p, tmp_path / "coding.pdf", by=["case", "organisation"],
            csv_dir=tmp_path / "csv"))
    assert {p.name for p in paths} >= {"coding.pdf", "segments.csv", "matrix.csv",
                                       "co_occurrence.csv"}
    text = " ".join(pages(tmp_path / "coding.pdf"))
    assert "Mutual benefit" in text and "trucks and mandate" in text
    assert "pilot parking" not in text and "did not consent to quotation" in text
    assert "Kosovo / United Nations" in text
    with (tmp_path / "csv" / "segments.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert not any("pilot parking" in (r["passage"] or "") for r in rows)
    assert any(r["code"] == "mutual_benefit" and "trucks" in r["passage"] for r in rows)
    with Store.open(lead, cs.PASS) as store:
        last = [e for e in store.audit_log() if e.action.startswith("output_")][-1]
    assert "coding" in last.detail and "overridden" in last.detail


def test_study_reads_one_dataset_for_the_coding_report(lead):
    with Store.open(lead, cs.PASS) as store:
        study = read_study(store, OutputRequest("coding", identified=True))
    assert len(study.dataset.codings) == 12


def test_cli_report_coding_writes_pdf_and_csvs_and_refuses_an_unknown_item(lead, tmp_path,
                                                                           capsys):
    from fieldkit.cli import main

    passfile = tmp_path / "pass"
    passfile.write_text(cs.PASS + "\n")
    base = ["report", "coding", "--store", str(lead), "--passphrase-file", str(passfile)]
    assert main([*base, "--identified", "--out", str(tmp_path / "c.pdf"), "--csv",
                 str(tmp_path / "t"), "--by", "case"]) == 0
    assert (tmp_path / "c.pdf").is_file() and (tmp_path / "t" / "matrix.csv").is_file()
    text = " ".join(pages(tmp_path / "c.pdf"))
    assert cs.SECRET in text and "NOT FOR QUOTATION" in text  # the team's own report
    capsys.readouterr()
    assert main([*base, "--identified", "--out", str(tmp_path / "d.pdf"), "--by",
                 "shoe_size"]) != 0
    err = capsys.readouterr().err
    assert "shoe_size" in err and "Traceback" not in err
    assert not (tmp_path / "d.pdf").exists()


def test_one_coders_report_and_a_coder_not_in_the_data(lead, tmp_path):
    from fieldkit.errors import UsageError

    with Store.open(lead, cs.PASS) as store:
        _, paths = produce(store, OutputRequest("coding", identified=True),
                           lambda p: write_coding(p, tmp_path / "lead.pdf", coder="lead"))
        text = " ".join(pages(paths[0]))
        assert "lead only" in text and "Mutual benefit" in text
        # codes nobody used are named once, not given an empty heading each
        assert "Codes with no segment" in text and "Bureaucratic politics" in text
        with pytest.raises(UsageError) as refused:
            produce(store, OutputRequest("coding", identified=True),
                    lambda p: write_coding(p, tmp_path / "x.pdf", coder="Nobody"))
    assert "'Nobody'" in str(refused.value) and "lead" in str(refused.value)
    assert not (tmp_path / "x.pdf").exists()
