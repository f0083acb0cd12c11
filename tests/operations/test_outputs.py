"""Outputs through the one operations module: consent, decisions, audit, the lead's back-entry."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pyreadstat
import pytest
from pypdf import PdfReader

from fieldkit.cli import main
from fieldkit.data import forms_dir
from fieldkit.interview.importer import plan_interview, write_interview
from fieldkit.operations.outputs import (
    OutputRefused,
    OutputRequest,
    list_candidates,
    produce,
    write_export,
    write_quotes,
    write_report,
)
from fieldkit.protocol.loader import load_protocol
from fieldkit.store import Store

ROOT = Path(__file__).resolve().parents[2]
PASS = "synthetic-operations-passphrase-4471"
REFUSED_QUOTE = "Nothing is ever decided in the plenary hall."
GIVEN_QUOTE = "Everything is decided over lunch in the garden."
STRANGER = "Wenceslas Thorngrove"  # mentioned without a title: only the residual scan sees him
OVERRIDE = "synthetic reason: pilot export for the board"


def example() -> dict:
    text = (ROOT / "docs" / "interview-format.md").read_text(encoding="utf-8")
    return json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))


def interviews() -> list[dict]:
    out = []
    for n, (org, city, consent, quote) in enumerate((
            ("eu", "brussels", "yes", GIVEN_QUOTE), ("eu", "brussels", "no", REFUSED_QUOTE),
            ("oas", "washington", "yes", "Lunch again."), ("au", "addis_ababa", "yes",
                                                          "Addis talks."))):
        data = copy.deepcopy(example())
        data["answers"].update(organisation=org, city=city, consent_quotes=consent,
                               routines=f"We meet weekly; {STRANGER} hosts the lunches ({n}).")
        if org != "eu":
            del data["answers"]["friends_eu"]
        data["quotes"] = [{"item": "friendships_matter", "at": f"3{n}:10", "text": quote}]
        data["started_at"] = f"2009-06-1{n}T09:30:00+02:00"
        data["ended_at"] = f"2009-06-1{n}T10:41:00+02:00"
        out.append(data)
    return out


@pytest.fixture
def lead(tmp_path):
    """A lead's own store with interviews entered from paper (never merged from a laptop)."""
    path = tmp_path / "lead"
    protocol = load_protocol(forms_dir() / "informal-relations.yaml")
    with Store.create(path, PASS, role="lead", enforce_strength=False) as store:
        for n, data in enumerate(interviews()):
            write_interview(store, plan_interview(data, protocol, f"i{n}.json"))
        assert not any(i.sealed for i in store.interviews())  # readable by the lead
    return path


def everything_in(folder: Path) -> str:
    """Every byte an output holds, decoded, Stata and SPSS read back, PDFs as text."""
    parts = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".pdf":
            parts.append(" ".join(p.extract_text() for p in PdfReader(path).pages))
        elif path.suffix in (".dta", ".sav"):
            frame, _ = (pyreadstat.read_dta if path.suffix == ".dta" else pyreadstat.read_sav)(
                str(path))
            parts.append(frame.to_csv())
        if path.is_file():
            parts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(parts)


def audit(path: Path) -> list[dict]:
    with Store.open(path, PASS) as store:
        return [json.loads(e.detail) | {"action": e.action} for e in store.audit_log()
                if e.action.startswith("output_")]


def decide_all(path: Path, decision: str = "redact") -> None:
    with Store.open(path, PASS) as store:
        found = list_candidates(store, OutputRequest("export"))
        store.record_decisions([{"key": c.key, "text": c.text, "kind": c.kind,
                                 "decision": decision} for c in found])


def test_undecided_candidates_refuse_then_decisions_are_kept_and_reused(lead, tmp_path):
    request = OutputRequest("export", override=OVERRIDE)
    with Store.open(lead, PASS) as store, pytest.raises(OutputRefused) as refused:
        produce(store, request, lambda p: write_export(p, tmp_path / "out", ["csv"]))
    assert not refused.value.can_override and refused.value.candidates
    assert "not decided yet" in str(refused.value)
    assert any("Thorngrove" in c.text for c in refused.value.candidates)
    assert not (tmp_path / "out").exists()
    decide_all(lead)
    with Store.open(lead, PASS) as store:
        produce(store, request, lambda p: write_export(p, tmp_path / "out", ["csv", "dta"]))
        assert list_candidates(store, OutputRequest("export")) == []  # reused, not asked again
    text = everything_in(tmp_path / "out")
    assert "Thorngrove" not in text and "Wenceslas" not in text
    rows = audit(lead)
    assert [r["outcome"] for r in rows] == ["refused", "overridden"]
    assert rows[0]["undecided"] >= 1


