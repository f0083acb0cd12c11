"""Coded segments retrieved by code, codes by any attribute, and codes that occur together.

A *segment* is one coded text span (an answer to an item, for a person or entry, or a quote,
whole or ``start:end``). Retrieval lists each code's segments with their citations, as the
quotes are cited; counts roll up the codebook's tree (:mod:`fieldkit.analysis.coding`).

Consent holds as for quotes: a segment of a respondent who did not consent to quotation keeps
no verbatim text in a shared (anonymised) output, only the fact that it was coded, and is cited
without role or organisation; in the team's identified outputs its text stays, marked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from fieldkit.dataset.consent import MARKS, attributable
from fieldkit.dataset.tables import Dataset, Row
from fieldkit.protocol.model import DEFAULT_CITATION, Code, Protocol
from fieldkit.timefmt import format_cited

from .case_attributes import attribute_groups, attribute_label, is_attribute
from .coding import descendants, rolled_up_segments, segment_of, usable
from .quotes import UNATTRIBUTED, CitationMapping, check_pattern, citation_values, format_citation
from .values import column_label, rows_by_group, short_label

#: What a shared output shows instead of the words of a respondent who refused quotation.
WITHHELD = "passage withheld: the respondent did not consent to quotation"


@dataclass(frozen=True)
class CodedSegment:
    """One coded passage as a reader retrieves it."""

    code: str
    interview_id: str
    number: int | None
    item_id: str | None
    person_id: str | None
    quote_id: str | None
    start: int | None
    end: int | None
    text: str  # the passage; '' when withheld
    citation: str
    where: str  # the item's label, or "Quote"
    withheld: str = ""  # why the text is not shown ('' when it is)
    coder: str = ""


@dataclass(frozen=True)
class CodeSegments:
    """A code of the codebook with the segments coded with it (and its rolled-up counts)."""

    code: str
    label: str
    depth: int
    description: str
    segments: list[CodedSegment]  # coded with this very code, in interview order
    rolled_up: int  # segments coded with it or any code below it (each once)
    interviews: int  # interviews with such a segment


def _withheld(row: Row) -> bool:
    consent = row.get("consent") or ""
    return MARKS["quotation"] in consent or MARKS["open_answers"] in consent


def _where(dataset: Dataset, protocol: Protocol | None, row: Row) -> str:
    if row.get("quote_id"):
        return "Quote"
    item = row.get("item_id")
    if protocol is not None and item in protocol.items_by_id:
        return short_label(protocol.text(protocol.items_by_id[item].label, dataset.language))
    return str(item or "")


def _times(dataset: Dataset) -> dict[tuple[Any, ...], int]:
    """(interview, item, person) or ("quote", quote id) -> milliseconds into the interview."""
    out: dict[tuple[Any, ...], int] = {}
    for t in dataset.timings:
        if isinstance(t.get("elapsed_ms"), int):
            out[(t.get("interview_id"), t.get("item_id"), t.get("person_id"))] = t["elapsed_ms"]
    for q in dataset.quotes:
        if isinstance(q.get("elapsed_ms"), int):
            out[("quote", q.get("quote_id"))] = q["elapsed_ms"]
    return out


def _elapsed(times: Mapping[tuple[Any, ...], int], row: Row) -> str:
    """The time into the interview of the coded answer or quote, as citations write it."""
    key = ("quote", row.get("quote_id")) if row.get("quote_id") else \
        (row.get("interview_id"), row.get("item_id"), row.get("person_id"))
    return format_cited(times[key]) if key in times else ""


class _Citer:
    """Cites coding rows by the protocol's pattern, as quotes are cited."""

    def __init__(self, dataset: Dataset, protocol: Protocol | None, pattern: str | None,
                 mapping: CitationMapping | None):
        self.dataset = dataset
        self.pattern = pattern or (protocol.citation if protocol is not None
                                   else DEFAULT_CITATION)
        self.mapping = mapping or CitationMapping.from_protocol(protocol)
        check_pattern(self.pattern, self.mapping)
        self.interviews = {r.get("interview_id"): r for r in dataset.interviews}
        self.times = _times(dataset)
        self.cache: dict[Any, dict[str, str]] = {}

    def __call__(self, row: Row) -> tuple[str, str]:
        """(citation, role) of one coding row."""
        interview = self.interviews.get(row.get("interview_id"), {})
        if row.get("interview_id") not in self.cache:
            self.cache[row.get("interview_id")] = citation_values(self.dataset, interview,
                                                                  self.mapping)
        values = dict(self.cache[row.get("interview_id")])
        if not attributable(row):
            values.update(role=UNATTRIBUTED, organisation="", city="")
        number = interview.get("number")
        values.update(number="" if number is None else str(number),
                      elapsed=_elapsed(self.times, row))
        return format_citation(self.pattern, values), values["role"]


