"""The redaction log: each output's original-to-placeholder mappings, kept encrypted."""

from __future__ import annotations

from fieldkit.store import Store
from fieldkit.store.schema import SCHEMA_VERSION

from .conftest import PASSPHRASE, find_markers

MARKER = "Quillfeather Synthetica"
MAPPING = [{"placeholder": "[PERSON-1]", "original": MARKER, "kind": "PERSON"},
           {"placeholder": "[PERSON-1]", "original": "quillfeather", "kind": "PERSON"},
           {"placeholder": "[EMAIL]", "original": "q@example.invalid", "kind": "EMAIL"}]


def test_mappings_are_kept_per_output_and_read_back(store, store_dir):
    first = store.record_redactions("a" * 64, "anon-2009-04", MAPPING, protocol_hash="p" * 64)
    second = store.record_redactions("b" * 64, "study.pdf", MAPPING[:1], kind="study",
                                     exported_at="2009-05-01T10:00:00.000Z")
    assert second > first
    log = store.redaction_log()
    assert [e.output for e in log] == ["anon-2009-04", "study.pdf"]
    entry = log[0]
    assert entry.plan_hash == "a" * 64 and entry.protocol_hash == "p" * 64
    assert entry.kind == "export" and entry.exported_at.endswith("Z")
    assert entry.mappings == (("[EMAIL]", "q@example.invalid", "EMAIL"),
                              ("[PERSON-1]", MARKER, "PERSON"),
                              ("[PERSON-1]", "quillfeather", "PERSON"))
    assert log[1].exported_at == "2009-05-01T10:00:00.000Z" and log[1].kind == "study"
    assert [e.output for e in store.redaction_log(plan_hash="b" * 64)] == ["study.pdf"]
    assert [e.id for e in store.redaction_log(output="anon-2009-04")] == [first]
    assert store.redaction_log(plan_hash="c" * 64) == []
    assert log[0].to_dict()["mappings"][1] == MAPPING[0]
    store.close()
    assert find_markers([MARKER, "Quillfeather"], store_dir) == []
    with Store.open(store_dir, PASSPHRASE) as again:
        assert [e.mappings for e in again.redaction_log()] == [e.mappings for e in log]


def test_a_duplicate_mapping_is_kept_once(store):
    store.record_redactions("a" * 64, "out", MAPPING + MAPPING)
    assert len(store.redaction_log()[0].mappings) == 3


def test_a_schema_2_store_gains_the_log_when_opened(store, store_dir):
    conn = store.db.conn
    conn.execute("DROP TABLE redaction_mappings")
    conn.execute("DROP TABLE redaction_outputs")
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    store.close()
    with Store.open(store_dir, PASSPHRASE) as again:
        assert again.info.schema_version == SCHEMA_VERSION
        again.record_redactions("a" * 64, "out", MAPPING[:1])
        assert again.redaction_log()[0].mappings[0][1] == MARKER


def test_decisions_on_candidates_are_kept_encrypted_and_replaced_by_later_ones(store, store_dir):
    first = [{"key": "person:quillfeather", "text": MARKER, "kind": "PERSON",
              "decision": "redact"},
             {"key": "word:brussels sprouts", "text": "Brussels sprouts", "kind": "CITY",
              "decision": "keep"}]
    assert store.record_decisions(first, decided_by="lead") == 2
    store.record_decisions([{**first[1], "decision": "redact"}])
    got = {d.key: d for d in store.redaction_decisions()}
    assert got["person:quillfeather"].decision == "redact"
    assert got["person:quillfeather"].decided_by == "lead"
    assert got["word:brussels sprouts"].decision == "redact"
    store.close()
    assert find_markers([MARKER, "Quillfeather"], store_dir) == []
