"""The protocol's report settings: title page facts, summary and appendix items, checked."""

from __future__ import annotations

import pytest
import yaml

from fieldkit.data import forms_dir
from fieldkit.errors import ProtocolError
from fieldkit.protocol.loader import load_protocol

BASE = {
    "format": "fieldkit-protocol/1", "id": "tiny", "version": "1", "title": "Tiny",
    "cover": "c", "research_aim": "a",
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "contacts", "type": "integer", "label": "Contacts a week?"},
        {"id": "lang", "type": "select_one", "label": "Language",
         "choices": [{"name": "en", "label": "English"}]}]}],
}


def _write(tmp_path, **extra):
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump({**BASE, **extra}), encoding="utf-8")
    return path


def test_without_report_settings_the_hash_is_unchanged(tmp_path):
    plain = load_protocol(_write(tmp_path))
    assert plain.report is None
    assert '"report"' not in plain.canonical_json()


def test_report_settings_load(tmp_path):
    p = load_protocol(_write(tmp_path, report={
        "study": "A study", "period": "March to June 2009", "institution": "A university",
        "summary": ["contacts"], "appendix": ["lang"]}))
    assert p.report.summary == ["contacts"] and p.report.appendix == ["lang"]
    assert p.text(p.report.period) == "March to June 2009"


def test_an_unknown_summary_item_is_named_with_its_place(tmp_path):
    with pytest.raises(ProtocolError) as caught:
        load_protocol(_write(tmp_path, report={"summary": ["contact"]}))
    message = str(caught.value)
    assert "the report's summary names 'contact', which is not an item" in message
    assert "did you mean 'contacts'?" in message


def test_study_a_names_its_key_findings():
    p = load_protocol(forms_dir() / "informal-relations.yaml")
    assert p.report.summary[0] == "informal_contacts_week"
    assert "interview_language" in p.report.appendix
    assert p.report.composition == ["role", "gender"]
