"""The lead's master store: accepted signers, merged files, provenance, versions, withdrawal."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import events as event_log
from . import numbering, texts
from .clock import utc_now
from .connection import Database
from .interviews import IDENTIFYING, INTERVIEW_COLUMNS
from .metadata import audit
from .records import Event
from .sealing import checkpoint
from .transactions import transaction

_COLUMNS = [c.strip() for c in INTERVIEW_COLUMNS.split(",")]


@dataclass(frozen=True)
class Signer:
    public_key: str
    store_id: str
    interviewer: str | None
    accepted_at: str
    last_seq: int


@dataclass(frozen=True)
class Version:
    """One version of an interview the master knows; ``content`` is None for the current one."""

    interview_id: str
    head_hash: str
    event_count: int
    current: bool
    content: dict[str, Any] | None


@dataclass(frozen=True)
class ManifestSeen:
    """What a merged session file's signed manifest said about its laptop's history."""

    seq: int
    manifest_sha256: str
    previous: str
    store_chain: str
    store_interviews: int
    file_name: str


@dataclass(frozen=True)
class StudyEntry:
    """An interview's study-wide number and where it came from ("Interview 20 = A-3")."""

    study_number: int
    interview_id: str
    interviewer: str | None
    laptop: str  # the interviewer store's id (empty if recorded on this store)
    laptop_number: int
    started_at: str | None
    note: str = ""  # why a lead's numbering scheme numbered it after every block

    @property
    def source(self) -> str:
        return f"{self.interviewer or '?'}-{self.laptop_number}"


# ---- signers and merged files -----------------------------------------------------------
def signer(db: Database, public_key: str) -> Signer | None:
    row = db.conn.execute("SELECT public_key, store_id, interviewer, accepted_at, last_seq "
                          "FROM signers WHERE public_key = ?", (public_key,)).fetchone()
    return Signer(*row) if row else None


def signers(db: Database, store_id: str | None = None) -> list[Signer]:
    sql = "SELECT public_key, store_id, interviewer, accepted_at, last_seq FROM signers"
    args: tuple[str, ...] = ()
    if store_id is not None:
        sql, args = sql + " WHERE store_id = ?", (store_id,)
    return [Signer(*row) for row in db.conn.execute(sql + " ORDER BY accepted_at, public_key", args)]


def accept_signer(db: Database, public_key: str, store_id: str, interviewer: str | None) -> None:
    with transaction(db):
        db.conn.execute("INSERT OR IGNORE INTO signers (public_key, store_id, interviewer, "
                        "accepted_at) VALUES (?, ?, ?, ?)",
                        (public_key, store_id, interviewer, utc_now()))


def note_sequence(db: Database, public_key: str, seq: int) -> None:
    with transaction(db):
        db.conn.execute("UPDATE signers SET last_seq = max(last_seq, ?) WHERE public_key = ?",
                        (seq, public_key))


def merged_file(db: Database, manifest_sha256: str) -> dict[str, Any] | None:
    row = db.conn.execute("SELECT manifest_sha256, signer, store_id, seq, previous, file_name, "
                          "merged_at, summary FROM merged_files WHERE manifest_sha256 = ?",
                          (manifest_sha256,)).fetchone()
    if row is None:
        return None
    keys = ("manifest_sha256", "signer", "store_id", "seq", "previous", "file_name", "merged_at")
    return {**dict(zip(keys, row[:7], strict=True)), "summary": json.loads(row[7])}


def merged_sequences(db: Database, store_id: str) -> dict[int, str]:
    """Manifest SHA-256 of every file merged from one interviewer store, by sequence number."""
    rows = db.conn.execute("SELECT seq, manifest_sha256 FROM merged_files WHERE store_id = ?",
                           (store_id,))
    return {int(r[0]): str(r[1]) for r in rows}


