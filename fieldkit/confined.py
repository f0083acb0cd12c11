"""Files named from inside another file (a protocol's rosters, an interview file's attachments):
confined to that file's folder and bounded.

A name must be relative, without ``..``, not a link leading out of the folder, a regular file
(a device such as /dev/zero or a FIFO is refused before it is read, and opening never waits on
one) and at most ``limit`` bytes, checked before reading. So a file handed to the program cannot
make it read, echo or carry into a store a file from elsewhere on the computer.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath


class OutsideFile(ValueError):
    """The file cannot be used; ``str()`` is a clause to follow the file's name."""


def _megabytes(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB"


def confined_path(path: Path, folder: Path, whose: str) -> Path:
    """Where ``path`` really is (links followed) if it names a file in ``folder`` (``whose``
    folder, as said to people)."""
    try:
        rel = path.relative_to(folder)
    except ValueError:
        raise OutsideFile(f"is not in {whose} folder (use a file beside it, "
                          "not an absolute path)") from None
    if ".." in rel.parts or ".." in PureWindowsPath(str(rel)).parts:
        raise OutsideFile(f"climbs out of {whose} folder (..); use a file beside it")
    real = path.resolve()
    if not real.is_relative_to(folder.resolve()):
        raise OutsideFile(f"is a link that leads out of {whose} folder")
    return real


def named_in(name: str, folder: Path, whose: str) -> Path:
    """The file a text names relative to ``folder``; an absolute name (POSIX or Windows, a
    drive or a share) is refused rather than joined."""
    if (PurePosixPath(name).is_absolute() or PureWindowsPath(name).is_absolute()
            or PureWindowsPath(name).drive or name.startswith(("~", "\\"))):
        raise OutsideFile(f"is not in {whose} folder (use a file beside it, "
                          "not an absolute path)")
    return confined_path(folder / name, folder, whose)


def read_confined(path: Path, folder: Path, limit: int, whose: str) -> bytes:
    """The bytes of ``path``, which must lie in ``folder``; FileNotFoundError if absent."""
    real = confined_path(path, folder, whose)
    info = os.stat(real)  # FileNotFoundError: the caller says where it should be
    if not stat.S_ISREG(info.st_mode):
        raise OutsideFile("is not a regular file (a device, pipe or folder)")
    if info.st_size > limit:
        raise OutsideFile(f"is larger than {_megabytes(limit)}")
    # the place checked is the place opened: no link followed, no wait on a pipe put there since
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) \
        | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(real, flags)
    except OSError:
        if os.path.islink(real):
            raise OutsideFile(f"is a link that leads out of {whose} folder") from None
        raise
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OutsideFile("is not a regular file (a device, pipe or folder)")
        raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise OutsideFile(f"is larger than {_megabytes(limit)}")
    return raw
