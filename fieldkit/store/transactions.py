"""Explicit write transactions: each one is committed (and synced) before it returns."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .connection import Database


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT; nested uses join the outer transaction (one commit)."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
