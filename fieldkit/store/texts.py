"""Quotes and notes: text tied to an interview, an item and a moment (elapsed time)."""

from __future__ import annotations

from fieldkit.errors import StoreError

from .clock import new_id, utc_now
from .connection import Database
from .interviews import get_interview, writable
from .records import TextEntry
from .transactions import transaction

TABLES = ("quotes", "notes")
# A quote or note is a passage, not a transcript; an open answer may be long, but not endless.
# Recording, back-entry and merge all hold to these (and redaction stays fast within them).
MAX_TEXT_CHARS = 20_000
MAX_ANSWER_CHARS = 200_000
COLUMNS = "id, interview_id, item_id, instance_id, elapsed_ms, recorded_at, text"


def add_text(db: Database, table: str, interview_id: str, text: str, *, item_id: str | None = None,
             instance_id: str | None = None, elapsed_ms: int | None = None,
             entry_id: str | None = None, recorded_at: str | None = None) -> TextEntry:
    """Add a quote or note; returns once it is committed (or joins an open transaction)."""
    assert table in TABLES
    if not isinstance(text, str):
        raise ValueError("a quote or note is text")
    if len(text) > MAX_TEXT_CHARS:
        raise StoreError(f"a {table[:-1]} is at most {MAX_TEXT_CHARS:,} characters; "
                         "keep a shorter passage")
    if elapsed_ms is not None and (not isinstance(elapsed_ms, int) or elapsed_ms < 0):
        raise ValueError("elapsed_ms must be a whole number of milliseconds, 0 or more")
    entry = TextEntry(entry_id or new_id(), interview_id, item_id, instance_id, elapsed_ms,
                      recorded_at or utc_now(), text)
    with transaction(db):
        writable(get_interview(db, interview_id))
        db.conn.execute(f"INSERT INTO {table} ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        _values(entry))
    return entry


def insert_verbatim(db: Database, table: str, entries: list[TextEntry]) -> None:
    assert table in TABLES
    with transaction(db):
        for entry in entries:
            db.conn.execute(f"INSERT INTO {table} ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            _values(entry))


def list_texts(db: Database, table: str, interview_id: str) -> list[TextEntry]:
    assert table in TABLES
    rows = db.conn.execute(
        f"SELECT {COLUMNS} FROM {table} WHERE interview_id = ? "
        "ORDER BY coalesce(elapsed_ms, 0), recorded_at, id", (interview_id,))
    return [TextEntry(*row) for row in rows]


def _values(e: TextEntry) -> tuple[object, ...]:
    return (e.id, e.interview_id, e.item_id, e.instance_id, e.elapsed_ms, e.recorded_at, e.text)