def cite_codings(dataset: Dataset, protocol: Protocol | None) -> dict[str, tuple[str, str]]:
    """coding id -> (citation, role), made on identified data (consent applied) so that an
    anonymised report cites a coded passage as the paper writes it, like a quote."""
    cite = _Citer(dataset, protocol, None, None)
    return {str(r["coding_id"]): cite(r) for r in dataset.codings if r.get("coding_id")}


def retrieve(dataset: Dataset, protocol: Protocol | None, *, identified: bool,
             pattern: str | None = None, mapping: CitationMapping | None = None,
             identities: Mapping[str, tuple[str, str]] | None = None,
             coder: str | None = None) -> list[CodedSegment]:
    """Every usable coded segment with its citation, in interview, text and code order.

    ``identities`` (quote or coding id -> citation and role, made on the identified data) cite
    a coded passage exactly as the paper and the quotes report do."""
    cite = _Citer(dataset, protocol, pattern, mapping)
    identities = identities or {}
    coders: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    first: dict[tuple[Any, ...], Row] = {}
    for row in usable(dataset, coder):  # two coders' same coding is one segment
        key = (row["code"], *segment_of(row))
        first.setdefault(key, row)
        if row.get("coder") and row["coder"] not in coders[key]:
            coders[key].append(str(row["coder"]))
    out = []
    for key, row in first.items():
        known = identities.get(row.get("quote_id") or "") or \
            identities.get(row.get("coding_id") or "")
        citation = known[0] if known else cite(row)[0]
        consent = row.get("consent") or ""
        hidden = _withheld(row) and not identified
        if consent and identified:
            citation = f"{citation} [{consent.upper()}]"
        number = cite.interviews.get(row.get("interview_id"), {}).get("number")
        out.append(CodedSegment(
            code=str(row["code"]), interview_id=str(row.get("interview_id")), number=number,
            item_id=row.get("item_id"), person_id=row.get("person_id"),
            quote_id=row.get("quote_id"), start=row.get("start"), end=row.get("end"),
            text="" if hidden else str(row.get("passage") or ""), citation=citation,
            where=_where(dataset, protocol, row), withheld=WITHHELD if hidden else "",
            coder=", ".join(coders[key])))
    return sorted(out, key=lambda s: (s.number if isinstance(s.number, int) else 0,
                                      s.quote_id or "", s.item_id or "", s.person_id or "",
                                      s.start or 0, s.code))


def by_code(dataset: Dataset, protocol: Protocol | None, segments: Sequence[CodedSegment],
            coder: str | None = None) -> list[CodeSegments]:
    """The codebook in order (then any other code used), each with its own segments."""
    rolled = rolled_up_segments(dataset, protocol, coder)
    own: dict[str, list[CodedSegment]] = defaultdict(list)
    for s in segments:
        own[s.code].append(s)
    out = []
    lang = dataset.language

    def add(code: str, label: str, depth: int, description: str) -> None:
        found = rolled.get(code, set())
        out.append(CodeSegments(code, label, depth, description, own.get(code, []), len(found),
                                len({seg[0] for seg in found})))

    def walk(book: Protocol, codes: list[Code], depth: int) -> None:
        for c in codes:
            add(c.id, book.text(c.label, lang), depth,
                book.text(c.description, lang) if c.description else "")
            walk(book, c.codes, depth + 1)

    if protocol is not None and protocol.codebook is not None:
        walk(protocol, protocol.codebook.codes, 0)
    known = {c.code for c in out}
    for code in sorted(set(own) - known):
        add(code, code, 0, "not in the codebook")
    return out


@dataclass(frozen=True)
class CodeMatrix:
    """Codes down, groups across: rolled-up segments and interviews per group."""

    by: tuple[str, ...]
    by_label: str
    groups: list[tuple[str, int]]  # (group label, interviews in it)
    rows: list[tuple[str, str, int, list[tuple[int, int]]]]  # code, label, depth, cells


