"""The store's Python API: interviews, events with their hash chain, quotes, notes, audit."""

from __future__ import annotations

import pytest

from fieldkit.errors import StoreError
from fieldkit.store import Store, chain_problems

from .conftest import PASSPHRASE, dump_all, find_markers, make_protocol


def test_interview_lifecycle(store, protocol):
    iv = store.create_interview(protocol, language="en", respondent_code="R-1")
    assert iv.status == "in_progress" and iv.number == 1 and iv.interviewer == "IV07"
    assert iv.protocol_hash == protocol.content_hash and not iv.sealed
    second = store.create_interview(protocol)
    assert second.number == 2 and second.id != iv.id
    updated = store.update_interview(iv.id, status="paused", last_item="q2", elapsed_ms=1234)
    assert (updated.status, updated.last_item, updated.elapsed_ms) == ("paused", "q2", 1234)
    assert [i.id for i in store.interviews(status="paused")] == [iv.id]
    assert store.protocol(iv.protocol_hash) == protocol
    assert [p.hash for p in store.protocols("demo")] == [protocol.content_hash]
    with pytest.raises(ValueError):
        store.update_interview(iv.id, interviewer="someone else")
    with pytest.raises(StoreError, match="no interview"):
        store.interview("00000000-0000-0000-0000-000000000000")


def test_events_are_sequenced_chained_and_typed(store, protocol):
    iv = store.create_interview(protocol)
    a = store.append_event(iv.id, "answer", item_id="q1", value={"b": [1, 2], "a": "x"},
                           elapsed_ms=1500)
    b = store.append_event(iv.id, "answer", item_id="q2", special="refused", elapsed_ms=2500)
    c = store.append_event(iv.id, "clear", item_id="q2", reason="asked again", elapsed_ms=2600)
    got = store.events(iv.id)
    assert [e.seq for e in got] == [1, 2, 3] and got == [a, b, c]
    assert got[0].value == {"a": "x", "b": [1, 2]} and got[1].special == "refused"
    assert got[1].prev_hash == a.hash and got[2].prev_hash == b.hash
    assert got[0].recorded_at.endswith("Z") and len(got[0].recorded_at) == 24
    assert store.interview(iv.id).head_hash == c.hash
    assert chain_problems(iv.id, got, c.hash, 3) == []
    assert store.check().ok
    with pytest.raises(ValueError):
        store.append_event(iv.id, "answer", item_id="q1", special="maybe")
    with pytest.raises(ValueError):
        store.append_event(iv.id, "answer", item_id="q1", value=float("nan"))


def test_chain_detects_tampering_and_rollback(store, protocol):
    iv = store.create_interview(protocol)
    for n in range(4):
        store.append_event(iv.id, "answer", item_id="q2", value=n)
    # An attacker with the key edits a value in place: the hash no longer fits.
    store.db.conn.execute("UPDATE events SET value = '99' WHERE interview_id = ? AND seq = 2",
                          (iv.id,))
    problems = store.check().chain_problems
    assert any("altered" in p for p in problems)
    # An older copy of the events (the last one gone) no longer matches the recorded head.
    store.db.conn.execute("UPDATE events SET value = '1' WHERE interview_id = ? AND seq = 2", (iv.id,))
    store.db.conn.execute("DELETE FROM events WHERE interview_id = ? AND seq = 4", (iv.id,))
    problems = store.check().chain_problems
    assert problems and any("should have 4 events" in p for p in problems)


def test_transaction_groups_writes_and_rolls_back(store, protocol):
    with pytest.raises(RuntimeError), store.transaction():
        iv = store.create_interview(protocol)
        store.append_event(iv.id, "answer", item_id="q1", value="never kept")
        raise RuntimeError("stop")
    assert store.interviews() == []
    with store.transaction():
        iv = store.create_interview(protocol)
        store.append_event(iv.id, "answer", item_id="q1", value="kept")
    assert [e.value for e in store.events(iv.id)] == ["kept"]


def test_quotes_and_notes(store, protocol):
    iv = store.create_interview(protocol)
    q = store.add_quote(iv.id, "We never agreed to that.", item_id="q1", elapsed_ms=65_000)
    store.add_quote(iv.id, "earlier", item_id="q1", elapsed_ms=5_000)
    n = store.add_note(iv.id, "respondent glanced at the door", elapsed_ms=70_000)
    assert [x.text for x in store.quotes(iv.id)] == ["earlier", q.text]
    assert store.notes(iv.id) == [n]


