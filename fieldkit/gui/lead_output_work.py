"""The Outputs screen's steps as the app's threads need them, each a call into operations.

Reading and recording run on the writer thread (the only one that touches the store);
anonymising and writing files run on a side thread with the running ``Job`` as progress.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldkit.operations.outputs import (
    OutputRefused,
    OutputRequest,
    Prepared,
    Study,
    prepare,
    read_study,
    record_refused,
    record_written,
    unseal_back_entries,
    write_export,
    write_qdpx,
    write_report,
)

from .home_rows import status_text
from .i18n import translate
from .jobs import Job

__all__ = ["OutputRefused", "OutputRequest", "export_files", "interview_choices",
           "make_report", "read_for", "record_outcome"]


def read_for(store: Any, request: OutputRequest, job: Job) -> Study:
    """Writer thread: the dataset of the chosen protocol and the team's decisions."""
    job.report(0, 0, translate("lead_output_work", "reading the interviews"))
    study = read_study(store, request)
    job.check()
    return study


def export_files(study: Study, request: OutputRequest, out: Path, formats: list[str],
                 job: Job) -> tuple[Prepared, list[Path]]:
    """Side thread: the export folder, whole, or nothing if cancelled or refused."""
    prepared = prepare(study, request, job)
    return prepared, write_export(prepared, Path(out), formats, progress=job)


def make_report(study: Study, request: OutputRequest, out: Path, job: Job, *,
                interview: str | None = None, paper: str = "a4") -> tuple[Prepared, list[Path]]:
    """Side thread: one PDF (or the REFI-QDA project), with progress; a cancel leaves no
    file. The file was chosen in a save dialog, which asked before replacing one."""
    prepared = prepare(study, request, job)
    if request.what == "qdpx":
        job.check()
        return prepared, [write_qdpx(prepared, Path(out), overwrite=True)]
    path = write_report(prepared, Path(out), interview=interview, paper=paper, progress=job)
    return prepared, [path]


def record_outcome(store: Any, result: Any, request: OutputRequest,
                   error: BaseException | None = None) -> None:
    """Writer thread: the redaction log and the audit row of a written or refused output."""
    if error is not None:
        record_refused(store, result, request, error)
        return
    prepared, paths = result
    record_written(store, prepared, paths)


def interview_choices(store: Any) -> tuple[list[str], list[tuple[str, str]]]:
    """Writer thread: protocol ids with readable interviews, and (label, number)."""
    unseal_back_entries(store)
    readable = [i for i in store.interviews() if not i.sealed and i.status != "withdrawn"]
    protocols = sorted({i.protocol_id for i in readable})
    rows = sorted(readable, key=lambda i: i.number)
    return protocols, [(f"{i.number} · {i.protocol_id} · {status_text(i.status)}", str(i.number))
                       for i in rows]
