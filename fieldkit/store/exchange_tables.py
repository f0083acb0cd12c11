"""``store.exchange``: the session-file tables, each call under the store's lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import handover, master_tables, ownership
from .connection import DatabaseError, translate
from .slotfile import db_path

if TYPE_CHECKING:
    from .store import Store


class ExchangeTables:
    """Bound to an open store; every function of ``handover`` and ``master_tables`` as a method.

    Interviewer side: last_export, record_export, handed_over, purged, purge, interview_heads.
    Lead side: signer, signers, accept_signer, note_sequence, merged_file, merged_sequences,
    record_merged_file, merge_protocol, tombstone, merge_tombstone, withdraw_rows,
    add_provenance, provenance, versions, put_version, drop_version, conflicted, resolution,
    record_resolution, event_hash_at, interview_row, current_events, install_current,
    union_texts, manifest_history, study_numbers, withdraw_interview, owner, claim, enrol,
    enrolment.
    """

    def __init__(self, store: Store):
        self._store = store

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        store = self._store
        with store._mutex:
            try:
                return fn(store.db, *args, **kwargs)
            except DatabaseError as exc:
                raise translate(exc, db_path(store.path)) from None


def _bind(fn: Callable[..., Any]) -> Callable[..., Any]:
    def method(self: ExchangeTables, *args: Any, **kwargs: Any) -> Any:
        return self._call(fn, *args, **kwargs)

    method.__name__ = fn.__name__
    method.__doc__ = fn.__doc__
    return method


_FUNCTIONS = (
    handover.last_export, handover.record_export, handover.handed_over, handover.purged,
    handover.purge, handover.interview_heads,
    master_tables.signer, master_tables.signers, master_tables.accept_signer,
    master_tables.note_sequence, master_tables.merged_file, master_tables.merged_sequences,
    master_tables.record_merged_file, master_tables.merge_protocol, master_tables.tombstone,
    master_tables.merge_tombstone, master_tables.withdraw_rows, master_tables.add_provenance,
    master_tables.provenance, master_tables.versions, master_tables.put_version,
    master_tables.drop_version, master_tables.conflicted, master_tables.resolution,
    master_tables.record_resolution, master_tables.event_hash_at, master_tables.interview_row,
    master_tables.current_events, master_tables.install_current, master_tables.union_texts,
    master_tables.manifest_history, master_tables.study_numbers,
    master_tables.withdraw_interview,
    ownership.owner, ownership.claim, ownership.enrol, ownership.enrolment,
)
for _fn in _FUNCTIONS:
    setattr(ExchangeTables, _fn.__name__, _bind(_fn))

Signer = master_tables.Signer
Version = master_tables.Version
ManifestSeen = master_tables.ManifestSeen
StudyEntry = master_tables.StudyEntry
