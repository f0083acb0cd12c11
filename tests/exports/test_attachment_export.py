"""Attached files in exports: beside the tables in an identified export, withheld from an
anonymised one unless the plan keeps the question."""

from __future__ import annotations

import csv
import json

from fieldkit.anonymise.apply import anonymise
from fieldkit.anonymise.plan import default_plan, plan_from_dict
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.exports.export import export
from fieldkit.exports.review import open_export
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store.store import Store

PASS = "synthetic attachment export passphrase"
KEY = b"synthetic pseudonym key for tests only!!"
PROTOCOL = {
    "id": "att", "version": "1", "title": "T", "cover": "c", "research_aim": "a",
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "mood", "type": "integer", "label": "Mood"},
        {"id": "photo", "type": "attachment", "label": "Photo", "media_kind": "image"},
    ]}],
}


def _rows(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_files_leave_only_where_the_plan_keeps_them(tmp_path):
    protocol = protocol_from_data(PROTOCOL, file="att.yaml", base_dir=tmp_path)
    picture = tmp_path / "office.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0" + b"synthetic jpeg" * 50)
    store = Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False)
    try:
        s = InterviewSession.start(store, protocol)
        s.answer("mood", 4)
        s.answer("photo", str(picture))
        s.finish(force=True, seal=False)
        data = dataset_from_store(store)
    finally:
        store.close()

    files = export(data, tmp_path / "identified", ["csv"])
    cell = _rows(tmp_path / "identified" / "interviews.csv")[0]["photo"]
    assert cell.startswith("attachments/") and cell.endswith(".jpg") and "office" not in cell
    assert cell in files
    assert (tmp_path / "identified" / cell).read_bytes() == picture.read_bytes()
    review = open_export(tmp_path / "identified")
    assert {c.name: c.status for c in review.checks}[cell] == "ok"

    dropped, record = anonymise(data, default_plan(protocol), KEY, override="a test of one")
    export(dropped, tmp_path / "anonymised", ["csv"], record)
    assert not (tmp_path / "anonymised" / "attachments").exists()
    assert "photo" not in _rows(tmp_path / "anonymised" / "interviews.csv")[0]
    manifest = json.loads((tmp_path / "anonymised" / "manifest.json").read_text())
    assert not [f for f in manifest["files"] if f.startswith("attachments/")]

    plan = default_plan(protocol).to_dict()
    plan["variables"]["interviews.photo"]["action"] = "keep"
    kept, record = anonymise(data, plan_from_dict(plan), KEY, override="a test of one")
    export(kept, tmp_path / "kept", ["csv"], record)
    assert (tmp_path / "kept" / cell).read_bytes() == picture.read_bytes()
