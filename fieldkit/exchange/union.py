"""Merging one interview into the master: a union of versions by event chain, order-free.

Each interview keeps the versions no longer chain extends (the maximal ones). One version is
current (readable in the main tables); more than one kept is a conflict. The current one is
the recorded choice if there is one, else the longest chain (then the greatest head hash), so
any order of merging ends in the same master.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldkit.store import Store
from fieldkit.store.exchange_tables import Version

from .manifest import canonical_bytes

NEW, UPDATED, UNCHANGED, STALE, CONFLICTING, WITHDRAWN = (
    "new", "updated", "unchanged", "stale", "conflicting", "withdrawn")


@dataclass(frozen=True)
class Source:
    """The file an interview came in, for provenance."""

    manifest_sha256: str
    signer: str
    store_id: str
    file_name: str
    sequence: int


def _row_key(row: dict[str, Any]) -> tuple[str, bytes]:
    """Which of two rows of one version to keep: the later, then a fixed order."""
    return (row.get("updated_at") or "", canonical_bytes(row))


def _hash_at(master: Store, version: Version, seq: int) -> str | None:
    if version.content is None:
        return master.exchange.event_hash_at(version.interview_id, seq)
    events = version.content["events"]
    return events[seq - 1]["hash"] if 0 < seq <= len(events) else None


def _extends(master: Store, longer: Version, head: str, count: int) -> bool:
    """True if ``longer`` holds the chain ending in (head, count) and goes on past it."""
    return longer.event_count > count and (count == 0 or _hash_at(master, longer, count) == head)


def _new_extends(events: list[dict[str, Any]], shorter: Version) -> bool:
    n = shorter.event_count
    return len(events) > n and (n == 0 or events[n - 1]["hash"] == shorter.head_hash)


def choose(kept: list[tuple[str, int]], chosen: str | None) -> str:
    """The head hash of the current version among (head, count) kept."""
    if chosen and any(head == chosen for head, _ in kept):
        return chosen
    return max(kept, key=lambda v: (v[1], v[0]))[0]


def apply_interview(master: Store, listing: dict[str, Any], content: dict[str, Any],
                    source: Source) -> str:
    """Merge one verified interview; returns what happened to it (NEW, UPDATED, ...)."""
    ex = master.exchange
    iid = listing["id"]
    withdrawn_at = ex.tombstone(iid)
    if withdrawn_at is not None:
        ex.withdraw_rows(iid, withdrawn_at, listing)
        return WITHDRAWN
    row, events = content["interview"], content["events"]
    ex.add_provenance(iid, listing["head_hash"], source.manifest_sha256, source.signer, source.store_id,
                      source.file_name, source.sequence)
    outcome = _merge_version(master, listing, row, events)
    # quotes and notes carry their own ids and are never edited: a union, after the row exists
    added = ex.union_texts("quotes", content["quotes"]) + ex.union_texts("notes", content["notes"])
    return UPDATED if added and outcome == UNCHANGED else outcome


def _merge_version(master: Store, listing: dict[str, Any], row: dict[str, Any],
                   events: list[dict[str, Any]]) -> str:
    ex = master.exchange
    iid, head, count = listing["id"], listing["head_hash"], listing["event_count"]
    known = ex.versions(iid)
    same = next((v for v in known if v.head_hash == head), None)
    if same is not None:
        return UPDATED if _better_row(master, same, row, events) else UNCHANGED
    if any(_extends(master, v, head, count) for v in known):
        return STALE
    superseded = [v for v in known if _new_extends(events, v)]
    kept = [v for v in known if v not in superseded]
    resolution = ex.resolution(iid)
    current = choose([(v.head_hash, v.event_count) for v in kept] + [(head, count)],
                     resolution[0] if resolution else None)
    old = next((v for v in known if v.current), None)
    for v in superseded:
        ex.drop_version(iid, v.head_hash)
    if current == head and (old is None or old in superseded):
        ex.install_current(row, events)
        ex.put_version(iid, head, count, True, None)
    else:
        ex.put_version(iid, head, count, False, {"interview": row, "events": events})
        install_version(master, iid, current)
    if not known:
        return NEW
    return CONFLICTING if kept else UPDATED


def _better_row(master: Store, version: Version, row: dict[str, Any],
                events: list[dict[str, Any]]) -> bool:
    """Keep the preferred row of one version (same events); True if it changed."""
    ex = master.exchange
    if version.current or version.content is None:  # the current one's content is its rows
        held = ex.interview_row(version.interview_id)
    else:
        held = version.content["interview"]
    assert held is not None, "a current version always has its row"
    held = {**held, "sealed": False}
    row = {**row, "sealed": False}
    if _row_key(row) <= _row_key(held):
        return False
    if version.current:
        ex.install_current(row, events)
    else:
        ex.put_version(version.interview_id, version.head_hash, version.event_count, False,
                       {"interview": row, "events": events})
    return True


def install_version(master: Store, interview_id: str, head_hash: str) -> None:
    """Make a kept version current (after a recorded choice); the former one is kept aside."""
    ex = master.exchange
    known = ex.versions(interview_id)
    target = next(v for v in known if v.head_hash == head_hash)
    if target.current:
        return
    old = next((v for v in known if v.current), None)
    if old is not None:
        ex.put_version(interview_id, old.head_hash, old.event_count, False,
                       {"interview": ex.interview_row(interview_id),
                        "events": ex.current_events(interview_id)})
    assert target.content is not None
    ex.install_current(target.content["interview"], target.content["events"])
    ex.put_version(interview_id, target.head_hash, target.event_count, True, None)
