"""A live interview: answers, people, quotes, navigation and the clock, written as it happens.

Every change is one append-only event committed by the store before the call returns, so
whatever the caller has been told is saved survives a crash. No Qt here: the desktop app and
the command line drive the same object.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldkit.errors import FieldkitError
from fieldkit.protocol.model import GROUP_TYPES, Choice, Item, ItemType, Protocol, Special
from fieldkit.store.clock import utc_now
from fieldkit.store.content import Content, Person, apply_event, replay
from fieldkit.store.relevance import RelevanceView
from fieldkit.store.texts import MAX_TEXT_CHARS

from . import own_entry
from .clock import ElapsedClock
from .logic import Logic, Missing
from .values import InvalidAnswer, coerce


class InterviewError(FieldkitError):
    """An interview action that cannot be done now (the message says why)."""


def _storable(value: Any) -> Any:
    """A calculated value as an answer event keeps it (a date as its ISO text)."""
    return value.isoformat() if isinstance(value, dt.date) else value


@dataclass(frozen=True)
class FinishResult:
    completed: bool
    missing: list[Missing]
    sealed: bool


class InterviewSession:
    """One interview in progress (or being reviewed), bound to an open store."""

    def __init__(self, store: Any, record: Any, protocol: Protocol, *, running: bool = True):
        self.store = store
        self.protocol = protocol
        self.logic = Logic(protocol)
        # Relevance is swept once per state of the content, whoever asks: every write bumps
        # the version, and a view or list made from an older one is not reused.
        self._version = 0
        self._view: tuple[int, RelevanceView] | None = None
        self._positions: tuple[int, list[Item]] | None = None
        self.interview_id: str = record.id
        self.number: int = record.number
        self.status: str = record.status
        events = list(store.events(record.id))
        self.content: Content = replay(events)
        self.content.interviewer = getattr(record, "interviewer", None)
        self.content.device = getattr(store, "store_id", None)
        self.language: str = self.content.language or record.language or protocol.default_language
        # the clock starts at consent where the protocol asks for it, not at the cover page
        self.clock = ElapsedClock(max([record.elapsed_ms or 0] +
                                      [e.elapsed_ms or 0 for e in events]),
                                  running=running and self.status == "in_progress"
                                  and not self.consent_needed)
        visible = self.positions()
        last = record.last_item
        self._index = next((i for i, item in enumerate(visible) if item.id == last), 0)

    # ---- starting and resuming ----------------------------------------------------------
    @classmethod
    def start(cls, store: Any, protocol: Protocol, *, interviewer: str | None = None,
              language: str | None = None, respondent_code: str | None = None) -> InterviewSession:
        language = language or protocol.default_language
        waiting = [(i.id, i.choices_file) for i in protocol.items_by_id.values()
                   if i.choices_file]
        if waiting:
            item_id, file = waiting[0]
            raise InterviewError(f"question '{item_id}' offers the choices of '{file}', which "
                                 "the protocol does not hold yet; add it with 'fieldkit "
                                 f"protocol add --media {file}' before interviewing")
        if language not in protocol.languages:
            raise InterviewError(f"the protocol has no '{language}' texts; "
                                 f"choose one of {', '.join(protocol.languages)}")
        if all(r.hash != protocol.content_hash for r in store.protocols(protocol.id)):
            store.add_protocol(protocol)  # a snapshot once per protocol version, not per start
        record = store.create_interview(protocol, interviewer=interviewer, language=language,
                                        respondent_code=respondent_code)
        session = cls(store, record, protocol)
        session._record("language", value=language)
        return session

    @classmethod
    def resume(cls, store: Any, interview_id: str, *, running: bool = True,
               protocol_for: Callable[[str], Protocol] | None = None) -> InterviewSession:
        """Open an interview again; ``protocol_for(hash)`` may give its protocol already parsed
        (else it is read back from the store's snapshot)."""
        record = store.interview(interview_id)
        if record.sealed:
            raise InterviewError("this interview is sealed for the project lead and cannot be "
                                 "opened on this computer")
        if record.status == "withdrawn":
            raise InterviewError("this respondent withdrew consent; nothing of the interview "
                                 "remains to open")
        protocol = (protocol_for or store.protocol)(record.protocol_hash)
        session = cls(store, record, protocol, running=running)
        if record.status == "paused" and running:
            session.resume_clock()
        return session

    # ---- relevance and navigation ---------------------------------------------------------
    def view(self) -> RelevanceView:
        """Relevance for the content as it stands now (made once per change, then shared)."""
        version, cached = self._version, self._view
        if cached is not None and cached[0] == version:
            return cached[1]
        view = self.logic.view(self.content)
        self._view = (version, view)
        return view

    def is_relevant(self, item: Item, instance_id: str | None = None) -> bool:
        return self.view().is_relevant(item, instance_id)

    def choices(self, item: Item, instance_id: str | None = None) -> list[Choice]:
        """The choices offered now: those the item's choice_filter keeps (all without one),
        never the respondent's own roster entry as a tie, nor in a follow-up the person it is
        asked about."""
        own = self.left_out(item, instance_id)
        return [c for c in self.view().choices(item, instance_id) if c.name not in own]

    def left_out(self, item: Item, instance_id: str | None = None) -> set[str]:
        """The roster entries ``item`` does not offer: the respondent's own delegation, and
        the entry a follow-up of ``instance_id`` is asked about."""
        return own_entry.left_out(self.protocol, self.content, item, instance_id)

    def piped(self, text: str, instance_id: str | None = None) -> str:
        """A text to show with ``${name}`` replaced by the answer as it stands."""
        return self.view().piped(text, instance_id)

    def positions(self) -> list[Item]:
        """The top-level items that are relevant now, in protocol order."""
        version, cached = self._version, self._positions
        if cached is not None and cached[0] == version:
            return list(cached[1])
        view = self.view()
        visible = [i for i in self.protocol.iter_items() if i.asked and view.is_relevant(i)]
        self._positions = (version, visible)
        return list(visible)

    @property
    def current(self) -> Item:
        visible = self.positions()
        self._index = min(self._index, len(visible) - 1)
        return visible[max(self._index, 0)]

    @property
    def index(self) -> int:
        self.current  # noqa: B018 - clamps the index to what is visible now
        return self._index

    def next(self) -> Item:
        return self._go(self._index + 1)

    def previous(self) -> Item:
        return self._go(self._index - 1)

    def jump(self, item_id: str) -> Item:
        visible = [i.id for i in self.positions()]
        target = self.protocol.parent_of.get(item_id, item_id)
        if target not in visible:
            raise InterviewError(f"'{item_id}' is not asked at this point of the interview")
        return self._go(visible.index(target))

    def _go(self, index: int) -> Item:
        visible = self.positions()
        self._index = max(0, min(index, len(visible) - 1))
        item = visible[self._index]
        self.store.update_interview(self.interview_id, last_item=item.id,
                                    elapsed_ms=self.clock.elapsed_ms())
        return item

    def section_progress(self) -> list[tuple[str, str, int, int]]:
        """(section id, title, answered, asked) for each section, relevant items only."""
        out = []
        view = self.view()
        for section in self.protocol.sections:
            asked = [i for i in section.items if i.takes_answer and view.is_relevant(i)]
            answered = sum(1 for i in asked if self._has_answer(i))
            out.append((section.id, self.protocol.text(section.title, self.language),
                        answered, len(asked)))
        return out

    def _has_answer(self, item: Item) -> bool:
        if item.type in GROUP_TYPES:
            return bool(self.content.people_of(item.id))
        return self.content.answer(item.id) is not None

    # ---- consent ------------------------------------------------------------------------
    @property
    def consent_needed(self) -> bool:
        """True while the protocol requires consent and the respondent has not given it."""
        consent = self.protocol.consent
        return bool(consent is not None and consent.required and self.content.consent is not True)

    def record_consent(self, given: bool) -> None:
        """Record that the respondent agreed to take part (``given``) or declined."""
        if not isinstance(given, bool):
            raise InterviewError("consent is either given or declined (true or false)")
        if given and self.status == "in_progress":
            self.clock.resume()  # the interview proper begins now
        self._record("consent", value=given)

    def _require_consent(self) -> None:
        # Corrections to a completed interview carry a reason and are not the live interview.
        if self.consent_needed and self.status != "completed":
            said = ("the respondent declined" if self.content.consent is False
                    else "consent has not been recorded yet")
            raise InterviewError(f"this protocol requires the respondent's consent before any "
                                 f"answer and {said}; read the consent text and record consent "
                                 f"first")

    # ---- answering ----------------------------------------------------------------------
    def answer(self, item_id: str, raw: Any, instance_id: str | None = None,
               reason: str | None = None) -> Any:
        """Record an answer; raises InvalidAnswer (the item's own message) if it is not valid."""
        item = self._answerable(item_id, instance_id)
        value = coerce(self.protocol, item, raw)
        if item.roster_choices:
            chosen = value if isinstance(value, list) else [value]
            problem = own_entry.self_tie(self.protocol, self.content, item, chosen,
                                         instance_id) \
                or own_entry.named_as_tie(self.protocol, self.content, item, value)
            if problem:
                raise InvalidAnswer(problem)
        problem = self.logic.constraint_error(item, value, self.content, instance_id, self.language)
        if problem:
            raise InvalidAnswer(problem)
        self._record("answer", item_id, instance_id, value=value, reason=reason)
        return value

    def soft_warning(self, item_id: str, instance_id: str | None = None) -> str | None:
        """The message of the soft check the current answer fails, until it is confirmed."""
        item = self.protocol.items_by_id.get(item_id)
        if item is None:
            return None
        return self.logic.soft_warning(item, self.content, instance_id, self.language)

    def confirm(self, item_id: str, instance_id: str | None = None) -> None:
        """The interviewer checked an unusual answer with the respondent: keep it as given."""
        self._answerable(item_id, instance_id)
        answer = self.content.answer(item_id, instance_id)
        if answer is None or self.soft_warning(item_id, instance_id) is None:
            raise InterviewError(f"'{item_id}' has no unusual answer to confirm")
        self._record("confirm", item_id, instance_id, value={"answer": answer.event_id})

    def special(self, item_id: str, kind: str | Special, instance_id: str | None = None,
                reason: str | None = None) -> None:
        item = self._answerable(item_id, instance_id)
        special = Special(kind)
        if special not in item.special:  # the item lists the special answers it takes
            allowed = ", ".join(s.value.replace("_", " ") for s in item.special)
            raise InvalidAnswer(f"this question allows only: {allowed}" if allowed else
                                "this question takes no special answer (refused, don't know, "
                                "not applicable)")
        self._record("answer", item_id, instance_id, special=special.value, reason=reason)

    def clear(self, item_id: str, instance_id: str | None = None, reason: str | None = None) -> None:
        self._answerable(item_id, instance_id)
        if self.content.answer(item_id, instance_id) is not None:
            self._record("clear", item_id, instance_id, reason=reason)

    def _answerable(self, item_id: str, instance_id: str | None) -> Item:
        self._require_consent()
        if self.status == "paused":  # the clock is stopped: an answer now would have no time
            raise InterviewError("the interview is paused; resume it before recording answers")
        item = self.protocol.items_by_id.get(item_id)
        if item is None:
            raise InterviewError(f"there is no question '{item_id}' in this protocol")
        if not item.takes_answer or item.type in GROUP_TYPES:
            raise InvalidAnswer(f"'{item_id}' is a {item.type.value} and takes no direct answer")
        parent = self.protocol.parent_of.get(item_id)
        if parent and not any(p.instance_id == instance_id for p in self.content.people_of(parent)):
            raise InterviewError(f"'{item_id}' is asked about a person; choose who first")
        if not parent and instance_id is not None:
            raise InterviewError(f"'{item_id}' is not asked per person")
        return item

    # ---- people (name generators) and repeat entries -------------------------------------
    def add_person(self, item_id: str, roster_id: str | None = None,
                   name: str | None = None) -> Person:
        item = self.protocol.items_by_id.get(item_id)
        if item is None or item.type not in GROUP_TYPES:
            raise InterviewError(f"'{item_id}' is not a name generator or repeat")
        self._require_consent()
        people = self.content.people_of(item_id)
        if item.max_count and len(people) >= item.max_count:
            raise InvalidAnswer(f"at most {item.max_count} people can be named here")
        value: dict[str, str] = {}
        if item.type == ItemType.name_generator:
            if roster_id:
                roster = self.protocol.rosters[item.roster] if item.roster else None
                if roster is None or roster_id not in roster.by_id:
                    raise InvalidAnswer(f"'{roster_id}' is not on the roster")
                if any(p.roster_id == roster_id for p in people):
                    raise InvalidAnswer(f"{roster.by_id[roster_id].label} is already named")
                problem = own_entry.self_tie(self.protocol, self.content, item, [roster_id])
                if problem:
                    raise InvalidAnswer(problem)
                value = {"roster_id": roster_id}
            elif name and name.strip():
                if not item.free_entry:
                    raise InvalidAnswer("only people on the roster can be named here")
                value = {"name": name.strip()}
            else:
                raise InvalidAnswer("choose someone from the roster or type a name")
        instance_id = str(uuid.uuid4())
        self._record("person_add", item_id, instance_id, value=value)
        return next(p for p in self.content.people_of(item_id) if p.instance_id == instance_id)

    def remove_person(self, item_id: str, instance_id: str) -> None:
        if not any(p.instance_id == instance_id for p in self.content.people_of(item_id)):
            raise InterviewError("that person is not named here")
        self._record("person_remove", item_id, instance_id)

    def reorder_people(self, item_id: str, order: list[str]) -> None:
        current = [p.instance_id for p in self.content.people_of(item_id)]
        if sorted(order) != sorted(current):
            raise InterviewError("the new order must list exactly the people named")
        if order != current:
            self._record("person_order", item_id, value=list(order))

    def person_label(self, person: Person) -> str:
        return self.logic.person_label(self.protocol.item(person.item_id), person)

    # ---- quotes, notes, language, clock -------------------------------------------------
    def add_quote(self, text: str, item_id: str | None = None, instance_id: str | None = None,
                 at_ms: int | None = None) -> Any:
        """Keep a quote tied to an item and a moment (``at_ms``: when it was marked; default now)."""
        if not text.strip():
            raise InvalidAnswer("select some text or type the quote first")
        if len(text.strip()) > MAX_TEXT_CHARS:
            raise InvalidAnswer(f"a quote is at most {MAX_TEXT_CHARS:,} characters; select a "
                                "shorter passage")
        return self.store.add_quote(self.interview_id, text.strip(),
                                    item_id=item_id or self.current.id, instance_id=instance_id,
                                    elapsed_ms=self.clock.elapsed_ms() if at_ms is None else at_ms)

    def add_note(self, text: str, item_id: str | None = None, instance_id: str | None = None,
                 at_ms: int | None = None) -> Any:
        """Keep a note tied to an item and a moment (``at_ms``: when it was marked; default now)."""
        if not text.strip():
            raise InvalidAnswer("the note is empty")
        return self.store.add_note(self.interview_id, text.strip(),
                                   item_id=item_id or self.current.id, instance_id=instance_id,
                                   elapsed_ms=self.clock.elapsed_ms() if at_ms is None else at_ms)

    def mark_name(self, text: str) -> None:
        """Mark a text as a person's name: every anonymised output redacts it wherever it
        occurs, in this interview and every other (what a name list cannot know: a nickname,
        a name in another script, someone mentioned in passing)."""
        name = " ".join(text.split())
        if not name:
            raise InvalidAnswer("select the name to mark first")
        if len(name) > 200:
            raise InvalidAnswer("a name is at most 200 characters; select only the name")
        self._record("mark_name", value=name)

    def marked_names(self) -> list[str]:
        return list(self.content.marked_names)

    def quotes(self) -> list[Any]:
        return list(self.store.quotes(self.interview_id))

    def notes(self) -> list[Any]:
        return list(self.store.notes(self.interview_id))

    def set_language(self, language: str) -> None:
        if language not in self.protocol.languages:
            raise InterviewError(f"the protocol has no '{language}' texts")
        if language != self.language:
            self._record("language", value=language)
            self.language = language
            self.store.update_interview(self.interview_id, language=language)

    def pause(self) -> None:
        if self.status != "in_progress":
            return
        elapsed = self.clock.pause()
        self._record("status", value="paused")
        self.status = "paused"
        self.store.update_interview(self.interview_id, status="paused", elapsed_ms=elapsed)

    def resume_clock(self) -> None:
        if self.status != "paused":
            return
        if not self.consent_needed:
            self.clock.resume()
        self._record("status", value="in_progress")
        self.status = "in_progress"
        self.store.update_interview(self.interview_id, status="in_progress")

    # ---- ending -------------------------------------------------------------------------
    def missing(self) -> list[Missing]:
        return self.logic.missing(self.content, self.language)

    def overview(self) -> list[Missing]:
        """What to look at before finishing: missing, special, skipped (``Missing.kind``)."""
        return self.logic.overview(self.content, self.language)

    def finish(self, *, force: bool = False, seal: bool | None = None) -> FinishResult:
        """Complete the interview; with questions missing, only when ``force`` is given.

        ``seal`` (default: the protocol's policy) seals the content to the project lead when
        the store knows the lead's key, leaving nothing readable on this computer.
        """
        missing = self.missing()
        if missing and not force:
            return FinishResult(False, missing, False)
        elapsed = self.clock.pause()
        self._record("status", value="completed")
        self.status = "completed"
        self.store.update_interview(self.interview_id, status="completed", elapsed_ms=elapsed,
                                    ended_at=utc_now())
        do_seal = self.protocol.policy.seal_on_finish if seal is None else seal
        sealed = bool(do_seal and self.store.can_seal and self.store.seal(self.interview_id))
        return FinishResult(True, missing, sealed)

    def withdraw(self) -> None:
        """The respondent withdrew consent: destroy the answers, keep only a tombstone."""
        self.clock.pause()
        self.store.withdraw(self.interview_id)
        self.status = "withdrawn"
        self.content = Content()
        self._version += 1

    # ---- the one way anything is written --------------------------------------------------
    def _record(self, kind: str, item_id: str | None = None, instance_id: str | None = None,
                *, value: Any = None, special: str | None = None, reason: str | None = None) -> Any:
        if self.status == "withdrawn":
            raise InterviewError("this respondent withdrew consent; nothing more can be recorded")
        editing = self.status == "completed" and kind not in ("status", "coding", "uncoding",
                                                                 "mark_name")
        if editing and not (reason and reason.strip()):
            raise InterviewError("this interview is completed; give a reason to change it")
        event = self.store.append_event(self.interview_id, kind, item_id=item_id,
                                        instance_id=instance_id, value=value, special=special,
                                        reason=reason, elapsed_ms=self.clock.elapsed_ms())
        apply_event(self.content, event)
        self._version += 1  # after the change: a view made while it ran is never reused
        if kind != "answer" or item_id not in self.logic.relevance.once:
            self._keep_once()
        return event

    def _keep_once(self) -> None:
        """Record each once() calculation the first time it has a value, so it keeps it
        (XLSForm's once(): the start of the interview stays the start)."""
        if not self.logic.relevance.once or self.status in ("completed", "withdrawn"):
            return
        for item_id, instance_id, value in self.view().to_keep():
            self._record("answer", item_id, instance_id, value=_storable(value))
