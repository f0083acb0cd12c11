"""Coding open answers and quotes against the protocol's codebook: analysis, not an edit.

A coding is a ``coding`` event (an ``uncoding`` removes it) with the code, the coded text
(an open answer, or a quote by id) and optionally a passage as character offsets. On an
interviewer's laptop the events join the interview's own chain, so they travel and merge like
answers. In the lead's master an interview's chain is the one its interviewer signed, so the
lead's codings go beside it (``fieldkit.store.master_codings``) and survive every re-merge.

Every coding names its coder (``fieldkit.store.coders``): by default the store's interviewer on
a laptop and ``lead`` on a lead's store; each coder's codings are kept apart, and a coder
removes only their own. A coding keeps the SHA-256 of the text it was made on, so a coding
whose answer changed afterwards is flagged for re-coding instead of pointing elsewhere.
"""

from __future__ import annotations

import difflib
import uuid
from dataclasses import dataclass
from typing import Any

from fieldkit.errors import FieldkitError
from fieldkit.protocol.model import TEXT_TYPES, Code, Protocol
from fieldkit.store.coders import (
    LEAD,
    chain_coder,
    check_coder,
    forked_analysis,
    needs_recoding,
    replay_with_coders,
    text_sha256,
)
from fieldkit.store.content import Coding, Content, apply_event
from fieldkit.store.master_codings import MasterCodings


class CodingError(FieldkitError):
    """A coding that cannot be made (the message says why and what to do)."""


@dataclass(frozen=True)
class Passage:
    """A codable text: an open answer (to an item, for a person or entry) or a quote."""

    item_id: str | None
    instance_id: str | None
    quote_id: str | None
    label: str
    text: str
    elapsed_ms: int | None = None

    @property
    def is_quote(self) -> bool:
        return self.quote_id is not None


