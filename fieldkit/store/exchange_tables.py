"""``store.exchange``: the session-file tables, each call under the store's lock."""

from __future__ import annotations

from . import handover, master_tables, numbering, ownership
from .guard import Bound, Component


class ExchangeTables(Component):
    """The session-file tables of an open store: every function of ``handover``,
    ``master_tables`` and ``ownership`` as a typed method, each call under the store's lock.

    Made from an open store (``store.exchange``); a closed store's tables say so.
    """

    # interviewer side: hand-over marks
    last_export = Bound(handover.last_export)
    record_export = Bound(handover.record_export)
    begin_export = Bound(handover.begin_export)
    adopt_interrupted = Bound(handover.adopt_interrupted)
    forget_export = Bound(handover.forget_export)
    handed_over = Bound(handover.handed_over)
    purged = Bound(handover.purged)
    purge = Bound(handover.purge)
    interview_heads = Bound(handover.interview_heads)
    # lead side: signers, merged files, versions, conflicts, provenance
    signer = Bound(master_tables.signer)
    signers = Bound(master_tables.signers)
    accept_signer = Bound(master_tables.accept_signer)
    note_sequence = Bound(master_tables.note_sequence)
    merged_file = Bound(master_tables.merged_file)
    merged_sequences = Bound(master_tables.merged_sequences)
    record_merged_file = Bound(master_tables.record_merged_file)
    merge_protocol = Bound(master_tables.merge_protocol)
    tombstone = Bound(master_tables.tombstone)
    merge_tombstone = Bound(master_tables.merge_tombstone)
    withdraw_rows = Bound(master_tables.withdraw_rows)
    add_provenance = Bound(master_tables.add_provenance)
    provenance = Bound(master_tables.provenance)
    versions = Bound(master_tables.versions)
    put_version = Bound(master_tables.put_version)
    drop_version = Bound(master_tables.drop_version)
    conflicted = Bound(master_tables.conflicted)
    resolution = Bound(master_tables.resolution)
    record_resolution = Bound(master_tables.record_resolution)
    event_hash_at = Bound(master_tables.event_hash_at)
    interview_row = Bound(master_tables.interview_row)
    current_events = Bound(master_tables.current_events)
    install_current = Bound(master_tables.install_current)
    union_texts = Bound(master_tables.union_texts)
    manifest_history = Bound(master_tables.manifest_history)
    study_numbers = Bound(master_tables.study_numbers)
    withdraw_interview = Bound(master_tables.withdraw_interview)
    # lead side: the numbering scheme by blocks of an item's answers
    numbering_scheme = Bound(numbering.numbering_scheme)
    set_numbering_scheme = Bound(numbering.set_numbering_scheme)
    clear_numbering_scheme = Bound(numbering.clear_numbering_scheme)
    scheme_numbers_follow = Bound(numbering.scheme_numbers_follow)
    numbered = Bound(numbering.numbered)
    # lead side: which store an interview belongs to
    owner = Bound(ownership.owner)
    claim = Bound(ownership.claim)
    enrol = Bound(ownership.enrol)
    enrolment = Bound(ownership.enrolment)


Signer = master_tables.Signer
Version = master_tables.Version
ManifestSeen = master_tables.ManifestSeen
StudyEntry = master_tables.StudyEntry
Scheme = numbering.Scheme
