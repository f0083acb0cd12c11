"""The project lead's secret age identity saved to a file, for an offline backup: written the
same way by ``fieldkit store identity --out`` / ``store init --identity-file`` and by the app.

The file is always a new one (never overwriting) and readable by its owner only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fieldkit.crypto import LeadIdentity
from fieldkit.errors import StoreError, UsageError


def write_identity(path: str | Path, identity: LeadIdentity) -> Path:
    """Write ``identity`` to a new file at ``path`` (mode 0600); an existing file is refused and
    left untouched. Returns the path written."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UsageError(f"{path} already exists; choose a new file for the identity.") from None
    except OSError as exc:
        raise UsageError(f"cannot write {path} ({exc.strerror}); choose another place.") from None
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            os.fchmod(out.fileno(), 0o600)  # whatever the umask or the filesystem's default
            out.write(identity.to_string())
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:  # nothing half-written: the new file goes
        path.unlink(missing_ok=True)
        raise UsageError(f"cannot write {path} ({exc.strerror}); choose another place.") from None
    return path


def store_identity(store: Any) -> LeadIdentity:
    """The lead identity an open store holds; an interviewer's store has none."""
    identity: LeadIdentity | None = store.lead_identity
    if identity is None:
        raise StoreError("this store does not hold a lead identity (it is not a lead store).")
    return identity


def save_store_identity(store: Any, path: str | Path) -> Path:
    """Write the open lead store's identity to a new file at ``path`` (run on the store's
    thread)."""
    return write_identity(path, store_identity(store))