def record_merged_file(db: Database, manifest_sha256: str, signer_key: str, store_id: str, seq: int,
                       previous: str, file_name: str, summary: dict[str, Any],
                       store_chain: str = "", store_interviews: int = 0) -> None:
    with transaction(db):
        db.conn.execute(
            "INSERT INTO merged_files (manifest_sha256, signer, store_id, seq, previous, "
            "file_name, merged_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (manifest_sha256, signer_key, store_id, seq, previous, file_name, utc_now(),
             json.dumps(summary, sort_keys=True)))
        db.conn.execute("INSERT INTO merged_chains (manifest_sha256, store_chain, "
                        "store_interviews) VALUES (?, ?, ?)",
                        (manifest_sha256, store_chain, store_interviews))


def manifest_history(db: Database, store_id: str) -> list[ManifestSeen]:
    """Every manifest merged from one interviewer store, by sequence (then digest)."""
    rows = db.conn.execute(
        "SELECT f.seq, f.manifest_sha256, f.previous, coalesce(c.store_chain, ''), "
        "coalesce(c.store_interviews, 0), f.file_name FROM merged_files f LEFT JOIN "
        "merged_chains c USING (manifest_sha256) WHERE f.store_id = ? "
        "ORDER BY f.seq, f.manifest_sha256", (store_id,))
    return [ManifestSeen(int(r[0]), r[1], r[2], r[3], int(r[4]), r[5]) for r in rows]


# ---- protocols, tombstones, provenance --------------------------------------------------
def merge_protocol(db: Database, content_hash: str, protocol_id: str, version: str, snapshot: str,
                   added_at: str) -> None:
    """Keep a protocol snapshot; the earliest ``added_at`` wins so merge order does not show."""
    with transaction(db):
        db.conn.execute(
            "INSERT INTO protocols (hash, id, version, snapshot, added_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(hash) DO UPDATE SET added_at = min(added_at, excluded.added_at)",
            (content_hash, protocol_id, version, snapshot, added_at))


def tombstone(db: Database, interview_id: str) -> str | None:
    row = db.conn.execute("SELECT withdrawn_at FROM tombstones WHERE interview_id = ?",
                          (interview_id,)).fetchone()
    return row[0] if row else None


def merge_tombstone(db: Database, interview_id: str, withdrawn_at: str) -> str:
    """Record a withdrawal (the earliest time wins); returns the time now recorded."""
    with transaction(db):
        db.conn.execute(
            "INSERT INTO tombstones (interview_id, withdrawn_at) VALUES (?, ?) ON CONFLICT"
            "(interview_id) DO UPDATE SET withdrawn_at = min(withdrawn_at, excluded.withdrawn_at)",
            (interview_id, withdrawn_at))
    return str(tombstone(db, interview_id))


def withdraw_rows(db: Database, interview_id: str, withdrawn_at: str,
                  listing: dict[str, Any] | None = None) -> None:
    """Leave of a withdrawn interview only a content-free row (made from ``listing`` if absent)."""
    with transaction(db):
        for table in ("events", "quotes", "notes", "master_codings", "memos", "sealed",
                      "interview_versions", "conflict_resolutions", "provenance",
                      "study_number_notes"):
            db.conn.execute(f"DELETE FROM {table} WHERE interview_id = ?", (interview_id,))
        blanks = ", ".join(f"{name} = NULL" for name in IDENTIFYING)
        changed = db.conn.execute(
            f"UPDATE interviews SET {blanks}, elapsed_ms = 0, status = 'withdrawn', sealed = 0, "
            "event_count = 0, head_hash = NULL, updated_at = ? WHERE id = ?",
            (withdrawn_at, interview_id)).rowcount
        if not changed and listing is not None:
            db.conn.execute(
                "INSERT INTO interviews (id, number, protocol_hash, protocol_id, protocol_version, "
                "status, updated_at) VALUES (?, ?, ?, ?, ?, 'withdrawn', ?)",
                (interview_id, listing["number"], listing["protocol_hash"],
                 listing["protocol_id"], listing["protocol_version"], withdrawn_at))