class Coder:
    """Codes one readable interview of an open store (completed or not, laptop or master) as
    one named coder (``coder``; by default the store's interviewer, or ``lead`` on a lead's
    store)."""

    def __init__(self, store: Any, interview_id: str, coder: str | None = None):
        record = store.interview(interview_id)
        if record.sealed:
            raise CodingError(f"interview {record.number} is sealed for the project lead, so it "
                              "can be coded only in the lead's master after merging.")
        if record.status == "withdrawn":
            raise CodingError(f"interview {record.number} was withdrawn; nothing of it remains "
                              "to code.")
        self.store = store
        self.interview_id = interview_id
        self.number: int = record.number
        self.protocol: Protocol = store.protocol(record.protocol_hash)
        # Merged into a master: the chain is the interviewer's; the lead codes beside it.
        self.on_master = bool(store.exchange.versions(interview_id))
        self._master = MasterCodings(store)
        self._elapsed = record.elapsed_ms or 0
        self._interviewer: str | None = record.interviewer
        self.coder: str = default_coder(store, record.interviewer) if coder is None else \
            _coder_name(coder)
        self.reload()

    # ---- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the interview again (after someone else wrote to it)."""
        chain = self.store.events(self.interview_id)
        extra = self._master.events(self.interview_id) if self.on_master else []
        forks = forked_analysis(chain, self.store.exchange.versions(self.interview_id)) \
            if self.on_master else []
        self.content: Content = replay_with_coders(chain, extra, self._interviewer, forks)
        self._elapsed = max([self._elapsed] + [e.elapsed_ms or 0 for e in chain])
        self.quotes = {q.id: q for q in self.store.quotes(self.interview_id)}

    @property
    def language(self) -> str:
        return self.content.language or self.protocol.default_language

    @property
    def codes(self) -> dict[str, Code]:
        """Every code of the codebook by id (children included); empty without a codebook."""
        book = self.protocol.codebook
        return {c.id: c for c in book.flat()} if book else {}

    def passages(self) -> list[Passage]:
        """The open answers (in protocol order, follow-ups per person) and then the quotes."""
        out: list[Passage] = []
        lang = self.language
        for item in self.protocol.iter_items():
            children = [c for c in item.items if c.type in TEXT_TYPES]
            if item.type in TEXT_TYPES:
                self._add_answer(out, item.id, None, self.protocol.text(item.label, lang))
            for person in self.content.people_of(item.id) if children else []:
                who = person.name or person.roster_id or f"entry {person.instance_id[:8]}"
                if person.roster_id and item.roster:
                    entry = self.protocol.rosters[item.roster].by_id.get(person.roster_id)
                    who = entry.label if entry else who
                for child in children:
                    self._add_answer(out, child.id, person.instance_id,
                                     f"{who}: {self.protocol.text(child.label, lang)}")
        for q in self.quotes.values():
            out.append(Passage(q.item_id, q.instance_id, q.id, "Quote", q.text, q.elapsed_ms))
        return out

    def _add_answer(self, out: list[Passage], item_id: str, instance_id: str | None,
                    label: str) -> None:
        answer = self.content.answer(item_id, instance_id)
        if answer is not None and isinstance(answer.value, str) and answer.value:
            out.append(Passage(item_id, instance_id, None, label, answer.value, answer.elapsed_ms))

    def codings(self, passage: Passage | None = None, coder: str | None = None) -> list[Coding]:
        """Current codings (of one passage, of one coder if given), in reading order."""
        found = list(self.content.codings.values())
        if passage is not None:
            found = [c for c in found if _belongs(c, passage)]
        if coder is not None:
            found = [c for c in found if c.coder == coder]
        return sorted(found, key=lambda c: (c.quote_id or "", c.item_id or "",
                                            c.instance_id or "", c.start or 0, c.end or 0,
                                            c.code, c.coding_id))

    def coders(self) -> list[str]:
        """Everyone who has codings in this interview, this coder included."""
        return sorted({c.coder for c in self.content.codings.values() if c.coder} | {self.coder})

    def text_of(self, coding: Coding) -> str | None:
        """The whole answer or quote a coding points into, as it reads now (None: gone)."""
        if coding.quote_id:
            quote = self.quotes.get(coding.quote_id)
            return quote.text if quote is not None else None
        if coding.item_id is None:
            return None
        value = self.content.value(coding.item_id, coding.instance_id)
        return value if isinstance(value, str) and value else None

    def needs_recoding(self, coding: Coding) -> bool:
        """Whether the text changed since the coding was made (see ``store.coders``)."""
        return needs_recoding(coding, self.text_of(coding))

    def passage_text(self, coding: Coding) -> str | None:
        """The coded passage, or None when the text changed since (never other offsets)."""
        text = self.text_of(coding)
        if text is None or needs_recoding(coding, text):
            return None
        return text if coding.start is None or coding.end is None else \
            text[coding.start:coding.end]

    # ---- coding -------------------------------------------------------------------------
    def code_answer(self, item_id: str, code: str, instance_id: str | None = None,
                    start: int | None = None, end: int | None = None) -> Coding:
        """Code an open answer, or its passage ``text[start:end]``."""
        item = self.protocol.items_by_id.get(item_id)
        if item is None:
            raise CodingError(f"there is no question '{item_id}' in protocol "
                              f"'{self.protocol.id}'; code one of its open questions.")
        if item.type not in TEXT_TYPES:
            raise CodingError(f"'{item_id}' is a {item.type.value} question, not an open "
                              "answer, so it cannot be coded.")
        answer = self.content.answer(item_id, instance_id)
        if answer is None or not isinstance(answer.value, str) or not answer.value:
            who = f" for {instance_id}" if instance_id else ""
            raise CodingError(f"'{item_id}'{who} has no written answer in interview "
                              f"{self.number} to code.")
        return self._code(item_id, instance_id, None, answer.value, code, start, end)

    def code_quote(self, quote_id: str, code: str, start: int | None = None,
                   end: int | None = None) -> Coding:
        """Code a quote, or its passage ``text[start:end]``."""
        quote = self.quotes.get(quote_id)
        if quote is None:
            raise CodingError(f"there is no quote {quote_id} in interview {self.number}; "
                              "choose one of the quotes listed.")
        return self._code(quote.item_id, quote.instance_id, quote_id, quote.text, code, start, end)

    def code(self, passage: Passage, code: str, start: int | None = None,
             end: int | None = None) -> Coding:
        """Code a passage as listed by :meth:`passages`."""
        if passage.quote_id:
            return self.code_quote(passage.quote_id, code, start, end)
        assert passage.item_id is not None
        return self.code_answer(passage.item_id, code, passage.instance_id, start, end)

    def uncode(self, coding_id: str) -> None:
        """Remove one of this coder's codings (the history keeps it)."""
        if coding_id not in self.content.codings:
            self.reload()  # another coder may have coded since this one read the interview
        coding = self.content.codings.get(coding_id)
        if coding is None:
            raise CodingError(f"there is no coding {coding_id} in interview {self.number} "
                              "(it may have been removed already).")
        if coding.coder != self.coder:
            raise CodingError(f"coding {coding_id} in interview {self.number} was made by "
                              f"{coding.coder}, not {self.coder}; each coder removes only "
                              f"their own (code as {coding.coder} to remove it).")
        self._write("uncoding", None, None, {"coding_id": coding_id})

    def mark_name(self, text: str) -> str:
        """Mark a text as a person's name, so every anonymised output redacts it wherever it
        occurs. On a laptop it joins the interview's chain (and travels to the lead); on the
        lead's master it becomes the team's decision to redact it, kept beside the chain."""
        name = " ".join(text.split())
        if not name or len(name) > 200:
            raise CodingError("select the name to mark (at most 200 characters) first")
        if self.on_master:
            self.store.record_decisions([marked_decision(name)], "lead")
        else:
            event = self.store.append_event(self.interview_id, "mark_name", value=name,
                                            elapsed_ms=self._elapsed)
            apply_event(self.content, event)
        return name

    def _code(self, item_id: str | None, instance_id: str | None, quote_id: str | None,
              text: str, code: str, start: int | None, end: int | None) -> Coding:
        self._check_code(code)
        start, end = passage_span(text, start, end, quote_id or item_id or "")
        digest = text_sha256(text)
        for c in self.content.codings.values():
            if (c.code, c.item_id, c.instance_id, c.quote_id, c.start, c.end, c.coder) == \
                    (code, item_id, instance_id, quote_id, start, end, self.coder) and \
                    not needs_recoding(c, text):
                return c  # the same code on the same text by one coder is one coding
        coding_id = str(uuid.uuid4())
        value = {"coding_id": coding_id, "code": code, "start": start, "end": end,
                 "quote_id": quote_id, "coder": self.coder, "text_sha256": digest}
        self._write("coding", item_id, instance_id, value)
        return self.content.codings[coding_id]

    def _check_code(self, code: str) -> None:
        codes = self.codes
        if not codes:
            raise CodingError(f"protocol '{self.protocol.id}' has no codebook, so its answers "
                              "cannot be coded; add a codebook to the protocol first.")
        if code in codes:
            return
        by_label = {self.protocol.text(c.label, self.language).casefold(): c.id
                    for c in codes.values()}
        close = difflib.get_close_matches(code, list(codes), n=1, cutoff=0.6) or \
            [by_label[m] for m in difflib.get_close_matches(code.casefold(), list(by_label),
                                                             n=1, cutoff=0.6)]
        hint = f"did you mean '{close[0]}'?" if close else \
            f"use one of its {len(codes)} codes."
        raise CodingError(f"there is no code '{code}' in the codebook of protocol "
                          f"'{self.protocol.id}'; {hint}")

    def _write(self, kind: str, item_id: str | None, instance_id: str | None,
               value: dict[str, Any]) -> None:
        if self.on_master:
            event = self._master.append(self.interview_id, kind, item_id=item_id,
                                        instance_id=instance_id, value=value,
                                        elapsed_ms=self._elapsed)
        else:
            # Coding is analysis, not an edit: no reason asked, and the clock does not move.
            event = self.store.append_event(self.interview_id, kind, item_id=item_id,
                                            instance_id=instance_id, value=value,
                                            elapsed_ms=self._elapsed)
        apply_event(self.content, event)


