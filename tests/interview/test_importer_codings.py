"""Back-entry files carry codes: an optional ``codings`` list, checked like the rest of the
file, written as the coder's codings, and imported once however often the file is given."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from fieldkit.data import forms_dir
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.interview.importer import ImportFileError, plan_interview, schema, write_interview
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

PASS = "synthetic-correct-horse-battery-staple-42"
STUDY_B = load_protocol(forms_dir() / "field-cooperation.yaml")
START = "MARKER-BACK We needed their trucks and they needed our mandate."
EPISODE = "MARKER-BACK The joint convoy of 2008."
QUOTE = "MARKER-BACK Trust came later."
FILE = {
    "format": "fieldkit-interview/1", "protocol": "field-cooperation", "interviewer": "B2",
    "started_at": "2013-05-14T09:00:00Z", "ended_at": "2013-05-14T10:10:00Z",
    "answers": {"consent_citation": "yes", "case": ["kosovo"], "emergence_start": START,
                "episodes": [{"episode_summary": EPISODE, "episode_year": 2008}]},
    "quotes": [{"item": "emergence_start", "at": "12:00", "text": QUOTE}],
    "codings": [
        {"item": "emergence_start", "code": "mutual_benefit", "start": 12, "end": 21},
        {"item": "emergence_start", "code": "identity", "coder": "RA"},
        {"item": "episode_summary", "entry": 0, "code": "environment", "start": 16, "end": 36},
        {"quote": 0, "code": "psychological_dispositions"},
    ],
}


def test_codings_in_a_back_entry_file_become_the_coders_codings(tmp_path):
    with Store.create(tmp_path / "s", PASS, interviewer="B2") as store:
        planned = plan_interview(copy.deepcopy(FILE), STUDY_B, "paper.json")
        write_interview(store, planned, seal=False)
        rows = dataset_from_store(store).codings
    got = sorted((r["code"], r["coder"], r["passage"]) for r in rows)
    assert got == [("environment", "B2", "joint convoy of 2008"),
                   ("identity", "RA", START),
                   ("mutual_benefit", "B2", "We needed"),
                   ("psychological_dispositions", "B2", QUOTE)]
    assert not any(r["needs_recoding"] for r in rows)
    raw = b"".join(p.read_bytes() for p in (tmp_path / "s").rglob("*") if p.is_file())
    assert b"MARKER-BACK" not in raw


@pytest.mark.parametrize("coding, message", [
    ({"item": "emergence_start", "code": "no_such"}, "codings[0]: there is no code 'no_such'"),
    ({"item": "case", "code": "identity"}, "codings[0]: 'case' is not an open question"),
    ({"item": "emergence_start", "code": "identity", "start": 3, "end": 900},
     "codings[0]: the passage 3-900 is not within"),
    ({"item": "episode_summary", "code": "identity"}, "give 'entry', the position"),
    ({"quote": 4, "code": "identity"}, "'quote' must be the position (from 0) of one of the 1"),
    ({"item": "emergence_start", "code": "identity", "colour": "red"}, "must be an object of"),
    ({"item": "dynamics_change", "code": "identity"}, "has no written answer in this file"),
    ({"item": "emergence_start", "code": "identity", "coder": "a/b"}, "not a coder name"),
])
def test_a_bad_coding_refuses_the_file_naming_it(tmp_path, coding, message):
    data = copy.deepcopy(FILE)
    data["codings"] = [coding]
    with pytest.raises(ImportFileError) as caught:
        plan_interview(data, STUDY_B, "paper.json")
    assert message in str(caught.value) and "paper.json:" in str(caught.value)


def test_the_schema_describes_codings_and_the_cli_imports_a_file_once(tmp_path, capsys):
    from fieldkit.cli import main

    assert set(schema()["$defs"]["coding"]["properties"]) == \
        {"item", "entry", "quote", "code", "start", "end", "coder"}
    with Store.create(tmp_path / "s", PASS, interviewer="B2"):
        pass
    path = tmp_path / "paper.json"
    path.write_text(json.dumps(FILE), encoding="utf-8")
    passfile = tmp_path / "p"
    passfile.write_text(PASS)
    args = ["--store", str(tmp_path / "s"), "--passphrase-file", str(passfile),
            "--protocol", str(forms_dir() / "field-cooperation.yaml")]
    assert main(["interview", "import", str(path), *args]) == 0
    assert main(["interview", "import", str(path), *args]) == 0
    assert "already imported as interview 1" in capsys.readouterr().out
    with Store.open(tmp_path / "s", PASS) as store:
        [interview] = store.interviews()
        codings = [e for e in store.events(interview.id) if e.kind == "coding"]
    assert len(codings) == 4 and Path(path).exists()
