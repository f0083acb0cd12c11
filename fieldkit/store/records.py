"""The store's records as frozen dataclasses: what the rest of fieldkit reads and writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATUSES = ("in_progress", "paused", "completed", "withdrawn")
SPECIALS = ("refused", "dont_know", "not_applicable")


@dataclass(frozen=True)
class ProtocolRecord:
    """A protocol snapshot as the store keeps it (``Protocol.from_snapshot(snapshot)``)."""

    hash: str
    id: str
    version: str
    snapshot: str
    added_at: str


@dataclass(frozen=True)
class Interview:
    """One interview's row. Sealed and withdrawn interviews keep only the non-identifying part."""

    id: str
    number: int
    protocol_hash: str
    protocol_id: str
    protocol_version: str
    interviewer: str | None
    language: str | None
    status: str
    respondent_code: str | None
    started_at: str | None
    ended_at: str | None
    updated_at: str
    last_item: str | None
    elapsed_ms: int
    sealed: bool
    event_count: int
    head_hash: str | None


@dataclass(frozen=True)
class Event:
    """One append-only event (an answer, a clear, a person added...); the engine interprets it."""

    id: str
    interview_id: str
    seq: int
    kind: str
    item_id: str | None
    instance_id: str | None
    value: Any
    special: str | None
    reason: str | None
    recorded_at: str
    elapsed_ms: int | None
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class TextEntry:
    """A quote or a note: text tied to a moment (elapsed time) and an item of an interview."""

    id: str
    interview_id: str
    item_id: str | None
    instance_id: str | None
    elapsed_ms: int | None
    recorded_at: str
    text: str


Quote = TextEntry
Note = TextEntry


@dataclass(frozen=True)
class Tombstone:
    """What remains of a withdrawn interview: its id and when, nothing else."""

    interview_id: str
    withdrawn_at: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    action: str
    detail: str


@dataclass(frozen=True)
class CheckResult:
    """Every row of both integrity checks, and any break in the events' hash chains."""

    integrity: list[str]
    cipher_integrity: list[str]
    chain_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.integrity == ["ok"] and not self.cipher_integrity
                and not self.chain_problems)


@dataclass(frozen=True)
class StoreInfo:
    path: str
    store_id: str
    role: str
    schema_version: int
    interviewer: str | None
    lead_public_key: str | None
    recovery_slot: bool
    signing_public_key: str
    created_at: str
    kdf: dict[str, Any]
    cipher_settings: list[str]
    interviews: int
    sealed: int
    withdrawn: int
