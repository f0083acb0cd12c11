"""Opening a session file in memory: decrypt, check the signature, then every hash and chain.

Nothing of a file is parsed before it decrypted and its signature verified, and nothing is
ever written to disk on the way (pyrage's decrypt_file leaves plaintext behind on truncation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit import bounded
from fieldkit.crypto import DecryptionFailed, LeadIdentity, verify
from fieldkit.store import Event, chain_problems

from .container import Limits, unpack
from .errors import Rejected
from .manifest import (
    INTERVIEWS,
    MEMOS,
    PROTOCOLS,
    TOMBSTONES,
    Manifest,
    chain_digest,
    check_parts,
    content_part,
    parse_manifest,
    sealed_part,
    sha256,
)
from .validate import check_content, check_listing, check_memo, check_protocol, check_tombstone

CONTENT_FORMAT = "fieldkit-interview-content/1"


@dataclass
class Opened:
    """A decrypted session file whose manifest is signed by ``manifest.signer``."""

    name: str
    manifest: Manifest
    manifest_sha256: str
    parts: dict[str, bytes]
    order: list[str]


@dataclass
class Contents:
    """Everything a verified file carries, ready to merge."""

    protocols: list[dict[str, Any]]
    listings: list[dict[str, Any]]
    tombstones: list[dict[str, Any]]
    content: dict[str, dict[str, Any]] = field(default_factory=dict)
    memos: list[dict[str, Any]] = field(default_factory=list)  # about codes and the project


def read_file(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            raise Rejected(f"it is {size:,} bytes, over the limit of {limits.file_bytes:,}")
        if size == 0:
            raise Rejected("it is empty")
        return path.read_bytes()
    except OSError as exc:
        raise Rejected(f"it cannot be read ({exc.strerror or exc})") from None


def open_session(data: bytes, identity: LeadIdentity, limits: Limits, name: str = "") -> Opened:
    """Decrypt in memory, verify the signature with the key it names, the manifest, the parts."""
    try:
        plain = identity.decrypt(data)
    except DecryptionFailed:
        raise Rejected("it cannot be decrypted with this master's lead key (made for another "
                       "lead, damaged or cut short)") from None
    if len(plain) > limits.file_bytes:
        raise Rejected(f"it decrypts to more than {limits.file_bytes:,} bytes")
    unpacked = unpack(plain, limits)
    if not verify(unpacked.signer, unpacked.manifest, unpacked.signature):
        raise Rejected("its signature does not match its manifest (forged or altered)")
    manifest = parse_manifest(unpacked.manifest, limits)
    if manifest.signer != unpacked.signer.hex():
        raise Rejected("its manifest names another signer than the key that signed it")
    check_parts(manifest, unpacked.parts, unpacked.order)
    return Opened(name, manifest, sha256(unpacked.manifest), unpacked.parts, unpacked.order)


def read_contents(opened: Opened, identity: LeadIdentity, limits: Limits) -> Contents:
    """Parse and verify what the parts (already checked against the manifest) hold."""
    m = opened.manifest
    try:
        protocols = _json_list(opened.parts, PROTOCOLS)
        listings = _json_list(opened.parts, INTERVIEWS)
        tombstones = _json_list(opened.parts, TOMBSTONES)
        memos = _json_list(opened.parts, MEMOS) if MEMOS in opened.parts else None
    except KeyError as exc:
        raise Rejected(f"it lacks its part {exc}") from None
    counted = {"protocols": len(protocols), "interviews": len(listings),
               "tombstones": len(tombstones), "sealed": sum(1 for x in listings if x.get("sealed")),
               "readable": sum(1 for x in listings if not x.get("sealed"))}
    if memos is not None:
        counted["memos"] = len(memos)
    if counted != m.counts or len(listings) > limits.interviews:
        raise Rejected("its contents do not match the counts in its manifest")
    by_hash = {}
    for p in protocols:
        check_protocol(p)
        by_hash[p["hash"]] = p
    for t in tombstones:
        check_tombstone(t)
    for memo in memos or []:
        check_memo(memo)
    out = Contents(protocols, listings, tombstones, memos=memos or [])
    heads = []
    expected_parts = {PROTOCOLS, INTERVIEWS, TOMBSTONES} | ({MEMOS} if memos is not None else set())
    for listing in listings:
        check_listing(listing, by_hash)
        iid = listing["id"]
        if iid in out.content:
            raise Rejected(f"it lists interview {iid} twice")
        part = sealed_part(iid) if listing["sealed"] else content_part(iid)
        if listing["part"] != part or part not in opened.parts:
            raise Rejected(f"its interview {iid} points to a missing or wrong part")
        expected_parts.add(part)
        out.content[iid] = _interview(opened.parts[part], listing, identity, limits)
        heads.append((iid, listing["event_count"], listing["head_hash"]))
    if set(opened.parts) != expected_parts:
        raise Rejected("it holds parts that no listed interview uses")
    if chain_digest(heads) != m.chain["exported"]:
        raise Rejected("its interviews do not match the hash chain in its manifest")
    return out


def _json_list(parts: dict[str, bytes], name: str) -> list[Any]:
    try:
        value = bounded.loads(parts[name])
    except bounded.OutOfBounds as exc:
        raise Rejected(f"its part '{name}' {exc}") from None
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise Rejected(f"its part '{name}' is not a list of records")
    return value


def _interview(raw: bytes, listing: dict[str, Any], identity: LeadIdentity,
               limits: Limits) -> dict[str, Any]:
    iid = listing["id"]
    if listing["sealed"]:
        try:
            raw = identity.decrypt(raw)
        except DecryptionFailed:
            raise Rejected(f"its sealed interview {iid} cannot be opened with this master's "
                           "lead key") from None
    try:
        content = bounded.loads(raw)
    except bounded.OutOfBounds as exc:
        raise Rejected(f"its interview {iid} {exc}") from None
    if not isinstance(content, dict) or content.get("format") != CONTENT_FORMAT:
        raise Rejected(f"its interview {iid} is not in a form this fieldkit knows")
    check_content(content, listing, limits)
    events = [Event(**e) for e in content["events"]]
    problems = chain_problems(iid, events, listing["head_hash"] or None, listing["event_count"])
    if problems:
        raise Rejected(f"its interview {iid} fails its hash chain ({problems[0]})")
    return content
