"""The plain inputs the dataset builder reads: one interview's metadata, content and records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fieldkit.store.content import Content


@dataclass(frozen=True)
class InterviewMeta:
    """What the store knows about one interview besides its answers."""

    interview_id: str
    number: int
    protocol_id: str = ""
    protocol_version: str = ""
    protocol_hash: str = ""
    interviewer: str | None = None
    language: str | None = None
    status: str | None = None
    started_at: str | None = None
    ended_at: str | None = None
    elapsed_ms: int | None = None


@dataclass
class InterviewInput:
    """One interview as the builder needs it; ``events``, ``quotes`` and ``notes`` are records
    with attributes (or dict keys) as the store gives them."""

    meta: InterviewMeta
    content: Content
    events: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    notes: list[Any] = field(default_factory=list)


def field_of(record: Any, name: str, default: Any = None) -> Any:
    """A field of a store record, whether it is an object or a mapping."""
    if isinstance(record, dict):
        return record.get(name, default)
    return getattr(record, name, default)
