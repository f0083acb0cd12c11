"""The store directory's files, and reading and writing its key-slot file."""

from __future__ import annotations

import os
from pathlib import Path

from fieldkit.crypto import KeySlots, KeySlotsDamaged
from fieldkit.errors import StoreError

from .location import fsync_dir, write_private_file

DB_NAME = "fieldkit.db"
SLOTS_NAME = "keyslots.json"
LOCK_NAME = "fieldkit.lock"


def db_path(store_dir: Path) -> Path:
    return store_dir / DB_NAME


def slots_path(store_dir: Path) -> Path:
    return store_dir / SLOTS_NAME


def store_exists(store_dir: Path) -> bool:
    return slots_path(store_dir).exists() or db_path(store_dir).exists()


def require_store(store_dir: Path) -> None:
    """Raise a sentence saying what is missing, unless both store files are there."""
    has_slots, has_db = slots_path(store_dir).is_file(), db_path(store_dir).is_file()
    if not has_slots and not has_db:
        raise StoreError(
            f"there is no store at {store_dir}; create one with 'fieldkit store init' "
            "(or give --store the folder of an existing store)."
        )
    if not has_slots:
        raise StoreError(f"the key-slot file {slots_path(store_dir)} is missing, so the store "
                         "cannot be unlocked; restore the store from a backup.")
    if not has_db:
        raise StoreError(f"the store file {db_path(store_dir)} is missing; "
                         "restore the store from a backup.")


def read_slots(store_dir: Path) -> KeySlots:
    path = slots_path(store_dir)
    try:
        return KeySlots.from_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        raise StoreError(f"the key-slot file {path} cannot be read; "
                         "restore the store from a backup.") from None
    except KeySlotsDamaged as exc:
        raise StoreError(f"{str(exc).rstrip('.')} ({path}); restore the store from a backup.") from None


def write_slots(store_dir: Path, slots: KeySlots) -> None:
    write_private_file(slots_path(store_dir), slots.to_json().encode("utf-8"))


# `store passwd` re-keys the database: the new slots are written here first, then the database
# is re-keyed, then they replace keyslots.json. A crash in between leaves this file, and
# opening tries it when keyslots.json no longer opens the database.
PENDING_NAME = "keyslots.json.next"


def read_pending_slots(store_dir: Path) -> KeySlots | None:
    path = store_dir / PENDING_NAME
    try:
        return KeySlots.from_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, KeySlotsDamaged):
        return None


def write_pending_slots(store_dir: Path, slots: KeySlots) -> None:
    write_private_file(store_dir / PENDING_NAME, slots.to_json().encode("utf-8"))


def promote_pending_slots(store_dir: Path) -> None:
    """The pending slots become the store's slots (atomically)."""
    os.replace(store_dir / PENDING_NAME, slots_path(store_dir))
    fsync_dir(store_dir)


def drop_pending_slots(store_dir: Path) -> None:
    (store_dir / PENDING_NAME).unlink(missing_ok=True)
