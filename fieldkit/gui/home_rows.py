"""What the home page lists, read from the store on the writer thread: protocols, interview rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fieldkit.interview.values import value_text
from fieldkit.protocol.model import Protocol
from fieldkit.store.content import replay
from fieldkit.timefmt import format_elapsed

from .i18n import translate

ORGANISATION_ITEM = "organisation"
STATUS_TEXT = {"in_progress": QT_TRANSLATE_NOOP("home", "in progress"),
               "paused": QT_TRANSLATE_NOOP("home", "paused"),
               "completed": QT_TRANSLATE_NOOP("home", "completed"),
               "withdrawn": QT_TRANSLATE_NOOP("home", "withdrawn")}


def status_text(status: str) -> str:
    """An interview's status in the app's language ("in progress", "completed")."""
    return translate("home", STATUS_TEXT[status]) if status in STATUS_TEXT else status


@dataclass(frozen=True)
class ProtocolChoice:
    hash: str
    id: str
    version: str
    title: str
    languages: tuple[str, ...]
    default_language: str

    @property
    def display(self) -> str:
        return f"{self.title} ({self.id} {self.version})"


@dataclass(frozen=True)
class InterviewRow:
    id: str
    number: int
    respondent: str
    protocol: str
    started_at: str  # ISO text (UTC): sorts as it reads
    elapsed_ms: int
    status: str
    sealed: bool
    organisation: str = ""

    @property
    def date_text(self) -> str:
        if not self.started_at:
            return ""
        try:
            moment = datetime.fromisoformat(self.started_at.replace("Z", "+00:00"))
        except ValueError:
            return self.started_at[:16]
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")

    @property
    def duration_text(self) -> str:
        # sealing removes the length with the rest (only the lead can read it): say so
        return "—" if self.sealed else format_elapsed(self.elapsed_ms)

    @property
    def status_text(self) -> str:
        return status_text(self.status)

    @property
    def can_resume(self) -> bool:
        return not self.sealed and self.status in ("in_progress", "paused")

    @property
    def can_review(self) -> bool:
        return not self.sealed and self.status != "withdrawn"


class ProtocolCache:
    """Protocols by content hash, parsed once (lives on the writer thread)."""

    def __init__(self) -> None:
        self._by_hash: dict[str, Protocol] = {}

    def get(self, store: Any, content_hash: str) -> Protocol:
        if content_hash not in self._by_hash:
            self._by_hash[content_hash] = store.protocol(content_hash)
        return self._by_hash[content_hash]


def load_protocols(store: Any, cache: ProtocolCache) -> list[ProtocolChoice]:
    out = []
    for record in store.protocols():
        protocol = cache.get(store, record.hash)
        out.append(ProtocolChoice(record.hash, record.id, record.version,
                                  protocol.text(protocol.title), tuple(protocol.languages),
                                  protocol.default_language))
    return out


def load_rows(store: Any) -> list[InterviewRow]:
    """Every interview's row (no answers read: that comes later, in :func:`organisations`)."""
    return [InterviewRow(r.id, r.number, r.respondent_code or "", r.protocol_id,
                         r.started_at or "", r.elapsed_ms or 0, r.status, bool(r.sealed))
            for r in store.interviews()]


def organisations(store: Any, rows: list[InterviewRow], cache: ProtocolCache) -> dict[str, str]:
    """The organisation answered in each readable interview, as its choice label."""
    out: dict[str, str] = {}
    for row in rows:
        if row.sealed or row.status == "withdrawn":
            continue
        record = store.interview(row.id)
        protocol = cache.get(store, record.protocol_hash)
        item = protocol.items_by_id.get(ORGANISATION_ITEM)
        if item is None:
            continue
        value = replay(store.events(row.id)).value(ORGANISATION_ITEM)
        if value is None:
            continue
        labels = {c.name: protocol.text(c.label) for c in protocol.choices_for(item)}
        out[row.id] = labels.get(str(value), str(value))
    return out


def review_lines(store: Any, interview_id: str, cache: ProtocolCache) -> list[tuple[str, str]]:
    """(question, answer) for every answered question of a readable interview, in order."""
    record = store.interview(interview_id)
    if record.sealed:
        return [("", translate("home", "This interview is sealed for the project lead; nothing "
                                       "of it is readable on this computer."))]
    protocol = cache.get(store, record.protocol_hash)
    content = replay(store.events(interview_id))
    language = content.language or record.language or protocol.default_language
    lines: list[tuple[str, str]] = []
    for item in protocol.iter_items():
        if item.items:
            for person in content.people_of(item.id):
                who = _person(protocol, item, person)
                lines.append((protocol.text(item.label, language), who))
                for child in item.items:
                    answer = content.answer(child.id, person.instance_id)
                    if answer is not None:
                        lines.append((f"    {who}: {protocol.text(child.label, language)}",
                                      _answer_text(protocol, child, answer, language)))
            continue
        answer = content.answer(item.id)
        if answer is not None:
            lines.append((protocol.text(item.label, language),
                          _answer_text(protocol, item, answer, language)))
    return lines


def _person(protocol: Protocol, item: Any, person: Any) -> str:
    if person.roster_id and item.roster in protocol.rosters:
        entry = protocol.rosters[item.roster].by_id.get(person.roster_id)
        if entry is not None:
            return entry.label
    return person.name or person.roster_id or translate("home", "(entry)")


def _answer_text(protocol: Protocol, item: Any, answer: Any, language: str) -> str:
    if answer.special:
        return f"[{answer.special.replace('_', ' ')}]"
    return value_text(protocol, item, answer.value, language)
