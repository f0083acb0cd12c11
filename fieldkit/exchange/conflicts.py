"""Interviews that came back different from two laptops: list them, and record a choice."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.errors import ExchangeError
from fieldkit.store import Store

from . import union


@dataclass(frozen=True)
class VersionView:
    head_hash: str
    event_count: int
    current: bool
    sources: list[str]  # file names that brought this version


@dataclass(frozen=True)
class Conflict:
    interview_id: str
    versions: list[VersionView]
    chosen: str | None  # head hash recorded by the lead, if any
    note: str

    @property
    def resolved(self) -> bool:
        return self.chosen is not None and any(v.head_hash == self.chosen for v in self.versions)


def conflicts(master: Store, *, include_resolved: bool = False) -> list[Conflict]:
    """Every interview with more than one version kept (unresolved ones, unless asked)."""
    ex = master.exchange
    out = []
    for iid in ex.conflicted():
        sources: dict[str, list[str]] = {}
        for p in ex.provenance(iid):
            sources.setdefault(p["head_hash"], []).append(p["file_name"])
        views = [VersionView(v.head_hash, v.event_count, v.current, sorted(sources.get(v.head_hash, [])))
                 for v in ex.versions(iid)]
        chosen = ex.resolution(iid)
        item = Conflict(iid, views, chosen[0] if chosen else None, chosen[1] if chosen else "")
        if include_resolved or not item.resolved:
            out.append(item)
    return out


def resolve(master: Store, interview_id: str, head_prefix: str, note: str = "") -> str:
    """Keep the version whose head hash starts with ``head_prefix`` as the interview's content."""
    ex = master.exchange
    versions = ex.versions(interview_id)
    if len(versions) < 2:
        raise ExchangeError(f"interview {interview_id} has no conflicting versions; see "
                            "'fieldkit merge conflicts' for the ones that do.")
    matches = [v for v in versions if v.head_hash.startswith(head_prefix.lower())] if head_prefix else []
    if len(matches) != 1:
        raise ExchangeError(f"'{head_prefix}' does not name exactly one version of interview "
                            f"{interview_id}; give more characters of its head hash.")
    chosen = matches[0].head_hash
    with master.transaction():
        ex.record_resolution(interview_id, chosen, note)
        union.install_version(master, interview_id, chosen)
        master.audit("conflict_resolved", f"{interview_id} {chosen}")
    return chosen
