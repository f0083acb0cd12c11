"""The store's meta table, its keys table, and its audit log (never answer content)."""

from __future__ import annotations

from .clock import utc_now
from .connection import Database
from .records import AuditEntry
from .transactions import transaction


def get_meta(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(db: Database, key: str, value: str) -> None:
    with transaction(db):
        db.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def get_key(db: Database, name: str) -> bytes | None:
    row = db.conn.execute("SELECT value FROM keys WHERE name = ?", (name,)).fetchone()
    return bytes(row[0]) if row else None


def put_key(db: Database, name: str, value: bytes) -> None:
    with transaction(db):
        db.conn.execute("INSERT INTO keys (name, value, created_at) VALUES (?, ?, ?)",
                        (name, bytes(value), utc_now()))


def audit(db: Database, action: str, detail: str = "", *, day_only: bool = False) -> None:
    """Record what was done (an action and ids), never what was said; ``day_only`` dates it to
    the day (a hand-over's time would tell when the sealed interviews in it ended)."""
    with transaction(db):
        db.conn.execute("INSERT INTO audit (at, action, detail) VALUES (?, ?, ?)",
                        (utc_now()[:10] if day_only else utc_now(), action, detail))


def audit_log(db: Database, limit: int | None = None) -> list[AuditEntry]:
    sql = "SELECT id, at, action, detail FROM audit ORDER BY id"
    rows = db.conn.execute(sql + (f" DESC LIMIT {int(limit)}" if limit else "")).fetchall()
    entries = [AuditEntry(*row) for row in rows]
    return sorted(entries, key=lambda e: e.id)
