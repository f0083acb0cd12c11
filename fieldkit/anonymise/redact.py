"""Free-text redaction in layers, with consistent placeholders across a whole dataset.

Layers: patterns, organisations, places and nationalities, known and learned people, then
what a person decided. Use: ``r = Redactor(terms, regions=..., marked=...,
decisions=...)``; ``r.learn(texts)`` with every free text of the dataset first (a name
caught after a title in one text is then redacted wherever it recurs); then
``r.redact(text)`` per text, in a fixed order, which gives the redacted text, where its
placeholders are, and the candidates left in it (:mod:`fieldkit.anonymise.candidates`).
``r.mapping()`` (original -> placeholder) is for the team's encrypted store only.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldkit.anonymise.candidates import Found, candidate_key, scan
from fieldkit.anonymise.lexicon import detect_language
from fieldkit.anonymise.names import People
from fieldkit.anonymise.patterns import Patterns
from fieldkit.anonymise.places import ASK, KEEP, PRIORITY_ORGANISATION, Places
from fieldkit.anonymise.tokens import tokenize, visible
from fieldkit.anonymise.translit import key

NUMBERED = ("PERSON", "DELEGATION")
KINDS = ("PERSON", "DELEGATION", "COUNTRY", "CITY", "NATIONALITY", "ORGANISATION", "EMAIL",
         "PHONE", "URL", "HANDLE", "ADDRESS", "BIRTHDATE", "IDNUMBER", "ROLE")
# The kind a decided candidate's placeholder gets, by the class of its key.
DECIDED_KINDS = {"name": "PERSON", "script": "PERSON", "number": "IDNUMBER", "role": "ROLE",
                 "nationality": "NATIONALITY"}
OPTIONS = ("emails", "phones", "urls", "handles", "dates", "ids", "addresses", "countries",
           "cities", "nationalities", "name_patterns")


@dataclass(frozen=True)
class Term:
    """Something to redact: its text, placeholder kind and the entity it names."""

    text: str
    kind: str
    entity: str = ""  # terms of one entity (a full name and its surname) share a placeholder
    strong: bool = False  # typed or marked by a person: a name wherever it is written


@dataclass(frozen=True)
class Redaction:
    """A redacted text, where its placeholders are (offsets into the redacted text) and the
    candidates left in it."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    found: tuple[Found, ...] = field(default=(), compare=False)


