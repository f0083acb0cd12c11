"""Merging session files into the lead's master store, each in one transaction or not at all."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from fieldkit.errors import ExchangeError, FieldkitError
from fieldkit.protocol.model import Protocol
from fieldkit.store import Store
from fieldkit.store.memos import Memos
from fieldkit.store.protocol_identity import clash_sentence

from . import history, union
from .container import Limits
from .errors import Rejected
from .reader import Contents, Opened, open_session, read_contents, read_file
from .report import FileReport, MergeReport
from .wording import CLI, Wording

Progress = Callable[[int, int, str], None]


def merge_files(master: Store, paths: Iterable[str | Path], *, accept_new_signer: bool = False,
                limits: Limits | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None,
                wording: Wording = CLI) -> MergeReport:
    """Merge each file in turn; a bad one is set aside with its reason and the rest go on.

    ``cancelled()`` is asked before each file: once it returns True the files not yet begun
    are left out of the master and of ``report.files`` (they are listed in
    ``report.not_started``), and those already merged stay merged, each whole. ``wording``
    says what to do and when in the reader's terms (the CLI's options, or the app's)."""
    identity = master.lead_identity
    if master.role != "lead" or identity is None:
        raise ExchangeError(f"the store at {master.path} is not a lead's master store (it holds "
                            "no lead identity); merge into the store made with --role lead.")
    limits = limits or Limits()
    files = [Path(p) for p in paths]
    report = MergeReport()
    before = {e.interview_id for e in master.exchange.study_numbers()}
    for n, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.not_started = [str(p) for p in files[n:]]
            break
        if progress:
            progress(n, len(files), path.name)
        report.files.append(merge_file(master, path, accept_new_signer=accept_new_signer,
                                       limits=limits, wording=wording))
    # permanent study numbers at first merge, in the order the new interviews started
    report.numbering = [f"Interview {e.study_number} ({e.interview_id}): {e.note}"
                        for e in master.exchange.study_numbers()
                        if e.note and e.interview_id not in before]
    return report


def merge_file(master: Store, path: Path, *, accept_new_signer: bool = False,
               limits: Limits | None = None, wording: Wording = CLI) -> FileReport:
    limits = limits or Limits()
    identity = master.lead_identity
    assert identity is not None
    result = FileReport(file=str(path))
    try:
        opened = open_session(read_file(path, limits), identity, limits, path.name)
        m = opened.manifest
        result.signer, result.interviewer = m.signer, m.interviewer
        result.store_id, result.sequence = m.store_id, m.sequence
        _check_signer(master, opened, accept_new_signer, wording)
        if m.project != master.lead_public_key:
            raise Rejected(f"it belongs to another project (it was made for the lead key "
                           f"{m.project[:16]}..., not this master's)")
        earlier = master.exchange.merged_file(opened.manifest_sha256)
        if earlier is not None:
            result.status = "already merged"
            result.add(history.replay(wording.when(earlier["merged_at"])))
            return result
        contents = read_contents(opened, identity, limits)
        _check_ownership(master, opened, contents)
        _check_protocols(master, contents)
        for finding in history.check(master, m, opened.manifest_sha256):
            result.add(finding)
        _apply(master, opened, contents, result, wording)
        if result.stale:
            result.add(history.stale_note(result.stale))
    except Rejected as exc:
        result.reject(str(exc))
    except FieldkitError as exc:  # e.g. the disk is full: the transaction was rolled back
        result.reject(f"it could not be applied ({str(exc).rstrip('.')})")
    return result


