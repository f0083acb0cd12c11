"""What redaction left that may still identify someone, for a person to decide once per key.

Contract (for the operations that write outputs):

- After :func:`fieldkit.anonymise.anonymise`, ``record.candidates`` lists every
  :class:`Candidate`: a word or phrase left in a redacted text that may identify someone.
  Each has a stable ``key`` (``"<class>:<folded text>"``, class one of ``name``, ``script``,
  ``number``, ``role``, ``nationality``), its ``text`` as first seen, its ``kind`` and a
  ``reason``, every place it occurs (``where``: table, column, interview number) and
  ``decided``: ``None`` (undecided), ``"keep"`` or ``"redact"``.
- Decisions are given to ``anonymise(..., decisions={key: "redact" | "keep"})``. A key
  decided ``"redact"`` is replaced everywhere with one placeholder per key (names become
  ``[PERSON-n]``, numbers ``[IDNUMBER]``, roles ``[ROLE]``, nationality words
  ``[NATIONALITY]``) and no longer occurs in any output; a key decided ``"keep"`` stays in
  the texts and is listed with ``decided="keep"``.
- ``record.undecided()`` is what must be decided before an anonymised output may be
  written; an output is refused while it is not empty.
- ``record.to_dict()`` (what goes into anonymisation.json and the PDF) lists undecided and
  kept candidates, never one decided ``"redact"``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from fieldkit.anonymise import contexts
from fieldkit.anonymise.gazetteer import acronyms
from fieldkit.anonymise.lexicon import LANGUAGES, is_common, is_dictionary, is_word, words
from fieldkit.anonymise.names import NOT_INITIALS
from fieldkit.anonymise.nicknames import variants
from fieldkit.anonymise.tokens import Token, tokenize
from fieldkit.anonymise.translit import fold

DECISIONS = ("redact", "keep")
CLASSES = ("name", "script", "number", "role", "nationality")
KINDS = {
    "capitalised": "a capitalised word that is not an ordinary word",
    "opener": "a sentence opener that is not a dictionary word",
    "lowercase": "a lower-case word that is not a dictionary word",
    "script": "a word in a non-Latin script",
    "number": "a long number or a code of letters and digits",
    "role": "a role only one person can hold",
    "nationality": "a nationality word that may point to a delegation",
    "date": "a full date long before the interviews: it may be a date of birth",
    "initials": "capitals or initials that are no known organisation and may stand for a person",
}
PLACEHOLDER = re.compile(r"\[[A-Z]+(?:-\d+)?\]")
# Capitalised words that are no one's name in these interviews.
NOT_CANDIDATES = frozenset(words("""
i i'm i've i'd i'll ok okay mr mrs ms dr mme sr sra
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december lundi mardi mercredi jeudi vendredi
samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre
décembre lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril
mayo junio julio agosto septiembre octubre noviembre diciembre
africa europe asia america americas oceania caribbean balkans sahel maghreb caucasus horn
gulf pacific atlantic mediterranean nordic baltic benelux visegrad schengen eurozone brexit
european african asian arab arabic latin caribbean scandinavian francophone anglophone
lusophone hispanic afrique europa áfrica amérique américa asie caraïbes caribe
christmas easter ramadan eid diwali hanukkah noël pâques navidad pascua
whatsapp signal skype zoom telegram google facebook twitter internet email e-mail excel
powerpoint iphone blackberry linkedin youtube
"""))
ROLE = re.compile(
    r"\b(?:(?:the|le|la|el|l['’])\s+)?(?:(?:former|then|current|first|only|sole|"
    r"longest[- ]serving|youngest|oldest|outgoing|ancien|ancienne|premier|première|seul|"
    r"seule|antiguo|antigua|primer|primera|único|única)\s+)?"
    r"(?:chair|chairman|chairwoman|chairperson|president|vice[- ]chair|vice[- ]president|"
    r"dean|doyen|doyenne|rapporteur|coordinator|facilitator|head|spokesperson|"
    r"présidente?|vice-présidente?|coordinat(?:eur|rice)|coordonnat(?:eur|rice)|"
    r"rapporteuse|porte-parole|presidente?|presidenta|vicepresidente?|decano|decana|"
    r"coordinador|coordinadora|relator|relatora|portavoz)\s+"
    r"(?:of|du|de|del|de\s+la|de\s+l['’])\s+[^.;\n]{3,70}?\b(?:in|since|from|during|en|"
    r"depuis|desde|durante)\s+(?:(?:19|20)\d\d)\b"
    r"|\b(?:dean|doyen|doyenne|decano|decana)\s+(?:of|du|del)\s+(?:the\s+)?"
    r"(?:diplomatic\s+corps|corps\s+diplomatique|cuerpo\s+diplomático)"
    r"|\b(?:the|la|el|le)\s+(?:only|sole|first|youngest|oldest|longest[- ]serving|seule?|"
    r"première|premier|única|único|primera|primer)\s+"
    # one or two modifiers between: the only Nordic woman ambassador, la seule femme
    # africaine, the first black female chair
    r"(?:(?:(?-i:[A-Z])[\w\-]+|black|white|nordic|african|asian|arab|latin|caribbean|"
    r"european|pacific|female|woman|women|africaine?|asiatique|noire?|nórdic[oa]|"
    r"african[oa]|asiátic[oa]|negra|negro|latin[oa])\s+){0,2}"
    r"(?:woman|female|women|man|male|chair|chairwoman|chairperson|president|"
    r"ambassador|ambassadress|representative|femme|ambassadrice|ambassadeur|mujer|"
    r"embajadora|embajador|présidente|presidenta)(?:\s+(?:ambassador|ambassadress|"
    r"representative|ambassadrice|embajadora|chair|president|africaine?|african[oa]|"
    r"nórdic[oa]))?\b"
    r"|\b(?:in|en)\s+(?:19|20)\d\d,?\s+(?:the|le|la|el)\s+(?:chair|chairman|chairwoman|"
    r"chairperson|president|dean|doyen|doyenne|coordinator|head|présidente?|presidente?|"
    r"presidenta|decano|decana|coordinador|coordinadora)\s+(?:of|du|de|del|de\s+la)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+)?[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]*){0,3}"
    r"|\b(?:the|le|la|el)\s+(?:(?-i:[A-Z]{2,6})\s+)?(?:(?:19|20)\d\d\s+)?(?:chair|chairman|"
    r"chairwoman|chairperson|president|coordinator|rapporteur|presidency)\s+(?:in|en)\s+"
    r"(?:19|20)\d\d\b"
    r"|\b(?:the|le|la|el)\s+(?:19|20)\d\d\s+(?:chair|chairman|chairwoman|chairperson|"
    r"president|coordinator|rapporteur|presidency|présidente?|presidente?|presidenta)\b"
    r"|\b(?:chaired|presided(?:\s+over)?|présidait|a\s+présidé|presidió|presidía)\s+"
    r"[^.;\n]{3,60}?\b(?:in|en)\s+(?:19|20)\d\d\b", re.IGNORECASE)
DIGITS = re.compile(r"(?<![\w\[])(?=[\w\-/]{0,40}\d)[A-Za-z0-9][A-Za-z0-9\-/]{4,40}[A-Za-z0-9]"
                    r"(?![\w\]])"
                    r"|(?<![\w\[])\d[\d \u00a0.\-/]{6,40}\d(?![\w\]])")
YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?")
DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}")
BIRTH_GAP = 15  # a full date this many years back is a birth more likely than an event
THOUSANDS = re.compile(r"\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d+)?")
# T.V., J.-B., T. V. (never the pronoun I followed by a space)
DOTTED = re.compile(r"(?<![\w.])(?:(?!I\.\s)[A-Z]\.\s?-?\s?){2,4}")


@dataclass(frozen=True)
class Where:
    """Where a candidate occurs: table, column and interview number."""

    table: str
    column: str
    number: int | None


@dataclass
class Candidate:
    """A word or phrase left in the texts that a person must decide on (see module doc)."""

    key: str
    text: str
    kind: str
    reason: str
    where: list[Where] = field(default_factory=list)
    decided: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "text": self.text, "kind": self.kind, "reason": self.reason,
                "decided": self.decided,
                "where": [{"table": w.table, "column": w.column, "number": w.number}
                          for w in self.where]}


def candidate_key(cls: str, text: str) -> str:
    """The decision key of a candidate: its class and its folded words (digits for numbers)."""
    if cls == "number":
        return "number:" + "".join(c for c in text.upper() if c.isalnum())
    words = [fold(w) for w in re.findall(r"[^\W\d_]+|\d+", text)]
    return f"{cls}:" + " ".join(w for w in words if w)


@dataclass
class Found:
    """One candidate in one text: its span, key, kind."""

    start: int
    end: int
    key: str
    kind: str


def scan(text: str, lang: str = "en", placeholders: tuple[tuple[int, int], ...] = ()) -> list[Found]:
    """Candidates in a redacted text (placeholders are skipped)."""
    if not text:
        return []
    masked: set[int] = set()
    spans = list(placeholders) or [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    for a, b in spans:
        masked.update(range(a, b))
    out: list[Found] = []
    taken: set[int] = set()

    def put(start: int, end: int, cls: str, kind: str) -> None:
        if any(i in masked or i in taken for i in range(start, end)):
            return
        taken.update(range(start, end))
        out.append(Found(start, end, candidate_key(cls, text[start:end]), kind))

    for m in ROLE.finditer(text):
        put(m.start(), m.end(), "role", "role")
    for m in DIGITS.finditer(text):
        value = m.group()
        digits = sum(c.isdigit() for c in value)
        if DATE.fullmatch(value) and _birth_year(value):
            put(m.start(), m.end(), "number", "date")
            continue
        if YEARS.fullmatch(value) or DATE.fullmatch(value) or THOUSANDS.fullmatch(value) \
                or all(YEARS.fullmatch(g) for g in re.findall(r"\d+", value)):
            continue
        if digits >= 6 or (digits >= 4 and any(c.isalpha() for c in value)):
            put(m.start(), m.end(), "number", "number")
    for m in DOTTED.finditer(text):
        letters = "".join(c for c in m.group() if c.isalpha())
        if letters not in _acronyms():
            put(m.start(), m.start() + len(m.group().rstrip(" -")), "name", "initials")
    toks = [t for t in tokenize(text) if t.start not in masked]
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.start in taken:
            i += 1
            continue
        if not t.latin:
            j = i
            while j + 1 < len(toks) and not toks[j + 1].latin and \
                    text[toks[j].end:toks[j + 1].start].strip() == "":
                j += 1
            put(t.start, toks[j].end, "script", "script")
            i = j + 1
            continue
        kind = _word_kind(t, lang)
        if kind is None and _given_before(text, t, toks[i + 1:i + 2], lang):
            kind = "capitalised"  # "Jan Novak said": the given name goes with the surname
        if kind is None:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and _same_name(text, toks[j], toks[j + 1]) \
                and _word_kind(toks[j + 1], lang) in ("capitalised", "opener") \
                and toks[j + 1].start not in taken:
            j += 1
        put(t.start, toks[j].end, "name", kind)
        i = j + 1
    return sorted(out, key=lambda f: f.start)


def _birth_year(value: str) -> bool:
    """A day, a month and a four-digit year more than BIRTH_GAP years before this year."""
    year = next((int(g) for g in re.findall(r"\d+", value) if len(g) == 4), None)
    return year is not None and year < date.today().year - BIRTH_GAP


def _given_before(text: str, t: Token, after: list[Token], lang: str) -> bool:
    """A capitalised word that is also an ordinary word (Jan, Will, Mark) starting a sentence
    and followed by a name candidate: a given name, when it is one."""
    return t.initial and t.capitalised and bool(variants(t.lower)) and bool(after) \
        and _same_name(text, t, after[0]) \
        and _word_kind(after[0], lang) in ("capitalised", "opener")


def _same_name(text: str, a: Token, b: Token) -> bool:
    g = text[a.end:b.start]
    return g in (" ", "-", "\u00a0") and b.capitalised


def _word_kind(t: Token, lang: str) -> str | None:
    w = t.lower
    if len(w) < 2 or w in NOT_CANDIDATES or w in contexts.TITLES or w in contexts.ROLE_WORDS:
        return None
    if t.upper:
        # ZM, PK: a known organisation or acronym, or someone's initials
        if len(t.text) <= 4 and t.latin and not t.caseless and t.text not in _acronyms():
            return "initials"
        return None
    if not t.capitalised or t.caseless:
        dictionary = is_word(w, lang) or any(is_dictionary(w, lg) for lg in LANGUAGES)
        return "lowercase" if len(w) >= 3 and not dictionary else None
    if t.initial:
        dictionary = is_word(w, lang) or is_dictionary(w, lang) or is_dictionary(w, "en")
        return "opener" if not dictionary else None
    return "capitalised" if not is_common(w, lang) else None


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return acronyms() | NOT_INITIALS


class Candidates:
    """Candidates collected over a whole dataset, merged by key, with their decisions."""

    def __init__(self, decisions: Mapping[str, str] | None = None):
        self.decisions = {k: v for k, v in (decisions or {}).items() if v in DECISIONS}
        self.by_key: dict[str, Candidate] = {}

    def add(self, text: str, found: list[Found], where: Where) -> None:
        for f in found:
            decided = self.decisions.get(f.key)
            if decided == "redact":
                continue  # the redactor replaced it; its text is recorded nowhere
            cand = self.by_key.get(f.key)
            if cand is None:
                cand = self.by_key[f.key] = Candidate(f.key, text[f.start:f.end], f.kind,
                                                      KINDS[f.kind], decided=decided)
            if where not in cand.where:
                cand.where.append(where)

    def all(self) -> list[Candidate]:
        return sorted(self.by_key.values(), key=lambda c: c.key)

    def undecided(self) -> list[Candidate]:
        return [c for c in self.all() if c.decided is None]
