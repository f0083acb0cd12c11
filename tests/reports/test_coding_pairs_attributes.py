"""Co-occurrence rolled up to parent codes, and codes compared by attributes of the cases (a
column of the protocol's attribute tables) rather than by answers."""

from __future__ import annotations

import csv

import coding_study as cs
import pytest
from pdf_text import pages
from test_coding_report import data, lead  # noqa: F401 - the coded store and its dataset

from fieldkit.analysis.code_segments import co_occurrence, code_matrix
from fieldkit.analysis.values import AnalysisError
from fieldkit.cli import main
from fieldkit.operations.outputs import OutputRequest, produce, write_coding
from fieldkit.store import Store


def test_rolled_up_pairs_let_parents_occur_together_when_their_children_do(data):  # noqa: F811
    protocol = cs.protocol()
    plain = {(c.first, c.second): c for c in co_occurrence(data, protocol)}
    rolled = {(c.first, c.second): c for c in co_occurrence(data, protocol, rolled_up=True)}
    # interview 1's answer: "liaison officers" (under institutionalisation) lies inside
    # "We trusted the liaison officers" (under emergence), beside two more emergence passages
    assert ("emergence", "institutionalisation") not in plain
    pair = rolled[("emergence", "institutionalisation")]
    assert (pair.overlapping, pair.same_text, pair.interviews) == (1, 1, 1)
    # interview 2: "emergence" on the whole answer and "environment" (under dynamics) in it;
    # interview 1's cultures are in another answer, so they make no pair
    pair = rolled[("dynamics", "emergence")]
    assert (pair.overlapping, pair.same_text) == (1, 1)
    # a parent and its own child are still no pair; pairs of children are as before
    assert ("emergence", "psychological_dispositions") not in rolled
    for key, found in plain.items():
        assert (rolled[key].overlapping, rolled[key].same_text) == \
            (found.overlapping, found.same_text)


def test_codes_by_an_attribute_of_the_cases(data):  # noqa: F811
    protocol = cs.protocol()
    m = code_matrix(data, protocol, ["missions.organisation"])
    # Kosovo has NATO, UN and EU missions; Afghanistan NATO and UN ones
    assert m.groups == [("NATO", 4), ("UN", 4), ("EU", 2)]
    assert m.by_label == ("“Organisation” in “The missions of each case” of each interview's "
                          "cases")
    cells = {code: c for code, _, _, c in m.rows}
    assert cells["mutual_benefit"] == [(3, 2), (3, 2), (3, 2)]
    assert cells["headquarters"] == [(1, 1), (1, 1), (0, 0)]
    ended = code_matrix(data, protocol, ["missions.ended"])
    assert ended.groups == [("December 2014", 2)]  # only ISAF has ended, in Afghanistan
    crossed = code_matrix(data, protocol, ["missions.organisation", "organisation"])
    assert ("EU / NATO", 1) in crossed.groups and ("EU / United Nations", 1) in crossed.groups


@pytest.mark.parametrize(("by", "says"), [
    ("nosuch.organisation", "names no attribute table of the protocol (its attribute tables: "
                            "missions)"),
    ("missions.colour", "has no column 'colour' to compare by (its columns: mission, "),
    ("missions.case", "has no column 'case'"),
])
def test_an_unknown_attribute_is_one_sentence(data, by, says):  # noqa: F811
    with pytest.raises(AnalysisError, match=r".*") as caught:
        code_matrix(data, cs.protocol(), [by])
    assert says in str(caught.value)


def test_report_and_csv_by_case_attribute_with_rolled_up_pairs(lead, tmp_path, capsys):  # noqa: F811
    out, folder = tmp_path / "coding.pdf", tmp_path / "tables"
    with Store.open(lead, cs.PASS) as store:
        produce(store, OutputRequest("coding", identified=True), lambda p: write_coding(
            p, out, by=["missions.organisation"], csv_dir=folder, rolled_up_pairs=True))
    text = " ".join(pages(out))
    assert "Codes by missions: organisation" in text and "Pairs of codes rolled up" in text
    pairs = list(csv.DictReader((folder / "co_occurrence.csv").read_text(
        encoding="utf-8-sig").splitlines()))
    assert {"code": "emergence", "with_code": "institutionalisation", "overlapping": "1",
            "same_text": "1"}.items() <= next(
        p for p in pairs if (p["code"], p["with_code"]) == ("emergence",
                                                            "institutionalisation")).items()
    passfile = tmp_path / "pass"
    passfile.write_text(cs.PASS + "\n")
    code = main(["report", "coding", "--store", str(lead), "--passphrase-file", str(passfile),
                 "--identified", "--csv", str(tmp_path / "bad"), "--by", "missions.colour"])
    err = capsys.readouterr().err
    assert code != 0 and "has no column 'colour'" in err and "Traceback" not in err
    assert not (tmp_path / "bad").exists()
