"""Attachments: an image, recording, video or other file chosen from disk, kept as an answer.

The file travels inside its answer event's value, so it is stored encrypted with the rest of
the interview (SQLCipher, and age when sealed), carried in session files and merged like any
other answer: there is no second place where a photo could be forgotten or left readable.
The value is ``{"file": name as chosen, "type": MIME type, "size": bytes, "sha256": hex,
"data": base64}``; a file is at most :data:`MAX_BYTES`. Exports name it by its digest
(:func:`export_name`) and write it beside the tables only where a cell still names it, so an
anonymisation plan that drops the item (the default for files) keeps every file back.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import mimetypes
import re
from pathlib import Path
from typing import Any

from fieldkit.confined import OutsideFile, named_in, read_confined

MAX_BYTES = 8 * 1024 * 1024
#: What each kind of attachment question takes, as the start of a MIME type.
KINDS = {"image": "image/", "audio": "audio/", "video": "video/"}
_KEYS = {"file", "type", "size", "sha256", "data"}
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")


class AttachmentError(ValueError):
    """A file that cannot be attached: one sentence naming the file and why."""


def _mime(name: str) -> str:
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"


def _kind_problem(name: str, mime: str, kind: str | None) -> str | None:
    wanted = KINDS.get(kind or "")
    if wanted and not mime.startswith(wanted):
        return f"'{name}' is not {'an' if kind in ('image', 'audio') else 'a'} {kind} file " \
               f"(it reads as {mime}); choose {'an' if kind in ('image', 'audio') else 'a'} " \
               f"{kind}"
    return None


def read_attachment(path: Path | str, kind: str | None = None) -> dict[str, Any]:
    """The answer value of the file at ``path``; AttachmentError says why it cannot be."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise AttachmentError(f"'{path.name}' is not a file")
        if size > MAX_BYTES:
            raise AttachmentError(f"'{path.name}' is {size / 1048576:.1f} MB; an attachment "
                                  f"is at most {MAX_BYTES // 1048576} MB")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise AttachmentError(f"'{path}' does not exist") from None
    except OSError as exc:
        raise AttachmentError(f"'{path.name}' cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise AttachmentError(f"'{path.name}' grew past {MAX_BYTES // 1048576} MB while read")
    return from_bytes(path.name, data, kind)


def read_named(name: str, folder: Path, kind: str | None = None) -> dict[str, Any]:
    """The answer value of the file an interview file names (back-entry): only a file in that
    file's ``folder`` or below, never through a link out, a regular file of at most
    :data:`MAX_BYTES` checked before it is read; AttachmentError ends a clause after the name."""
    whose = "the interview file's"
    try:
        path = named_in(name, folder, whose)
        data = read_confined(path, folder, MAX_BYTES, whose)
    except OutsideFile as exc:
        raise AttachmentError(str(exc)) from None
    except FileNotFoundError:
        raise AttachmentError(f"does not exist in {whose} folder") from None
    except OSError as exc:
        raise AttachmentError(f"cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        return from_bytes(Path(name).name, data, kind)
    except AttachmentError as exc:
        raise AttachmentError(f"cannot be attached: {exc}") from None


def from_bytes(name: str, data: bytes, kind: str | None = None) -> dict[str, Any]:
    """The answer value of a file ``name`` holding ``data`` (at most :data:`MAX_BYTES`)."""
    mime = _mime(name)
    problem = _kind_problem(name, mime, kind)
    if problem:
        raise AttachmentError(problem)
    return {"file": name, "type": mime, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "data": base64.b64encode(data).decode("ascii")}


def checked(value: Any, kind: str | None = None) -> dict[str, Any]:
    """A stored or imported attachment value, checked whole (its bytes against its digest)."""
    if not isinstance(value, dict) or set(value) != _KEYS:
        raise AttachmentError("an attachment is a file chosen from disk, or "
                              f"{{{', '.join(sorted(_KEYS))}}}")
    name = value["file"]
    if not isinstance(name, str) or not name.strip() or "/" in name or "\\" in name:
        raise AttachmentError("an attachment's 'file' is its name, without folders")
    try:
        data = base64.b64decode(str(value["data"]), validate=True)
    except (binascii.Error, ValueError):
        raise AttachmentError(f"the data of '{name}' is not base64") from None
    if len(data) > MAX_BYTES:
        raise AttachmentError(f"'{name}' is over {MAX_BYTES // 1048576} MB")
    if value["size"] != len(data) or value["sha256"] != hashlib.sha256(data).hexdigest():
        raise AttachmentError(f"the data of '{name}' does not match its size and digest")
    problem = _kind_problem(name, str(value["type"]), kind)
    if problem:
        raise AttachmentError(problem)
    return dict(value)


def content(value: dict[str, Any]) -> bytes:
    return base64.b64decode(value["data"])


def export_name(value: dict[str, Any]) -> str:
    """The file's name in an export: its digest (no respondent's file name leaves) and the
    suffix of its type."""
    suffix = _SUFFIX.search(value.get("file", ""))
    return f"attachments/{value['sha256'][:24]}{suffix.group(0).lower() if suffix else ''}"


def describe(value: Any) -> str:
    """How an attachment shows in the app: its name and size."""
    if not isinstance(value, dict):
        return ""
    size = int(value.get("size") or 0)
    shown = f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, size // 1024)} KB"
    return f"{value.get('file', '?')} ({shown})"
