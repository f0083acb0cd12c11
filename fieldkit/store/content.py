"""What an interview says now: its append-only events replayed into current answers and people.

The event vocabulary (``kind`` and the shape of ``value``) that every writer and reader shares:

- ``answer``: ``item_id``, ``instance_id`` (None at top level; the person's or repeat entry's
  UUID for a follow-up), ``value`` (int, float, str, list of choice names, ISO date text) or
  ``special`` (refused, dont_know, not_applicable) with ``value`` None.
- ``clear``: ``item_id``, ``instance_id``: the answer is withdrawn (the history keeps it).
- ``person_add``: ``item_id`` is the name generator or repeat, ``instance_id`` a new UUID,
  ``value`` ``{"roster_id": ...}`` or ``{"name": ...}`` (repeat entries: ``{}``).
- ``person_remove``: ``item_id``, ``instance_id``.
- ``person_order``: ``item_id``, ``value`` the list of instance ids in their new order.
- ``language``: ``value`` the language code now in use.
- ``consent``: ``value`` true (the respondent agreed to take part) or false (declined); the
  latest one counts.
- ``status``: ``value`` in_progress, paused, completed or withdrawn; ``reason`` when editing a
  completed interview.
- ``coding``: ``item_id``, ``instance_id``, ``value`` ``{"coding_id", "code", "start", "end",
  "quote_id", "coder", "text_sha256"}`` (start/end are character offsets into the answer or
  quote, None for whole; ``coder`` the coder's name and ``text_sha256`` the SHA-256 of the
  whole answer or quote as it read when coded, both absent from codings made before coders
  existed: see :mod:`fieldkit.store.coders`).
- ``uncoding``: ``value`` ``{"coding_id"}``.
- ``memo``: ``value`` ``{"memo_id", "author", "text"}``: a memo about the interview written
  on the interviewer's laptop (memos written elsewhere are in ``fieldkit.store.memos``).
- ``confirm``: ``item_id``, ``instance_id``, ``value`` ``{"answer": event id}``: the
  interviewer confirmed with the respondent an answer that failed the item's soft check; it
  holds for that answer only (a new answer asks again).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

ANSWER_KINDS = frozenset({"answer", "clear"})
PEOPLE_KINDS = frozenset({"person_add", "person_remove", "person_order"})
KINDS = ANSWER_KINDS | PEOPLE_KINDS | {"language", "consent", "status", "coding", "uncoding",
                                      "mark_name", "confirm", "memo"}


class EventLike(Protocol):
    """The fields of a stored event that replay reads (read-only, as events are)."""

    @property
    def id(self) -> str: ...
    @property
    def seq(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def item_id(self) -> str | None: ...
    @property
    def instance_id(self) -> str | None: ...
    @property
    def value(self) -> Any: ...
    @property
    def special(self) -> str | None: ...
    @property
    def elapsed_ms(self) -> int | None: ...
    @property
    def recorded_at(self) -> str: ...


@dataclass(frozen=True)
class Answer:
    """The current answer to one item (for one person or entry, for follow-ups)."""

    item_id: str
    instance_id: str | None
    value: Any
    special: str | None
    elapsed_ms: int | None  # None: an event recorded without a clock (back entry, the lead)
    recorded_at: str
    event_id: str


@dataclass(frozen=True)
class Person:
    """A person named in a name generator (or an entry of a repeat)."""

    instance_id: str
    item_id: str
    roster_id: str | None = None
    name: str | None = None
    elapsed_ms: int | None = 0


@dataclass(frozen=True)
class Coding:
    """An analytic code applied to an open answer, a passage of it, or a quote."""

    coding_id: str
    code: str
    item_id: str | None
    instance_id: str | None
    start: int | None = None
    end: int | None = None
    quote_id: str | None = None
    coder: str | None = None  # None: made before coders were named (see store.coders)
    text_sha256: str | None = None  # the coded text when coded; None before it was kept


@dataclass
class Content:
    """The state of an interview after replaying its events in order."""

    answers: dict[tuple[str, str | None], Answer] = field(default_factory=dict)
    people: dict[str, list[Person]] = field(default_factory=dict)
    codings: dict[str, Coding] = field(default_factory=dict)
    language: str | None = None
    consent: bool | None = None  # None: not asked yet
    status: str | None = None
    language_changes: list[tuple[int | None, str]] = field(default_factory=list)
    marked_names: list[str] = field(default_factory=list)  # marked as a name: always redacted
    # (item, instance) -> the answer event whose soft-check warning the interviewer confirmed
    confirmed: dict[tuple[str, str | None], str] = field(default_factory=dict)
    interviewer: str | None = None  # the interview's interviewer code (not an event)
    device: str | None = None  # the id of the store it is made in (XLSForm's deviceid)
    # memo id -> (author, text, recorded_at) of the memos about this interview in its chain
    memos: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def answer(self, item_id: str, instance_id: str | None = None) -> Answer | None:
        return self.answers.get((item_id, instance_id))

    def value(self, item_id: str, instance_id: str | None = None) -> Any:
        found = self.answers.get((item_id, instance_id))
        return None if found is None or found.special else found.value

    def people_of(self, item_id: str) -> list[Person]:
        return list(self.people.get(item_id, []))


def replay(events: Iterable[EventLike]) -> Content:
    """Fold events (in ``seq`` order) into the interview's current content."""
    content = Content()
    for ev in sorted(events, key=lambda e: e.seq):
        apply_event(content, ev)
    return content