def test_refused_quotation_is_absent_from_every_shared_output(lead, tmp_path):
    decide_all(lead)
    out = tmp_path / "shared"
    with Store.open(lead, PASS) as store:
        for what, write in (
                ("export", lambda p: write_export(p, out / "data", ["csv", "dta", "sav"])),
                ("quotes", lambda p: [write_quotes(p, out / "quotes.csv")]),
                ("study", lambda p: [write_report(p, out / "study.pdf")]),
                ("interview", lambda p: [write_report(p, out / "two.pdf", interview="2")]),
                ("anonymisation", lambda p: [write_report(p, out / "anon.pdf")])):
            produce(store, OutputRequest(what, override=OVERRIDE), write)
    text = everything_in(out)
    assert "plenary hall" not in text
    assert "lunch in the garden" in text  # consent given: the quote is there, with its citation
    assert OVERRIDE not in text and "pilot export" not in text
    assert "did not consent to be quoted" in text  # the reviewer's report says why


def test_identified_team_outputs_keep_refused_quotes_marked(lead, tmp_path):
    with Store.open(lead, PASS) as store:
        produce(store, OutputRequest("quotes", identified=True),
                lambda p: [write_quotes(p, tmp_path / "q.csv")])
    text = (tmp_path / "q.csv").read_text(encoding="utf-8-sig")
    line = next(line for line in text.splitlines() if "plenary hall" in line)
    assert "NOT FOR QUOTATION" in line
    assert audit(lead)[-1]["outcome"] == "written" and audit(lead)[-1]["data"] == "identified"


def test_the_override_reason_is_in_the_audit_log_with_the_figures(lead, tmp_path):
    decide_all(lead)
    with Store.open(lead, PASS) as store:
        with pytest.raises(OutputRefused) as refused:
            produce(store, OutputRequest("export"),
                    lambda p: write_export(p, tmp_path / "o", ["csv"]))
        assert refused.value.can_override
        _, paths = produce(store, OutputRequest("export", override=OVERRIDE),
                           lambda p: write_export(p, tmp_path / "o", ["csv"]))
    first, second = audit(lead)
    assert first["outcome"] == "refused" and "threshold" in first["reason"]
    assert second["outcome"] == "overridden" and second["override_reason"] == OVERRIDE
    assert second["k"] is not None and second["k_threshold"] == 3 and second["plan"]
    assert set(second["files"]) == {p.name for p in paths}
    assert OVERRIDE not in everything_in(tmp_path / "o")


def test_cli_candidates_file_and_decide(lead, tmp_path, capsys):
    passfile = tmp_path / "pass"
    passfile.write_text(PASS)
    args = ["--store", str(lead), "--passphrase-file", str(passfile)]
    listing = tmp_path / "c.csv"
    assert main(["export", "candidates", "-o", str(listing), *args]) == 0
    text = listing.read_text(encoding="utf-8")
    assert "Thorngrove" in text and "names from the interviews" in capsys.readouterr().err
    lines = text.splitlines()
    bad = "\n".join([lines[0], "maybe" + lines[1]]) + "\n"
    (tmp_path / "bad.csv").write_text(bad, encoding="utf-8")
    assert main(["export", "decide", str(tmp_path / "bad.csv"), *args]) == 1
    assert "bad.csv:2: the decision" in capsys.readouterr().err
    filled = "\n".join([lines[0], *("redact" + line for line in lines[1:])]) + "\n"
    listing.write_text(filled, encoding="utf-8")
    assert main(["export", "decide", str(listing), *args]) == 0
    assert main(["export", "--out", str(tmp_path / "e"), "--format", "csv", "--override-k",
                 OVERRIDE, *args]) == 0
    assert "Thorngrove" not in everything_in(tmp_path / "e")
