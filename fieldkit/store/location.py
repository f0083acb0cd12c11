"""Where a store lives: one function resolving the directory, and owner-only creation."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import platformdirs

STORE_ENV = "FIELDKIT_STORE"
PORTABLE_ENV = "FIELDKIT_PORTABLE"
PORTABLE_MARKER = "fieldkit-portable"
PORTABLE_DIR = Path("fieldkit-data") / "store"


def program_dir() -> Path:
    """The folder of the running program (the frozen executable, or the script run)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def resolve_store_dir(store: str | os.PathLike[str] | None = None,
                      env: Mapping[str, str] | None = None,
                      cwd: Path | None = None, program: Path | None = None) -> Path:
    """The store directory: ``--store``, else $FIELDKIT_STORE, else portable mode, else user data.

    Portable mode (a USB stick) is on when $FIELDKIT_PORTABLE=1 or a file ``fieldkit-portable``
    sits next to the program or in the current directory; the store is then
    ``fieldkit-data/store`` beside that marker (or in the current directory).
    """
    env = os.environ if env is None else env
    cwd = Path.cwd() if cwd is None else cwd
    if store:
        return Path(store).expanduser().absolute()
    if env.get(STORE_ENV):
        return Path(env[STORE_ENV]).expanduser().absolute()
    for base in (program or program_dir(), cwd):
        if (base / PORTABLE_MARKER).is_file():
            return (base / PORTABLE_DIR).absolute()
    if env.get(PORTABLE_ENV) == "1":
        return (cwd / PORTABLE_DIR).absolute()
    return Path(platformdirs.user_data_dir("fieldkit", appauthor=False)) / "store"


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) so only the owner can enter it; tighten it if it exists."""
    os.umask(0o077)  # every file this process makes afterwards is owner-only too
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode != 0o700:
            os.chmod(path, 0o700)
    return path


def write_private_file(path: Path, data: bytes,
                       before_rename: Callable[[], None] | None = None) -> None:
    """Write ``data`` to ``path`` atomically and durably (temp file, fsync, rename, fsync dir);
    ``before_rename()`` is called once the temporary file ``path`` + ``.tmp`` is complete."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if before_rename is not None:
        before_rename()
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
