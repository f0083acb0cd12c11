"""An export folder written in a private temporary folder and renamed into place when complete."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fieldkit.atomic import private_temp_dir, replace_dir
from fieldkit.errors import FieldkitError

FIXED_MTIME = 315_532_800  # 1980-01-01: file times say nothing about when an export ran


class ExportError(FieldkitError):
    """An export folder cannot be written."""


@contextmanager
def atomic_dir(out_dir: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield an empty owner-only temporary folder beside ``out_dir``; on success it becomes
    ``out_dir``, on failure (or at the next start after a kill) it is removed."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"{out_dir} exists and is not a folder; choose another --out")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not overwrite:
        raise ExportError(f"{out_dir} already holds files; choose an empty folder or add --force")
    parent = out_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    with private_temp_dir(parent) as tmp:
        yield tmp
        for path in tmp.iterdir():
            os.utime(path, (FIXED_MTIME, FIXED_MTIME))
        replace_dir(tmp, out_dir)
