"""The store's tables, as numbered migrations; each runs in its own transaction."""

from __future__ import annotations

from . import exchange_schema, imports, master_codings, memos, numbering, ownership, redaction_log

SCHEMA_VERSION = 11

_V1 = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE keys (
        name TEXT PRIMARY KEY, value BLOB NOT NULL, created_at TEXT NOT NULL)""",
    """CREATE TABLE protocols (
        hash TEXT PRIMARY KEY, id TEXT NOT NULL, version TEXT NOT NULL,
        snapshot TEXT NOT NULL, added_at TEXT NOT NULL)""",
    """CREATE TABLE interviews (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL,
        protocol_hash TEXT NOT NULL REFERENCES protocols(hash),
        protocol_id TEXT NOT NULL,
        protocol_version TEXT NOT NULL,
        interviewer TEXT,
        language TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('in_progress', 'paused', 'completed', 'withdrawn')),
        respondent_code TEXT,
        started_at TEXT,
        ended_at TEXT,
        updated_at TEXT NOT NULL,
        last_item TEXT,
        elapsed_ms INTEGER NOT NULL DEFAULT 0,
        sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
        event_count INTEGER NOT NULL DEFAULT 0,
        head_hash TEXT)""",
    "CREATE INDEX interviews_number ON interviews (number)",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interviews(id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        item_id TEXT,
        instance_id TEXT,
        value TEXT,
        special TEXT CHECK (special IS NULL OR special IN ('refused', 'dont_know', 'not_applicable')),
        reason TEXT,
        recorded_at TEXT NOT NULL,
        elapsed_ms INTEGER,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (interview_id, seq))""",
    """CREATE TABLE quotes (
        id TEXT PRIMARY KEY, interview_id TEXT NOT NULL REFERENCES interviews(id),
        item_id TEXT, instance_id TEXT, elapsed_ms INTEGER, recorded_at TEXT NOT NULL,
        text TEXT NOT NULL)""",
    "CREATE INDEX quotes_interview ON quotes (interview_id)",
    """CREATE TABLE notes (
        id TEXT PRIMARY KEY, interview_id TEXT NOT NULL REFERENCES interviews(id),
        item_id TEXT, instance_id TEXT, elapsed_ms INTEGER, recorded_at TEXT NOT NULL,
        text TEXT NOT NULL)""",
    "CREATE INDEX notes_interview ON notes (interview_id)",
    """CREATE TABLE tombstones (interview_id TEXT PRIMARY KEY, withdrawn_at TEXT NOT NULL)""",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)""",
    """CREATE TABLE sealed (
        interview_id TEXT PRIMARY KEY REFERENCES interviews(id),
        blob BLOB NOT NULL, sealed_at TEXT NOT NULL)""",
]

# Permanent interview numbers, per protocol, assigned once and never changed (IF NOT EXISTS:
# a store that met this table in a development build migrates all the same).
_V7 = ["""CREATE TABLE IF NOT EXISTS study_numbers (
        interview_id TEXT PRIMARY KEY, protocol_id TEXT NOT NULL, number INTEGER NOT NULL,
        assigned_at TEXT NOT NULL, UNIQUE (protocol_id, number))"""]

# Version n is reached by running MIGRATIONS[n - 1]; append, never edit a released entry.
MIGRATIONS: list[list[str]] = [_V1, exchange_schema.MIGRATION, redaction_log.MIGRATION,
                               exchange_schema.HISTORY, master_codings.MIGRATION,
                               redaction_log.DECISIONS_MIGRATION, _V7,
                               ownership.MIGRATION, imports.MIGRATION, memos.MIGRATION,
                               numbering.MIGRATION]
assert len(MIGRATIONS) == SCHEMA_VERSION
