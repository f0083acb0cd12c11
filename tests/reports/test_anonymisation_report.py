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
    assert "respondent_name identifier removed from the data" in text
    assert "member_state quasi identifier" in text
    assert "DELEGATION 7 PERSON 5" in text
    assert "k: fewest respondents sharing all identifying answers 1 4" in text
    assert "l: different answers to first_call in each look-alike group 1 2" in text
    assert "at least 4 respondents share it" in text  # the risk said in words
    assert "at worst a 1 in 9 chance" in text
    assert '{"' not in text  # settings are sentences, never raw JSON
    assert "20 gender" in text
    assert PLACEHOLDER_TEXT in text
    assert "Zyxwvuta" not in text
    assert b"Zyxwvuta" not in out.read_bytes()
    assert all(f"Page {n} of {len(texts)}" in t for n, t in enumerate(texts, 1))


def test_right_to_left_text_is_laid_out_in_visual_order(tmp_path):
    data = record()
    arabic = "قال السفير إن [PERSON-1] يتصل كل أسبوع"
    data["redacted_texts"][0] = {**data["redacted_texts"][0], "text": arabic, "spans": []}
    out = build_anonymisation_report(data, tmp_path / "rtl.pdf")
    text = " ".join(pages(out))
    assert "[PERSON-1]" in text  # the placeholder stays whole inside right-to-left text
    # Drawn as joined (presentation) forms: shaped by the report, not left as isolated letters.
    drawn = out.read_bytes()
    assert "ﻗﺎﻝ" in text or "ﻝﺎﻗ" in text, text
    assert b"Zyxwvuta" not in drawn
