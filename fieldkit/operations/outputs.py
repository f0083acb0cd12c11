"""Outputs (data exports, PDF reports, the quotes file), start to finish, for the CLI and the app.

Every output goes through the same four steps, so the command and the app cannot disagree:

1. :func:`read_study` (on the thread that owns the store): the protocol's readable interviews,
   the pseudonym key and the team's decisions on residual-scan candidates;
2. :func:`prepare` (any thread, no store): consent applied, then, unless the output is
   identified, the anonymisation plan, refusing below the plan's k or l without an override
   reason and refusing while any candidate of the residual scan is undecided;
3. ``write_*`` (any thread, no store): the files, complete or not at all;
4. :func:`record_written` or :func:`record_refused` (the store's thread): the team's redaction
   log and an audit row with the outcome, k, l, the plan hash, the outputs' hashes and any
   override reason, all inside the encrypted store and never in an output.

:func:`produce` runs the four in one thread (the CLI).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from dataclasses import replace as dataclasses_replace
from pathlib import Path
from typing import Any

from fieldkit.errors import AnonymisationError, FieldkitError, UsageError

from .progress import Progress, Quiet, check

REPORT_KINDS = ("study", "interview", "anonymisation", "quotes", "coding")
OUTPUT_KINDS = ("export", "qdpx", *REPORT_KINDS)


class OutputRefused(AnonymisationError):
    """An anonymised output was refused: below a threshold, or with undecided candidates.

    ``can_override`` says whether a recorded reason may let it through (thresholds only: an
    undecided name is never waved through)."""

    def __init__(self, message: str, *, can_override: bool, candidates: Sequence[Any] = ()):
        super().__init__(message)
        self.can_override = can_override
        self.candidates = list(candidates)


@dataclass(frozen=True)
class OutputRequest:
    """What a person asked for."""

    what: str  # one of OUTPUT_KINDS
    protocol_id: str | None = None
    identified: bool = False
    plan_path: Path | None = None
    override: str | None = None  # the reason to write below the plan's k or l
    key: bytes | None = None  # the pseudonym key, when not derived from the store's identity
    decisions: Mapping[str, str] = field(default_factory=dict)  # candidate key -> redact|keep

    def __post_init__(self) -> None:
        if self.what not in OUTPUT_KINDS:
            raise FieldkitError(f"unknown output '{self.what}'; choose from "
                                f"{', '.join(OUTPUT_KINDS)}")
        if self.identified and self.what == "anonymisation":
            raise UsageError("the anonymisation report describes an anonymised output; "
                                "it cannot be made from identified data")


@dataclass(frozen=True)
class Study:
    """What is read from the store once for an output."""

    dataset: Any
    protocol: Any
    key: bytes | None
    decisions: dict[str, str]  # the team's stored decisions, candidate key -> redact|keep


@dataclass(frozen=True)
class Prepared:
    """The data an output is written from: consent applied, anonymised unless identified."""

    request: OutputRequest
    study: Study
    dataset: Any
    record: Any = None  # the AnonymisationRecord of an anonymised output
    # the name generators' networks, computed on identities and then, for an anonymised
    # output, published under the dataset's pseudonyms: anonymising never changes a figure
    networks: list[Any] = field(default_factory=list)
    # quote id and coding id (as in the dataset) -> (citation, role word), made from the
    # identified data
    citations: dict[str, tuple[str, str]] = field(default_factory=dict)


# ---- 1. reading ---------------------------------------------------------------------------
def read_study(store: Any, request: OutputRequest) -> Study:
    """The chosen protocol's readable interviews, read on the store's thread."""
    from fieldkit.dataset.from_store import dataset_from_store, pseudonym_key
    from fieldkit.interview.coding import MARKED

    unseal_back_entries(store)
    data = dataset_from_store(store, request.protocol_id)
    key = None if request.identified else (request.key or pseudonym_key(store))
    if not request.identified and key is None:
        raise FieldkitError("this store holds no lead identity to derive pseudonyms from; "
                            "use the lead's store, give a pseudonym key file, or choose "
                            "identified data")
    stored = store.redaction_decisions()
    # Names the lead marked in review are known people from then on, like the interviewer's.
    data.marked_names += [d.text for d in stored if d.key.startswith(MARKED)
                          and d.decision == "redact" and d.text not in data.marked_names]
    decisions = {d.key: d.decision for d in stored if not d.key.startswith(MARKED)}
    return Study(data, store.protocol(data.protocol_hash), key, decisions)


def unseal_back_entries(store: Any) -> int:
    """On the lead's store, bring back interviews an earlier version sealed there when they were
    entered from paper (the lead holds the identity, so sealing them hid them only from the
    lead's own outputs). Returns how many."""
    if store.role != "lead" or store.lead_identity is None:
        return 0
    sealed = [i for i in store.interviews() if i.sealed and i.status != "withdrawn"]
    for interview in sealed:
        store.unseal(interview.id)
    return len(sealed)


# ---- 2. preparing -------------------------------------------------------------------------
def plan_for(study: Study, request: OutputRequest) -> Any:
    """The plan the lead chose, or the one the protocol's disclosure classes imply."""
    from fieldkit.anonymise import default_plan, load_plan

    return load_plan(request.plan_path) if request.plan_path else default_plan(study.protocol)


def prepare(study: Study, request: OutputRequest, progress: Progress | None = None) -> Prepared:
    """Consent applied; anonymised by the plan unless identified; refusals as OutputRefused."""
    from fieldkit.analysis.network import place_respondents, study_networks
    from fieldkit.anonymise.renumber import renumbered
    from fieldkit.dataset.consent import describe, withhold

    progress = progress or Quiet()
    placed = place_respondents(study.dataset, study.protocol)
    networks = study_networks(placed, study.protocol)
    if request.identified:
        return Prepared(request, study, placed, networks=networks)
    progress.report(0, 0, "anonymising")
    plan = plan_for(study, request)
    # the numbers the citations and the data both carry (reassigned where they would tell)
    data = renumbered(withhold(placed, study.protocol), plan, study.key or b"")
    anon, record = _anonymise(data, study, request, plan)
    record.consent = describe(study.protocol, study.dataset)
    check(progress)
    coder = _coder(study, plan)
    return Prepared(request, study, anon, record, _published(networks, coder),
                    _citations(data, study, coder))


def _coder(study: Study, plan: Any) -> Callable[[str, str, str, Any], Any]:
    """pseudonym(column, default domain, default prefix, value) as the plan codes that column."""
    from fieldkit.anonymise.pseudonym import pseudonym

    def code(column: str, domain: str, prefix: str, value: Any) -> Any:
        entry = plan.variables.get(column) or {}
        if entry.get("action", "pseudonymise") == "pseudonymise":
            domain, prefix = str(entry.get("domain", domain)), str(entry.get("prefix", prefix))
        return pseudonym(study.key or b"", domain, value, prefix)
    return code


def _published(networks: list[Any], code: Callable[[str, str, str, Any], Any]) -> list[Any]:
    """The networks under the pseudonyms the plan gives roster entries in the data files."""
    from fieldkit.analysis.network import pseudonymised

    return [pseudonymised(n, {v: code("ties.target", "person", "P", v) for v in n.graph_nodes})
            for n in networks]


def _citations(data: Any, study: Study,
               code: Callable[[str, str, str, Any], Any]) -> dict[str, tuple[str, str]]:
    """Citations made on the identified data (consent applied), keyed by the quote's and the
    coding's code."""
    from fieldkit.analysis.code_segments import cite_codings
    from fieldkit.analysis.quotes import cite_quotes
    from fieldkit.analysis.values import AnalysisError

    try:
        cited = cite_quotes(data, study.protocol.citation, protocol=study.protocol)
        coded = cite_codings(data, study.protocol)
    except AnalysisError:
        return {}  # the report says why when it cites the quotes itself
    # coded passages are cited as quotes are (the coding report looks them up by coding id)
    return {**{code("codings.coding_id", "coding", "C", i): c for i, c in coded.items()},
            **{code("quotes.quote_id", "quote", "Q", q.quote_id): (q.citation, q.role)
               for q in cited}}


def _anonymise(data: Any, study: Study, request: OutputRequest,
               plan: Any) -> tuple[Any, Any]:
    from fieldkit.anonymise import anonymise

    decisions = {**study.decisions, **request.decisions}
    try:
        anon, record = anonymise(data, plan, study.key or b"", override=request.override,
                                 decisions=decisions)
    except AnonymisationError as exc:
        if isinstance(exc, OutputRefused):
            raise
        # Thresholds are the refusals a reason may override (RiskRefused says so); a broken
        # plan or an unknown value is not one of them.
        raise OutputRefused(str(exc), can_override=getattr(exc, "can_override", False)) \
            from None
    undecided = undecided_candidates(record)
    if undecided:
        raise OutputRefused(
            f"{len(undecided)} possible name{'s' if len(undecided) != 1 else ''} or "
            f"identifier{'s' if len(undecided) != 1 else ''} in the free text "
            f"{'are' if len(undecided) != 1 else 'is'} not decided yet (first: "
            f"{_first(undecided)}); decide each one, redact or keep (the app asks when you "
            "write an output; on the command line use 'fieldkit export candidates'), then "
            "write the output again",
            can_override=False, candidates=undecided)
    return anon, record



@dataclass(frozen=True)
class CandidateView:
    """One undecided candidate as a person decides it: where it is and the words around it."""

    key: str
    text: str
    kind: str
    where: str  # "interviews.routines in interview 12 (and 3 more places)"
    context: str  # the redacted sentence around it
    decision: str | None = None


def undecided_candidates(record: Any) -> list[CandidateView]:
    """The residual-scan candidates of an anonymisation that nobody has decided on yet."""
    texts = list(getattr(record, "redacted_texts", []) or [])
    out = []
    for c in record.undecided():
        places = list(c.where)
        first = places[0] if places else None
        where = (f"{first.table}.{first.column} in interview {first.number}"
                 if first and first.number is not None
                 else f"{first.table}.{first.column} (a memo about a code or the project)"
                 if first else "")
        if len(places) > 1:
            where += f", and {len(places) - 1} more place{'s' if len(places) > 2 else ''}"
        out.append(CandidateView(c.key, c.text, c.reason or c.kind, where,
                                 _context(texts, c.text, first)))
    return out


def _context(texts: Sequence[Any], word: str, where: Any, room: int = 70) -> str:
    for t in texts:
        if where is not None and (t.table, t.column, t.number) != \
                (where.table, where.column, where.number):
            continue
        at = t.text.find(word)
        if at >= 0:
            start, end = max(0, at - room), min(len(t.text), at + len(word) + room)
            return ("…" if start else "") + str(t.text[start:end]) + \
                ("…" if end < len(t.text) else "")
    return ""


def _first(candidates: Sequence[CandidateView]) -> str:
    c = candidates[0]
    return f"'{c.text}' in {c.where}" if c.where else f"'{c.text}'"


def list_candidates(store: Any, request: OutputRequest, *,
                    everything: bool = False) -> list[CandidateView]:
    """What the residual scan finds in the protocol's open answers, for a person to decide:
    the undecided ones (or, with ``everything``, those already decided too). Nothing is
    written; the thresholds are not applied, since no output is made."""
    from fieldkit.anonymise import anonymise
    from fieldkit.dataset.consent import withhold

    study = read_study(store, dataclasses_replace(request, identified=False))
    plan = plan_for(study, request)
    decisions = {**study.decisions, **request.decisions}
    _, record = anonymise(withhold(study.dataset, study.protocol), plan, study.key or b"",
                          override="listing the candidates; nothing is written",
                          decisions={} if everything else decisions)
    views = undecided_candidates(record)
    return [dataclasses_replace(v, decision=decisions.get(v.key)) for v in views]


DECISION_WORDS = {"redact": "redact", "r": "redact", "keep": "keep", "k": "keep"}


def decide(store: Any, rows: Sequence[Mapping[str, str]], decided_by: str = "") -> int:
    """Keep decisions (``{key, text, kind, decision}``; decision redact/keep, or r/k) in the
    encrypted store for every later output; returns how many were kept."""
    chosen = [{**row, "decision": DECISION_WORDS[str(row["decision"]).strip().lower()]}
              for row in rows]
    return store.record_decisions(chosen, decided_by) if chosen else 0


# ---- 3. writing ---------------------------------------------------------------------------
def write_export(prepared: Prepared, out: Path, formats: Sequence[str], *,
                 overwrite: bool = False, progress: Progress | None = None) -> list[Path]:
    """The export folder, whole or not at all; returns the paths of its files."""
    from fieldkit.exports import export

    progress = progress or Quiet()
    check(progress)
    progress.report(1, 3, "writing the files")
    names = export(prepared.dataset, Path(out), formats, prepared.record, overwrite=overwrite,
                   networks=prepared.networks)
    progress.report(3, 3, "")
    return [Path(out) / n for n in names]


def write_report(prepared: Prepared, out: Path, *, interview: str | None = None,
                 paper: str = "a4", by: str | None = "", progress: Progress | None = None) -> Path:
    """One PDF (study, interview or anonymisation); a cancel leaves no file. ``by``: the item
    to group the study by ('' for the protocol's default, None for no grouping)."""
    progress = progress or Quiet()
    kind = prepared.request.what

    def step(done: int, total: int) -> None:
        progress.report(done, total, "laying out the pages")

    common: dict[str, Any] = {"paper": paper, "progress": step, "cancelled": progress.cancelled}
    if kind == "anonymisation":
        from fieldkit.reports.anonymisation import build_anonymisation_report

        return Path(build_anonymisation_report(prepared.record, out, **common))
    data, protocol = prepared.dataset, prepared.study.protocol
    identified = prepared.request.identified
    if kind == "coding":
        return write_coding(prepared, out, paper=paper, progress=progress)[0]
    if kind == "interview":
        from fieldkit.reports.interview import build_interview_report

        if not interview:
            raise FieldkitError("choose the interview to summarise")
        return Path(build_interview_report(data, protocol, _published_number(prepared, interview),
                                           out, identified=identified, **common))
    from fieldkit.reports.study import build_study_report

    if by == "":
        by = "organisation" if data.variable("interviews", "organisation") else None
    # who interviewed is an identifier the anonymised data no longer hold: counted here
    interviewers = len({r.get("interviewer") for r in prepared.study.dataset.interviews
                        if r.get("interviewer")})
    return Path(build_study_report(data, protocol, out, by=by or None, identified=identified,
                                   networks=prepared.networks, citations=prepared.citations,
                                   interviewers=interviewers or None, **common))


def _published_number(prepared: Prepared, interview: str) -> str:
    """The interview a lead names (study number or id, as the home screen shows) by the number
    the anonymised data give it, where the plan had the numbers reassigned."""
    from fieldkit.anonymise.renumber import reassigned_numbers
    from fieldkit.reports.interview import find_interview

    if prepared.request.identified or not (prepared.record.numbering or {}).get("reassigned"):
        return interview
    identified = prepared.study.dataset
    row = find_interview(identified, interview)
    numbers = reassigned_numbers([str(r["interview_id"]) for r in identified.interviews],
                                 prepared.study.key or b"")
    return str(numbers[str(row["interview_id"])])


def coding_groups(data: Any) -> list[str]:
    """What the coding report compares by default: the case and the organisation, when the
    protocol asks them."""
    return [c for c in ("case", "organisation") if data.variable("interviews", c)]


def write_coding(prepared: Prepared, out: Path | None, *, by: Sequence[str] | None = None,
                 csv_dir: Path | None = None, paper: str = "a4", overwrite: bool = False,
                 coder: str | None = None, rolled_up_pairs: bool = False,
                 progress: Progress | None = None) -> list[Path]:
    """The coding report (a PDF at ``out``, the tables as CSV in ``csv_dir``, or both): coded
    segments by code with their citations, roll-up, codes by ``by`` (each item or TABLE.COLUMN
    of the cases' attribute tables, and all of them crossed) and co-occurrence (parents
    co-occurring when their children do, with ``rolled_up_pairs``); of one ``coder``'s
    codings if given. Returns the paths written."""
    from fieldkit.analysis.case_attributes import check_attribute, is_attribute
    from fieldkit.analysis.code_segments import by_code, co_occurrence, code_matrix, retrieve
    from fieldkit.analysis.values import AnalysisError, require_column
    from fieldkit.exports.coding_tables import write_coding_tables
    from fieldkit.reports.coding import build_coding_report

    progress = progress or Quiet()
    data, protocol = prepared.dataset, prepared.study.protocol
    identified = prepared.request.identified
    by = list(coding_groups(data) if by is None else by)
    for column in by:
        try:
            if is_attribute(column):
                check_attribute(data, protocol, column)
            else:
                require_column(data, "interviews", column, "compare the codes by")
        except AnalysisError as exc:
            raise UsageError(str(exc)) from None
    if out is None and csv_dir is None:
        raise UsageError("say where to write the coding report: a PDF file, a CSV folder, "
                         "or both")
    coders = sorted({str(r["coder"]) for r in data.codings if r.get("coder")})
    if coder is not None and coder not in coders:
        raise UsageError(f"no coding in these data is by '{coder}'; coders: "
                         f"{', '.join(coders) or 'none recorded'} (an anonymised output keeps "
                         "coder names only when the plan keeps codings.coder)")
    paths: list[Path] = []
    if csv_dir is not None:
        segments = retrieve(data, protocol, identified=identified,
                            identities=prepared.citations, coder=coder)
        matrices = [code_matrix(data, protocol, [b], coder) for b in by]
        if len(by) > 1:
            matrices.append(code_matrix(data, protocol, by, coder))
        paths += write_coding_tables(Path(csv_dir), segments,
                                     by_code(data, protocol, segments, coder), matrices,
                                     co_occurrence(data, protocol, coder,
                                                   rolled_up=rolled_up_pairs),
                                     overwrite=overwrite)
    if out is not None:
        check(progress)

        def step(done: int, total: int) -> None:
            progress.report(done, total, "laying out the pages")

        paths.insert(0, Path(build_coding_report(
            data, protocol, out, by=by, paper=paper, identified=identified,
            citations=prepared.citations, coder=coder, rolled_up_pairs=rolled_up_pairs,
            progress=step,
            cancelled=progress.cancelled)))
    return paths


def write_qdpx(prepared: Prepared, out: Path, *, overwrite: bool = False) -> Path:
    """The REFI-QDA project of the coded interviews (sources, codebook, codings, cases,
    coders, memos), from the data the output is made of: anonymised unless identified."""
    from fieldkit.exports.qdpx import qdpx_bytes
    from fieldkit.reports.page import write_atomically

    out = Path(out)
    if out.exists() and not overwrite:
        raise FieldkitError(f"{out} already exists; choose another name or add --force")
    data, _ = qdpx_bytes(prepared.dataset, prepared.study.protocol,
                         identified=prepared.request.identified)
    return write_atomically(out, data)


def write_quotes(prepared: Prepared, out: Path) -> Path:
    """Every quote the respondents allow, with its citation, as CSV."""
    from fieldkit.analysis.quotes import QUOTE_COLUMNS, cite_quotes, quote_table
    from fieldkit.exports.csv_out import formula_safe
    from fieldkit.reports.page import write_atomically

    protocol = prepared.study.protocol
    rows = quote_table(cite_quotes(prepared.dataset, protocol.citation, protocol=protocol,
                                   identities=prepared.citations))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(QUOTE_COLUMNS))
    writer.writeheader()
    writer.writerows({k: formula_safe(v) if isinstance(v, str) else v for k, v in row.items()}
                     for row in rows)
    write_atomically(Path(out), buffer.getvalue().encode("utf-8-sig"))
    return Path(out)


