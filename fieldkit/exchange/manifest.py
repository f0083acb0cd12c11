"""The signed manifest of a session file: what it holds, from whom, and how to check it."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from fieldkit import bounded

from .container import Limits
from .errors import Rejected

FORMAT = "fieldkit-session"
FORMAT_VERSION = 1
SCOPES = ("pending", "all")
COUNTS = ("protocols", "interviews", "sealed", "readable", "tombstones")
PROTOCOLS, INTERVIEWS, TOMBSTONES = "protocols.json", "interviews.json", "tombstones.json"
MEMOS = "memos.json"  # the laptop's memos about codes and the project; only when there are any
MAX_SEQUENCE = 10**9  # a laptop writing a session file a second would need 30 years
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUIDISH = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_.\-]{0,63}$")


def canonical_bytes(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def chain_digest(heads: list[tuple[str, int, str]]) -> str:
    """A hash chain over interviews' (id, event count, head of their event chain), by id."""
    digest = sha256(b"fieldkit-store-chain/1")
    for iid, count, head in sorted(heads):
        digest = sha256(f"{digest}|{iid}|{count}|{head}".encode())
    return digest


def sealed_part(interview_id: str) -> str:
    return f"sealed/{interview_id}.age"


def content_part(interview_id: str) -> str:
    return f"content/{interview_id}.json"


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    store_id: str
    interviewer: str | None
    signer: str
    project: str
    sequence: int
    previous: str
    created_at: str
    scope: str
    counts: dict[str, int]
    chain: dict[str, Any]
    parts: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, **{k: getattr(self, k) for k in self.__dataclass_fields__}}


def parse_manifest(raw: bytes, limits: Limits) -> Manifest:
    """The manifest, after checking every field's type and range; Rejected otherwise."""
    try:
        data = bounded.loads(raw)
    except bounded.OutOfBounds as exc:
        raise Rejected(f"its manifest {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise Rejected("its manifest is not a fieldkit session manifest")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Rejected("its manifest has no valid format version")
    if version > FORMAT_VERSION:
        raise Rejected(f"it was made by a newer fieldkit (session format {version}; this one "
                       f"reads up to {FORMAT_VERSION}); update fieldkit to merge it")
    expected = {"format", *Manifest.__dataclass_fields__}
    if set(data) != expected:
        raise Rejected(f"its manifest fields are not the expected ones "
                       f"({', '.join(sorted(set(data) ^ expected))})")
    _kinds(data, {"app_version": str, "store_id": str, "signer": str, "project": str,
                  "sequence": int, "previous": str, "created_at": str, "scope": str,
                  "counts": dict, "chain": dict, "parts": list})
    if data["interviewer"] is not None and not (isinstance(data["interviewer"], str)
                                                and _UUIDISH.match(data["interviewer"])):
        raise Rejected("its manifest names the interviewer wrongly (not a code of at most 64 "
                       "letters, digits, '-', '_' or '.')")
    if not _HEX64.match(data["signer"]) or (data["previous"] and not _HEX64.match(data["previous"])):
        raise Rejected("its manifest holds a malformed key or hash")
    if not 1 <= data["sequence"] <= MAX_SEQUENCE or data["scope"] not in SCOPES or not _UUIDISH.match(data["store_id"]):
        raise Rejected("its manifest holds a malformed sequence number, scope or store id")
    counts = data["counts"]
    if set(counts) not in (set(COUNTS), {*COUNTS, "memos"}) or \
            not all(_count(v, limits.parts) for v in counts.values()):
        raise Rejected("its manifest counts are malformed or absurd")
    chain = data["chain"]
    if set(chain) != {"exported", "store", "store_interviews"} or not all(
            isinstance(chain[k], str) and _HEX64.match(chain[k]) for k in ("exported", "store")):
        raise Rejected("its manifest hash chain is malformed")
    if len(data["parts"]) > limits.parts:
        raise Rejected(f"its manifest lists more than {limits.parts} parts")
    for part in data["parts"]:
        if not (isinstance(part, dict) and set(part) == {"name", "size", "sha256"}
                and isinstance(part["name"], str) and _count(part["size"], limits.file_bytes)
                and isinstance(part["sha256"], str) and _HEX64.match(part["sha256"])):
            raise Rejected("its manifest lists a part wrongly (or one of absurd size)")
    return Manifest(**{k: data[k] for k in Manifest.__dataclass_fields__})


def _kinds(data: dict[str, Any], kinds: dict[str, type]) -> None:
    for key, kind in kinds.items():
        if not isinstance(data[key], kind) or isinstance(data[key], bool):
            raise Rejected(f"its manifest field '{key}' has the wrong type")


def _count(value: Any, limit: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= limit


def check_parts(manifest: Manifest, parts: dict[str, bytes], order: list[str]) -> None:
    """Every part listed is there in order, with its size and SHA-256, and nothing else."""
    listed = [p["name"] for p in manifest.parts]
    if listed != order:
        missing = sorted(set(listed) - set(order))
        extra = sorted(set(order) - set(listed))
        what = f"missing {missing[0]}" if missing else f"unlisted {extra[0]}" if extra else "reordered"
        raise Rejected(f"its parts do not match its manifest ({what})")
    for part in manifest.parts:
        data = parts[part["name"]]
        if len(data) != part["size"] or sha256(data) != part["sha256"]:
            raise Rejected(f"its part '{part['name']}' does not match the hash in its manifest")
