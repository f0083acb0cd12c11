"""A laptop's export history as the master saw it: replays, older files, gaps, forks, rollbacks.

Every manifest carries its laptop's export number, the digest of the export before it, and a
signed hash chain over every interview in the laptop's store. The master keeps these for each
file it merged (``store.exchange.manifest_history``) and compares a new file against them. The
checks look at the whole history, not only at the file merged last, so the same set of files
yields the same findings whatever order they came in (only which file a finding is reported
on may differ).
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.counting import counted, noun
from fieldkit.store import Store
from fieldkit.store.exchange_tables import ManifestSeen

from .manifest import Manifest

REPLAY, OLDER, GAP, FORK, ROLLBACK = "replay", "older", "gap", "fork", "rollback"


@dataclass(frozen=True)
class Finding:
    kind: str  # one of REPLAY, OLDER, GAP, FORK, ROLLBACK
    note: str  # one sentence for the merge report


def check(master: Store, manifest: Manifest, manifest_sha256: str) -> list[Finding]:
    """What is odd about this file given the files merged before from the same laptop."""
    seen = [g for g in master.exchange.manifest_history(manifest.store_id)
            if g.manifest_sha256 != manifest_sha256]
    new = ManifestSeen(manifest.sequence, manifest_sha256, manifest.previous,
                       manifest.chain["store"], manifest.chain["store_interviews"], "")
    return [*_older_and_gaps(new, seen), *_forks(new, seen), *_rollbacks(new, seen)]


def replay(earlier_merged_at: str) -> Finding:
    return Finding(REPLAY, f"this exact file was already merged on {earlier_merged_at} "
                           "(a replay); nothing changed")


def _older_and_gaps(new: ManifestSeen, seen: list[ManifestSeen]) -> list[Finding]:
    out = []
    latest = max((g.seq for g in seen), default=0)
    if new.seq < latest:
        out.append(Finding(OLDER, f"this is an older export of its laptop (number {new.seq}; "
                                  f"number {latest} was already merged): it can only add what "
                                  "the master lacks, never replace newer data"))
    missing = sorted(set(range(1, new.seq)) - {g.seq for g in seen})
    if missing and seen:
        out.append(Finding(GAP, f"{noun(len(missing), 'export')} {_ranges(missing)} of this "
                                f"laptop {'has' if len(missing) == 1 else 'have'} not been "
                                f"merged: {'it' if len(missing) == 1 else 'they'} may still "
                                "come, or be lost"))
    return out


def _forks(new: ManifestSeen, seen: list[ManifestSeen]) -> list[Finding]:
    out = []
    same = [g for g in seen if g.seq == new.seq]
    if same:
        out.append(Finding(FORK, f"export {new.seq} of this laptop was already merged with "
                                 f"different content ({same[0].file_name}): the laptop was "
                                 "restored from a backup or its store copied, and its history "
                                 "forked"))
    before = [g for g in seen if g.seq == new.seq - 1]
    if before and new.previous not in {g.manifest_sha256 for g in before}:
        out.append(Finding(FORK, f"it does not follow on from export {new.seq - 1} merged "
                                 f"before ({before[0].file_name}): the laptop's history forked"))
    after = [g for g in seen if g.seq == new.seq + 1 and g.previous != new.manifest_sha256]
    if after:
        out.append(Finding(FORK, f"export {new.seq + 1} merged before ({after[0].file_name}) "
                                 "does not follow on from this one: the laptop's history "
                                 "forked"))
    return out


def _rollbacks(new: ManifestSeen, seen: list[ManifestSeen]) -> list[Finding]:
    """A store state that comes back after the store had moved on (X, then Y, then X again):
    event chains only grow, so the laptop went back to an older copy of itself."""
    by_chain: dict[str, list[int]] = {}
    for g in seen:
        by_chain.setdefault(g.store_chain, []).append(g.seq)
    pairs = []
    for g_seq in by_chain.get(new.store_chain, []):
        lo, hi = sorted((g_seq, new.seq))
        if any(lo < g.seq < hi and g.store_chain != new.store_chain for g in seen):
            pairs.append((lo, hi))
    for chain, seqs in by_chain.items():
        if chain != new.store_chain and min(seqs) < new.seq < max(seqs):
            pairs.append((min(seqs), max(seqs)))
    if not pairs:
        return []
    lo, hi = min(pairs)
    return [Finding(ROLLBACK, f"its laptop's store was in the same state at export {hi} as at "
                              f"export {lo}, after having moved on in between: it was rolled "
                              "back to an older copy")]


def stale_note(count: int) -> Finding:
    return Finding(OLDER, f"{counted(count, 'interview')} in it "
                          f"{'is' if count == 1 else 'are'} older than the "
                          f"{'version' if count == 1 else 'versions'} this master holds; the "
                          f"newer {'version was' if count == 1 else 'versions were'} kept")


def _ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    start: int | None = numbers[0]
    for prev, cur in zip(numbers, [*numbers[1:], None], strict=True):
        if cur != prev + 1:
            parts.append(str(start) if start == prev else f"{start}-{prev}")
            start = cur
    return ", ".join(parts)
