"""Protocol snapshots and interview rows: creating, updating, listing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from fieldkit.errors import StoreError

from .clock import new_id, utc_now
from .connection import Database
from .records import STATUSES, Interview, ProtocolRecord
from .transactions import transaction

if TYPE_CHECKING:  # the store only reads a protocol's identity; pydantic loads on first use
    from fieldkit.protocol.model import Protocol

INTERVIEW_COLUMNS = (
    "id, number, protocol_hash, protocol_id, protocol_version, interviewer, language, status, "
    "respondent_code, started_at, ended_at, updated_at, last_item, elapsed_ms, sealed, "
    "event_count, head_hash"
)
# What update_interview may change; the rest is fixed at birth or kept by the event log.
UPDATABLE = ("status", "language", "respondent_code", "started_at", "ended_at", "last_item",
             "elapsed_ms")
# A protocol as a store keeps it (and every session file carries it): labels, rosters and all.
MAX_SNAPSHOT_BYTES = 10 * 1024 * 1024
# The meta key keeping the highest interview number ever given out on this store.
NUMBER_HIGH_WATER = "interview_number_high_water"
# Cleared when an interview is sealed or withdrawn: what could say who or when.
IDENTIFYING = ("interviewer", "language", "respondent_code", "started_at", "ended_at",
               "last_item")


def add_protocol(db: Database, protocol: Protocol) -> ProtocolRecord:
    """Keep a snapshot of ``protocol`` (idempotent: the content hash is the key)."""
    snapshot = protocol.canonical_json()
    if len(snapshot.encode("utf-8")) > MAX_SNAPSHOT_BYTES:
        raise StoreError(f"protocol {protocol.id} version {protocol.version} is larger than "
                         f"{MAX_SNAPSHOT_BYTES // (1024 * 1024)} MB as a store keeps it, and "
                         "every session file would carry it; shorten its texts or rosters.")
    with transaction(db):
        db.conn.execute(
            "INSERT OR IGNORE INTO protocols (hash, id, version, snapshot, added_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (protocol.content_hash, protocol.id, protocol.version, snapshot, utc_now()))
    return get_protocol_record(db, protocol.content_hash)


def get_protocol_record(db: Database, content_hash: str) -> ProtocolRecord:
    row = db.conn.execute(
        "SELECT hash, id, version, snapshot, added_at FROM protocols WHERE hash = ?",
        (content_hash,)).fetchone()
    if row is None:
        raise StoreError(f"this store holds no protocol with hash {content_hash[:12]}; "
                         "add it first with 'fieldkit protocol add'.")
    return ProtocolRecord(*row)


def find_protocols(db: Database, protocol_id: str | None = None) -> list[ProtocolRecord]:
    sql = "SELECT hash, id, version, snapshot, added_at FROM protocols"
    args: tuple[str, ...] = ()
    if protocol_id is not None:
        sql, args = sql + " WHERE id = ?", (protocol_id,)
    return [ProtocolRecord(*row) for row in db.conn.execute(sql + " ORDER BY added_at, id", args)]


def _row(row: Sequence[Any]) -> Interview:
    values = list(row)
    values[14] = bool(values[14])
    return Interview(*values)


def get_interview(db: Database, interview_id: str) -> Interview:
    row = db.conn.execute(f"SELECT {INTERVIEW_COLUMNS} FROM interviews WHERE id = ?",
                          (interview_id,)).fetchone()
    if row is None:
        raise StoreError(f"there is no interview {interview_id} in this store; "
                         "see 'fieldkit interview list' for the ones it holds.")
    return _row(row)


def list_interviews(db: Database, status: str | None = None) -> list[Interview]:
    sql = f"SELECT {INTERVIEW_COLUMNS} FROM interviews"
    args: tuple[str, ...] = ()
    if status is not None:
        sql, args = sql + " WHERE status = ?", (_status(status),)
    return [_row(row) for row in db.conn.execute(sql + " ORDER BY number, id", args)]


def create_interview(db: Database, protocol: Protocol, *, interviewer: str | None, language: str | None,
                     respondent_code: str | None = None, interview_id: str | None = None,
                     started_at: str | None = None, status: str = "in_progress") -> Interview:
    interview_id = interview_id or new_id()
    now = utc_now()
    with transaction(db):
        add_protocol(db, protocol)
        if db.conn.execute("SELECT 1 FROM tombstones WHERE interview_id = ?",
                           (interview_id,)).fetchone():
            raise StoreError(f"interview {interview_id} was withdrawn; it cannot be recorded again.")
        # never reuse a number, even of an interview purged after hand-over (NUMBER_HIGH_WATER)
        number = db.conn.execute(
            "SELECT max(coalesce((SELECT max(number) FROM interviews), 0), coalesce((SELECT "
            "CAST(value AS INTEGER) FROM meta WHERE key = ?), 0)) + 1",
            (NUMBER_HIGH_WATER,)).fetchone()[0]
        db.conn.execute(
            "INSERT INTO interviews (id, number, protocol_hash, protocol_id, protocol_version, "
            "interviewer, language, status, respondent_code, started_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (interview_id, number, protocol.content_hash, protocol.id, protocol.version,
             interviewer, language or protocol.default_language, _status(status),
             respondent_code, started_at or now, now))
    return get_interview(db, interview_id)


def update_interview(db: Database, interview_id: str, **fields: Any) -> Interview:
    unknown = sorted(set(fields) - set(UPDATABLE))
    if unknown:
        raise ValueError(f"cannot update interview field(s) {unknown}; allowed: {UPDATABLE}")
    if "status" in fields:
        fields["status"] = _status(fields["status"])
        if fields["status"] == "withdrawn":
            raise ValueError("use Store.withdraw() to withdraw an interview")
    with transaction(db):
        current = get_interview(db, interview_id)
        writable(current)
        if fields:
            sets = ", ".join(f"{name} = ?" for name in fields)
            db.conn.execute(f"UPDATE interviews SET {sets}, updated_at = ? WHERE id = ?",
                            (*fields.values(), utc_now(), interview_id))
    return get_interview(db, interview_id)


def writable(interview: Interview) -> Interview:
    """The interview, if it can still take writes; a sentence saying why not otherwise."""
    if interview.status == "withdrawn":
        raise StoreError(f"interview {interview.id} was withdrawn; nothing more can be recorded in it.")
    if interview.sealed:
        raise StoreError(f"interview {interview.id} is sealed for the project lead; "
                         "it can no longer be changed on this machine.")
    return interview


def _status(status: str) -> str:
    if status not in STATUSES:
        raise ValueError(f"unknown interview status {status!r}; one of {STATUSES}")
    return status
