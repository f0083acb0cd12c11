"""Writing a session file: finished interviews and withdrawals, signed, sealed to the lead."""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from fieldkit import __version__
from fieldkit.crypto import SigningKey, encrypt
from fieldkit.errors import ExchangeError
from fieldkit.store import Interview, Store, Tombstone
from fieldkit.store.clock import utc_now
from fieldkit.store.location import write_private_file
from fieldkit.store.memos import Memos

from . import container
from .errors import NothingToExport
from .manifest import (
    FORMAT,
    FORMAT_VERSION,
    INTERVIEWS,
    MEMOS,
    PROTOCOLS,
    TOMBSTONES,
    canonical_bytes,
    chain_digest,
    content_part,
    sealed_part,
    sha256,
)

SUFFIX = ".fksession"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    manifest_sha256: str
    interviews: list[str]
    tombstones: list[str]


@dataclass
class Payload:
    """What goes into one session file, before it is signed and sealed."""

    protocols: list[dict[str, Any]]
    listings: list[dict[str, Any]]
    tombstones: list[dict[str, Any]]
    blobs: dict[str, bytes]
    memos: list[dict[str, Any]] = field(default_factory=list)  # about codes and the project


def file_name(store_id: str, sequence: int) -> str:
    """A name that says nothing about who or where: the store id's start and the number."""
    return f"session-{store_id[:8]}-{sequence:05d}{SUFFIX}"


def fingerprint(store: Store, interview: Interview) -> str:
    """The state of a finished interview as handed over (an edit or a new quote changes it)."""
    if interview.sealed:
        return f"sealed:{interview.head_hash}"
    body = {"head": interview.head_hash, "count": interview.event_count,
            "quotes": sorted(q.id for q in store.quotes(interview.id)),
            "notes": sorted(n.id for n in store.notes(interview.id))}
    return "readable:" + sha256(canonical_bytes(body))


def pending(store: Store,
            everything: bool = False) -> tuple[list[Interview], list[Tombstone]]:
    """(finished interviews, tombstones) not yet handed over in their present state."""
    handed = store.exchange.handed_over()
    interviews = [iv for iv in store.interviews(status="completed")
                  if everything or handed.get((iv.id, "interview")) != fingerprint(store, iv)]
    tombs = [t for t in store.tombstones() if everything or (t.interview_id, "tombstone") not in handed]
    return interviews, tombs


def collect(store: Store, interviews: list[Interview], tombs: list[Tombstone]) -> Payload:
    protocols = [{"hash": p.hash, "id": p.id, "version": p.version, "snapshot": p.snapshot,
                  "added_at": p.added_at} for p in store.protocols()]
    listings, blobs = [], {}
    for iv in interviews:
        if iv.sealed:
            part, blob = sealed_part(iv.id), store.sealed_blob(iv.id)
        else:
            part, blob = content_part(iv.id), canonical_bytes(store.export_content(iv.id))
        listings.append({"id": iv.id, "number": iv.number, "protocol_hash": iv.protocol_hash,
                         "protocol_id": iv.protocol_id, "protocol_version": iv.protocol_version,
                         "status": iv.status, "sealed": iv.sealed, "event_count": iv.event_count,
                         "head_hash": iv.head_hash or "", "part": part})
        blobs[part] = blob
    tombstones = [{"interview_id": t.interview_id, "withdrawn_at": t.withdrawn_at} for t in tombs]
    memos = [asdict(m) for m in Memos(store).listed() if m.scope in ("code", "project")]
    return Payload(protocols, listings, tombstones, blobs, memos)


