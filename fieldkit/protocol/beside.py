"""Files a protocol names beside itself (rosters, choice files): confined and bounded.

A protocol may only name files in its own folder (or below): no absolute path, no ``..``, no
link that leads out, nothing but a regular file (a device such as /dev/zero or a FIFO is
refused before it is opened), at most ``MAX_BESIDE_BYTES``. So a protocol cannot read, echo or
carry into a store a file from elsewhere on the computer, and an endless file costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.confined import OutsideFile, read_confined

__all__ = ["MAX_BESIDE_BYTES", "OutsideFile", "read_beside"]

MAX_BESIDE_BYTES = 5 * 1024 * 1024


def read_beside(path: Path, folder: Path) -> str:
    """The UTF-8 text of ``path``, which must lie in ``folder``; FileNotFoundError if absent."""
    raw = read_confined(path, folder, MAX_BESIDE_BYTES, "the protocol's")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OutsideFile(f"is not UTF-8 text (byte {exc.start})") from None
