"""``fieldkit report`` on a real encrypted store: PDFs and the quotes CSV, no names leaking."""

from __future__ import annotations

import csv

import synth_study as s
from pdf_text import pages
from test_cli_export import PASSPHRASE  # the store_dir fixture's (see conftest.py)

from fieldkit.cli import main


def _run(store_dir, tmp_path, *args: str) -> int:
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    return main(["report", *args, "--store", str(store_dir), "--passphrase-file", str(passfile)])


def test_anonymised_study_and_anonymisation_reports_hold_no_names(store_dir, tmp_path, capsys):
    study = tmp_path / "study.pdf"
    assert _run(store_dir, tmp_path, "study", "--out", str(study), "--override-k", "test") == 0
    review = tmp_path / "anon.pdf"
    assert _run(store_dir, tmp_path, "anonymisation", "--out", str(review),
                "--override-k", "test") == 0
    for pdf in (study, review):
        text = " ".join(pages(pdf)).lower()
        assert "anonymised · plan" in text and "identified" not in text.split("contents")[0]
        assert not any(m.lower() in text for m in s.MARKERS), pdf.name


def test_identified_interview_pdf_and_quotes_csv(store_dir, tmp_path, capsys):
    pdf = tmp_path / "one.pdf"
    assert _run(store_dir, tmp_path, "interview", "1", "--out", str(pdf), "--identified",
                "--paper", "letter") == 0
    assert "IDENTIFIED" in capsys.readouterr().err
    assert all("IDENTIFIED — team only" in t for t in pages(pdf))
    out = tmp_path / "quotes.csv"
    assert _run(store_dir, tmp_path, "quotes", "--out", str(out), "--identified") == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows and all(r["citation"].endswith(".") for r in rows)
    assert "Interview" in rows[0]["citation"]


def test_unknown_interview_is_one_sentence(store_dir, tmp_path, capsys):
    assert _run(store_dir, tmp_path, "interview", "999", "--out", str(tmp_path / "x.pdf"),
                "--identified") == 1
    err = capsys.readouterr().err
    assert "fieldkit: there is no interview '999'" in err and "Traceback" not in err
