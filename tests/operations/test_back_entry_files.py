"""The import of a run of interview files that ``fieldkit interview import`` and the app share:
each file settled in order (imported, already present, refused with every problem), a stop
between two files keeping what was settled, a protocol file that clashes refused before any."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldkit.errors import FieldkitError
from fieldkit.operations.back_entry import ALREADY, IMPORTED, REFUSED, import_files
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

STUDY_A = Path(__file__).resolve().parents[1] / "fixtures" / "study-a-1.1" / \
    "informal-relations.yaml"
PASS = "synthetic orbit quarry violin staple"  # passes the gate; invented for the tests
GOOD = {"format": "fieldkit-interview/1", "protocol": "informal-relations",
        "interviewer": "T01", "started_at": "2009-06-12T07:30:00Z",
        "answers": {"formal_meetings_month": 3}}


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "store", PASS, interviewer="T01") as opened:
        opened.add_protocol(load_protocol(STUDY_A))
        yield opened


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_each_file_is_settled_in_order_and_heard_of_once(store, tmp_path):
    good = write(tmp_path / "good.json", GOOD)
    bad = write(tmp_path / "bad.json", {**GOOD, "answers": {"formal_meetings_month": "x",
                                                            "no_such_item": 1}})
    other = write(tmp_path / "other.json", {**GOOD, "protocol": "unknown"})
    heard = []
    outcomes = import_files(store, [good, bad, good, other], on_outcome=heard.append)
    assert heard == outcomes
    assert [o.status for o in outcomes] == [IMPORTED, REFUSED, ALREADY, REFUSED]
    assert len(outcomes[1].problems) == 2 and outcomes[1].reason is None
    assert outcomes[2].interview == outcomes[0].interview and outcomes[2].number == "1"
    assert outcomes[3].problems == [] and "no protocol 'unknown'" in outcomes[3].reason
    assert [i.id for i in store.interviews()] == [outcomes[0].interview]


def test_a_stop_ends_the_run_between_two_files(store, tmp_path):
    first = write(tmp_path / "a.json", GOOD)
    second = write(tmp_path / "b.json", {**GOOD, "respondent_code": "R2"})
    outcomes: list = []
    done = import_files(store, [first, second], on_outcome=outcomes.append,
                        stop=lambda: bool(outcomes))
    assert [o.path for o in done] == [first] and len(store.interviews()) == 1


def test_a_protocol_file_that_clashes_with_the_store_is_refused_before_any_file(store,
                                                                               tmp_path):
    copy = tmp_path / "study"
    shutil.copytree(STUDY_A.parent, copy)  # its rosters beside it
    changed = copy / STUDY_A.name
    changed.write_text(STUDY_A.read_text(encoding="utf-8").replace(
        "Decision-making", "Changed decision-making", 1), encoding="utf-8")
    good = write(tmp_path / "good.json", GOOD)
    with pytest.raises(FieldkitError, match="new version"):
        import_files(store, [good], str(changed))
    assert store.interviews() == []
