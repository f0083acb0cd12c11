"""Memos: what a researcher writes about a code, an interview or the whole project.

Memos live in the encrypted store like everything else. A memo about an interview written on
the interviewer's laptop is a ``memo`` event in the interview's own chain (see
:mod:`fieldkit.store.content`), so it travels in session files and merges like a coding; one
written in the lead's master, and every memo about a code or the project, is a row of the
``memos`` table here; a laptop's memos about codes and the project ride in each session file it
writes (``memos.json``) and are merged by id. A memo is never edited: a later one says what
changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clock import new_id, utc_now
from .connection import Database
from .guard import Bound, Component
from .transactions import transaction

SCOPES = ("code", "interview", "project")
MAX_MEMO = 20_000

# Appended to schema.MIGRATIONS as one step (schema 10). ``interview_id`` is set for memos
# about an interview, so a withdrawal removes them with the rest of it.
MIGRATION = [
    """CREATE TABLE IF NOT EXISTS memos (
        id TEXT PRIMARY KEY,
        scope TEXT NOT NULL CHECK (scope IN ('code', 'interview', 'project')),
        target TEXT NOT NULL,
        interview_id TEXT REFERENCES interviews(id),
        author TEXT NOT NULL, text TEXT NOT NULL, written_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS memos_target ON memos (scope, target)",
]


@dataclass(frozen=True)
class Memo:
    """One memo: about what (``scope`` and ``target``: a code id, an interview id, or '' for
    the project), by whom, when, and what it says."""

    id: str
    scope: str
    target: str
    author: str
    text: str
    written_at: str


def add(db: Database, scope: str, target: str, author: str, text: str) -> Memo:
    """Record a memo; returns once it is committed."""
    if scope not in SCOPES:
        raise ValueError(f"a memo is about a code, an interview or the project, not {scope!r}")
    memo = Memo(new_id(), scope, target if scope != "project" else "", author, text, utc_now())
    with transaction(db):
        db.conn.execute(
            "INSERT INTO memos (id, scope, target, interview_id, author, text, written_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (memo.id, memo.scope, memo.target, memo.target if scope == "interview" else None,
             memo.author, memo.text, memo.written_at))
    return memo


def merge(db: Database, records: list[dict[str, str]]) -> int:
    """Add memos that came in a session file (checked there); one already held is left as it
    is, so the same file merged twice adds nothing. Returns how many were new."""
    added = 0
    with transaction(db):
        for m in records:
            added += db.conn.execute(
                "INSERT OR IGNORE INTO memos (id, scope, target, interview_id, author, text, "
                "written_at) VALUES (?, ?, ?, NULL, ?, ?, ?)",
                (m["id"], m["scope"], m["target"], m["author"], m["text"],
                 m["written_at"])).rowcount
    return added


def listed(db: Database, scope: str | None = None, target: str | None = None) -> list[Memo]:
    """Memos (about one scope, one target if given), oldest first."""
    sql, args = "SELECT id, scope, target, author, text, written_at FROM memos", []
    where = []
    if scope is not None:
        where.append("scope = ?")
        args.append(scope)
    if target is not None:
        where.append("target = ?")
        args.append(target)
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.conn.execute(sql + " ORDER BY written_at, id", args).fetchall()
    return [Memo(*row) for row in rows]


class Memos(Component):
    """The memos of an open store, each call under the store's lock."""

    add = Bound(add)
    merge = Bound(merge)
    listed = Bound(listed)