# ---- 4. recording -------------------------------------------------------------------------
def _hashes(paths: Sequence[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.is_file()}


def _figures(record: Any) -> dict[str, Any]:
    after = getattr(record, "risk_after", None)
    if record is None:
        return {}
    return {"plan": record.plan_hash, "k": getattr(after, "k", None),
            "k_map": getattr(after, "k_map", None), "l": dict(getattr(after, "l", {}) or {}),
            "k_threshold": record.k_threshold, "l_threshold": record.l_threshold}


def _audit(store: Any, outcome: str, request: OutputRequest, protocol_hash: str,
           detail: dict[str, Any]) -> None:
    body = {"outcome": outcome, "output": request.what,
            "data": "identified" if request.identified else "anonymised",
            "protocol": protocol_hash, **detail}
    store.audit(f"output_{outcome}", json.dumps(body, sort_keys=True, ensure_ascii=False))


def record_written(store: Any, prepared: Prepared, paths: Sequence[Path]) -> None:
    """The redaction log and the audit row of a written output (on the store's thread)."""
    paths = [Path(p) for p in paths]
    name = (paths[0].parent.name if prepared.request.what == "export" and paths
            else (paths[0].name if paths else ""))
    record = prepared.record
    protocol_hash = prepared.study.dataset.protocol_hash
    if record is not None:
        store.record_redactions(record.plan_hash, name, record.mapping,
                                protocol_hash=protocol_hash, kind=prepared.request.what)
    # Written on the lead's reason: the record says so (as anonymisation.json does).
    override = record.override if record is not None and record.override else None
    detail = {"name": name, "files": _hashes(paths), **_figures(record)}
    if override:
        detail["override_reason"] = override
    _audit(store, "overridden" if override else "written", prepared.request, protocol_hash,
           detail)


def record_refused(store: Any, study: Study | None, request: OutputRequest,
                   error: BaseException) -> None:
    """An audit row for an output that was refused (on the store's thread)."""
    protocol_hash = study.dataset.protocol_hash if study is not None else ""
    detail: dict[str, Any] = {"reason": str(error)}
    candidates = getattr(error, "candidates", None)
    if candidates:
        detail["undecided"] = len(candidates)
    _audit(store, "refused", request, protocol_hash, detail)


# ---- all four in one thread ---------------------------------------------------------------
def produce(store: Any, request: OutputRequest,
            write: Callable[[Prepared], Sequence[Path]],
            progress: Progress | None = None) -> tuple[Prepared, list[Path]]:
    """Read, prepare, write and record one output (the CLI's way); a refusal is audited and
    raised as OutputRefused."""
    study = read_study(store, request)
    try:
        prepared = prepare(study, request, progress)
    except OutputRefused as exc:
        record_refused(store, study, request, exc)
        raise
    paths = list(write(prepared))
    record_written(store, prepared, paths)
    return prepared, paths