def withdraw_interview(db: Database, interview_id: str, withdrawn_at: str) -> str:
    """Withdraw on the master: tombstone, then no content, version or provenance left."""
    with transaction(db):
        when = merge_tombstone(db, interview_id, withdrawn_at)
        withdraw_rows(db, interview_id, when)
        audit(db, "interview_withdrawn", interview_id)
    checkpoint(db)  # the deleted content must not linger in the write-ahead log
    return when


def add_provenance(db: Database, interview_id: str, head_hash: str, manifest_sha256: str,
                   signer_key: str, store_id: str, file_name: str, seq: int) -> None:
    with transaction(db):
        db.conn.execute(
            "INSERT OR IGNORE INTO provenance (interview_id, head_hash, manifest_sha256, signer, "
            "store_id, file_name, seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (interview_id, head_hash, manifest_sha256, signer_key, store_id, file_name, seq))


def provenance(db: Database, interview_id: str) -> list[dict[str, Any]]:
    rows = db.conn.execute(
        "SELECT head_hash, manifest_sha256, signer, store_id, file_name, seq FROM provenance "
        "WHERE interview_id = ? ORDER BY store_id, seq, manifest_sha256", (interview_id,))
    keys = ("head_hash", "manifest_sha256", "signer", "store_id", "file_name", "seq")
    return [dict(zip(keys, row, strict=True)) for row in rows]


# ---- versions and the current content ---------------------------------------------------
def versions(db: Database, interview_id: str) -> list[Version]:
    rows = db.conn.execute(
        "SELECT interview_id, head_hash, event_count, current, content FROM interview_versions "
        "WHERE interview_id = ? ORDER BY head_hash", (interview_id,))
    return [Version(r[0], r[1], int(r[2]), bool(r[3]), None if r[4] is None else json.loads(r[4]))
            for r in rows]


def put_version(db: Database, interview_id: str, head_hash: str, event_count: int, current: bool,
                content: dict[str, Any] | None) -> None:
    text = None if content is None else json.dumps(content, sort_keys=True, ensure_ascii=False)
    with transaction(db):
        db.conn.execute(
            "INSERT INTO interview_versions (interview_id, head_hash, event_count, current, "
            "content) VALUES (?, ?, ?, ?, ?) ON CONFLICT(interview_id, head_hash) DO UPDATE SET "
            "event_count = excluded.event_count, current = excluded.current, "
            "content = excluded.content", (interview_id, head_hash, event_count, int(current), text))


def drop_version(db: Database, interview_id: str, head_hash: str) -> None:
    with transaction(db):
        db.conn.execute("DELETE FROM interview_versions WHERE interview_id = ? AND head_hash = ?",
                        (interview_id, head_hash))


def conflicted(db: Database) -> list[str]:
    """Ids of interviews with more than one version kept."""
    rows = db.conn.execute("SELECT interview_id FROM interview_versions GROUP BY interview_id "
                           "HAVING count(*) > 1 ORDER BY interview_id")
    return [row[0] for row in rows]


def resolution(db: Database, interview_id: str) -> tuple[str, str, str] | None:
    """(chosen head hash, note, when) of a recorded conflict resolution."""
    row = db.conn.execute("SELECT head_hash, note, resolved_at FROM conflict_resolutions "
                          "WHERE interview_id = ?", (interview_id,)).fetchone()
    return (row[0], row[1], row[2]) if row else None


def record_resolution(db: Database, interview_id: str, head_hash: str, note: str) -> None:
    with transaction(db):
        db.conn.execute(
            "INSERT INTO conflict_resolutions (interview_id, head_hash, note, resolved_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(interview_id) DO UPDATE SET head_hash = "
            "excluded.head_hash, note = excluded.note, resolved_at = excluded.resolved_at",
            (interview_id, head_hash, note, utc_now()))


def event_hash_at(db: Database, interview_id: str, seq: int) -> str | None:
    row = db.conn.execute("SELECT hash FROM events WHERE interview_id = ? AND seq = ?",
                          (interview_id, seq)).fetchone()
    return row[0] if row else None


def interview_row(db: Database, interview_id: str) -> dict[str, Any] | None:
    row = db.conn.execute(f"SELECT {INTERVIEW_COLUMNS} FROM interviews WHERE id = ?",
                          (interview_id,)).fetchone()
    return None if row is None else {**dict(zip(_COLUMNS, row, strict=True)), "sealed": bool(row[14])}


def current_events(db: Database, interview_id: str) -> list[dict[str, Any]]:
    from dataclasses import asdict

    return [asdict(e) for e in event_log.list_events(db, interview_id)]


def install_current(db: Database, row: dict[str, Any], events: list[dict[str, Any]]) -> None:
    """Make ``row`` and ``events`` the interview's readable content (replacing any before)."""
    iid = row["id"]
    values = {**{c: row.get(c) for c in _COLUMNS}, "sealed": 0}
    with transaction(db):
        db.conn.execute("DELETE FROM events WHERE interview_id = ?", (iid,))
        db.conn.execute("DELETE FROM sealed WHERE interview_id = ?", (iid,))
        if db.conn.execute("SELECT 1 FROM interviews WHERE id = ?", (iid,)).fetchone():
            sets = ", ".join(f"{c} = ?" for c in _COLUMNS[1:])
            db.conn.execute(f"UPDATE interviews SET {sets} WHERE id = ?",
                            (*(values[c] for c in _COLUMNS[1:]), iid))
        else:
            db.conn.execute(f"INSERT INTO interviews ({INTERVIEW_COLUMNS}) VALUES "
                            f"({', '.join('?' for _ in _COLUMNS)})", tuple(values.values()))
        event_log.insert_verbatim(db, [Event(**e) for e in events])


def union_texts(db: Database, table: str, entries: list[dict[str, Any]]) -> int:
    """Add quotes or notes not yet held (by id); returns how many were new."""
    assert table in texts.TABLES
    added = 0
    with transaction(db):
        for e in entries:
            added += db.conn.execute(
                f"INSERT OR IGNORE INTO {table} ({texts.COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (e["id"], e["interview_id"], e["item_id"], e["instance_id"], e["elapsed_ms"],
                 e["recorded_at"], e["text"])).rowcount
    return added