MARKED = "marked:"


def default_coder(store: Any, interviewer: str | None = None) -> str:
    """Who codes unless told otherwise: ``lead`` on a lead's store, else the store's
    interviewer (else the interview's)."""
    if getattr(store, "role", None) == "lead":
        return LEAD
    return getattr(store, "interviewer", None) or chain_coder(interviewer)


def _coder_name(name: str) -> str:
    try:
        return check_coder(name)
    except ValueError as exc:
        raise CodingError(str(exc)) from None


def marked_decision(name: str) -> dict[str, str]:
    """The team's decision that ``name`` is a person's name to redact everywhere."""
    return {"key": MARKED + " ".join(name.casefold().split()), "text": name, "kind": "PERSON",
            "decision": "redact"}


def _belongs(coding: Coding, passage: Passage) -> bool:
    if passage.quote_id or coding.quote_id:
        return coding.quote_id == passage.quote_id
    return (coding.item_id, coding.instance_id) == (passage.item_id, passage.instance_id)


def passage_span(text: str, start: int | None, end: int | None, where: str) -> tuple[int | None, int | None]:
    """The offsets to store: None for the whole text, else a checked non-empty passage."""
    if start is None and end is None:
        return None, None
    if start is None or end is None:
        raise CodingError(f"a passage of '{where}' needs both a start and an end offset; give "
                          "both, or neither to code the whole text.")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
        raise CodingError(f"the passage {start}-{end} is not within '{where}' (0-{len(text)} "
                          "characters); select text inside it.")
    if start == 0 and end == len(text):
        return None, None
    return start, end
