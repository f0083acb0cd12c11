"""Interviews recorded elsewhere (paper notes, another tool) in ``fieldkit-interview/1`` JSON.

A file is checked whole against its protocol before anything is written: a bad file is
refused with every problem named by item, and nothing of it reaches the store. A good one is
written as the same events a live interview would make, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit import bounded
from fieldkit.errors import FieldkitError, Problem
from fieldkit.protocol.model import GROUP_TYPES, TEXT_TYPES, Item, ItemType, Protocol, Special
from fieldkit.store import Store, attachments
from fieldkit.store.coders import check_coder, text_sha256
from fieldkit.store.content import Content, apply_event
from fieldkit.store.texts import MAX_TEXT_CHARS
from fieldkit.timefmt import parse_elapsed

from . import own_entry
from .coding import CodingError, passage_span
from .logic import Logic
from .values import InvalidAnswer, coerce

FORMAT = "fieldkit-interview/1"
MAX_FILE_BYTES = 10 * 1024 * 1024
TOP_KEYS = {"format", "protocol", "interviewer", "language", "started_at", "ended_at",
            "respondent_code", "answers", "elapsed", "quotes", "notes", "marked_names",
            "codings"}
CODING_KEYS = {"item", "entry", "quote", "code", "start", "end", "coder"}


class ImportFileError(FieldkitError):
    """An interview file was refused; ``problems`` names every item that is wrong."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}; nothing of this file was imported")


@dataclass
class _Event:
    """An event planned for writing (the fields replay reads, plus a stable id)."""

    kind: str
    item_id: str | None
    instance_id: str | None = None
    value: Any = None
    special: str | None = None
    elapsed_ms: int = 0
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    seq: int = 0
    recorded_at: str = ""


@dataclass
class PlannedInterview:
    """A checked interview file, ready to write."""

    file: str
    protocol: Protocol
    interviewer: str | None
    language: str
    respondent_code: str | None
    started_at: str
    ended_at: str | None
    events: list[_Event]
    quotes: list[tuple[str | None, int, str]]
    notes: list[tuple[str | None, int, str]]
    warnings: list[Problem]
    digest: str = ""
    # coding events, written after the quotes; with the position of the quote they code
    codings: list[tuple[_Event, int | None]] = field(default_factory=list)


