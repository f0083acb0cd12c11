"""Session files: sealing finished interviews for the lead, verifying them, merging a master.

Public API:
- ``export_session(store, out, *, everything=False) -> ExportResult`` writes
  ``session-<store8>-<seq>.fksession`` (or the file named); ``pending(store, everything)``;
  ``purge_handed_over(store) -> int`` removes what was handed over, keeping the marks.
- ``merge_files(master, paths, *, accept_new_signer=False, limits=None, progress=None,
  cancelled=None) -> MergeReport`` (``report.not_started`` after a cancel); ``merge_file(master, path, ...) -> FileReport``; ``Limits``.
- ``conflicts(master, include_resolved=False) -> list[Conflict]``;
  ``resolve(master, interview_id, head_prefix, note="") -> str``.
- ``withdraw(master, interview_id) -> str``: withdrawal on the master (versions and
  provenance too; the tombstone stays). ``enrol(master, public_key, interviewer, reason)``:
  the lead vouches for a new key of an interviewer (recorded with its reason).
- Ownership: an interview belongs to the store that first sent it; a file that withdraws or
  carries a version of another store's interview is set aside whole.
- ``master.exchange.study_numbers() -> list[StudyEntry]``: each interview's study-wide
  number ("Interview 20"), with its interviewer, laptop and laptop number ("A-3"), given at
  first merge and never changed; ``master.exchange.set_numbering_scheme(protocol_id, item,
  "AU=1,EU=20")`` numbers interviews not yet numbered in blocks by their answer to ``item``
  (``MergeReport.numbering`` names those a merge put after every block, and why);
  ``master.exchange.scheme_numbers_follow(protocol_id)`` is that scheme, or the last one
  cleared since: anonymised outputs reassign numbers given in blocks by an answer their plan
  does not publish as given (``fieldkit.anonymise.renumber``).
- ``history.check(master, manifest, sha)``: replays, older files, gaps, forks, rollbacks of a
  laptop's exports, reported in ``FileReport.notes`` / ``.history``.
- ``open_session(data, identity, limits)`` and ``read_contents(opened, identity, limits)``:
  the verifying reader, in memory only.
"""

from .conflicts import Conflict, VersionView, conflicts, resolve
from .container import Limits
from .errors import NothingToExport, Rejected
from .export import ExportResult, export_session, file_name, pending, purge_handed_over
from .merge import merge_file, merge_files
from .reader import open_session, read_contents
from .report import FileReport, MergeReport
from .withdrawal import enrol, withdraw

__all__ = [
    "Conflict", "ExportResult", "FileReport", "Limits", "MergeReport", "NothingToExport",
    "Rejected", "VersionView", "conflicts", "enrol", "export_session", "file_name", "merge_file",
    "merge_files", "open_session", "pending", "purge_handed_over", "read_contents", "resolve",
    "withdraw",
]
