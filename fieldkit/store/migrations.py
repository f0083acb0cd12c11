"""Bringing a store's schema up to this program's version, one transaction per step."""

from __future__ import annotations

from pathlib import Path

from fieldkit.errors import StoreError

from .connection import Database
from .schema import MIGRATIONS, SCHEMA_VERSION
from .transactions import transaction


def current_version(db: Database) -> int:
    """The schema version recorded in the store (0 for a brand-new, empty database)."""
    if not db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
    ).fetchone():
        return 0
    row = db.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else 0


def check_not_newer(db: Database, store_dir: Path) -> int:
    version = current_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the store at {store_dir} was written by a newer fieldkit (schema {version}; this "
            f"program reads up to {SCHEMA_VERSION}); run a newer fieldkit to open it."
        )
    return version


def migrate(db: Database, store_dir: Path) -> int:
    """Apply every pending migration; returns the version reached. Refuses a newer store."""
    version = check_not_newer(db, store_dir)
    while version < SCHEMA_VERSION:
        with transaction(db):
            for statement in MIGRATIONS[version]:
                db.conn.execute(statement)
            version += 1
            db.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(version),))
    return version
