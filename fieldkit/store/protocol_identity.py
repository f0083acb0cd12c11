"""One content per protocol id and version in a store; removing a protocol no interview uses.

Interviews, imports and outputs find a protocol by its id and version, so two different
contents under one name would make them use whichever was added last. A protocol whose id and
version the store already holds with other content is refused, by ``protocol add``, by a merge
and by back-entry alike (:func:`clash`), unless the only difference is choice files or lookup
tables brought in by ``protocol add --media`` (the same form). ``protocol add --replace`` puts a
changed content in place of one no interview uses; both replacements go into the audit log.
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


def _held(db: Database, protocol_id: str, version: str, content_hash: str) -> list[str]:
    return [row[0] for row in db.conn.execute(
        "SELECT hash FROM protocols WHERE id = ? AND version = ? AND hash != ? ORDER BY added_at",
        (protocol_id, version, content_hash))]


def _snapshot(db: Database, content_hash: str) -> Protocol:
    from fieldkit.protocol.model import Protocol

    row = db.conn.execute("SELECT snapshot FROM protocols WHERE hash = ?",
                          (content_hash,)).fetchone()
    return Protocol.from_snapshot(row[0])


def clash(db: Database, protocol: Protocol) -> str | None:
    """The hash of a content the store holds under ``protocol``'s id and version that is not
    the same form as ``protocol`` (None when there is none, or ``protocol`` itself is held).

    The same form: one of the two is the other with choice files or tables added by
    ``protocol add --media``."""
    from fieldkit.protocol.media import same_form

    if db.conn.execute("SELECT 1 FROM protocols WHERE hash = ?",
                       (protocol.content_hash,)).fetchone():
        return None
    for held in _held(db, protocol.id, protocol.version, protocol.content_hash):
        if not same_form(_snapshot(db, held), protocol):
            return held
    return None


def clash_sentence(protocol: Protocol, held: str, source: str) -> str:
    """One sentence naming ``source``'s protocol and the content the store holds."""
    return (f"{source} holds protocol {protocol.id} version {protocol.version} with other "
            f"content ({protocol.content_hash[:12]}) than the one this store holds under that "
            f"id and version ({held[:12]}); a changed protocol needs a new version")


def import_protocol(db: Database, protocol: Protocol, *, source: str = "the file given",
                    replace: bool = False) -> tuple[ProtocolRecord, list[str]]:
    """Add ``protocol``; returns its record and the hashes of unused contents it replaced.

    Another content under its id and version is refused (naming ``source`` and the held one)
    unless ``protocol`` is that content with media added, or ``replace`` is asked; either
    replacement is refused while an interview uses the content it would replace."""
    from fieldkit.protocol.media import media_added

    others = _held(db, protocol.id, protocol.version, protocol.content_hash)
    if not others:
        return add_protocol(db, protocol), []
    users = _users(db, others)
    same_form = all(media_added(_snapshot(db, old), protocol) for old in others)
    if not (replace or same_form or users):
        raise StoreError(clash_sentence(protocol, others[0], source) + "; or, as no interview "
                         "uses the held one, add it with --replace.")
    if users:
        raise StoreError(
            f"this store already holds protocol {protocol.id} version {protocol.version} with "
            f"other content ({others[0][:12]}, used by {_named(users)}) than {source} "
            f"({protocol.content_hash[:12]}); give the changed protocol a new version.")
    with transaction(db):
        for old in others:
            db.conn.execute("DELETE FROM protocols WHERE hash = ?", (old,))
    action = "protocol_replaced" if replace else "protocol_media_added"
    for old in others:
        metadata.audit(db, action, f"{old} {protocol.content_hash}")
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
