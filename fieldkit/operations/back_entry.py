"""Back-entry of interviews recorded elsewhere, the same for the command and the app: which
protocol an interview file follows (one content per protocol id and version), and the import
of a run of files (each checked whole, written whole or refused with every problem, never
imported twice)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from fieldkit.data import resolve_form
from fieldkit.dataset.from_store import study_numbers
from fieldkit.errors import FieldkitError
from fieldkit.interview.importer import (
    ImportFileError,
    content_digest,
    plan_interview,
    read_json,
    write_interview,
)
from fieldkit.protocol.loader import load_protocol
from fieldkit.protocol.model import Protocol
from fieldkit.store import Store
from fieldkit.store.protocol_identity import clash_sentence
from fieldkit.store.records import Interview as InterviewRecord

IMPORTED, ALREADY, REFUSED = "imported", "already", "refused"


def given_protocol(store: Store, protocol: Protocol, source: str) -> Protocol:
    """``protocol`` (read from ``source``), refused when the store holds another content under
    its id and version: the interviews would follow one content and the store show another."""
    held = store.protocol_clash(protocol)
    if held is not None:
        raise FieldkitError(clash_sentence(protocol, held, source) + "; import with the "
                            "protocol the store holds, or give the changed one a new version.")
    return protocol


def protocol_for(store: Store, data: Any, given: Protocol | None = None) -> Protocol:
    """The protocol an interview file follows: ``given`` (checked by :func:`given_protocol`),
    else the latest version the store holds of the id the file names; two contents held
    under that version (merged from laptops given different files) are named, not guessed."""
    if given is not None:
        return given
    protocol_id = str(data.get("protocol", "")).split("@")[0] if isinstance(data, dict) else ""
    records = store.protocols(protocol_id)
    if not records:
        raise FieldkitError(f"the store holds no protocol '{protocol_id}'; add it with "
                            "'fieldkit protocol add FILE' or pass --protocol FILE")
    latest = records[-1]
    same = [r.hash[:12] for r in records if r.version == latest.version]
    if len(same) > 1:
        raise FieldkitError(f"the store holds protocol '{protocol_id}' version {latest.version} "
                            f"with {len(same)} different contents ({', '.join(same)}); pass "
                            "--protocol FILE to say which one the interviews follow")
    return store.protocol(latest.hash)


@dataclass
class FileOutcome:
    """What became of one interview file: ``imported`` (``interview`` is its new UUID),
    ``already`` (imported before as ``interview``, numbered ``number``) or ``refused`` with
    every problem named (file, item, reason) or, when it could not be checked at all (no
    protocol for it), the ``reason``; a refused file wrote nothing."""

    path: Path
    status: str
    interview: str | None = None
    number: str | None = None
    problems: list[str] = field(default_factory=list)
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)


def import_files(store: Store, files: Sequence[str | Path], protocol_file: str | None = None,
                 on_outcome: Callable[[FileOutcome], None] | None = None,
                 stop: Callable[[], bool] | None = None) -> list[FileOutcome]:
    """Enter interview files in order: each is checked whole against its protocol (the one
    read from ``protocol_file``, else the store's by :func:`protocol_for`) and written in one
    transaction, or refused with every problem; a file imported before is not imported again.
    ``on_outcome`` hears of each file once it is settled; once ``stop`` says so the run ends
    between two files (those settled stay, each whole) and the rest are not in the list."""
    given = None
    if protocol_file:
        given = given_protocol(store, load_protocol(resolve_form(protocol_file)), protocol_file)
    outcomes = []
    for name in files:
        if stop is not None and stop():
            break
        outcome = _import_one(store, Path(name), given)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes


def _import_one(store: Store, path: Path, given: Protocol | None) -> FileOutcome:
    try:
        data = read_json(path)
        earlier = store.imported_as(content_digest(data))
        if earlier:
            return FileOutcome(path, ALREADY, earlier, interview_number(store, earlier))
        planned = plan_interview(data, protocol_for(store, data, given), str(path))
    except ImportFileError as exc:
        return FileOutcome(path, REFUSED, problems=[str(p) for p in exc.problems])
    except FieldkitError as exc:  # e.g. no protocol for it: name the file, go on
        return FileOutcome(path, REFUSED, reason=str(exc))
    warnings = [str(w) for w in planned.warnings]
    return FileOutcome(path, IMPORTED, write_interview(store, planned), warnings=warnings)


def numbered_interviews(store: Store) -> list[InterviewRecord]:
    """The store's interviews with the numbers every output cites: on the lead's master the
    permanent study numbers, on a laptop its own."""
    numbers = study_numbers(store)
    return [replace(i, number=numbers.get(i.id, i.number)) for i in store.interviews()]


def interview_number(store: Store, interview_id: str) -> str:
    """The number 'interview list' shows for an interview (its UUID if it is no longer held)."""
    found = [i.number for i in numbered_interviews(store) if i.id == interview_id]
    return str(found[0]) if found else interview_id