def build(payload: Payload, key: SigningKey, *, store_id: str, interviewer: str | None,
          project: str, sequence: int, previous: str, scope: str,
          store_heads: list[tuple[str, int, str]], **overrides: Any) -> tuple[bytes, str]:
    """The container bytes (not yet encrypted) and the SHA-256 of the signed manifest."""
    parts = [(PROTOCOLS, canonical_bytes(payload.protocols)),
             (INTERVIEWS, canonical_bytes(payload.listings)),
             (TOMBSTONES, canonical_bytes(payload.tombstones))]
    if payload.memos:
        parts.append((MEMOS, canonical_bytes(payload.memos)))
    parts += [(listing["part"], payload.blobs[listing["part"]]) for listing in payload.listings]
    sealed = sum(1 for x in payload.listings if x["sealed"])
    fields: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__, "store_id": store_id,
        "interviewer": interviewer, "signer": key.public_key.hex(), "project": project,
        "sequence": sequence, "previous": previous, "created_at": utc_now(), "scope": scope,
        "counts": {"protocols": len(payload.protocols), "interviews": len(payload.listings),
                   "sealed": sealed, "readable": len(payload.listings) - sealed,
                   "tombstones": len(payload.tombstones),
                   **({"memos": len(payload.memos)} if payload.memos else {})},
        "chain": {"exported": chain_digest([(x["id"], x["event_count"], x["head_hash"])
                                            for x in payload.listings]),
                  "store": chain_digest(store_heads), "store_interviews": len(store_heads)},
        "parts": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                  for n, d in parts],
    }
    fields.update(overrides)  # tests forge and age files through here
    manifest = canonical_bytes(fields)
    signature = key.sign(manifest)
    return container.pack(key.public_key, signature, manifest, parts), sha256(manifest)


def export_session(store: Store, out: str | Path, *, everything: bool = False) -> ExportResult:
    """Write what was not yet handed over (or ``everything``) to a session file for the lead."""
    project = store.lead_public_key
    if not project:
        raise ExchangeError("this store has no lead key, so nothing can be sealed for the lead; "
                            "it must be made with the lead's public key (--lead-key).")
    store.exchange.adopt_interrupted()  # a file a killed run may have left for the lead
    interviews, tombs = pending(store, everything)
    last = store.exchange.last_export()
    if not interviews and not tombs:
        since = f" since session file {last[0]}" if last else ""
        raise NothingToExport(f"there is nothing new to hand over{since} (drafts stay on this "
                              "computer until finished); use --all to send everything again.")
    sequence, previous = (last[0] + 1, last[1]) if last else (1, "")
    info = store.info
    path = _target(Path(out), info.store_id, sequence)
    payload = collect(store, interviews, tombs)
    plain, manifest_sha = build(
        payload, store.signing_key, store_id=info.store_id, interviewer=info.interviewer,
        project=project, sequence=sequence, previous=previous,
        scope="all" if everything else "pending", store_heads=store.exchange.interview_heads())
    scope = "all" if everything else "pending"
    write_private_file(path, encrypt(plain, [project]), before_rename=lambda: (
        store.exchange.begin_export(sequence, manifest_sha, scope, path)))
    handed = [(iv.id, "interview", fingerprint(store, iv)) for iv in interviews]
    handed += [(t.interview_id, "tombstone", t.withdrawn_at) for t in tombs]
    try:
        store.exchange.record_export(sequence, manifest_sha, scope, len(interviews), len(tombs),
                                     handed)
        store.audit("session_exported", f"{sequence} {manifest_sha}", day_only=True)
    except BaseException:
        path.unlink(missing_ok=True)  # no hand-over marks without the file, nor the reverse
        with contextlib.suppress(Exception):  # what failed above is what the caller must hear
            store.exchange.forget_export()
        raise
    return ExportResult(path, sequence, manifest_sha, [iv.id for iv in interviews],
                        [t.interview_id for t in tombs])


def _target(out: Path, store_id: str, sequence: int) -> Path:
    path = out / file_name(store_id, sequence) if out.is_dir() else out
    if not path.parent.is_dir():
        raise ExchangeError(f"the folder {path.parent} does not exist; choose an existing "
                            "folder for --out.")
    if path.exists() and not (out.is_dir() and path.name == file_name(store_id, sequence)):
        raise ExchangeError(f"{path} already exists; choose another --out, or move it away.")
    # A file of this store under this very number that the store has not recorded as handed
    # over is what a run killed before noting the export left (one killed after noting it
    # left a file the next export follows on from, under the next number): it never went
    # out, and is replaced, so the next export neither refuses nor gives the lead two files
    # with one number.
    return path


def purge_handed_over(store: Store) -> int:
    """Remove from this store every interview whose present state was handed over."""
    handed = store.exchange.handed_over()
    ids = [iv.id for iv in store.interviews(status="completed")
           if handed.get((iv.id, "interview")) == fingerprint(store, iv)]
    done = store.exchange.purge(ids)
    store.audit("session_purged", str(done), day_only=True)
    return done

