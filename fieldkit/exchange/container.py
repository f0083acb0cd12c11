"""The plaintext inside a session file: named records, length-prefixed, read strictly."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from .errors import Rejected

MAGIC = b"FKSESSION"
CONTAINER_VERSION = 1
SIGNER, SIGNATURE, MANIFEST = "signer", "signature", "manifest"
_NAME = struct.Struct(">H")
_SIZE = struct.Struct(">Q")


@dataclass(frozen=True)
class Limits:
    """What a session file may hold at most; anything beyond is refused before it is parsed."""

    file_bytes: int = 512 * 1024 * 1024
    manifest_bytes: int = 4 * 1024 * 1024
    parts: int = 50_000
    name_bytes: int = 200
    interviews: int = 20_000
    events_per_interview: int = 200_000


@dataclass(frozen=True)
class Unpacked:
    signer: bytes
    signature: bytes
    manifest: bytes
    parts: dict[str, bytes]
    order: list[str]


def pack(signer: bytes, signature: bytes, manifest: bytes, parts: list[tuple[str, bytes]]) -> bytes:
    """The container: magic, version byte, then (name, data) records in order."""
    chunks = [MAGIC, bytes([CONTAINER_VERSION])]
    for name, data in [(SIGNER, signer), (SIGNATURE, signature), (MANIFEST, manifest), *parts]:
        raw = name.encode("utf-8")
        chunks += [_NAME.pack(len(raw)), raw, _SIZE.pack(len(data)), data]
    return b"".join(chunks)


def unpack(data: bytes, limits: Limits) -> Unpacked:
    """Split the container into its records; raises Rejected at the first thing out of shape."""
    view = memoryview(data)
    if bytes(view[:len(MAGIC)]) != MAGIC:
        raise Rejected("it is not a fieldkit session file (its decrypted content has no "
                       "session header)")
    if len(view) <= len(MAGIC):
        raise Rejected("it is cut short (no format version after the header)")
    version = view[len(MAGIC)]
    if version > CONTAINER_VERSION:
        raise Rejected(f"it was made by a newer fieldkit (container format {version}); "
                       "update fieldkit to merge it")
    if version != CONTAINER_VERSION:
        raise Rejected(f"its container format {version} is unknown")
    pos = len(MAGIC) + 1
    records: dict[str, bytes] = {}
    order: list[str] = []
    while pos < len(view):
        if len(records) >= limits.parts + 3:
            raise Rejected(f"it holds more than {limits.parts} parts")
        name, pos = _name(view, pos, limits)
        size, pos = _size(view, pos)
        if name == MANIFEST and size > limits.manifest_bytes:
            raise Rejected(f"its manifest is {size} bytes, over the limit of "
                           f"{limits.manifest_bytes}")
        if size > len(view) - pos:
            raise Rejected(f"it is cut short (part '{name}' declares {size} bytes, "
                           f"{len(view) - pos} remain)")
        if name in records:
            raise Rejected(f"it holds part '{name}' twice")
        records[name] = bytes(view[pos:pos + size])
        order.append(name)
        pos += size
    if order[:3] != [SIGNER, SIGNATURE, MANIFEST]:
        raise Rejected("its signer, signature and manifest are missing or out of place")
    if len(records[SIGNER]) != 32 or len(records[SIGNATURE]) != 64:
        raise Rejected("its signer key or signature has the wrong length")
    parts = {name: records[name] for name in order[3:]}
    return Unpacked(records[SIGNER], records[SIGNATURE], records[MANIFEST], parts, order[3:])


def _name(view: memoryview, pos: int, limits: Limits) -> tuple[str, int]:
    if pos + _NAME.size > len(view):
        raise Rejected("it is cut short (a part name is incomplete)")
    (length,) = _NAME.unpack_from(view, pos)
    pos += _NAME.size
    if length == 0 or length > limits.name_bytes or pos + length > len(view):
        raise Rejected("it holds a part name that is empty, too long or cut short")
    try:
        name = bytes(view[pos:pos + length]).decode("utf-8")
    except UnicodeDecodeError:
        raise Rejected("it holds a part name that is not text") from None
    if not name.isprintable():
        raise Rejected("it holds a part name with control characters")
    return name, pos + length


def _size(view: memoryview, pos: int) -> tuple[int, int]:
    if pos + _SIZE.size > len(view):
        raise Rejected("it is cut short (a part size is incomplete)")
    (size,) = _SIZE.unpack_from(view, pos)
    return size, pos + _SIZE.size
