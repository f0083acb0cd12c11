"""Free-text redaction: names, places, organisations and contacts to consistent placeholders."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from unidecode import unidecode

NUMBERED = ("PERSON", "DELEGATION")
KINDS = ("PERSON", "DELEGATION", "COUNTRY", "CITY", "ORGANISATION", "EMAIL", "PHONE", "URL")

EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+|\b[\w\-]+(?:\.[\w\-]+)*\."
                 r"(?:org|com|net|gov|int|edu|eu|info|io)\b(?:/[^\s<>\"']*)?", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s().\-/]{5,}\d(?!\w)")
NOT_PHONE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}\s*[-/]\s*\d{2,4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}")
CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
WORD = r"[\w'’\-]+"
TITLES = (r"Ambassador|Amb\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Mme\.?|Madame|Monsieur|Sir|Dame|"
          r"Minister|Chargée?|Counsellor|Professor|Prof\.?|President|General|Colonel|"
          r"Señora?|Sra\.?|Sr\.?|Herr|Frau|Excellency")
NAME_AFTER_TITLE = re.compile(rf"\b(?:{TITLES})\s+((?:{CAP}{WORD})(?:\s+{CAP}{WORD}){{0,2}})")
CAPITALISED_RUN = re.compile(rf"(?<![\[\w-]){CAP}[\w'’]+(?:\s+{CAP}[\w'’]+)*")
TRAILING = ".,;:!?)]}'\""


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Text folded (no accents, lower case) and, per folded character, its original index."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = ch.lower() if ord(ch) < 128 else unidecode(ch).lower()
        for c in folded:
            chars.append(c)
            index.append(i)
    return "".join(chars), index


def normalise(text: str) -> str:
    return " ".join(re.split(r"[\s\-‐–]+", unidecode(text).lower().strip()))


@dataclass(frozen=True)
class Term:
    """Something to redact: its text, placeholder kind and the entity it names."""

    text: str
    kind: str
    entity: str = ""  # terms of one entity (a full name and its surname) share a placeholder


@dataclass(frozen=True)
class Redaction:
    """A redacted text and where its placeholders are (offsets into the redacted text)."""

    text: str
    spans: tuple[tuple[int, int, str], ...]


@dataclass
class Redactor:
    """Redacts texts in order; the same entity gets the same placeholder in every text."""

    terms: list[Term]
    emails: bool = True
    phones: bool = True
    urls: bool = True
    name_patterns: bool = True
    counts: Counter = field(default_factory=Counter)
    _numbers: dict[tuple[str, str], str] = field(default_factory=dict)
    _log: dict[tuple[str, str], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._folded: dict[str, Term] = {}
        self._exact: dict[str, Term] = {}
        for term in sorted(self.terms, key=lambda t: (-len(t.text), t.text, t.kind)):
            text = term.text.strip()
            if len(text) < 2:
                continue
            if len(text) <= 3 and text.isupper():
                self._exact.setdefault(text, term)  # 'AU' must not hit the French 'au'
            else:
                self._folded.setdefault(normalise(text), term)
        keys = sorted(self._folded, key=lambda k: (-len(k), k))
        body = "|".join(r"[\s\-‐–]+".join(map(re.escape, k.split(" "))) for k in keys)
        self._folded_re = re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])") if keys else None
        exact = sorted(self._exact, key=lambda k: (-len(k), k))
        self._exact_re = re.compile(rf"\b(?:{'|'.join(map(re.escape, exact))})\b") \
            if exact else None

    def placeholder(self, kind: str, entity: str) -> str:
        if kind not in NUMBERED:
            return f"[{kind}]"
        key = (kind, entity)
        if key not in self._numbers:
            n = sum(1 for k in self._numbers if k[0] == kind) + 1
            self._numbers[key] = f"[{kind}-{n}]"
        return self._numbers[key]

    def _candidates(self, text: str) -> list[tuple[int, int, str, str]]:
        found: list[tuple[int, int, str, str]] = []  # start, end, kind, entity
        for on, rx, kind in ((self.emails, EMAIL, "EMAIL"), (self.urls, URL, "URL")):
            if on:
                found += [(m.start(), m.end(), kind, "") for m in rx.finditer(text)]
        if self.phones:
            for m in PHONE.finditer(text):
                digits = sum(c.isdigit() for c in m.group())
                if digits >= 7 and not NOT_PHONE.fullmatch(m.group().strip()):
                    found.append((m.start(), m.end(), "PHONE", ""))
        if self._folded_re is not None:
            folded, index = fold_with_offsets(text)
            for m in self._folded_re.finditer(folded):
                term = self._folded[normalise(m.group())]
                found.append((index[m.start()], index[m.end() - 1] + 1, term.kind,
                              term.entity or normalise(term.text)))
        if self._exact_re is not None:
            for m in self._exact_re.finditer(text):
                term = self._exact[m.group()]
                found.append((m.start(), m.end(), term.kind, term.entity or term.text))
        if self.name_patterns:
            for m in NAME_AFTER_TITLE.finditer(text):
                key = normalise(m.group(1))
                known = self._folded.get(key)
                entity = (known.entity or key) if known and known.kind == "PERSON" else key
                found.append((m.start(1), m.end(1), "PERSON", entity))
        return found

    def redact(self, text: str | None) -> Redaction | None:
        if text is None:
            return None
        chosen: list[tuple[int, int, str, str]] = []
        taken = [False] * len(text)
        # Longest match first; then the earliest; a chosen span blocks any overlapping one.
        for start, end, kind, entity in sorted(self._candidates(text),
                                               key=lambda c: (-(c[1] - c[0]), c[0], c[2])):
            while end > start and kind in ("URL", "PHONE") and text[end - 1] in TRAILING:
                end -= 1
            if end <= start or any(taken[start:end]):
                continue
            for i in range(start, end):
                taken[i] = True
            chosen.append((start, end, kind, entity))
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0
        length = 0
        for start, end, kind, entity in sorted(chosen):
            out.append(text[pos:start])
            length += start - pos
            label = self.placeholder(kind, entity)
            spans.append((length, length + len(label), label))
            out.append(label)
            length += len(label)
            pos = end
            self.counts[kind] += 1
            self._log.setdefault((label, text[start:end]), kind)
        out.append(text[pos:])
        return Redaction("".join(out), tuple(spans))

    def mapping(self) -> list[dict[str, str]]:
        """Original to placeholder, for the team's encrypted store only, never an output."""
        return [{"placeholder": p, "original": o, "kind": k}
                for (p, o), k in sorted(self._log.items())]


_COMMON = (
    "i we they he she it the a an and but or if when in on at of for to with this that these "
    "those there then so yes no ok monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "ambassador ambassadors minister capital committee council union my our their his her "
    "interview chair presidency")
COMMON_CAPITALISED = frozenset(_COMMON.split())


def residual_names(text: str) -> list[str]:
    """Capitalised words that are not placeholders or sentence openers: names a human checks."""
    out: list[str] = []
    for m in CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        before = text[:m.start()].rstrip()
        if not before or before[-1] in ".!?:\n\"“":
            words = words[1:]  # a sentence opener is capitalised anyway
        words = [w for w in words if w.lower() not in COMMON_CAPITALISED]
        if words:
            out.append(" ".join(words))
    return out
