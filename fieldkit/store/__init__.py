"""The encrypted SQLite store (SQLCipher through sqlite-utils).

A store is a directory: ``fieldkit.db`` (SQLCipher 4, WAL), ``keyslots.json`` (the random
database key wrapped by the passphrase with Argon2id, and sealed to the lead's age key when
known; no plaintext secrets) and ``fieldkit.lock`` (held while a process has it open).

API summary (all writes commit durably before they return, unless inside ``transaction()``):

    resolve_store_dir(store=None) -> Path           # --store, $FIELDKIT_STORE, portable, user dir
    Store.create(path, passphrase, *, role="interviewer"|"lead", lead_public_key=None,
                 interviewer=None, lead_identity=None, kdf=None, enforce_strength=True) -> Store
    Store.open(path, passphrase) -> Store           # WrongPassphrase, StoreLocked, StoreError
    Store.recover(path, identity, new_passphrase)   # via the lead's age identity
    store.close() / with Store.open(...) as store:
    store.info -> StoreInfo; store.check() -> CheckResult; store.change_passphrase(new)
    store.role, .interviewer, .lead_public_key, .can_seal, .signing_key, .lead_identity
    store.transaction()                             # several writes, one commit
    store.add_protocol(protocol) -> ProtocolRecord; store.protocol(hash) -> Protocol
    store.protocols(protocol_id=None) -> list[ProtocolRecord]
    store.create_interview(protocol, *, interviewer=None, language=None, respondent_code=None,
                           interview_id=None, started_at=None, status="in_progress") -> Interview
    store.update_interview(id, status=, language=, respondent_code=, started_at=, ended_at=,
                           last_item=, elapsed_ms=) -> Interview
    store.interview(id) -> Interview; store.interviews(status=None) -> list[Interview]
    store.append_event(id, kind, *, item_id=None, instance_id=None, value=None, special=None,
                       reason=None, elapsed_ms=None, event_id=None, recorded_at=None) -> Event
    store.events(id) -> list[Event]                 # in seq order; the latest answer wins
    store.add_quote(id, text, *, item_id=None, instance_id=None, elapsed_ms=None) -> TextEntry
    store.quotes(id); store.add_note(id, text, ...); store.notes(id)
    store.seal(id) -> Interview; store.unseal(id, identity=None) -> Interview
    store.sealed_blob(id) -> bytes; store.export_content(id) -> dict
    store.withdraw(id) -> Tombstone; store.tombstones() -> list[Tombstone]
    store.audit(action, detail=""); store.audit_log(limit=None) -> list[AuditEntry]
    store.record_redactions(plan_hash, output, mapping, protocol_hash=, kind=) -> int
    store.redaction_log(plan_hash=None, output=None) -> list[RedactionEntry]  # team only
    store.record_decisions([{key, text, kind, decision}], decided_by="") -> int  # team only
    store.redaction_decisions() -> list[Decision]   # redact/keep per residual-scan candidate
    chain_problems(interview_id, events, head_hash=None, count=None) -> list[str]
"""

from .events import chain_problems, event_hash, genesis
from .location import resolve_store_dir
from .records import (
    SPECIALS,
    STATUSES,
    AuditEntry,
    CheckResult,
    Event,
    Interview,
    Note,
    ProtocolRecord,
    Quote,
    StoreInfo,
    TextEntry,
    Tombstone,
)
from .schema import SCHEMA_VERSION
from .store import Store

__all__ = [
    "SCHEMA_VERSION", "SPECIALS", "STATUSES", "AuditEntry", "CheckResult", "Event", "Interview",
    "Note", "ProtocolRecord", "Quote", "Store", "StoreInfo", "TextEntry", "Tombstone",
    "chain_problems", "event_hash", "genesis", "resolve_store_dir",
]
