"""Sealing interviews to the lead, unsealing them on the lead's machine, and withdrawal."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from fieldkit.crypto import LeadIdentity, encrypt
from fieldkit.errors import StoreError

from . import events as event_log
from . import texts
from .clock import utc_now
from .connection import Database
from .interviews import IDENTIFYING, get_interview, get_protocol_record, writable
from .metadata import audit
from .records import Event, Interview, TextEntry, Tombstone
from .transactions import transaction

CONTENT_FORMAT = "fieldkit-interview-content/1"
_READABLE = ("events", "quotes", "notes", "master_codings")
_MASTER_ONLY = ("interview_versions", "conflict_resolutions", "provenance")


def export_content(db: Database, interview_id: str) -> dict[str, Any]:
    """An interview in full (row, protocol snapshot, events, quotes, notes) as plain JSON data."""
    interview = get_interview(db, interview_id)
    return {
        "format": CONTENT_FORMAT,
        "interview": asdict(interview),
        "protocol": asdict(get_protocol_record(db, interview.protocol_hash)),
        "events": [asdict(e) for e in event_log.list_events(db, interview_id)],
        "quotes": [asdict(q) for q in texts.list_texts(db, "quotes", interview_id)],
        "notes": [asdict(n) for n in texts.list_texts(db, "notes", interview_id)],
    }


def _clear_readable(db: Database, interview_id: str) -> None:
    for table in _READABLE:
        db.conn.execute(f"DELETE FROM {table} WHERE interview_id = ?", (interview_id,))
    blanks = ", ".join(f"{name} = NULL" for name in IDENTIFYING)
    # the day only: the time of sealing or withdrawal would tell when the interview ended
    db.conn.execute(f"UPDATE interviews SET {blanks}, elapsed_ms = 0, updated_at = ? WHERE id = ?",
                    (_today(), interview_id))


def _today() -> str:
    """The current UTC date alone (YYYY-MM-DD): what a row about a closed interview may carry."""
    return utc_now()[:10]


def _blur_audit(db: Database, interview_id: str, action: str) -> None:
    """Cut the audit rows about an interview to the day, and add ``action`` at the day only, so
    the log no longer says when the interview started or ended."""
    db.conn.execute("UPDATE audit SET at = substr(at, 1, 10) WHERE detail = ? OR detail LIKE ?",
                    (interview_id, f"{interview_id} %"))
    db.conn.execute("INSERT INTO audit (at, action, detail) VALUES (?, ?, ?)",
                    (_today(), action, interview_id))


def checkpoint(db: Database) -> None:
    """Move the WAL into the database and empty it, so no old page copy of removed rows stays."""
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def seal(db: Database, interview_id: str, lead_public_key: str | None) -> Interview:
    """Encrypt the interview to the lead and remove its readable rows (only its row remains)."""
    if not lead_public_key:
        raise StoreError("this store has no lead key, so interviews cannot be sealed; "
                         "it was made without --lead-key.")
    with transaction(db):
        writable(get_interview(db, interview_id))
        content = json.dumps(export_content(db, interview_id), ensure_ascii=False).encode("utf-8")
        blob = encrypt(content, [lead_public_key])
        db.conn.execute("INSERT INTO sealed (interview_id, blob, sealed_at) VALUES (?, ?, ?)",
                        (interview_id, blob, _today()))
        _clear_readable(db, interview_id)
        db.conn.execute("UPDATE interviews SET sealed = 1 WHERE id = ?", (interview_id,))
        _blur_audit(db, interview_id, "interview_sealed")
    checkpoint(db)
    return get_interview(db, interview_id)


def sealed_blob(db: Database, interview_id: str) -> bytes:
    row = db.conn.execute("SELECT blob FROM sealed WHERE interview_id = ?", (interview_id,)).fetchone()
    if row is None:
        raise StoreError(f"interview {interview_id} is not sealed in this store.")
    return bytes(row[0])


def open_content(blob: bytes, identity: LeadIdentity) -> dict[str, Any]:
    """Decrypt a sealed interview in memory and check its form and hash chain."""
    content = json.loads(identity.decrypt(blob).decode("utf-8"))
    if not isinstance(content, dict) or content.get("format") != CONTENT_FORMAT:
        raise StoreError("the sealed interview is not in a form this program knows.")
    row = content["interview"]
    events = [Event(**e) for e in content["events"]]
    problems = event_log.chain_problems(row["id"], events, row["head_hash"], row["event_count"])
    if problems:
        raise StoreError(f"the sealed interview {row['id']} fails its hash chain ({problems[0]}).")
    return content


def unseal(db: Database, interview_id: str, identity: LeadIdentity) -> Interview:
    """Bring a sealed interview back to readable rows (a lead store holding the identity)."""
    content = open_content(sealed_blob(db, interview_id), identity)
    row = content["interview"]
    if row["id"] != interview_id:
        raise StoreError(f"the sealed content of interview {interview_id} belongs to another one.")
    with transaction(db):
        restore_rows(db, content)
        sets = ", ".join(f"{name} = ?" for name in IDENTIFYING)
        db.conn.execute(
            f"UPDATE interviews SET {sets}, elapsed_ms = ?, sealed = 0 WHERE id = ?",
            (*(row[name] for name in IDENTIFYING), row["elapsed_ms"], interview_id))
        db.conn.execute("DELETE FROM sealed WHERE interview_id = ?", (interview_id,))
        audit(db, "interview_unsealed", interview_id)
    return get_interview(db, interview_id)


def restore_rows(db: Database, content: dict[str, Any]) -> None:
    event_log.insert_verbatim(db, [Event(**e) for e in content["events"]])
    texts.insert_verbatim(db, "quotes", [TextEntry(**q) for q in content["quotes"]])
    texts.insert_verbatim(db, "notes", [TextEntry(**n) for n in content["notes"]])


def withdraw(db: Database, interview_id: str) -> Tombstone:
    """Destroy an interview's content; a tombstone (id and time) keeps merges from reviving it."""
    tomb = Tombstone(interview_id, _today())  # the day alone, like the audit rows about it
    with transaction(db):
        get_interview(db, interview_id)
        db.conn.execute("DELETE FROM sealed WHERE interview_id = ?", (interview_id,))
        _clear_readable(db, interview_id)
        for table in _MASTER_ONLY:  # on a lead's master: versions kept aside, their sources
            db.conn.execute(f"DELETE FROM {table} WHERE interview_id = ?", (interview_id,))
        db.conn.execute(
            "UPDATE interviews SET status = 'withdrawn', sealed = 0, event_count = 0, "
            "head_hash = NULL WHERE id = ?", (interview_id,))
        db.conn.execute("INSERT OR IGNORE INTO tombstones (interview_id, withdrawn_at) VALUES (?, ?)",
                        (interview_id, tomb.withdrawn_at))
        _blur_audit(db, interview_id, "interview_withdrawn")
    checkpoint(db)
    return tombstones(db, interview_id)[0]


def tombstones(db: Database, interview_id: str | None = None) -> list[Tombstone]:
    sql = "SELECT interview_id, withdrawn_at FROM tombstones"
    args: tuple[str, ...] = ()
    if interview_id is not None:
        sql, args = sql + " WHERE interview_id = ?", (interview_id,)
    return [Tombstone(*row) for row in db.conn.execute(sql + " ORDER BY withdrawn_at", args)]
