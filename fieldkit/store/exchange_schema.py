"""The tables session files need: hand-over marks, accepted signers, provenance, versions."""

from __future__ import annotations

# Appended to schema.MIGRATIONS as one step; both roles get every table (a store may be both
# the sender of one exchange and, as a lead's master, the receiver of many).
MIGRATION = [
    # Interviewer side: one row per session file written; ``seq`` only grows.
    """CREATE TABLE exchange_exports (
        seq INTEGER PRIMARY KEY, manifest_sha256 TEXT NOT NULL, scope TEXT NOT NULL,
        interviews INTEGER NOT NULL, tombstones INTEGER NOT NULL, created_at TEXT NOT NULL)""",
    # What went out in which export (fingerprint: the state sent), and when it was purged.
    """CREATE TABLE handed_over (
        interview_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('interview', 'tombstone')),
        fingerprint TEXT NOT NULL, seq INTEGER NOT NULL, handed_at TEXT NOT NULL,
        purged_at TEXT, PRIMARY KEY (interview_id, kind))""",
    # Lead side: interviewer keys the lead has accepted, and what each has sent so far.
    """CREATE TABLE signers (
        public_key TEXT PRIMARY KEY, store_id TEXT NOT NULL, interviewer TEXT,
        accepted_at TEXT NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX signers_store ON signers (store_id)",
    """CREATE TABLE merged_files (
        manifest_sha256 TEXT PRIMARY KEY, signer TEXT NOT NULL, store_id TEXT NOT NULL,
        seq INTEGER NOT NULL, previous TEXT NOT NULL, file_name TEXT NOT NULL,
        merged_at TEXT NOT NULL, summary TEXT NOT NULL)""",
    "CREATE INDEX merged_files_store ON merged_files (store_id, seq)",
    # Which file and signer brought which version of an interview.
    """CREATE TABLE provenance (
        interview_id TEXT NOT NULL, head_hash TEXT NOT NULL, manifest_sha256 TEXT NOT NULL,
        signer TEXT NOT NULL, store_id TEXT NOT NULL, file_name TEXT NOT NULL,
        seq INTEGER NOT NULL, PRIMARY KEY (interview_id, manifest_sha256))""",
    # Every version of an interview not superseded by a longer chain; more than one is a
    # conflict. The current one lives in the main tables (content NULL); others as JSON.
    """CREATE TABLE interview_versions (
        interview_id TEXT NOT NULL, head_hash TEXT NOT NULL, event_count INTEGER NOT NULL,
        current INTEGER NOT NULL CHECK (current IN (0, 1)), content TEXT,
        PRIMARY KEY (interview_id, head_hash))""",
    """CREATE TABLE conflict_resolutions (
        interview_id TEXT PRIMARY KEY, head_hash TEXT NOT NULL, note TEXT NOT NULL,
        resolved_at TEXT NOT NULL)""",
]

# Schema 4: what each merged manifest claimed about its whole store (the signed chain over
# every interview's head), so the master can tell a rolled-back or forked laptop.
HISTORY = [
    """CREATE TABLE IF NOT EXISTS merged_chains (
        manifest_sha256 TEXT PRIMARY KEY REFERENCES merged_files(manifest_sha256),
        store_chain TEXT NOT NULL, store_interviews INTEGER NOT NULL)""",
]
