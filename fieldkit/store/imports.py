"""Which back-entry files a store has imported, by a hash of their content, so a file imported
twice is one interview."""

from __future__ import annotations

from .clock import utc_now
from .connection import Database

# Schema 9 (IF NOT EXISTS: a store that met this table in a development build migrates all the
# same). The digest is SHA-256 of the file's canonical JSON; nothing of its content is kept.
MIGRATION = ["""CREATE TABLE IF NOT EXISTS imported_files (
        digest TEXT PRIMARY KEY, interview_id TEXT NOT NULL, imported_at TEXT NOT NULL)"""]


def imported_as(db: Database, digest: str) -> str | None:
    """The interview a file with this content digest became, or None."""
    row = db.conn.execute("SELECT interview_id FROM imported_files WHERE digest = ?",
                          (digest,)).fetchone()
    return str(row[0]) if row else None


def record(db: Database, digest: str, interview_id: str) -> None:
    """Remember that a file with this digest became ``interview_id`` (inside the caller's
    transaction, so the interview and its record commit together)."""
    # the day only, as for every row a sealed interview leaves readable
    db.conn.execute("INSERT INTO imported_files (digest, interview_id, imported_at) "
                    "VALUES (?, ?, ?)", (digest, interview_id, utc_now()[:10]))