def read_json(path: Path) -> Any:
    """The file's JSON, read within bounds (size, nesting, numbers, duplicate keys, text)."""
    file = str(path)
    try:
        with path.open("rb") as handle:  # never more than the limit, even from an endless file
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFileError([Problem(file, "", f"cannot be read ({exc.strerror})")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ImportFileError([Problem(file, "", "is larger than 10 MB")])
    try:
        return bounded.loads(raw)
    except bounded.OutOfBounds as exc:
        raise ImportFileError([Problem(file, "", str(exc))]) from None


def content_digest(data: Any) -> str:
    """SHA-256 of the file's canonical JSON: the same interview however it is spaced or ordered."""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _Planner:
    def __init__(self, data: dict[str, Any], protocol: Protocol, file: str):
        self.data, self.p, self.file = data, protocol, file
        self.folder = Path(file).parent  # attachments are read from here only
        self.person_at: dict[str, str] = {}  # a person's instance -> where the file names them
        self.said: set[tuple[str, str | None]] = set()  # answers refused already: once is enough
        self.logic = Logic(protocol)
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.events: list[_Event] = []
        self.content = Content()
        self.elapsed = self._elapsed_map()

    def bad(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.file, where, message))

    def _elapsed_map(self) -> dict[str, int]:
        out: dict[str, int] = {}
        elapsed = self.data.get("elapsed") or {}
        if not isinstance(elapsed, dict):
            self.bad("elapsed", "must be an object of item: \"mm:ss\"")
            return out
        for item_id, text in elapsed.items():
            if item_id not in self.p.items_by_id:
                self.bad(f"elapsed.{item_id}", f"there is no item '{item_id}' in the protocol")
                continue
            try:
                out[item_id] = parse_elapsed(str(text))
            except ValueError as exc:
                self.bad(f"elapsed.{item_id}", str(exc))
        return out

    def add(self, event: _Event) -> None:
        event.seq = len(self.events) + 1
        self.events.append(event)
        apply_event(self.content, event)

    def plan_answers(self) -> None:
        answers = self.data.get("answers")
        if not isinstance(answers, dict):
            self.bad("answers", "must be an object of item: value")
            return
        top = {i.id: i for i in self.p.iter_items()}
        for item_id, value in answers.items():
            item = top.get(item_id)
            if item is None:
                where = f"answers.{item_id}"
                if item_id in self.p.items_by_id:
                    self.bad(where, f"'{item_id}' is asked per person; give it inside its "
                             f"'{self.p.parent_of[item_id]}' list")
                else:
                    self.bad(where, f"there is no item '{item_id}' in protocol {self.p.id}")
                continue
            if item.type in GROUP_TYPES:
                self.plan_group(item, value)
            else:
                self.plan_value(item, value, None, f"answers.{item_id}")

    def plan_value(self, item: Item, value: Any, instance_id: str | None, where: str) -> None:
        at = self.elapsed.get(item.id, 0)
        if item.id in self.logic.relevance.once:
            # once() and random values: the value drawn on paper is the one kept
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                self.bad(where, f"'{item.id}' is a calculation kept as first worked out: "
                                "give its value as a number or a text")
                return
            self.add(_Event("answer", item.id, instance_id, value, None, at))
            return
        if item.type == ItemType.calculate:
            self.bad(where, f"'{item.id}' is a calculation, worked out from the other answers, "
                            "and takes no answer")
            return
        if not item.takes_answer:
            self.bad(where, f"'{item.id}' is a note and takes no answer")
            return
        if isinstance(value, dict):
            special = value.get("special")
            if (set(value) != {"special"} or not isinstance(special, str)
                    or special not in {s.value for s in Special}):
                self.bad(where, "a special answer is {\"special\": \"refused\"} "
                                "(or dont_know, not_applicable)")
                return
            if Special(special) not in item.special:  # none unless the protocol lists it
                self.bad(where, f"'{item.id}' does not allow the special answer '{special}'")
                return
            self.add(_Event("answer", item.id, instance_id, None, special, at))
            return
        if item.type == ItemType.attachment and isinstance(value, str):
            try:  # a file named beside the interview file, never one from elsewhere
                value = attachments.read_named(value, self.folder, item.media_kind)
            except attachments.AttachmentError as exc:
                self.bad(where, f"the attachment {value[:200]!r} of '{item.id}' {exc}")
                return
        try:
            typed = coerce(self.p, item, value)
        except InvalidAnswer as exc:
            self.bad(where, str(exc))
            return
        self.add(_Event("answer", item.id, instance_id, typed, None, at))

    def plan_group(self, item: Item, entries: Any) -> None:
        where = f"answers.{item.id}"
        if not isinstance(entries, list):
            self.bad(where, f"'{item.id}' is a {item.type.value}: give a list of objects")
            return
        roster = self.p.rosters.get(item.roster or "")
        for n, entry in enumerate(entries):
            at = f"{where}[{n}]"
            if not isinstance(entry, dict):
                self.bad(at, "must be an object of follow-up answers")
                continue
            value: dict[str, str] = {}
            if item.type == ItemType.name_generator:
                person = str(entry.get("person") or "").strip()
                if not person:
                    self.bad(at, "needs 'person': a roster id or a name")
                    continue
                if roster and person in roster.by_id:
                    value = {"roster_id": person}
                elif item.free_entry:
                    value = {"name": person}
                else:
                    self.bad(at, f"'{person}' is not on roster '{item.roster}'")
                    continue
            instance = str(uuid.uuid4())
            self.person_at[instance] = at
            self.add(_Event("person_add", item.id, instance, value, None,
                            self.elapsed.get(item.id, 0)))
            children = {c.id: c for c in item.items}
            for key, answer in entry.items():
                if key == "person" and item.type == ItemType.name_generator:
                    continue
                child = children.get(key)
                if child is None:
                    self.bad(f"{at}.{key}", f"'{key}' is not a follow-up of '{item.id}'")
                    continue
                self.plan_value(child, answer, instance, f"{at}.{key}")

    def keep_once(self) -> None:
        """Work out each once() or random calculation the file does not give, and record it,
        so the interview keeps one value as a live one does."""
        for item_id, instance_id, value in self.logic.view(self.content).to_keep():
            self.add(_Event("answer", item_id, instance_id,
                            value.isoformat() if hasattr(value, "isoformat") else value, None, 0))

    def check_self_ties(self) -> None:
        """No tie to the respondent's own delegation, wherever in the file it is answered."""
        for item_id, people in self.content.people.items():
            item = self.p.item(item_id)
            for person in people:
                problem = person.roster_id and own_entry.self_tie(
                    self.p, self.content, item, [person.roster_id])
                if problem:
                    self.bad(self.person_at.get(person.instance_id, f"answers.{item_id}"), problem)
        for (item_id, instance_id), answer in self.content.answers.items():
            item = self.p.item(item_id)
            if item.roster_choices and not answer.special:
                chosen = answer.value if isinstance(answer.value, list) else [answer.value]
                problem = own_entry.self_tie(self.p, self.content, item, chosen, instance_id)
                if problem:
                    at = self.person_at.get(instance_id or "", "answers")
                    self.bad(f"{at}.{item_id}", problem)
                    self.said.add((item_id, instance_id))

    def check_logic(self) -> None:
        """Constraints against the whole interview; answers that are not relevant warned."""
        view = self.logic.view(self.content)
        for (item_id, instance_id), answer in list(self.content.answers.items()):
            if (item_id, instance_id) in self.said:
                continue
            item = self.p.item(item_id)
            problem = self.logic.constraint_error(item, answer.value, self.content, instance_id)
            if problem:
                self.bad(f"answers.{item_id}", problem)
            elif not view.is_relevant(item, instance_id):
                self.warnings.append(Problem(self.file, f"answers.{item_id}",
                                             "is not relevant given the other answers; it is "
                                             "kept in the history but left out of outputs",
                                             "warning"))
        for missing in self.logic.missing(self.content):
            self.warnings.append(Problem(self.file, f"answers.{missing.item_id}",
                                         "required but not answered", "warning"))

    def marked_names(self) -> None:
        """Names marked on paper: each becomes a mark_name event (redacted in every output)."""
        names = self.data.get("marked_names") or []
        if not isinstance(names, list):
            self.bad("marked_names", "must be a list of names")
            return
        for n, name in enumerate(names):
            text = " ".join(name.split()) if isinstance(name, str) else ""
            if not text or len(text) > 200:
                self.bad(f"marked_names[{n}]", "must be a name of 1 to 200 characters")
                continue
            self.add(_Event("mark_name", None, value=text))

    def texts(self, key: str) -> list[tuple[str | None, int, str]]:
        out: list[tuple[str | None, int, str]] = []
        entries = self.data.get(key) or []
        if not isinstance(entries, list):
            self.bad(key, "must be a list of {\"item\", \"at\", \"text\"}")
            return out
        for n, entry in enumerate(entries):
            where = f"{key}[{n}]"
            if not isinstance(entry, dict) or not str(entry.get("text") or "").strip():
                self.bad(where, "needs a 'text'")
                continue
            item_id = entry.get("item")
            if item_id is not None and (not isinstance(item_id, str)
                                        or item_id not in self.p.items_by_id):
                self.bad(f"{where}.item", f"there is no item '{item_id}' in the protocol")
                continue
            try:
                at = parse_elapsed(str(entry.get("at", "00:00")))
            except ValueError as exc:
                self.bad(f"{where}.at", str(exc))
                continue
            text = str(entry["text"]).strip()
            if len(text) > MAX_TEXT_CHARS:
                self.bad(f"{where}.text", f"is over {MAX_TEXT_CHARS:,} characters, the limit "
                         "for a quote or note")
                continue
            out.append((item_id, at, text))
        return out


    def codings(self, quotes: list[tuple[str | None, int, str]]) -> list[tuple[_Event, int | None]]:
        """Codes on open answers and quotes, checked against the codebook and the texts."""
        out: list[tuple[_Event, int | None]] = []
        entries = self.data.get("codings") or []
        if not isinstance(entries, list):
            self.bad("codings", "must be a list of {\"item\" or \"quote\", \"code\", ...}")
            return out
        book = {c.id for c in self.p.codebook.flat()} if self.p.codebook else set()
        for n, entry in enumerate(entries):
            where = f"codings[{n}]"
            if not isinstance(entry, dict) or set(entry) - CODING_KEYS:
                self.bad(where, "must be an object of " + ", ".join(sorted(CODING_KEYS)))
                continue
            try:
                out.append(self._coding(entry, book, quotes))
            except CodingError as exc:
                self.bad(where, str(exc).rstrip("."))
        return out

    def _coding(self, entry: dict[str, Any], book: set[str],
                quotes: list[tuple[str | None, int, str]]) -> tuple[_Event, int | None]:
        code = entry.get("code")
        if not isinstance(code, str) or code not in book:
            raise CodingError(f"there is no code '{code}' in the codebook of protocol {self.p.id}")
        coder = entry.get("coder", self.data.get("interviewer"))
        try:
            coder = check_coder(coder) if coder is not None else None
        except ValueError as exc:
            raise CodingError(str(exc)) from None
        item_id, instance, position = self._coded_text(entry, quotes)
        text = quotes[position][2] if position is not None else \
            self.content.value(str(item_id), instance)
        if not isinstance(text, str) or not text:
            raise CodingError(f"'{item_id}' has no written answer in this file to code")
        start, end = passage_span(text, entry.get("start"), entry.get("end"),
                                  str(item_id or "the quote"))
        value = {"coding_id": str(uuid.uuid4()), "code": code, "start": start, "end": end,
                 "quote_id": None, "text_sha256": text_sha256(text)}
        if coder:
            value["coder"] = coder
        return _Event("coding", item_id, instance, value), position

    def _coded_text(self, entry: dict[str, Any], quotes: list[tuple[str | None, int, str]]
                    ) -> tuple[str | None, str | None, int | None]:
        """(item, person or entry instance, quote position) a coding points at."""
        if "quote" in entry:
            position = entry["quote"]
            if not isinstance(position, int) or not 0 <= position < len(quotes) or \
                    "item" in entry or "entry" in entry:
                raise CodingError(f"'quote' must be the position (from 0) of one of the "
                                  f"{len(quotes)} quotes, without 'item' or 'entry'")
            return quotes[position][0], None, position
        item = self.p.items_by_id.get(str(entry.get("item")))
        if item is None or item.type not in TEXT_TYPES:
            raise CodingError(f"'{entry.get('item')}' is not an open question of protocol "
                              f"{self.p.id}; code an open answer or a quote")
        parent = self.p.parent_of.get(item.id)
        if parent is None:
            if "entry" in entry:
                raise CodingError(f"'{item.id}' is asked once, so it takes no 'entry'")
            return item.id, None, None
        people = self.content.people_of(parent)
        position = entry.get("entry")
        if not isinstance(position, int) or not 0 <= position < len(people):
            raise CodingError(f"'{item.id}' is asked per person or entry of '{parent}': give "
                              f"'entry', the position (from 0) of one of its {len(people)}")
        return item.id, people[position].instance_id, None


def _timestamp(data: dict[str, Any], key: str, file: str, problems: list[Problem],
               required: bool) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            problems.append(Problem(file, key, f"'{key}' is required (ISO 8601, e.g. "
                                               "2009-06-12T10:00:00Z)"))
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        problems.append(Problem(file, key, f"'{value}' is not an ISO 8601 date and time"))
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def plan_interview(data: Any, protocol: Protocol, file: str) -> PlannedInterview:
    """Check one interview object against ``protocol``; raise ImportFileError if anything is wrong."""
    if not isinstance(data, dict):
        raise ImportFileError([Problem(file, "", "must be a JSON object")])
    problems: list[Problem] = []
    if data.get("format") != FORMAT:
        problems.append(Problem(file, "format", f"must be \"{FORMAT}\""))
    for key in sorted(set(data) - TOP_KEYS):
        problems.append(Problem(file, key, f"unknown key '{key}'"))
    if data.get("protocol") not in (protocol.id, f"{protocol.id}@{protocol.version}"):
        problems.append(Problem(file, "protocol", f"names protocol '{data.get('protocol')}', "
                                                  f"not '{protocol.id}'"))
    for key in ("interviewer", "respondent_code"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not 0 < len(value) <= 100):
            problems.append(Problem(file, key, f"'{key}' must be a text of 1 to 100 characters"))
    language = data.get("language") or protocol.default_language
    if not isinstance(language, str):
        problems.append(Problem(file, "language", "'language' must be a language code such as "
                                                  f"'{protocol.default_language}'"))
    elif language not in protocol.languages:
        problems.append(Problem(file, "language", f"'{language}' is not one of the protocol's "
                                                  f"languages ({', '.join(protocol.languages)})"))
    started = _timestamp(data, "started_at", file, problems, True)
    ended = _timestamp(data, "ended_at", file, problems, False)
    planner = _Planner(data, protocol, file)
    planner.problems[:0] = problems
    planner.plan_answers()
    planner.keep_once()
    quotes, notes = planner.texts("quotes"), planner.texts("notes")
    planner.marked_names()
    codings = planner.codings(quotes)
    planner.check_self_ties()
    planner.check_logic()  # constraints on the answers that are valid, so all show in one run
    if planner.problems:
        raise ImportFileError(planner.problems)
    return PlannedInterview(file, protocol, data.get("interviewer"), language,
                            data.get("respondent_code"), started or "", ended, planner.events,
                            quotes, notes, planner.warnings, content_digest(data), codings)


def write_interview(store: Store, planned: PlannedInterview, *, seal: bool | None = None) -> str:
    """Write a checked interview in one transaction; returns its new UUID once durable."""
    p = planned.protocol
    store.add_protocol(p)
    status = "completed" if planned.ended_at else "in_progress"
    last = max([e.elapsed_ms for e in planned.events] + [q[1] for q in planned.quotes] + [0])
    length = _length_ms(planned.started_at, planned.ended_at)
    last = max(last, length or 0)  # the interview lasted from start to end, not to its last stamp
    with store.transaction():
        record = store.create_interview(p, interviewer=planned.interviewer,
                                        language=planned.language,
                                        respondent_code=planned.respondent_code,
                                        started_at=planned.started_at, status=status)
        store.append_event(record.id, "language", value=planned.language, elapsed_ms=0)
        for ev in planned.events:
            store.append_event(record.id, ev.kind, item_id=ev.item_id,
                               instance_id=ev.instance_id, value=ev.value, special=ev.special,
                               elapsed_ms=ev.elapsed_ms, event_id=ev.id)
        quote_ids = [store.add_quote(record.id, text, item_id=item_id, elapsed_ms=at).id
                     for item_id, at, text in planned.quotes]
        for ev, position in planned.codings:  # after the quotes: a coding may point at one
            value = {**ev.value, "quote_id": quote_ids[position]} if position is not None \
                else ev.value
            store.append_event(record.id, ev.kind, item_id=ev.item_id,
                               instance_id=ev.instance_id, value=value, elapsed_ms=last,
                               event_id=ev.id)
        for item_id, at, text in planned.notes:
            store.add_note(record.id, text, item_id=item_id, elapsed_ms=at)
        if planned.ended_at:
            store.append_event(record.id, "status", value="completed", elapsed_ms=last)
        store.update_interview(record.id, ended_at=planned.ended_at, elapsed_ms=last)
        if planned.digest:
            store.record_import(planned.digest, record.id)
    do_seal = p.policy.seal_on_finish if seal is None else seal
    if planned.ended_at and do_seal and store.can_seal:
        store.seal(record.id)
    return record.id


def _length_ms(started: str | None, ended: str | None) -> int | None:
    """How long an interview taken on paper lasted: from its start to its end, when both are
    known and in order (pauses are not known on paper)."""
    if not started or not ended:
        return None
    try:
        span = dt.datetime.fromisoformat(ended.replace("Z", "+00:00")) - \
            dt.datetime.fromisoformat(started.replace("Z", "+00:00"))
    except ValueError:
        return None
    ms = int(span.total_seconds() * 1000)
    return ms if 0 <= ms <= 24 * 3600 * 1000 else None


def schema() -> dict[str, Any]:
    """The JSON Schema of ``fieldkit-interview/1`` files."""
    path = Path(__file__).with_name("interview_format.schema.json")
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded
