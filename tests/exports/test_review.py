"""Reviewing an export folder: files checked against the manifest, decisions appended."""

from __future__ import annotations

import json
import shutil

import pytest
import synth_study as s

from fieldkit.anonymise import anonymise, default_plan
from fieldkit.cli import main
from fieldkit.exports import export
from fieldkit.exports.review import ReviewError, open_export, record_decision

KEY = b"synthetic-key-0123456789abcdef"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    data, record = anonymise(s.dataset(), default_plan(s.protocol()), KEY, override="test")
    out = tmp_path_factory.mktemp("rv") / "anon"
    export(data, out, ["csv"], record=record)
    return out


@pytest.fixture
def folder(exported, tmp_path):
    return shutil.copytree(exported, tmp_path / "anon")


def _data_bytes(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "review.json"}


def test_an_untouched_export_is_intact_and_readable(folder):
    export_ = open_export(folder)
    assert export_.intact and not export_.identified
    assert {c.status for c in export_.checks} == {"ok"}
    assert "nothing was altered" in export_.integrity_text()
    assert export_.anonymisation["plan_hash"] == export_.manifest["plan_hash"]
    assert any(r["variable"] == "interview_id" for r in export_.codebook)
    assert export_.decisions == []


def test_tampering_is_detected_and_said_plainly(folder):
    path = folder / "quotes.csv"
    path.write_bytes(path.read_bytes() + b"q9,I-00000000,added by hand\n")
    (folder / "codebook.csv").unlink()
    (folder / "smuggled.csv").write_text("x\n")
    export_ = open_export(folder)
    assert not export_.intact
    status = {c.name: c.status for c in export_.checks}
    assert status["quotes.csv"] == "altered" and status["codebook.csv"] == "missing"
    assert status["smuggled.csv"] == "extra" and status["interviews.csv"] == "ok"
    text = export_.integrity_text()
    assert "quotes.csv is ALTERED" in text and "codebook.csv is MISSING" in text
    assert "smuggled.csv is not part of the export" in text
    with pytest.raises(ReviewError, match="cannot be approved"):
        record_decision(folder, "approved", "Dr Reviewer")
    entry = record_decision(folder, "returned", "Dr Reviewer", "quotes.csv was changed")
    assert entry["files_intact"] is False and entry["problems"]["quotes.csv"] == "altered"


def test_decisions_are_appended_and_never_touch_the_data(folder):
    before = _data_bytes(folder)
    first = record_decision(folder, "returned", "R. Eviewer", "Generalise the role further.",
                            at="2009-06-01T09:00:00Z")
    second = record_decision(folder, "approved", "R. Eviewer")
    assert _data_bytes(folder) == before
    record = json.loads((folder / "review.json").read_text(encoding="utf-8"))
    assert record["format"] == "fieldkit-review/1"
    assert record["decisions"] == [first, second]
    assert first["at"] == "2009-06-01T09:00:00Z" and second["at"].endswith("Z")
    assert second["plan_hash"] == open_export(folder).manifest["plan_hash"]
    assert open_export(folder).intact  # review.json is expected beside the export's files
    text = (folder / "review.json").read_text(encoding="utf-8").lower()
    assert not any(m.lower() in text for m in s.MARKERS)


def test_decisions_need_a_name_and_a_return_needs_a_reason(folder, tmp_path):
    with pytest.raises(ReviewError, match="reviewer's name"):
        record_decision(folder, "approved", "  ")
    with pytest.raises(ReviewError, match="say why"):
        record_decision(folder, "returned", "R", "")
    with pytest.raises(ReviewError, match="not a fieldkit export"):
        open_export(tmp_path)
    (folder / "review.json").write_text("[1, 2]")
    with pytest.raises(ReviewError, match="review record"):
        record_decision(folder, "approved", "R")


def test_an_identified_export_cannot_be_approved(tmp_path):
    export(s.dataset(), tmp_path / "ident", ["csv"])
    assert open_export(tmp_path / "ident").identified
    with pytest.raises(ReviewError, match="identified"):
        record_decision(tmp_path / "ident", "approved", "R")


def test_cli_review_checks_and_records(folder, capsys):
    assert main(["review", str(folder)]) == 0
    assert "nothing was altered" in capsys.readouterr().out
    assert main(["review", str(folder), "--return", "--name", "R. Eviewer"]) == 1
    assert capsys.readouterr().err.startswith("fieldkit: say why the export is returned")
    assert main(["review", str(folder), "--return", "--name", "R. Eviewer", "--comment",
                 "Too fine a date."]) == 0
    assert "recorded: returned by R. Eviewer" in capsys.readouterr().out
    assert main(["review", str(folder), "--approve"]) == 2
    capsys.readouterr()
    assert main(["review", str(folder), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["intact"] and shown["decisions"][0]["comment"] == "Too fine a date."
    (folder / "interviews.csv").write_text("tampered\n")
    assert main(["review", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "Do not rely on this export: interviews.csv is ALTERED" in out
