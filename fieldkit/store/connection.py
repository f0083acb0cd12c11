"""Opening the SQLCipher database with the house recipe, and checking the recipe took."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

import sqlcipher3

from fieldkit.errors import StoreError


def _import_sqlite_utils() -> ModuleType:
    # sqlite-utils imports pandas and numpy when present (0.4 s) only to accept their types,
    # which the store never passes; hiding them keeps every command and unlock quick.
    hidden = [m for m in ("pandas", "numpy") if m not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            sys.modules.pop(name, None)
    return sqlite_utils


class Connection(Protocol):
    """What this module asks of a connection (SQLCipher's, or sqlite-utils' ``db.conn``)."""

    def execute(self, sql: str, /) -> Any: ...


if TYPE_CHECKING:
    from sqlite_utils import Database as Database
else:
    Database = _import_sqlite_utils().Database
DatabaseError: type[Exception] = sqlcipher3.DatabaseError

# Read back after every open; the value each pragma must report.
RECIPE: dict[str, object] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "temp_store": 2,  # MEMORY: FILE spills plaintext sorts and temp tables into the temp dir
    "secure_delete": 1,
    "foreign_keys": 1,
    "cipher_plaintext_header_size": "0",
    "cipher_use_hmac": "1",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_page_size": "4096",
}
if sys.platform == "darwin":  # pragma: no cover - macOS only: fsync alone does not reach the disk
    RECIPE["fullfsync"] = 1
    RECIPE["checkpoint_fullfsync"] = 1

_SETTINGS = ["synchronous=FULL", "temp_store=MEMORY", "secure_delete=ON", "foreign_keys=ON"]
if sys.platform == "darwin":  # pragma: no cover
    _SETTINGS += ["fullfsync=ON", "checkpoint_fullfsync=ON"]

DAMAGED_MARKERS = ("not a database", "malformed", "corrupt", "hmac", "disk image")


def damaged(db_path: Path) -> StoreError:
    return StoreError(
        f"the store file {db_path} is damaged (its contents fail their checks); "
        "nothing was changed: restore the store from a backup."
    )


def translate(exc: Exception, db_path: Path) -> StoreError:
    """A database failure as one sentence for people."""
    text = str(exc).lower()
    if "not a database" in text:  # the key the slot gave does not fit, or page 1 is damaged
        return StoreError(
            f"the store file {db_path} is damaged (its contents fail their checks), or its "
            f"key-slot file is older than the store's last passphrase change; nothing was "
            "changed: restore the store from a backup.")
    if any(marker in text for marker in DAMAGED_MARKERS):
        return damaged(db_path)
    if "full" in text:
        return StoreError(f"the disk holding {db_path} is full; free some space and try again.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreError(f"the store file {db_path} cannot be written; check that the disk is "
                          "not read-only and the folder belongs to you.")
    return StoreError(f"the store at {db_path.parent} could not be read or written ({exc}).")


def connect(db_path: Path, key: bytes, create: bool) -> Database:
    """An unlocked connection to ``db_path`` with the recipe applied and verified."""
    if create and db_path.exists():
        raise StoreError(f"there is already a store file at {db_path}; choose another --store directory.")
    if not create and not db_path.is_file():
        raise StoreError(f"the store file {db_path} is missing; restore the store from a backup.")
    # isolation_level=None: transactions are begun and committed explicitly, one per write.
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        # Before the key, so a failed HMAC check never prints to the user's terminal.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # The raw-key form skips SQLCipher's own PBKDF2: the Argon2id slot is the KDF.
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        # Read before writing anything, so a damaged file is reported and left as it is.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if create:
            conn.execute("PRAGMA journal_mode=WAL")
        for setting in _SETTINGS:
            conn.execute(f"PRAGMA {setting}")
        self_test(conn, db_path)
    except DatabaseError as exc:
        conn.close()
        raise translate(exc, db_path) from None
    except BaseException:
        conn.close()
        raise
    return Database(conn, recursive_triggers=False, execute_plugins=False)


def read_pragma(conn: Connection, name: str) -> object:
    row = conn.execute(f"PRAGMA {name}").fetchone()
    return row[0] if row else None


def self_test(conn: Connection, db_path: Path) -> None:
    """Fail loudly unless every pragma of the recipe reads back as required."""
    wrong = []
    for name, expected in RECIPE.items():
        actual = read_pragma(conn, name)
        if str(actual).lower() != str(expected).lower():
            wrong.append(f"{name} is {actual!r}, not {expected!r}")
    if wrong:
        raise StoreError(
            f"the store at {db_path.parent} was not opened safely ({'; '.join(wrong)}); "
            "nothing was written: please report this."
        )


def cipher_settings(conn: Connection) -> list[str]:
    return [row[0] for row in conn.execute("PRAGMA cipher_settings").fetchall()]