def test_withdraw_leaves_only_a_tombstone(store, protocol, store_dir):
    iv = store.create_interview(protocol, respondent_code="WDRAW-CODE-77")
    store.append_event(iv.id, "answer", item_id="q1", value="WDRAW-ANSWER-77")
    store.add_quote(iv.id, "WDRAW-QUOTE-77")
    store.add_note(iv.id, "WDRAW-NOTE-77")
    tomb = store.withdraw(iv.id)
    assert tomb.interview_id == iv.id and store.tombstones() == [tomb]
    assert store.events(iv.id) == [] and store.quotes(iv.id) == [] and store.notes(iv.id) == []
    row = store.interview(iv.id)
    assert row.status == "withdrawn" and row.respondent_code is None
    with pytest.raises(StoreError, match="withdrawn"):
        store.append_event(iv.id, "answer", item_id="q1", value="again")
    with pytest.raises(StoreError, match="withdrawn"):
        store.create_interview(protocol, interview_id=iv.id)
    dump = dump_all(store)
    assert "WDRAW" not in dump
    assert any(a.action == "interview_withdrawn" and a.detail == iv.id for a in store.audit_log())
    store.close()
    assert find_markers(["WDRAW"], store_dir) == []


def test_seal_needs_a_lead_key(tmp_path, protocol):
    with Store.create(tmp_path / "s", PASSPHRASE) as s:
        iv = s.create_interview(protocol)
        assert not s.can_seal
        with pytest.raises(StoreError, match="no lead key"):
            s.seal(iv.id)


def test_lead_store_unseals_and_chain_survives(tmp_path):
    protocol = make_protocol()
    with Store.create(tmp_path / "lead", PASSPHRASE, role="lead") as s:
        assert s.role == "lead" and s.lead_identity.public_key == s.lead_public_key
        iv = s.create_interview(protocol, respondent_code="R9")
        s.append_event(iv.id, "answer", item_id="q1", value="text")
        s.add_quote(iv.id, "quoted", elapsed_ms=3)
        before = s.export_content(iv.id)
        s.seal(iv.id)
        assert s.events(iv.id) == [] and s.interview(iv.id).sealed
        with pytest.raises(StoreError, match="sealed"):
            s.append_event(iv.id, "answer", item_id="q1", value="late")
        back = s.unseal(iv.id)
        assert not back.sealed and back.respondent_code == "R9"
        assert s.export_content(iv.id)["events"] == before["events"]
        assert s.quotes(iv.id)[0].text == "quoted" and s.check().ok


def test_audit_has_actions_never_answers(store, protocol):
    iv = store.create_interview(protocol)
    store.append_event(iv.id, "answer", item_id="q1", value="AUDIT-MARKER-SECRET")
    store.audit("exported", "csv")
    log = store.audit_log()
    assert [a.action for a in log][:2] == ["store_created", "interview_created"]
    assert log[-1].action == "exported"
    assert all("AUDIT-MARKER" not in a.detail for a in log)


def test_a_sealed_interview_leaves_only_its_existence_readable(tmp_path):
    protocol = make_protocol()
    with Store.create(tmp_path / "lead", PASSPHRASE, role="lead") as s:
        iv = s.create_interview(protocol, respondent_code="R9", started_at="2009-06-12T07:30:00.000Z")
        s.append_event(iv.id, "answer", item_id="q1", value="text", elapsed_ms=61_000)
        s.update_interview(iv.id, status="completed", ended_at="2009-06-12T08:41:00.000Z",
                           elapsed_ms=4_260_000)
        s.seal(iv.id)
        row = s.interview(iv.id)
        assert row.sealed and row.number == 1 and row.protocol_id == protocol.id
        assert (row.started_at, row.ended_at, row.elapsed_ms) == (None, None, 0)
        assert len(row.updated_at) == 10  # the day alone
        [sealed_at] = s.db.conn.execute("SELECT sealed_at FROM sealed").fetchone()
        assert len(sealed_at) == 10
        about = [a for a in s.audit_log() if iv.id in a.detail]
        assert {a.action for a in about} == {"interview_created", "interview_sealed"}
        assert all(len(a.at) == 10 for a in about), about
        assert "T" in s.audit_log()[0].at  # rows about no interview keep their time
        back = s.unseal(iv.id)
        assert back.started_at == "2009-06-12T07:30:00.000Z"
        assert back.ended_at == "2009-06-12T08:41:00.000Z" and back.elapsed_ms == 4_260_000
