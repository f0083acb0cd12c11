"""Who owns which interview on the master, and which signing keys the lead enrolled by hand."""

from __future__ import annotations

from dataclasses import dataclass

from .clock import utc_now
from .connection import Database
from .metadata import audit
from .transactions import transaction

# Schema 8: an interview belongs to the interviewer store that first brought it (backfilled
# from provenance, earliest row first); enrolments are keys the lead vouched for, with why.
MIGRATION = [
    """CREATE TABLE IF NOT EXISTS interview_owners (
        interview_id TEXT PRIMARY KEY, store_id TEXT NOT NULL, signer TEXT NOT NULL)""",
    """INSERT OR IGNORE INTO interview_owners (interview_id, store_id, signer)
        SELECT interview_id, store_id, signer FROM provenance ORDER BY rowid""",
    """CREATE TABLE IF NOT EXISTS enrolments (
        public_key TEXT PRIMARY KEY, interviewer TEXT NOT NULL, reason TEXT NOT NULL,
        enrolled_at TEXT NOT NULL)""",
]


@dataclass(frozen=True)
class Enrolment:
    public_key: str
    interviewer: str
    reason: str
    enrolled_at: str


def owner(db: Database, interview_id: str) -> str | None:
    """The store id that owns an interview; "" for one held here with no recorded owner."""
    row = db.conn.execute("SELECT store_id FROM interview_owners WHERE interview_id = ?",
                          (interview_id,)).fetchone()
    if row:
        return str(row[0])
    held = db.conn.execute("SELECT status FROM interviews WHERE id = ?", (interview_id,)).fetchone()
    # a live interview with no owner was recorded on this store itself; a withdrawn one from an
    # older master lost its provenance with its content, so no owner can be told
    return "" if held and held[0] != "withdrawn" else None


def claim(db: Database, interview_id: str, store_id: str, signer_key: str) -> None:
    """Record the first store to bring an interview as its owner (later claims change nothing)."""
    with transaction(db):
        db.conn.execute("INSERT OR IGNORE INTO interview_owners (interview_id, store_id, signer) "
                        "VALUES (?, ?, ?)", (interview_id, store_id, signer_key))


def enrol(db: Database, public_key: str, interviewer: str, reason: str) -> None:
    """The lead vouches for a signing key as an interviewer's (a new laptop, a lost key)."""
    with transaction(db):
        db.conn.execute("INSERT INTO enrolments (public_key, interviewer, reason, enrolled_at) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT(public_key) DO UPDATE SET "
                        "interviewer = excluded.interviewer, reason = excluded.reason",
                        (public_key, interviewer, reason, utc_now()))
        audit(db, "signer_enrolled", f"{public_key} {interviewer}: {reason}")


def enrolment(db: Database, public_key: str) -> Enrolment | None:
    row = db.conn.execute("SELECT public_key, interviewer, reason, enrolled_at FROM enrolments "
                          "WHERE public_key = ?", (public_key,)).fetchone()
    return Enrolment(*row) if row else None
