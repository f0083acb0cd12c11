"""The interviewer's side of session files: export numbers, hand-over marks, purging."""

from __future__ import annotations

import json
from pathlib import Path

from .clock import utc_now
from .connection import Database
from .interviews import NUMBER_HIGH_WATER
from .sealing import checkpoint
from .transactions import transaction

_CONTENT_TABLES = ("sealed", "events", "quotes", "notes")
# The export being written: noted before its file is, cleared when it is recorded. Left behind,
# it tells the next export that a file under that number may have reached the lead.
_WRITING = "export_being_written"


def last_export(db: Database) -> tuple[int, str] | None:
    """(sequence number, manifest SHA-256) of the latest session file written, if any."""
    row = db.conn.execute(
        "SELECT seq, manifest_sha256 FROM exchange_exports ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def record_export(db: Database, seq: int, manifest_sha256: str, scope: str, interviews: int,
                  tombstones: int, handed: list[tuple[str, str, str]]) -> None:
    """Record export ``seq`` and mark ``handed`` ((id, kind, fingerprint), ...) as handed over.

    Dated to the day only: the time of a hand-over would tell when sealed interviews ended."""
    now = utc_now()[:10]
    with transaction(db):
        latest = last_export(db)
        if latest is not None and seq <= latest[0]:
            raise ValueError(f"export sequence {seq} does not follow {latest[0]}")
        db.conn.execute("DELETE FROM meta WHERE key = ?", (_WRITING,))
        db.conn.execute(
            "INSERT INTO exchange_exports (seq, manifest_sha256, scope, interviews, tombstones, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (seq, manifest_sha256, scope, interviews, tombstones, now))
        db.conn.executemany(
            "INSERT INTO handed_over (interview_id, kind, fingerprint, seq, handed_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(interview_id, kind) DO UPDATE SET "
            "fingerprint = excluded.fingerprint, seq = excluded.seq, "
            "handed_at = excluded.handed_at, purged_at = NULL",
            [(iid, kind, fp, seq, now) for iid, kind, fp in handed])


def begin_export(db: Database, seq: int, manifest_sha256: str, scope: str, path: Path) -> None:
    """Note export ``seq`` before its file is written to ``path`` (see :func:`interrupted`)."""
    note = json.dumps({"seq": seq, "manifest_sha256": manifest_sha256, "scope": scope,
                       "path": str(path)})
    with transaction(db):
        db.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                        "DO UPDATE SET value = excluded.value", (_WRITING, note))


def forget_export(db: Database) -> None:
    """Drop the note of :func:`begin_export`: its file was removed, it never went out."""
    with transaction(db):
        db.conn.execute("DELETE FROM meta WHERE key = ?", (_WRITING,))


def adopt_interrupted(db: Database) -> tuple[int, str] | None:
    """An export noted by :func:`begin_export` whose run was killed before recording it.

    Its file may have been written and carried to the lead, who may merge it: it is recorded
    as an export now, with nothing marked as handed over (the next export carries its
    interviews again), so the next export follows on from it under the next number instead of
    sending the lead a second, different file under the same one. A note whose file was never
    put in place (its temporary file is still there) is dropped: that file never went out.
    Returns (sequence, manifest SHA-256) of the export adopted."""
    row = db.conn.execute("SELECT value FROM meta WHERE key = ?", (_WRITING,)).fetchone()
    if row is None:
        return None
    note = json.loads(row[0])
    seq, path = int(note["seq"]), Path(note["path"])
    latest = last_export(db)
    written = path.exists() or not path.with_name(path.name + ".tmp").exists()
    with transaction(db):
        db.conn.execute("DELETE FROM meta WHERE key = ?", (_WRITING,))
        if not written or seq != (latest[0] if latest else 0) + 1:
            return None
        db.conn.execute(
            "INSERT INTO exchange_exports (seq, manifest_sha256, scope, interviews, tombstones, "
            "created_at) VALUES (?, ?, ?, 0, 0, ?)",
            (seq, note["manifest_sha256"], note["scope"], utc_now()[:10]))
    return seq, str(note["manifest_sha256"])


def handed_over(db: Database) -> dict[tuple[str, str], str]:
    """Fingerprint of what was last handed over, by (interview id, 'interview'|'tombstone')."""
    rows = db.conn.execute("SELECT interview_id, kind, fingerprint FROM handed_over")
    return {(row[0], row[1]): row[2] for row in rows}


def purged(db: Database) -> set[str]:
    """Ids of interviews whose content was removed from this store after hand-over."""
    rows = db.conn.execute(
        "SELECT interview_id FROM handed_over WHERE kind = 'interview' AND purged_at IS NOT NULL")
    return {row[0] for row in rows}


def purge(db: Database, interview_ids: list[str]) -> int:
    """Remove handed-over interviews from this store; the hand-over marks and tombstones stay."""
    now = utc_now()[:10]
    done = 0
    with transaction(db):
        _keep_high_water(db)
        for iid in interview_ids:
            if not db.conn.execute("SELECT 1 FROM handed_over WHERE interview_id = ? AND "
                                   "kind = 'interview'", (iid,)).fetchone():
                raise ValueError(f"interview {iid} was never handed over; it cannot be purged")
            for table in _CONTENT_TABLES:
                db.conn.execute(f"DELETE FROM {table} WHERE interview_id = ?", (iid,))
            done += db.conn.execute("DELETE FROM interviews WHERE id = ?", (iid,)).rowcount
            db.conn.execute("UPDATE handed_over SET purged_at = ? WHERE interview_id = ? "
                            "AND kind = 'interview'", (now, iid))
    checkpoint(db)
    return done


def _keep_high_water(db: Database) -> None:
    """Remember the highest interview number given out, so a purge never frees a number."""
    db.conn.execute(
        "INSERT INTO meta (key, value) SELECT ?, CAST(max(number) AS TEXT) FROM interviews "
        "WHERE true HAVING max(number) IS NOT NULL ON CONFLICT(key) DO UPDATE SET value = CAST(max("
        "CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)", (NUMBER_HIGH_WATER,))


def interview_heads(db: Database) -> list[tuple[str, int, str]]:
    """(id, event count, head hash) of every interview in the store, by id."""
    rows = db.conn.execute(
        "SELECT id, event_count, coalesce(head_hash, '') FROM interviews ORDER BY id")
    return [(str(r[0]), int(r[1]), str(r[2])) for r in rows]
