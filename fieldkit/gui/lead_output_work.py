"""The work behind the Outputs screen: read the study on the writer, then anonymise and write files.

Nothing here touches Qt; each step takes the running ``Job`` for progress and cancel.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.errors import FieldkitError

from .jobs import Job

# Anonymising with a stand-in reason lets the refusal below k be told apart from every other
# error by the record's own figures, rather than by the wording of a message.
_PROBE = "checking the k threshold"
REPORT_KINDS = ("study", "interview", "anonymisation")


class KThresholdRefused(FieldkitError):
    """The anonymised data fall below the plan's k threshold and no override reason was given."""

    def __init__(self, k: int, threshold: int, at_risk: int):
        self.k, self.threshold, self.at_risk = k, threshold, at_risk
        super().__init__(f"the anonymised data have k={k}, below the plan's threshold of "
                         f"{threshold} ({at_risk} records at risk); generalise or suppress more "
                         "in the plan, or override with a reason that is recorded")


@dataclass(frozen=True)
class Study:
    """What the writer thread reads once for an output: the dataset, its protocol, the key."""

    dataset: Any
    protocol: Any
    key: bytes | None


@dataclass(frozen=True)
class Request:
    """What the lead asked for on the Outputs screen."""

    protocol_id: str | None
    identified: bool = False
    plan_path: Path | None = None
    override: str | None = None


def read_study(store: Any, request: Request, what: str, job: Job) -> Study:
    """Runs on the writer thread: the dataset of the chosen protocol, audited."""
    from fieldkit.dataset.from_store import dataset_from_store, pseudonym_key

    job.report(0, 0, "reading the interviews")
    data = dataset_from_store(store, request.protocol_id)
    job.check()
    protocol = store.protocol(data.protocol_hash)
    key = None if request.identified else pseudonym_key(store)
    store.audit(what, f"{'identified' if request.identified else 'anonymised'} "
                      f"protocol {data.protocol_hash[:12]} (from the app)")
    return Study(data, protocol, key)


def anonymised(study: Study, request: Request, job: Job) -> tuple[Any, Any]:
    """(anonymised dataset, record), refusing below the plan's k unless overridden."""
    from fieldkit.anonymise import anonymise, default_plan, load_plan

    if study.key is None:
        raise FieldkitError("this store holds no lead identity to derive pseudonyms from; "
                            "open the lead's master store, or choose identified data")
    job.report(0, 0, "anonymising")
    plan = load_plan(request.plan_path) if request.plan_path else default_plan(study.protocol)
    anon, record = anonymise(study.dataset, plan, study.key, override=request.override or _PROBE)
    after = record.risk_after
    if (not request.override and after is not None and after.k is not None
            and after.k < record.k_threshold):
        raise KThresholdRefused(after.k, record.k_threshold, len(after.at_risk))
    job.check()
    job.record = record  # its mapping goes to the store's redaction log once the output exists
    return anon, record


def export_files(study: Study, request: Request, out: Path, formats: list[str],
                 job: Job) -> list[str]:
    """Runs on a side thread: the export folder, whole, or nothing if cancelled."""
    from fieldkit.exports import export

    out = Path(out)
    if out.is_dir() and any(out.iterdir()):
        raise FieldkitError(f"{out} already holds files; choose an empty or a new folder")
    if request.identified:
        data, record = study.dataset, None
    else:
        data, record = anonymised(study, request, job)
    job.report(1, 3, "writing the files")
    out.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and moved in only if Cancel was not pressed meanwhile.
    holder = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    try:
        written = export(data, holder / "export", formats, record)
        job.report(2, 3, "")
        job.check()
        if out.is_dir():
            out.rmdir()
        os.replace(holder / "export", out)
    finally:
        shutil.rmtree(holder, ignore_errors=True)
    job.report(3, 3, "")
    return written


def make_report(study: Study, request: Request, kind: str, out: Path, job: Job, *,
                interview: str | None = None, paper: str = "a4") -> Path:
    """Runs on a side thread: one PDF, with progress; a cancel leaves no file."""
    def progress(done: int, total: int) -> None:
        job.report(done, total, "laying out the pages")

    if kind == "anonymisation":
        from fieldkit.reports.anonymisation import build_anonymisation_report

        _, record = anonymised(study, request, job)
        return build_anonymisation_report(record, out, paper=paper, progress=progress,
                                          cancelled=job.cancelled)
    data = study.dataset if request.identified else anonymised(study, request, job)[0]
    if kind == "interview":
        from fieldkit.reports.interview import build_interview_report

        if not interview:
            raise FieldkitError("choose the interview to summarise")
        return build_interview_report(data, study.protocol, interview, out, paper=paper,
                                      identified=request.identified, progress=progress,
                                      cancelled=job.cancelled)
    from fieldkit.reports.study import build_study_report

    by = "organisation" if data.variable("interviews", "organisation") else None
    return build_study_report(data, study.protocol, out, by=by, paper=paper,
                              identified=request.identified, progress=progress,
                              cancelled=job.cancelled)


def interview_choices(store: Any) -> tuple[list[str], list[tuple[str, str]]]:
    """Runs on the writer thread: protocol ids with readable interviews, and (label, number)."""
    readable = [i for i in store.interviews() if not i.sealed and i.status != "withdrawn"]
    protocols = sorted({i.protocol_id for i in readable})
    rows = sorted(readable, key=lambda i: i.number)
    return protocols, [(f"{i.number} · {i.protocol_id} · {i.status}", str(i.number)) for i in rows]
