"""An export folder as an ethics reviewer gets it: its files checked, read-only, and decisions."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldkit.errors import FieldkitError
from fieldkit.exports.export import MANIFEST_FORMAT

REVIEW_FILE = "review.json"
REVIEW_FORMAT = "fieldkit-review/1"
DECISIONS = ("approved", "returned")
MAX_JSON = 64 * 1024 * 1024  # an export's JSON is a few MB at most; refuse anything absurd


class ReviewError(FieldkitError):
    """An export folder cannot be reviewed, or a decision cannot be recorded."""


@dataclass(frozen=True)
class FileCheck:
    """One file against the manifest: ok, altered, missing, or extra (not in the manifest)."""

    name: str
    status: str


@dataclass
class ExportFolder:
    """What the reviewer reads; nothing here writes to the folder but :func:`record_decision`."""

    path: Path
    manifest: dict[str, Any]
    manifest_sha256: str
    anonymisation: dict[str, Any] | None
    codebook: list[dict[str, str]]
    checks: list[FileCheck] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def problems(self) -> list[FileCheck]:
        return [c for c in self.checks if c.status != "ok"]

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def identified(self) -> bool:
        return bool(self.manifest.get("identified")) or self.anonymisation is None

    def integrity_text(self) -> str:
        """One plain sentence on whether the files are as the export wrote them."""
        if self.intact:
            return (f"All {len(self.checks)} files match the export's manifest: nothing was "
                    "altered since the export was written.")
        parts = []
        for status, words in (("altered", "ALTERED since the export"),
                              ("missing", "MISSING"), ("extra", "not part of the export")):
            names = [c.name for c in self.checks if c.status == status]
            if names:
                parts.append(f"{', '.join(names)} {'is' if len(names) == 1 else 'are'} {words}")
        return ("Do not rely on this export: " + "; ".join(parts) +
                ". Ask the team for a fresh copy.")


def _read_json(path: Path, what: str) -> Any:
    try:
        if path.stat().st_size > MAX_JSON:
            raise ReviewError(f"{path} is too large to be {what}; check the folder")
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReviewError(f"{path.parent} has no {path.name}, so it is not a fieldkit export "
                          "folder; choose the folder the export wrote") from None
    except OSError as exc:
        raise ReviewError(f"cannot read {path} ({exc.strerror}); check the folder's "
                          "permissions") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ReviewError(f"{path} is not valid JSON, so {what} cannot be read; ask the team "
                          "for a fresh copy of the export") from None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: An attached file an export wrote beside its tables (see fieldkit.store.attachments).
_ATTACHMENT = re.compile(r"attachments/[0-9a-f]{24}(\.[a-z0-9]{1,8})?")


def _checks(folder: Path, listed: dict[str, str]) -> list[FileCheck]:
    out = []
    for name, expected in sorted(listed.items()):
        path = folder / name
        if (Path(name).name != name and not _ATTACHMENT.fullmatch(name)) or not path.is_file():
            out.append(FileCheck(name, "missing"))
        else:
            out.append(FileCheck(name, "ok" if _sha256(path) == expected else "altered"))
    present = {p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")}
    for name in sorted(present - set(listed) - {"manifest.json", REVIEW_FILE}):
        out.append(FileCheck(name, "extra"))
    return out


def _codebook(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return [dict(row) for row in csv.DictReader(fh)]
    except (OSError, UnicodeDecodeError, csv.Error):
        return []  # the manifest check already says the file is not what was exported


def open_export(folder: str | Path) -> ExportFolder:
    """Read an export folder for review (never writes); ReviewError if it is not one."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReviewError(f"{folder} is not a folder; choose the folder an export wrote")
    manifest_path = folder / "manifest.json"
    manifest = _read_json(manifest_path, "the export's manifest")
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT \
            or not isinstance(manifest.get("files"), dict):
        raise ReviewError(f"{manifest_path} is not a '{MANIFEST_FORMAT}' manifest; choose "
                          "the folder a fieldkit export wrote")
    listed = {str(k): str(v) for k, v in manifest["files"].items()}
    checks = _checks(folder, listed)
    anonymisation = None
    if "anonymisation.json" in listed and (folder / "anonymisation.json").is_file():
        anonymisation = _read_json(folder / "anonymisation.json", "the anonymisation record")
        if not isinstance(anonymisation, dict):
            raise ReviewError(f"{folder / 'anonymisation.json'} is not an anonymisation "
                              "record; ask the team for a fresh copy of the export")
    return ExportFolder(folder, manifest, _sha256(manifest_path), anonymisation,
                        _codebook(folder / "codebook.csv"), checks, read_decisions(folder))


def read_decisions(folder: Path) -> list[dict[str, Any]]:
    path = Path(folder) / REVIEW_FILE
    if not path.exists():
        return []
    data = _read_json(path, "the review record")
    if not isinstance(data, dict) or data.get("format") != REVIEW_FORMAT \
            or not isinstance(data.get("decisions"), list):
        raise ReviewError(f"{path} is not a '{REVIEW_FORMAT}' review record; move it aside "
                          "and review again")
    return list(data["decisions"])


def record_decision(folder: str | Path, decision: str, reviewer: str, comment: str = "", *,
                    at: str | None = None) -> dict[str, Any]:
    """Append one decision to ``review.json`` (the data files are never touched)."""
    if decision not in DECISIONS:
        raise ReviewError(f"a decision is one of {', '.join(DECISIONS)}, not '{decision}'")
    reviewer, comment = reviewer.strip(), comment.strip()
    if not reviewer:
        raise ReviewError("give the reviewer's name; a decision is recorded with who made it")
    if decision == "returned" and not comment:
        raise ReviewError("say why the export is returned in a comment, so the team knows "
                          "what to change")
    export = open_export(folder)
    if decision == "approved" and not export.intact:
        raise ReviewError("this export cannot be approved: " + export.integrity_text()[0].lower()
                          + export.integrity_text()[1:])
    if decision == "approved" and export.identified:
        raise ReviewError("this export holds identified data and cannot be approved for "
                          "sharing; ask the team for an anonymised export")
    entry = {
        "decision": decision, "reviewer": reviewer,
        "at": at or datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "comment": comment, "plan_hash": export.manifest.get("plan_hash"),
        "manifest_sha256": export.manifest_sha256, "files_intact": export.intact,
        "problems": {c.name: c.status for c in export.problems},
    }
    record = {"format": REVIEW_FORMAT, "decisions": [*export.decisions, entry]}
    path = export.path / REVIEW_FILE
    tmp = path.with_name(f".{REVIEW_FILE}.partial")
    try:
        tmp.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReviewError(f"cannot write {path} ({exc.strerror}); the folder may be "
                          "read-only: copy it somewhere writable and decide again") from None
    return entry
