"""Child codes count for their parents: Study B's three stages no longer read 0."""

from __future__ import annotations

from fieldkit.analysis.coding import code_counts, rolled_up_counts
from fieldkit.data import forms_dir
from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.loader import load_protocol

PROTOCOL = load_protocol(forms_dir() / "field-cooperation.yaml")
EMERGENCE = ("mutual_benefit", "psychological_dispositions", "identity")


def _dataset(codings: list[tuple[str, str, int, int, str]]) -> Dataset:
    """(interview, item, start, end, code) rows, as the dataset carries them."""
    data = Dataset("field-cooperation", "1.1", "h", "en")
    data.interviews = [{"interview_id": i} for i in sorted({c[0] for c in codings})]
    data.codings = [{"coding_id": f"c{n}", "interview_id": i, "item_id": item,
                     "person_id": None, "quote_id": None, "start": s, "end": e, "code": code,
                     "coder": "K1"} for n, (i, item, s, e, code) in enumerate(codings)]
    return data


def test_a_parent_counts_the_sum_of_its_children_on_separate_passages():
    data = _dataset([("i1", "emergence_start", 0, 10, "mutual_benefit"),
                     ("i1", "emergence_start", 11, 20, "identity"),
                     ("i2", "emergence_start", 0, 5, "identity"),
                     ("i2", "dynamics_change", 0, 9, "organisational_cultures"),
                     ("i3", "dynamics_change", 3, 9, "bureaucratic_politics")])
    counts = rolled_up_counts(data, PROTOCOL)
    assert counts["emergence"] == sum(counts[c] for c in EMERGENCE) == 3
    assert counts["dynamics"] == counts["organisational_cultures"] + \
        counts["bureaucratic_politics"] + counts["environment"] == 2
    assert counts["institutionalisation"] == 0
    rows = {r.code: r for r in code_counts(data, PROTOCOL).rows}
    # the three stages of the study report read their children, not 0
    assert (rows["emergence"].codings, rows["emergence"].interviews) == (3, 2)
    assert (rows["dynamics"].codings, rows["dynamics"].interviews) == (2, 2)
    assert rows["emergence"].direct == 0 and rows["identity"].direct == 2


def test_a_passage_coded_with_parent_and_child_counts_once_for_the_parent():
    data = _dataset([("i1", "emergence_start", 0, 10, "emergence"),
                     ("i1", "emergence_start", 0, 10, "mutual_benefit"),
                     ("i1", "emergence_start", 0, 10, "identity"),
                     ("i1", "emergence_start", 12, 30, "identity")])
    counts = rolled_up_counts(data, PROTOCOL)
    # 0-10 carries the parent and two children, 12-30 one child: two passages for the parent
    assert (counts["emergence"], counts["mutual_benefit"], counts["identity"]) == (2, 1, 2)
    table = code_counts(data, PROTOCOL)
    assert {r.code: r.direct for r in table.rows}["emergence"] == 1
    assert table.total_codings == 4


def test_the_same_passage_coded_by_two_coders_is_one_coded_passage_and_one_coder_can_be_read():
    data = _dataset([("i1", "emergence_start", 0, 10, "identity"),
                     ("i1", "emergence_start", 0, 10, "identity")])
    data.codings[1]["coder"] = "K2"
    assert rolled_up_counts(data, PROTOCOL)["emergence"] == 1
    data.codings.append({**data.codings[0], "coding_id": "x", "start": 20, "end": 25})
    assert rolled_up_counts(data, PROTOCOL, coder="K2")["emergence"] == 1
    assert rolled_up_counts(data, PROTOCOL, coder="K1")["emergence"] == 2
