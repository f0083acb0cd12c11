"""The team's redaction log: every anonymised export and report records what it replaced."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import synth_study as s

sys.path.insert(0, str(Path(__file__).parent))  # importlib mode: the sibling test module
from test_cli_export import PASSPHRASE, store_dir  # noqa: E402, F401 - the synthetic store

from fieldkit.cli import main
from fieldkit.store import Store


def _args(store_dir, tmp_path, *more: str) -> list[str]:  # noqa: F811
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    return [*more, "--store", str(store_dir), "--passphrase-file", str(passfile)]


def test_export_records_its_mapping_in_the_store_only(store_dir, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "anon-april"
    assert main(_args(store_dir, tmp_path, "export", "--out", str(out), "--format", "csv",
                      "--override-k", "synthetic")) == 0
    plan_hash = json.loads((out / "manifest.json").read_text())["plan_hash"]
    capsys.readouterr()
    assert main(_args(store_dir, tmp_path, "export", "log", "--json",
                      "--output", "anon-april")) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["plan_hash"] == plan_hash and entry["kind"] == "export"
    assert entry["output"] == "anon-april" and entry["exported_at"].endswith("Z")
    originals = " ".join(m["original"] for m in entry["mappings"]).lower()
    assert "quenthorpe" in originals and "mrkvička" in originals
    assert {m["placeholder"] for m in entry["mappings"]} >= {"[EMAIL]", "[PHONE]"}
    # the outputs themselves hold none of it
    for path in out.iterdir():
        text = path.read_bytes().decode("utf-8", "replace").lower()
        assert not any(m.lower() in text for m in s.MARKERS), path.name
    # and the store file holds it only encrypted
    for path in store_dir.iterdir():
        assert b"Quenthorpe" not in path.read_bytes(), path.name


def test_text_log_and_a_failed_export_records_nothing(store_dir, tmp_path, capsys):  # noqa: F811
    with Store.open(store_dir, PASSPHRASE) as store:
        before = len(store.redaction_log())
    refused = tmp_path / "refused"
    assert main(_args(store_dir, tmp_path, "export", "--out", str(refused))) == 1  # k too low
    assert main(_args(store_dir, tmp_path, "export", "--out", str(tmp_path / "ident"),
                      "--format", "csv", "--identified")) == 0
    with Store.open(store_dir, PASSPHRASE) as store:
        assert len(store.redaction_log()) == before
    capsys.readouterr()
    assert main(_args(store_dir, tmp_path, "export", "log")) == 0
    captured = capsys.readouterr()
    assert "keep it within the team" in captured.err
    assert "refused" not in captured.out and "ident" not in captured.out


def test_anonymised_report_records_its_mapping(store_dir, tmp_path, capsys):  # noqa: F811
    pdf = tmp_path / "review-me.pdf"
    assert main(_args(store_dir, tmp_path, "report", "anonymisation", "--out", str(pdf),
                      "--override-k", "synthetic")) == 0
    with Store.open(store_dir, PASSPHRASE) as store:
        (entry,) = store.redaction_log(output="review-me.pdf")
    assert entry.kind == "anonymisation"
    assert any(o.lower() == "quenthorpe" for _p, o, _k in entry.mappings)
