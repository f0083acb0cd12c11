"""Build the tidy Dataset from protocols and replayed interviews: a pure function, no store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from fieldkit.dataset.consent import marks as consent_marks
from fieldkit.dataset.inputs import InterviewInput, field_of
from fieldkit.dataset.relevance import Relevance, study_relevance
from fieldkit.dataset.tables import SPECIAL_CODES, Dataset, Row
from fieldkit.dataset.variables import is_weight, protocol_variables
from fieldkit.protocol.model import GROUP_TYPES, Item, ItemType, Protocol, RosterEntry
from fieldkit.store import attachments
from fieldkit.store.coders import chain_coder, needs_recoding
from fieldkit.store.content import Answer, Content, Person
from fieldkit.store.relevance import Relevance as StudyRelevance
from fieldkit.timefmt import format_elapsed

ROSTER_FIELDS = ("organisation", "member_state", "group", "alliance", "role")
# Public attributes of a delegation's head: in the population only, never in people rows.
PUBLIC_FIELDS = ("gender", "accredited", "rank")


def build_dataset(protocol: Protocol, interviews: Iterable[InterviewInput], *,
                  language: str | None = None, memos: Iterable[Any] = ()) -> Dataset:
    """The study's tables: only current, relevant answers, in interview-number order.

    ``memos``: the store's memo records (``id``, ``scope``, ``target``, ``author``, ``text``,
    ``written_at``) besides those in the interviews' own chains; a memo about an interview not
    in these data, or about a code not in this protocol's codebook nor coded, is left out."""
    lang = language or protocol.default_language
    data = Dataset(protocol_id=protocol.id, protocol_version=protocol.version,
                   protocol_hash=protocol.content_hash, language=lang,
                   variables=protocol_variables(protocol, lang),
                   population=_population(protocol))
    ordered = sorted(interviews, key=lambda i: (i.meta.number, i.meta.interview_id))
    relevance = study_relevance(protocol)
    held = list(memos)
    about: dict[str, list[Any]] = {}
    for m in held:
        if field_of(m, "scope") == "interview":
            about.setdefault(str(field_of(m, "target")), []).append(m)
    for interview in ordered:
        _Builder(protocol, interview, data, relevance).run(
            about.get(interview.meta.interview_id, []))
    codes = {c.id for c in protocol.codebook.flat()} if protocol.codebook else set()
    codes |= {str(c["code"]) for c in data.codings}
    data.memos += [_memo_row(m, code=str(field_of(m, "target")))
                   for m in held if field_of(m, "scope") == "code"
                   and str(field_of(m, "target")) in codes]
    data.memos += [_memo_row(m) for m in held if field_of(m, "scope") == "project"]
    data.memos.sort(key=lambda r: (str(r["written_at"] or ""), str(r["memo_id"])))
    return data


def _memo_row(memo: Any, *, code: str | None = None, interview_id: str | None = None,
              number: int | None = None, consent: str = "") -> Row:
    """A memo as a row of the memos table."""
    return {"memo_id": str(field_of(memo, "id")), "scope": str(field_of(memo, "scope")),
            "code": code, "interview_id": interview_id, "number": number,
            "author": field_of(memo, "author") or None, "text": field_of(memo, "text"),
            "written_at": field_of(memo, "written_at"), "consent": consent}


def _population(protocol: Protocol) -> list[Row]:
    return [{"roster": name, "id": e.id, "label": e.label,
             **{f: getattr(e, f) for f in ROSTER_FIELDS + PUBLIC_FIELDS}}
            for name, roster in sorted(protocol.rosters.items()) for e in roster.entries]


def cell(item: Item, answer: Answer | None) -> Any:
    """An answer as a table cell: the value, a special code, or None."""
    if answer is None:
        return None
    if answer.special:
        return SPECIAL_CODES.get(answer.special, ".n")
    value = answer.value
    if item.type == ItemType.select_multiple:
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if item.type == ItemType.date and isinstance(value, str):
        return value[:10]
    if item.type == ItemType.rank and isinstance(value, list):
        return " ".join(str(v) for v in value)  # the choices, first ranked first
    if item.type == ItemType.attachment and isinstance(value, dict):
        return attachments.export_name(value)  # the file itself is kept aside
    return value