# ---- study numbers -------------------------------------------------------------------
def study_numbers(db: Database) -> list[StudyEntry]:
    """Every interview not withdrawn with its permanent study number: numbers are assigned
    once per protocol, 1.. in (start time, id) order among those not yet numbered (or in the
    blocks of the lead's scheme: :mod:`.numbering`), and kept, so a withdrawal or a late merge
    never renumbers an interview already cited."""
    with transaction(db):
        fresh = db.conn.execute(
            "SELECT i.id, i.protocol_id FROM interviews i LEFT JOIN study_numbers s "
            "ON s.interview_id = i.id WHERE s.interview_id IS NULL AND i.status != 'withdrawn' "
            "ORDER BY i.started_at IS NULL, i.started_at, i.id").fetchall()
        for interview_id, protocol_id in fresh:
            number, note = numbering.assign(db, protocol_id, interview_id)
            db.conn.execute(
                "INSERT INTO study_numbers (interview_id, protocol_id, number, assigned_at) "
                "VALUES (?, ?, ?, ?)", (interview_id, protocol_id, number, utc_now()))
            if note:
                db.conn.execute("INSERT INTO study_number_notes (interview_id, note) "
                                "VALUES (?, ?)", (interview_id, note))
    rows = db.conn.execute(
        "SELECT s.number, i.id, i.interviewer, coalesce((SELECT min(p.store_id) "
        "FROM provenance p WHERE p.interview_id = i.id), ''), i.number, i.started_at, "
        "coalesce(n.note, '') FROM interviews i JOIN study_numbers s ON s.interview_id = i.id "
        "LEFT JOIN study_number_notes n ON n.interview_id = i.id "
        "WHERE i.status != 'withdrawn' ORDER BY s.protocol_id, s.number")
    return [StudyEntry(int(r[0]), r[1], r[2], r[3], int(r[4]), r[5], r[6]) for r in rows]
