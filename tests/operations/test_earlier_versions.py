"""Stores and protocol snapshots written by an earlier fieldkit keep working: migrated, read,
exported and reported, with today's rules (consent, redaction, audit) applied."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from fieldkit.operations.outputs import (
    OutputRequest,
    list_candidates,
    produce,
    write_export,
    write_quotes,
)
from fieldkit.protocol.model import Protocol
from fieldkit.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PASS = "synthetic old-version store passphrase 2009"


def test_an_old_snapshot_keeps_its_hash():
    text = (FIXTURES / "snapshot-v1-informal-relations.json").read_text(encoding="utf-8")
    protocol = Protocol.from_snapshot(text)
    assert protocol.content_hash == hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture
def old_store(tmp_path):
    path = tmp_path / "lead"
    shutil.copytree(FIXTURES / "store-v5-lead", path)
    return path


def test_a_schema_5_lead_store_exports_with_todays_rules(old_store, tmp_path):
    with Store.open(old_store, PASS) as store:
        found = list_candidates(store, OutputRequest("export"))
        store.record_decisions([{"key": c.key, "text": c.text, "kind": c.kind,
                                 "decision": "redact"} for c in found])
        _, paths = produce(store, OutputRequest("export", override="synthetic check"),
                           lambda p: write_export(p, tmp_path / "out", ["csv"]))
        produce(store, OutputRequest("quotes", override="synthetic check"),
                lambda p: [write_quotes(p, tmp_path / "quotes.csv")])
        assert not any(i.sealed for i in store.interviews())  # back-entries readable again
    text = "".join(p.read_text(encoding="utf-8") for p in paths)
    assert "Quillbright" not in text and "[PERSON-" in text
    quotes = (tmp_path / "quotes.csv").read_text(encoding="utf-8-sig")
    assert "decided over lunch" in quotes  # consent given
    assert "refused quote" not in quotes  # consent_quotes "no", read by the item's id