def apply_event(content: Content, ev: EventLike) -> None:
    """Apply one event to the content in place (events must come in ``seq`` order)."""
    kind = ev.kind
    if kind == "answer" and ev.item_id:
        content.answers[(ev.item_id, ev.instance_id)] = Answer(
            ev.item_id, ev.instance_id, None if ev.special else ev.value, ev.special,
            ev.elapsed_ms, ev.recorded_at, ev.id)
    elif kind == "clear" and ev.item_id:
        content.answers.pop((ev.item_id, ev.instance_id), None)
    elif kind == "person_add" and ev.item_id and ev.instance_id:
        value = ev.value if isinstance(ev.value, dict) else {}
        people = content.people.setdefault(ev.item_id, [])
        if all(p.instance_id != ev.instance_id for p in people):
            people.append(Person(ev.instance_id, ev.item_id, value.get("roster_id"),
                                 value.get("name"), ev.elapsed_ms))
    elif kind == "person_remove" and ev.item_id:
        people = content.people.get(ev.item_id, [])
        content.people[ev.item_id] = [p for p in people if p.instance_id != ev.instance_id]
        for key in [k for k in content.answers if k[1] == ev.instance_id]:
            del content.answers[key]
    elif kind == "person_order" and ev.item_id and isinstance(ev.value, list):
        by_id = {p.instance_id: p for p in content.people.get(ev.item_id, [])}
        ordered = [by_id.pop(i) for i in ev.value if i in by_id]
        content.people[ev.item_id] = ordered + list(by_id.values())
    elif kind == "language" and isinstance(ev.value, str):
        content.language = ev.value
        content.language_changes.append((ev.elapsed_ms, ev.value))
    elif kind == "consent" and isinstance(ev.value, bool):
        content.consent = ev.value
    elif kind == "status" and isinstance(ev.value, str):
        content.status = ev.value
    elif kind == "coding" and isinstance(ev.value, dict) and ev.value.get("coding_id"):
        v = ev.value
        content.codings[v["coding_id"]] = Coding(v["coding_id"], str(v.get("code")), ev.item_id,
                                                 ev.instance_id, v.get("start"), v.get("end"),
                                                 v.get("quote_id"), _text(v.get("coder")),
                                                 _text(v.get("text_sha256")))
    elif kind == "mark_name" and isinstance(ev.value, str) and ev.value.strip():
        if ev.value.strip() not in content.marked_names:
            content.marked_names.append(ev.value.strip())
    elif kind == "confirm" and ev.item_id and isinstance(ev.value, dict):
        content.confirmed[(ev.item_id, ev.instance_id)] = str(ev.value.get("answer"))
    elif kind == "uncoding" and isinstance(ev.value, dict):
        content.codings.pop(str(ev.value.get("coding_id")), None)
    elif kind == "memo" and isinstance(ev.value, dict) and ev.value.get("memo_id"):
        v = ev.value
        content.memos[str(v["memo_id"])] = (str(v.get("author") or ""), str(v.get("text") or ""),
                                            ev.recorded_at)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
