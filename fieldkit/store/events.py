"""The append-only event log: each event committed on its own, chained by hash per interview."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from typing import Any

from .clock import new_id, utc_now
from .connection import Database
from .interviews import get_interview, writable
from .records import SPECIALS, Event
from .transactions import transaction

CHAIN_FORMAT = "fieldkit-chain/1"
EVENT_COLUMNS = ("id, interview_id, seq, kind, item_id, instance_id, value, special, reason, "
                 "recorded_at, elapsed_ms, prev_hash, hash")
HASHED_FIELDS = ("id", "interview_id", "seq", "kind", "item_id", "instance_id", "value",
                 "special", "reason", "recorded_at", "elapsed_ms", "prev_hash")


def canonical(value: Any) -> str:
    """The one JSON text of a value: sorted keys, no spaces, UTF-8, no NaN."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def genesis(interview_id: str) -> str:
    """The ``prev_hash`` of an interview's first event."""
    return hashlib.sha256(f"{CHAIN_FORMAT}|{interview_id}".encode()).hexdigest()


def event_hash(fields: dict[str, Any]) -> str:
    """The hash of one event over every field but the hash itself (``value`` as a Python value)."""
    body = {name: fields[name] for name in HASHED_FIELDS}
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def _value_text(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return canonical(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"an event value must be plain JSON (no NaN or objects): {exc}") from None


def _check(kind: str, special: str | None, elapsed_ms: int | None) -> None:
    if not kind or not isinstance(kind, str) or len(kind) > 64:
        raise ValueError("an event needs a kind (a short name such as 'answer')")
    if special is not None and special not in SPECIALS:
        raise ValueError(f"unknown special answer {special!r}; one of {SPECIALS}")
    if elapsed_ms is not None and (not isinstance(elapsed_ms, int) or elapsed_ms < 0):
        raise ValueError("elapsed_ms must be a whole number of milliseconds, 0 or more")


def append_event(db: Database, interview_id: str, kind: str, *, item_id: str | None = None,
                 instance_id: str | None = None, value: Any = None, special: str | None = None,
                 reason: str | None = None, elapsed_ms: int | None = None,
                 event_id: str | None = None, recorded_at: str | None = None) -> Event:
    """Append one event; returns once it is committed (or joins an open transaction)."""
    _check(kind, special, elapsed_ms)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("an event value must be a finite number")
    value_text = _value_text(value)
    fields: dict[str, Any] = {
        "id": event_id or new_id(), "interview_id": interview_id, "kind": kind,
        "item_id": item_id, "instance_id": instance_id,
        "value": None if value_text is None else json.loads(value_text),
        "special": special, "reason": reason, "recorded_at": recorded_at or utc_now(),
        "elapsed_ms": elapsed_ms,
    }
    conn = db.conn
    with transaction(db):
        row = conn.execute(
            "SELECT event_count, head_hash, status, sealed FROM interviews WHERE id = ?",
            (interview_id,)).fetchone()
        if row is None or row[2] == "withdrawn" or row[3]:
            writable(get_interview(db, interview_id))
        fields["seq"] = row[0] + 1
        fields["prev_hash"] = row[1] or genesis(interview_id)
        fields["hash"] = event_hash(fields)
        conn.execute(
            f"INSERT INTO events ({EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fields["id"], interview_id, fields["seq"], kind, item_id, instance_id, value_text,
             special, reason, fields["recorded_at"], elapsed_ms, fields["prev_hash"],
             fields["hash"]))
        conn.execute(
            "UPDATE interviews SET event_count = ?, head_hash = ?, updated_at = ? WHERE id = ?",
            (fields["seq"], fields["hash"], fields["recorded_at"], interview_id))
    return Event(**{name: fields[name] for name in Event.__dataclass_fields__})


def _event(row: Sequence[Any]) -> Event:
    values = list(row)
    values[6] = None if values[6] is None else json.loads(values[6])
    return Event(*values)


def list_events(db: Database, interview_id: str) -> list[Event]:
    rows = db.conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE interview_id = ? ORDER BY seq", (interview_id,))
    return [_event(row) for row in rows]


def chain_problems(interview_id: str, events: Iterable[Event],
                   head_hash: str | None = None, count: int | None = None) -> list[str]:
    """Every break in one interview's chain: seq gaps, altered events, a missing tail."""
    problems: list[str] = []
    prev = genesis(interview_id)
    seq = 0
    for event in events:
        seq += 1
        where = f"interview {interview_id} event {event.seq}"
        if event.interview_id != interview_id:
            problems.append(f"{where} belongs to another interview")
        if event.seq != seq:
            problems.append(f"{where} is out of sequence (expected {seq})")
        if event.prev_hash != prev:
            problems.append(f"{where} does not follow the event before it")
        fields = {name: getattr(event, name) for name in HASHED_FIELDS}
        if event_hash(fields) != event.hash:
            problems.append(f"{where} was altered after it was recorded")
        prev = event.hash
    if count is not None and seq != count:
        problems.append(f"interview {interview_id} should have {count} events, has {seq}")
    if head_hash is not None and seq and prev != head_hash:
        problems.append(f"interview {interview_id}'s last event is not the one recorded last")
    return problems


def verify_store_chains(db: Database) -> list[str]:
    """Chain problems across every readable interview of the store."""
    problems: list[str] = []
    rows = db.conn.execute(
        "SELECT id, event_count, head_hash FROM interviews WHERE sealed = 0 AND status != 'withdrawn'"
    ).fetchall()
    for interview_id, count, head in rows:
        problems += chain_problems(interview_id, list_events(db, interview_id), head, count)
    return problems


def insert_verbatim(db: Database, events: list[Event]) -> None:
    """Put events back exactly as recorded (unsealing, merging); the caller checks the chain."""
    with transaction(db):
        for e in events:
            db.conn.execute(
                f"INSERT INTO events ({EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (e.id, e.interview_id, e.seq, e.kind, e.item_id, e.instance_id,
                 _value_text(e.value), e.special, e.reason, e.recorded_at, e.elapsed_ms,
                 e.prev_hash, e.hash))

