"""From codings made with the Coder to Study B's code counts, Kosovo against Afghanistan."""

from __future__ import annotations

from fieldkit.analysis.coding import code_counts
from fieldkit.data import forms_dir
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.interview.coding import Coder
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

PASS = "synthetic-correct-horse-battery-staple-42"
FORMS = forms_dir()
ANSWER = "The mission needed the trucks; headquarters fought over who would lead."
# (case, [(code, whole answer or (start, end))]) for each synthetic interview
PLAN = [
    ("kosovo", [("mutual_benefit", None), ("mutual_benefit", (4, 11)), ("identity", None)]),
    ("kosovo", [("mutual_benefit", (16, 22))]),
    ("kosovo", [("bureaucratic_politics", (24, 36))]),
    ("afghanistan", [("bureaucratic_politics", None), ("mutual_benefit", (4, 11))]),
    ("afghanistan", [("bureaucratic_politics", (37, 48)), ("identity", None)]),
    ("kosovo afghanistan", [("headquarters", (37, 48))]),  # an HQ official on both cases
]


def test_code_counts_by_case_from_coder_events(tmp_path):
    protocol = load_protocol(FORMS / "field-cooperation.yaml")
    with Store.create(tmp_path / "s", PASS, interviewer="B1") as store:
        for case, codings in PLAN:
            s = InterviewSession.start(store, protocol)
            s.record_consent(True)
            s.answer("case", case.split())
            s.answer("dynamics_change", ANSWER)
            s.finish(force=True, seal=False)
            coder = Coder(store, s.interview_id)
            for code, span in codings:
                start, end = span or (None, None)
                coder.code_answer("dynamics_change", code, start=start, end=end)
            dropped = coder.code_answer("dynamics_change", "environment")
            coder.uncode(dropped.coding_id)
        dataset = dataset_from_store(store)
    assert len(dataset.codings) == 10
    passages = {(r["code"], r["passage"]) for r in dataset.codings}
    assert ("mutual_benefit", "mission") in passages and ("identity", ANSWER) in passages
    table = code_counts(dataset, protocol, by="case")
    assert [label for label, _ in table.groups] == ["Kosovo", "Afghanistan"]
    assert [n for _, n in table.groups] == [4, 3]
    rows = {r.code: r for r in table.rows}
    assert rows["mutual_benefit"].by_group == {"Kosovo": (3, 2), "Afghanistan": (1, 1)}
    assert rows["bureaucratic_politics"].by_group == {"Kosovo": (1, 1), "Afghanistan": (2, 2)}
    assert rows["identity"].by_group == {"Kosovo": (1, 1), "Afghanistan": (1, 1)}
    assert rows["environment"].codings == 0  # uncoded: counted nowhere
    assert (rows["mutual_benefit"].codings, rows["mutual_benefit"].interviews) == (4, 3)
    assert rows["emergence"].depth == 0 and rows["mutual_benefit"].depth == 1
    assert rows["headquarters"].by_group == {"Kosovo": (1, 1), "Afghanistan": (1, 1)}
    assert rows["headquarters"].codings == 1 and table.total_codings == 10