class Redactor:
    """Redacts texts in order; the same entity gets the same placeholder in every text."""

    def __init__(self, terms: Iterable[Term] = (), *, emails: bool = True, phones: bool = True,
                 urls: bool = True, name_patterns: bool = True, handles: bool = True,
                 dates: bool = True, ids: bool = True, addresses: bool = True,
                 countries: bool = True, cities: bool = True, nationalities: bool = True,
                 organisations: bool | str | Iterable[str] = True,
                 regions: Iterable[str] = (), marked: Iterable[str] = (),
                 decisions: Mapping[str, str] | None = None, language: str = "en"):
        self.language = language
        self.name_patterns = name_patterns
        self.counts: Counter[str] = Counter()
        self._numbers: dict[tuple[str, str], str] = {}
        self._log: dict[tuple[str, str], str] = {}
        self.decisions = dict(decisions or {})
        self.patterns = Patterns(emails=emails, phones=phones, urls=urls, handles=handles,
                                 dates=dates, ids=ids, addresses=addresses, regions=regions)
        self.people = People()
        place_terms: list[tuple[str, str, str]] = []
        for term in terms:
            text = term.text.strip()
            if not text:
                continue
            if term.kind == "PERSON":
                self.people.add(text, term.entity or "term:" + key(text), strong=term.strong)
            else:
                place_terms.append((text, term.kind, term.entity or key(text)))
        for name in marked:
            if isinstance(name, str) and name.strip():
                self.people.add(name.strip(), "marked:" + key(name), strong=True)
        for k, decision in self.decisions.items():
            cls, _, words = k.partition(":")
            if decision == "redact" and cls in ("name", "script") and words:
                self.people.add(words, "decided:" + k, strong=True)
        action, keep = _organisations(organisations)
        self.places = Places(countries_on=countries, cities_on=cities,
                             nationalities=nationalities, organisations_action=action,
                             keep_organisations=keep, terms=place_terms)
        self.people.is_place = self.places.is_place
        self.people.is_country = self.places.is_country

    # -- placeholders ---------------------------------------------------------------------

    def placeholder(self, kind: str, entity: str) -> str:
        if kind not in NUMBERED:
            return f"[{kind}]"
        k = (kind, entity)
        if k not in self._numbers:
            n = sum(1 for x in self._numbers if x[0] == kind) + 1
            self._numbers[k] = f"[{kind}-{n}]"
        return self._numbers[k]

    def mapping(self) -> list[dict[str, str]]:
        """Original to placeholder, for the team's encrypted store only, never an output."""
        return [{"placeholder": p, "original": o, "kind": k}
                for (p, o), k in sorted(self._log.items())]

    # -- learning and redacting -----------------------------------------------------------

    def learn(self, texts: Iterable[Any], language: str | None = None) -> None:
        """Read every text of the dataset first: names after titles become known people."""
        if not self.name_patterns:
            return
        for text in texts:
            if isinstance(text, str) and text.strip():
                text = visible(text)
                self.people.learn(text, detect_language(text, language or self.language))

    def redact(self, text: str | None, language: str | None = None) -> Redaction | None:
        if text is None:
            return None
        text = visible(text)  # before any matching: a zero-width space splits no name
        lang = detect_language(text, language or self.language)
        hits = self.patterns.find(text, lang)
        toks = tokenize(text)
        blocked = _covered(toks, hits)
        places = self.places.find(text, toks, blocked, lang)
        strong = [h for h in places if h[4] >= PRIORITY_ORGANISATION]
        people = self.people.find(text, toks, blocked | _covered(toks, strong), lang) \
            if self.name_patterns or self.people else []
        if not self.name_patterns:
            people = [h for h in people if not h[3].startswith("learned:")]
        chosen = [(s, e, "NATIONALITY", "decided") if k == ASK and self.decisions.get(
            candidate_key("nationality", text[s:e])) == "redact" else (s, e, k, en)
            for s, e, k, en in _choose(text, hits + places + people)]
        out, spans, asks, kept = self._write(text, chosen)
        found = self._found(out, lang, spans + kept, asks)
        decided = [f for f in found if self.decisions.get(f.key) == "redact"]
        if decided:
            again = [(f.start, f.end, DECIDED_KINDS[f.key.split(":", 1)[0]],
                      "decided:" + f.key) for f in decided]
            out, spans, asks = self._rewrite(out, spans, again, asks)
            found = self._found(out, lang, spans, asks)  # kept phrases were already judged
        rest = tuple(f for f in found if self.decisions.get(f.key) != "redact")
        return Redaction(out, tuple(spans), rest)

    def _found(self, out: str, lang: str, spans: list[tuple[int, int, str]],
               asks: list[Found]) -> list[Found]:
        """Candidates in a redacted text: the scan's, and nationality words left to ask."""
        found = [f for f in scan(out, lang, tuple((a, b) for a, b, _ in spans))
                 if not any(f.start < a.end and a.start < f.end for a in asks)]
        return sorted(found + [a for a in asks if out[a.start:a.end] and not any(
            a.start < b and s < a.end for s, b, _ in spans)], key=lambda f: f.start)

    def _write(self, text: str, chosen: list[tuple[int, int, str, str]]
               ) -> tuple[str, list[tuple[int, int, str]], list[Found],
                          list[tuple[int, int, str]]]:
        """The redacted text, its placeholders, the nationality words to ask about and the
        phrases judged harmless (Brussels sprouts, a kept organisation)."""
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        asks: list[Found] = []
        kept: list[tuple[int, int, str]] = []
        pos = length = 0
        for start, end, kind, entity in chosen:
            out.append(text[pos:start])
            length += start - pos
            if kind in (KEEP, ASK):
                if kind == ASK:
                    asks.append(Found(length, length + end - start,
                                      candidate_key("nationality", text[start:end]),
                                      "nationality"))
                else:
                    kept.append((length, length + end - start, KEEP))
                out.append(text[start:end])
                length += end - start
            else:
                label = self._replace(kind, entity, text[start:end])
                spans.append((length, length + len(label), label))
                out.append(label)
                length += len(label)
            pos = end
        out.append(text[pos:])
        return "".join(out), spans, asks, kept

    def _replace(self, kind: str, entity: str, original: str) -> str:
        """The placeholder for one replaced span, counted and kept for the team's log."""
        label = self.placeholder(kind, entity)
        self.counts[kind] += 1
        self._log.setdefault((label, original), kind)
        return label

    def _rewrite(self, text: str, spans: list[tuple[int, int, str]],
                 more: list[tuple[int, int, str, str]], asks: list[Found]
                 ) -> tuple[str, list[tuple[int, int, str]], list[Found]]:
        """Replace decided candidates in an already redacted text, keeping its placeholders
        (and moving the nationality words still to ask with the text)."""
        moved = []
        for a in asks:
            if any(s < a.end and a.start < e for s, e, _k, _e in more):
                continue
            shift = sum(len(self.placeholder(k, e)) - (end - s)
                        for s, end, k, e in more if end <= a.start)
            moved.append(Found(a.start + shift, a.end + shift, a.key, a.kind))
        keep = [(a, b, "", label) for a, b, label in spans]
        items = sorted(keep + [(a, b, k, e) for a, b, k, e in more])
        out: list[str] = []
        new: list[tuple[int, int, str]] = []
        pos = length = 0
        for start, end, kind, entity in items:
            out.append(text[pos:start])
            length += start - pos
            label = self._replace(kind, entity, text[start:end]) if kind else entity
            new.append((length, length + len(label), label))
            out.append(label)
            length += len(label)
            pos = end
        out.append(text[pos:])
        return "".join(out), new, moved


def _organisations(option: Any) -> tuple[str, list[str]]:
    if option is False or option == "keep":
        return "keep", []
    if isinstance(option, list | tuple | set):
        return "redact", [str(o) for o in option]
    return "redact", []


def _covered(toks: list[Any], hits: list[tuple[int, int, str, str, int]]) -> set[int]:
    """Indices of the words that overlap any of the spans."""
    starts = [t.start for t in toks]
    out: set[int] = set()
    for start, end, *_ in hits:
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        while i < len(toks) and toks[i].start < end:
            if toks[i].end > start:
                out.add(i)
            i += 1
    return out


def _choose(text: str, hits: list[tuple[int, int, str, str, int]]
            ) -> list[tuple[int, int, str, str]]:
    """Non-overlapping spans: higher priority first, then longer, then earlier."""
    taken = bytearray(len(text))
    chosen: list[tuple[int, int, str, str]] = []
    for start, end, kind, entity, _p in sorted(hits, key=lambda h: (-h[4], h[0] - h[1], h[0])):
        if end <= start or any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, kind, entity))
    return sorted(chosen)


def residual_names(text: str, language: str = "en") -> list[str]:
    """Capitalised words left in a redacted text that may be names (a person checks them)."""
    return [text[f.start:f.end] for f in scan(text, language)
            if f.kind in ("capitalised", "opener")]
