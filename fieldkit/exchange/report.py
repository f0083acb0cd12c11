"""What a merge did, per file: for the terminal table, the app and ``--json``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

OUTCOMES = ("new", "updated", "unchanged", "stale", "conflicting", "withdrawn")


@dataclass
class FileReport:
    file: str
    status: str = "rejected"  # merged, already merged, rejected
    reason: str = ""
    signer: str = ""
    interviewer: str | None = None
    store_id: str = ""
    sequence: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicting: int = 0
    withdrawn: int = 0
    notes: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)  # kinds found: replay, older, gap, ...

    def add(self, finding: Any) -> None:
        """Note a finding about the laptop's export history (an exchange.history.Finding)."""
        self.notes.append(finding.note)
        if finding.kind not in self.history:
            self.history.append(finding.kind)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def reject(self, reason: str) -> None:
        self.status = "rejected"
        self.reason = reason[:1].upper() + reason[1:].rstrip(".") + "."
        self.notes = []  # nothing of the file was kept, so nothing it would have done holds
        self.history = []
        for outcome in OUTCOMES:
            setattr(self, outcome, 0)

    def summary(self) -> dict[str, int]:
        return {o: getattr(self, o) for o in OUTCOMES}


@dataclass
class MergeReport:
    files: list[FileReport] = field(default_factory=list)
    # files left untouched because the merge was cancelled before they were begun
    not_started: list[str] = field(default_factory=list)
    # "Interview 61 (id): why": interviews this merge numbered after every block of the
    # lead's numbering scheme (no block for their answer, or a full block)
    numbering: list[str] = field(default_factory=list)

    @property
    def cancelled(self) -> bool:
        return bool(self.not_started)

    @property
    def merged(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "merged"]

    @property
    def rejected(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "rejected"]

    def totals(self) -> dict[str, int]:
        return {o: sum(getattr(f, o) for f in self.files) for o in OUTCOMES}

    def to_dict(self) -> dict[str, Any]:
        return {"files": [asdict(f) for f in self.files], "totals": self.totals(),
                "rejected": len(self.rejected), "not_started": list(self.not_started),
                "numbering": list(self.numbering)}
