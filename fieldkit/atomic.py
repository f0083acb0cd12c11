"""Outputs all or nothing: written in a private temporary folder beside the destination.

The temporary folder (owner-only, 0700) sits in the destination's parent, so the final move is
a rename on the same disk; its name (``.fieldkit-partial-<pid>-…``) says which process made it.
A run that was killed leaves it behind: the next output into that folder removes it, and so does
the next start of the command or the app, which finds it through a small record kept in the
user's state folder while the output runs. An identified export's partial files therefore never
outlive the next start.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import platformdirs

PARTIAL_PREFIX = ".fieldkit-partial-"
OLD_PREFIX = ".fieldkit-old-"
STATE_ENV = "FIELDKIT_STATE_DIR"
PENDING = "outputs-in-progress"
_LEFTOVER = re.compile(rf"^(?:{re.escape(PARTIAL_PREFIX)}|{re.escape(OLD_PREFIX)})(\d+)-(.*)$")


def state_dir(env: Mapping[str, str] | None = None) -> Path:
    """The user's state folder: $FIELDKIT_STATE_DIR, else the platform's."""
    env = os.environ if env is None else env
    if env.get(STATE_ENV):
        return Path(env[STATE_ENV]).expanduser().absolute()
    return Path(platformdirs.user_state_dir("fieldkit", appauthor=False))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to judge
    return True


def sweep(folder: Path) -> int:
    """Remove what killed runs left in ``folder``; put back an output a killed run had moved
    aside to replace it. Returns how many leftovers were dealt with."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    done = 0
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if not match or _alive(int(match.group(1))):
            continue
        path = Path(entry.path)
        target = folder / match.group(2)
        try:
            if entry.name.startswith(OLD_PREFIX) and not target.exists():
                os.replace(path, target)  # killed between moving the old one aside and the new in
            elif entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        done += 1
    return done


def sweep_killed_runs(env: Mapping[str, str] | None = None) -> int:
    """At start-up: clean the folders of outputs whose process is gone (from their records)."""
    records = state_dir(env) / PENDING
    try:
        found = list(records.iterdir())
    except OSError:
        return 0
    done = 0
    for record in found:
        pid = record.name.partition("-")[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            folder = Path(record.read_text(encoding="utf-8").strip())
        except (OSError, UnicodeDecodeError):
            folder = None
        if folder is not None and folder.is_absolute():
            done += sweep(folder)
        record.unlink(missing_ok=True)
    return done


@contextmanager
def _recorded(folder: Path) -> Iterator[None]:
    """A record of an output in progress in ``folder``, so a start-up after a kill finds it."""
    records = state_dir() / PENDING
    record = None
    try:
        records.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, name = tempfile.mkstemp(prefix=f"{os.getpid()}-", dir=records)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(str(folder.absolute()))
        record = Path(name)
    except OSError:
        pass  # no state folder: the next output into the same folder still cleans up
    try:
        yield
    finally:
        if record is not None:
            record.unlink(missing_ok=True)


@contextmanager
def private_temp_dir(parent: Path) -> Iterator[Path]:
    """An owner-only temporary folder in ``parent``, named for this process, removed at the end
    (whatever is still in it) unless the caller moved it away."""
    sweep(parent)
    with _recorded(parent):
        tmp = Path(tempfile.mkdtemp(prefix=f"{PARTIAL_PREFIX}{os.getpid()}-", dir=parent))
        try:
            yield tmp
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def replace_dir(tmp: Path, out_dir: Path) -> None:
    """Move the finished folder ``tmp`` to ``out_dir``, replacing an older output there."""
    old = None
    if out_dir.exists():
        old = out_dir.parent / f"{OLD_PREFIX}{os.getpid()}-{out_dir.name}"
        os.replace(out_dir, old)
    os.replace(tmp, out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_file(path: Path, data: bytes, mode: int = 0o600) -> Path:
    """Write ``data`` to ``path`` all or nothing, through a private temporary folder."""
    with private_temp_dir(path.parent) as tmp:
        part = tmp / "file"
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, path)
    return path