def _groups(dataset: Dataset, by: Sequence[str],
            protocol: Protocol | None = None) -> list[tuple[str, set[Any]]]:
    """(label, interview ids) for each combination of the values of ``by`` that occurs (an
    item, or TABLE.COLUMN of an attribute table of the cases)."""
    groups: list[tuple[str, set[Any]]] = [("", {r.get("interview_id") for r in dataset.interviews})]
    for column in by:
        split = attribute_groups(dataset, protocol, column) if is_attribute(column) else \
            [(short_label(label), {r.get("interview_id") for r in rows})
             for label, rows in rows_by_group(dataset, column)]
        groups = [((f"{a} / {b}" if a else b), ids & more)
                  for a, ids in groups for b, more in split if ids & more]
    return groups


def code_matrix(dataset: Dataset, protocol: Protocol | None, by: Sequence[str],
                coder: str | None = None) -> CodeMatrix:
    """Rolled-up segments of every code by the values of one or more interview items
    (``["case", "organisation"]`` crosses them: Kosovo / UN, Kosovo / NATO, ...) or columns of
    the cases' attribute tables (``missions.organisation``)."""
    rolled = rolled_up_segments(dataset, protocol, coder)
    groups = _groups(dataset, by, protocol)
    rows = []
    for code, label, depth in _codebook(protocol, dataset, rolled):
        found = rolled.get(code, set())
        cells = []
        for _, ids in groups:
            inside = [seg for seg in found if seg[0] in ids]
            cells.append((len(inside), len({seg[0] for seg in inside})))
        rows.append((code, label, depth, cells))
    return CodeMatrix(tuple(by), " and ".join(
        f"{attribute_label(protocol, c, dataset.language)} of each interview's cases"
        if is_attribute(c) and protocol is not None
        else f"the answers to “{column_label(dataset, 'interviews', c)}”" for c in by),
                      [(label, len(ids)) for label, ids in groups], rows)


def _codebook(protocol: Protocol | None, dataset: Dataset,
              used: Mapping[str, Any]) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []

    def walk(book: Protocol, codes: list[Code], depth: int) -> None:
        for c in codes:
            out.append((c.id, book.text(c.label, dataset.language), depth))
            walk(book, c.codes, depth + 1)

    if protocol is not None and protocol.codebook is not None:
        walk(protocol, protocol.codebook.codes, 0)
    known = {c for c, _, _ in out}
    return out + [(c, c, 0) for c in sorted(set(used) - known) if used[c]]


@dataclass(frozen=True)
class CoOccurrence:
    """Two codes found together: on overlapping passages, and anywhere in the same text."""

    first: str
    second: str
    overlapping: int  # texts (answers or quotes) where passages with the two codes overlap
    same_text: int  # texts coded with both
    interviews: int  # interviews where they overlap


def _overlap(a: Row, b: Row) -> bool:
    if a.get("start") is None or b.get("start") is None:
        return True  # a whole-text coding overlaps every passage of the text
    return bool(max(a["start"], b["start"]) < min(a["end"], b["end"]))


def co_occurrence(dataset: Dataset, protocol: Protocol | None = None,
                  coder: str | None = None, *, rolled_up: bool = False) -> list[CoOccurrence]:
    """Pairs of codes (as applied) found in the same answer or quote, most overlapping
    first. A code and a code below it are not counted as a pair. ``rolled_up``: a passage
    coded with a code also counts for every code above it, so parents co-occur when their
    children do (each text once per pair)."""
    tree = descendants(protocol)
    above: dict[str, list[str]] = defaultdict(list)
    if rolled_up:
        for parent, below in tree.items():
            for child in below - {parent}:
                above[child].append(parent)
    texts: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for row in usable(dataset, coder):
        for code in [row["code"], *above.get(str(row["code"]), [])]:
            texts[segment_of(row)[:4]].append({**row, "code": code})
    overlapping: dict[tuple[str, str], set[tuple[Any, ...]]] = defaultdict(set)
    together: dict[tuple[str, str], set[tuple[Any, ...]]] = defaultdict(set)
    for text, rows in texts.items():
        for a, b in combinations(rows, 2):
            pair = tuple(sorted((str(a["code"]), str(b["code"]))))
            if pair[0] == pair[1] or pair[1] in tree.get(pair[0], ()) or \
                    pair[0] in tree.get(pair[1], ()):
                continue
            together[pair].add(text)  # type: ignore[index]
            if _overlap(a, b):
                overlapping[pair].add(text)  # type: ignore[index]
    out = [CoOccurrence(p[0], p[1], len(overlapping.get(p, ())), len(found),
                        len({t[0] for t in overlapping.get(p, ())}))
           for p, found in together.items()]
    return sorted(out, key=lambda c: (-c.overlapping, -c.same_text, c.first, c.second))