def _check_signer(master: Store, opened: Opened, accept_new: bool, wording: Wording) -> None:
    m = opened.manifest
    ex = master.exchange
    who = f"{m.interviewer or 'an unnamed interviewer'} (store {m.store_id[:8]}, key {m.signer[:16]})"
    known = ex.signer(m.signer)
    if known is not None:
        if known.store_id != m.store_id:
            raise Rejected(f"it is signed by the key of store {known.store_id[:8]} but claims to "
                           f"come from store {m.store_id[:8]}: it may be forged")
        return
    if any(s.store_id == m.store_id for s in ex.signers(m.store_id)):
        raise Rejected(f"it is signed by a key other than the one accepted for {who}: "
                       "it may be forged")
    enrolled = ex.enrolment(m.signer)
    if enrolled is not None:
        if enrolled.interviewer != m.interviewer:
            raise Rejected(f"it is signed by a key enrolled for {enrolled.interviewer} but claims "
                           f"to come from {m.interviewer or 'an unnamed interviewer'}")
        return
    if m.interviewer and any(s.interviewer == m.interviewer for s in ex.signers()):
        raise Rejected(f"it is signed by {who}, a new key for an interviewer already enrolled "
                       "with another key; if the interviewer really has a new laptop or key, "
                       f"{wording.enrol_new_key(m.signer, m.interviewer)}")
    if not accept_new:
        raise Rejected(f"it is signed by {who}, a key this master has not accepted yet; check "
                       f"the key with the interviewer and {wording.accept_new_key}")


def _check_ownership(master: Store, opened: Opened, contents: Contents) -> None:
    """A laptop speaks only for its own interviews: no withdrawal or version of another's."""
    m = opened.manifest
    ex = master.exchange
    claims = [(t["interview_id"], "withdraws") for t in contents.tombstones]
    claims += [(x["id"], "carries a version of") for x in contents.listings]
    for iid, verb in claims:
        owner = ex.owner(iid)
        if owner is not None and owner != m.store_id:
            whose = f"another laptop (store {owner[:8]})" if owner else "this master itself"
            raise Rejected(f"it {verb} interview {iid}, which belongs to {whose}; a laptop may "
                           "only send its own interviews")


def _check_protocols(master: Store, contents: Contents) -> None:
    """One content per protocol id and version: a file bringing another is set aside whole."""
    for p in contents.protocols:
        protocol = Protocol.from_snapshot(p["snapshot"])
        held = master.protocol_clash(protocol)
        if held is not None:
            raise Rejected(clash_sentence(protocol, held, "it"))


def _apply(master: Store, opened: Opened, contents: Contents, result: FileReport,
           wording: Wording) -> None:
    m = opened.manifest
    ex = master.exchange
    source = union.Source(opened.manifest_sha256, m.signer, m.store_id, opened.name, m.sequence)
    listings = {x["id"]: x for x in contents.listings}
    with master.transaction():
        if ex.signer(m.signer) is None:
            ex.accept_signer(m.signer, m.store_id, m.interviewer)
            if ex.enrolment(m.signer) is not None:
                result.notes.append("the signer's key was accepted as enrolled")
            else:
                result.notes.append(f"the signer's key was accepted on first sight "
                                    f"({wording.accepted_how}): check its fingerprint with "
                                    "the interviewer")
        for iid in {t["interview_id"] for t in contents.tombstones} | set(listings):
            ex.claim(iid, m.store_id, m.signer)
        for p in contents.protocols:
            ex.merge_protocol(p["hash"], p["id"], p["version"], p["snapshot"], p["added_at"])
        if contents.memos:
            Memos(master).merge(contents.memos)
        withdrawn = set()
        for t in contents.tombstones:
            iid = t["interview_id"]
            before = ex.tombstone(iid)
            when = ex.merge_tombstone(iid, t["withdrawn_at"])
            if ex.interview_row(iid) is not None or iid in listings:
                ex.withdraw_rows(iid, when, listings.get(iid))
            if before != when:
                withdrawn.add(iid)
        for iid, content in contents.content.items():
            outcome = union.apply_interview(master, listings[iid], content, source)
            if outcome == union.WITHDRAWN:
                withdrawn.add(iid)
            else:
                result.count(outcome)
        result.withdrawn = len(withdrawn)
        ex.note_sequence(m.signer, m.sequence)
        ex.record_merged_file(opened.manifest_sha256, m.signer, m.store_id, m.sequence,
                              m.previous, opened.name, result.summary(), m.chain["store"],
                              m.chain["store_interviews"])
        master.audit("session_merged", f"{m.store_id} {m.sequence} {opened.manifest_sha256}")
    result.status = "merged"