def computed(value: Any) -> Any:
    """A calculated value as a cell: numbers and text as they are, anything else as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def weight(item: Item, answer: Answer | None) -> Any:
    if answer is None or answer.special:
        return None
    if item.type == ItemType.yes_no:
        return {"yes": 1, "no": 0}.get(str(answer.value))
    return answer.value


class _Builder:
    """Adds one interview's rows to every table."""

    def __init__(self, protocol: Protocol, interview: InterviewInput, data: Dataset,
                 relevance: StudyRelevance):
        self.p = protocol
        self.meta = interview.meta
        self.input = interview
        self.content: Content = interview.content
        self.data = data
        self.relevance = Relevance(relevance, self.content)
        self.kept: set[tuple[str, str | None]] = set()  # (item_id, instance_id) in the dataset
        self.consent = ""  # what this respondent withheld, for their quotes and notes
        self.changes = Counter((field_of(e, "item_id"), field_of(e, "instance_id"))
                               for e in interview.events
                               if field_of(e, "kind") in ("answer", "clear"))

    def run(self, memos: Iterable[Any] = ()) -> None:
        self._interview_row()
        source = self._respondent_id()
        for item in self.p.iter_items():
            if item.type in GROUP_TYPES and self.relevance.top.get(item.id):
                self._people(item, source)
        self._texts(self.input.quotes, self.data.quotes)
        self._texts(self.input.notes, self.data.notes)
        self._codings()
        self._memos(memos)
        self._timings()
        self.data.marked_names += [n for n in self.content.marked_names
                                   if n not in self.data.marked_names]

    def _interview_row(self) -> None:
        m = self.meta
        row: Row = {
            "interview_id": m.interview_id, "number": m.number,
            "protocol_id": m.protocol_id or self.p.id,
            "protocol_version": m.protocol_version or self.p.version,
            "interviewer": m.interviewer, "language": m.language or self.content.language,
            "status": m.status or self.content.status, "started_at": m.started_at,
            "ended_at": m.ended_at,
            "duration_s": None if m.elapsed_ms is None else int(m.elapsed_ms) // 1000,
        }
        for item in self.p.iter_items():
            if not item.has_value:
                continue
            if not self.relevance.top.get(item.id):
                row[item.id] = None
            elif item.type in GROUP_TYPES:
                row[item.id] = len(self.content.people_of(item.id))
            elif item.type == ItemType.calculate:
                row[item.id] = computed(self.relevance.calculated(item))
            else:
                answer = self.content.answer(item.id)
                row[item.id] = cell(item, answer)
                self._attachment(item, answer)
                if answer is not None:
                    self.kept.add((item.id, None))
        self.data.interviews.append(row)
        self.consent = consent_marks(self.p, row)

    def _attachment(self, item: Item, answer: Answer | None) -> None:
        """Keep an attached file's bytes by the name its cell gives (exported only where a
        cell still names it)."""
        if item.type == ItemType.attachment and answer is not None and \
                isinstance(answer.value, dict):
            self.data.attachments[attachments.export_name(answer.value)] = \
                attachments.content(answer.value)

    def _respondent_id(self) -> str:
        for item in self.p.iter_items():
            if "respondent" not in (item.appearance or "") or not self.relevance.top.get(item.id):
                continue
            if item.type == ItemType.name_generator:
                people = self.content.people_of(item.id)
                if people and people[0].roster_id:
                    return people[0].roster_id
            else:
                value = self.content.value(item.id)
                if isinstance(value, str) and value:
                    return value
        return f"interview:{self.meta.number}"

    def _entry(self, item: Item, person: Person) -> RosterEntry | None:
        if item.roster and person.roster_id:
            roster = self.p.rosters.get(item.roster)
            if roster is not None:
                return roster.by_id.get(person.roster_id)
        return None

    def _people(self, item: Item, source: str) -> None:
        makes_ties = (item.type == ItemType.name_generator
                      and "respondent" not in (item.appearance or ""))
        for position, person in enumerate(self.content.people_of(item.id), start=1):
            entry = self._entry(item, person)
            row: Row = {
                "interview_id": self.meta.interview_id, "item_id": item.id,
                "person_id": person.instance_id, "position": position,
                "roster_id": person.roster_id,
                "name": entry.label if entry else person.name,
                "free_entry": person.roster_id is None and person.name is not None,
                **{f: (getattr(entry, f) or None) if entry else None for f in ROSTER_FIELDS},
            }
            relevant = self.relevance.follow_ups(item, person.instance_id)
            tie: Row = {"interview_id": self.meta.interview_id, "item_id": item.id,
                        "source": source,
                        "target": person.roster_id or f"free:{person.name or person.instance_id}"}
            for child in item.items:
                if not child.has_value:
                    continue
                if child.type == ItemType.calculate:
                    row[child.id] = computed(self.relevance.calculated(child, person.instance_id)
                                             if relevant.get(child.id) else None)
                    continue
                answer = self.content.answer(child.id, person.instance_id) \
                    if relevant.get(child.id) else None
                row[child.id] = cell(child, answer)
                self._attachment(child, answer)
                if answer is not None:
                    self.kept.add((child.id, person.instance_id))
                if is_weight(child):
                    tie[child.id] = weight(child, answer)
            self.data.people.append(row)
            if makes_ties:
                self.data.ties.append(tie)

    def _texts(self, records: list[Any], table: list[Row]) -> None:
        rows = [{
            "quote_id": field_of(r, "id"), "interview_id": self.meta.interview_id,
            "number": self.meta.number, "item_id": field_of(r, "item_id"),
            "person_id": field_of(r, "instance_id"), "elapsed_ms": field_of(r, "elapsed_ms"),
            "elapsed": format_elapsed(field_of(r, "elapsed_ms")), "text": field_of(r, "text"),
            "consent": self.consent,
        } for r in records]
        table.extend(sorted(rows, key=lambda r: (r["elapsed_ms"] or 0, str(r["quote_id"]))))

    def _codings(self) -> None:
        quotes = {str(field_of(q, "id")): field_of(q, "text") or "" for q in self.input.quotes}
        rows = []
        for c in self.content.codings.values():
            if c.quote_id:
                text = quotes.get(str(c.quote_id))
            elif c.item_id and (c.item_id, c.instance_id) in self.kept:
                value = self.content.value(c.item_id, c.instance_id)
                text = value if isinstance(value, str) else None
            else:
                text = None
            if text is None:
                continue  # the coded answer or quote is no longer in the dataset
            # a passage whose text changed since it was coded is never shifted: no text
            flagged = needs_recoding(c, text)
            passage = None if flagged else \
                text[c.start:c.end] if c.start is not None and c.end is not None else text
            rows.append({"coding_id": c.coding_id, "interview_id": self.meta.interview_id,
                         "item_id": c.item_id, "person_id": c.instance_id,
                         "quote_id": c.quote_id, "code": c.code, "start": c.start,
                         "end": c.end, "passage": passage, "consent": self.consent,
                         "coder": c.coder or chain_coder(self.meta.interviewer),
                         "needs_recoding": flagged})
        self.data.codings.extend(sorted(rows, key=lambda r: r["coding_id"]))

    def _memos(self, stored: Iterable[Any]) -> None:
        """The memos about this interview: those in its chain and those the store keeps."""
        chain = [{"id": memo_id, "scope": "interview", "author": author, "text": text,
                  "written_at": at}
                 for memo_id, (author, text, at) in self.content.memos.items()]
        self.data.memos.extend(
            _memo_row(m, interview_id=self.meta.interview_id, number=self.meta.number,
                      consent=self.consent) for m in [*chain, *stored])

    def _timings(self) -> None:
        rows = []
        for (item_id, instance_id), answer in self.content.answers.items():
            if (item_id, instance_id) not in self.kept:
                continue
            rows.append({"interview_id": self.meta.interview_id, "item_id": item_id,
                         "person_id": instance_id, "elapsed_ms": answer.elapsed_ms,
                         "recorded_at": answer.recorded_at,
                         "changes": self.changes.get((item_id, instance_id), 1)})
        self.data.timings.extend(sorted(rows, key=lambda r: (r["elapsed_ms"], r["item_id"],
                                                             r["person_id"] or "")))
