"""Codings the lead adds in the master, kept beside (never inside) the interviewer's event chain.

A merged interview's events are exactly the chain its interviewer signed: merging compares
head hashes and reinstalls the whole chain when a longer version arrives, so an event the
lead appended there would make the master's head differ from every version it knows and be
deleted by the next update from the laptop. The lead's ``coding``/``uncoding`` events
therefore live in their own table, replayed after the chain, and merging never touches it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .clock import new_id, utc_now
from .connection import Database
from .content import Content, apply_event, replay
from .events import canonical
from .guard import Component
from .interviews import get_interview, writable
from .records import Event
from .transactions import transaction

# Appended to schema.MIGRATIONS as one step.
MIGRATION = [
    """CREATE TABLE IF NOT EXISTS master_codings (
        id TEXT PRIMARY KEY, interview_id TEXT NOT NULL REFERENCES interviews(id),
        seq INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('coding', 'uncoding')),
        item_id TEXT, instance_id TEXT, value TEXT NOT NULL, recorded_at TEXT NOT NULL,
        elapsed_ms INTEGER, UNIQUE (interview_id, seq))""",
]
KINDS = ("coding", "uncoding")
_COLUMNS = "id, interview_id, seq, kind, item_id, instance_id, value, recorded_at, elapsed_ms"


class MasterCodings(Component):
    """The lead's codings of one store's merged interviews, each call under the store's lock."""

    def append(self, interview_id: str, kind: str, *, item_id: str | None = None,
               instance_id: str | None = None, value: dict[str, Any],
               elapsed_ms: int | None = None) -> Event:
        """Record one coding or uncoding; returns once it is committed."""
        if kind not in KINDS:
            raise ValueError(f"the master keeps only coding events, not {kind!r}")
        return self.guard.call(_append, interview_id, kind, item_id, instance_id, value,
                               elapsed_ms)

    def events(self, interview_id: str) -> list[Event]:
        return self.guard.call(_list, interview_id)


def _append(db: Database, interview_id: str, kind: str, item_id: str | None,
            instance_id: str | None, value: dict[str, Any], elapsed_ms: int | None) -> Event:
    text = canonical(value)
    with transaction(db):
        writable(get_interview(db, interview_id))
        seq = db.conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM master_codings "
                              "WHERE interview_id = ?", (interview_id,)).fetchone()[0]
        event = Event(id=new_id(), interview_id=interview_id, seq=seq, kind=kind,
                      item_id=item_id, instance_id=instance_id, value=json.loads(text),
                      special=None, reason=None, recorded_at=utc_now(),
                      elapsed_ms=elapsed_ms, prev_hash="", hash="")
        db.conn.execute(f"INSERT INTO master_codings ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (event.id, interview_id, seq, kind, item_id, instance_id, text,
                         event.recorded_at, elapsed_ms))
    return event


def _list(db: Database, interview_id: str) -> list[Event]:
    rows = db.conn.execute(f"SELECT {_COLUMNS} FROM master_codings WHERE interview_id = ? "
                           "ORDER BY seq", (interview_id,))
    return [Event(id=r[0], interview_id=r[1], seq=r[2], kind=r[3], item_id=r[4],
                  instance_id=r[5], value=json.loads(r[6]), special=None, reason=None,
                  recorded_at=r[7], elapsed_ms=r[8], prev_hash="", hash="") for r in rows]


def replay_with_master(chain: Iterable[Any], master: Iterable[Any]) -> Content:
    """The interview's content: its own chain, then the lead's codings on top."""
    content = replay(chain)
    for event in sorted(master, key=lambda e: e.seq):
        apply_event(content, event)
    return content
