"""The anonymisation PDF: plan, actions, risk, placeholders in context; never the originals."""

from __future__ import annotations

from pdf_text import pages
from record_data import PLACEHOLDER_TEXT, record

from fieldkit.reports.anonymisation import build_anonymisation_report


def test_anonymisation_report_reads_back_without_originals(tmp_path):
    data = record()
    out = build_anonymisation_report(data, tmp_path / "a.pdf", paper="letter")
    texts = pages(out)
    text = " ".join(texts)
    assert data["plan_hash"] in text
    assert "respondent_name identifier drop" in text
    assert "member_state quasi identifier generalise" in text
    assert "DELEGATION 7 PERSON 5" in text
    assert "k (smallest group sharing all quasi-identifiers) 1 4" in text
    assert "l-diversity of first_call 1 2" in text
    assert "20 gender" in text
    assert PLACEHOLDER_TEXT in text
    assert "Zyxwvuta" not in text
    assert b"Zyxwvuta" not in out.read_bytes()
    assert all(f"Page {n} of {len(texts)}" in t for n, t in enumerate(texts, 1))
