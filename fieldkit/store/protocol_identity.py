"""One content per protocol id and version in a store; removing a protocol no interview uses.

Interviews, imports and outputs find a protocol by its id and version, so two different
contents under one name would make them use whichever was added last. Adding a protocol whose
id and version the store already holds with other content is refused while an interview uses
that content; an unused older content is replaced (a protocol waiting for its choice files, say)
and the replacement is recorded in the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldkit.errors import StoreError

from . import metadata
from .connection import Database
from .interviews import add_protocol
from .records import ProtocolRecord
from .transactions import transaction

if TYPE_CHECKING:
    from fieldkit.protocol.model import Protocol

SHOWN = 5


def _users(db: Database, hashes: list[str]) -> list[tuple[int, str]]:
    marks = ",".join("?" * len(hashes))
    return db.conn.execute(f"SELECT number, id FROM interviews WHERE protocol_hash IN ({marks}) "
                           "ORDER BY number", hashes).fetchall()


def _named(users: list[tuple[int, str]]) -> str:
    shown = ", ".join(f"{number} ({iid[:8]})" for number, iid in users[:SHOWN])
    more = f" and {len(users) - SHOWN} more" if len(users) > SHOWN else ""
    return f"interview{'s' if len(users) > 1 else ''} {shown}{more}"


def import_protocol(db: Database, protocol: Protocol) -> tuple[ProtocolRecord, list[str]]:
    """Add ``protocol``; returns its record and the hashes of unused contents it replaced."""
    others = [row[0] for row in db.conn.execute(
        "SELECT hash FROM protocols WHERE id = ? AND version = ? AND hash != ?",
        (protocol.id, protocol.version, protocol.content_hash))]
    users = _users(db, others) if others else []
    if users:
        raise StoreError(
            f"this store already holds protocol {protocol.id} version {protocol.version} with "
            f"other content ({others[0][:12]}, used by {_named(users)}) than the file given "
            f"({protocol.content_hash[:12]}); give the changed protocol a new version.")
    with transaction(db):
        for old in others:
            db.conn.execute("DELETE FROM protocols WHERE hash = ?", (old,))
    for old in others:
        metadata.audit(db, "protocol_replaced", f"{old} {protocol.content_hash}")
    return add_protocol(db, protocol), others


def remove_protocol(db: Database, protocol_id: str, version: str) -> list[str]:
    """Remove every content of ``protocol_id`` ``version``; refused while an interview uses it."""
    hashes = [row[0] for row in db.conn.execute(
        "SELECT hash FROM protocols WHERE id = ? AND version = ?", (protocol_id, version))]
    if not hashes:
        raise StoreError(f"this store holds no protocol {protocol_id} version {version}; "
                         "see 'fieldkit store info' for the protocols it holds.")
    users = _users(db, hashes)
    if users:
        raise StoreError(f"protocol {protocol_id} version {version} is used by "
                         f"{_named(users)}, so it stays; only a protocol no interview uses "
                         "can be removed.")
    with transaction(db):
        for old in hashes:
            db.conn.execute("DELETE FROM protocols WHERE hash = ?", (old,))
    metadata.audit(db, "protocol_removed", " ".join(hashes))
    return hashes
