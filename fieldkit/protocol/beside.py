"""Files a protocol names beside itself (rosters, choice files): confined and bounded.

A protocol may only name files in its own folder (or below): no absolute path, no ``..``, no
link that leads out, nothing but a regular file (a device such as /dev/zero or a FIFO is
refused before it is opened), at most ``MAX_BESIDE_BYTES``. So a protocol cannot read, echo or
carry into a store a file from elsewhere on the computer, and an endless file costs nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PureWindowsPath

MAX_BESIDE_BYTES = 5 * 1024 * 1024


class OutsideFile(ValueError):
    """The file cannot be used; ``str()`` is a clause to follow the file's name."""


def read_beside(path: Path, folder: Path) -> str:
    """The UTF-8 text of ``path``, which must lie in ``folder``; FileNotFoundError if absent."""
    try:
        rel = path.relative_to(folder)
    except ValueError:
        raise OutsideFile("is not in the protocol's folder (use a file beside it, "
                          "not an absolute path)") from None
    if ".." in rel.parts or ".." in PureWindowsPath(str(rel)).parts:
        raise OutsideFile("climbs out of the protocol's folder (..); use a file beside it")
    if not path.resolve().is_relative_to(folder.resolve()):
        raise OutsideFile("is a link that leads out of the protocol's folder")
    info = os.stat(path)  # FileNotFoundError: the caller says where it should be
    if not stat.S_ISREG(info.st_mode):
        raise OutsideFile("is not a regular file (a device, pipe or folder)")
    if info.st_size > MAX_BESIDE_BYTES:
        raise OutsideFile(f"is larger than {MAX_BESIDE_BYTES // (1024 * 1024)} MB")
    with open(path, "rb") as handle:
        raw = handle.read(MAX_BESIDE_BYTES + 1)
    if len(raw) > MAX_BESIDE_BYTES:
        raise OutsideFile(f"is larger than {MAX_BESIDE_BYTES // (1024 * 1024)} MB")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OutsideFile(f"is not UTF-8 text (byte {exc.start})") from None
