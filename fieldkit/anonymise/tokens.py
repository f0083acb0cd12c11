"""Words of a text with their offsets, case and position: what the redaction layers read."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from fieldkit.anonymise.lexicon import words
from fieldkit.anonymise.translit import fold, key, script_of

WORD = regex.compile(r"[\p{L}\p{M}]+")
# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(words(
    "mr mrs ms dr mme mlle m st sr sra srta dra prof amb h e s excmo excma lic ing gen col "
    "no nr n vs etc eg ie cf p pp sen rep gov min dep sec ca approx"))
SENTENCE_END = frozenset(".!?…:;")
OPENERS = frozenset("\"“”«»‘'¿¡—–•*>")
APOSTROPHES = ("'", "’")
# A word broken at a line end: hyphen (or soft hyphen) and a line break.
LINE_BREAK_HYPHEN = regex.compile(r"^[\-\u00ad\u2010\u2011]\s*\n\s*$|^\u00ad$")
# Characters that show nothing yet split a word: zero-width spaces and joiners, word joiner,
# byte-order mark and soft hyphen (Vr\u200bbovec is Vrbovec).
INVISIBLE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def visible(text: str) -> str:
    """``text`` without the invisible characters that would split its words."""
    return INVISIBLE.sub("", text)


@dataclass
class Token:
    """One word: its span, its text, folded forms and where it stands in its sentence."""

    start: int
    end: int
    text: str
    index: int
    script: str = "latin"
    initial: bool = False  # first word of a sentence, line or quotation
    caseless: bool = False  # in all-caps or title-case text, where case says nothing

    @property
    def fold(self) -> str:
        return fold(self.text)

    @property
    def key(self) -> str:
        return key(self.text)

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def upper(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()

    @property
    def latin(self) -> bool:
        return self.script == "latin"

    @property
    def name_shaped(self) -> bool:
        """Capitalised where case means something, or written in another script."""
        return not self.latin or (self.capitalised and not self.caseless)


def _ends_sentence(text: str, gap: str, prev: Token | None) -> bool:
    if prev is None:
        return True
    if gap == " ":
        return False
    if "\n" in gap and not LINE_BREAK_HYPHEN.match(gap):
        return True
    if gap in APOSTROPHES:
        return False  # l'Algérie, d'Ahmed, Long's: an elision or a possessive, not a quote
    stripped = gap.strip()
    if stripped and all(c in "—–-" for c in stripped):
        return False  # a dash inside a line goes on with the sentence: "talk – Said, my friend"
    if any(c in OPENERS for c in gap):
        return True
    if not stripped:
        return False
    if stripped[0] in ".…" and (prev.lower in ABBREVIATIONS or len(prev.text) == 1):
        return False  # Mr. Smith, Z. Mrkvička
    return any(c in SENTENCE_END for c in stripped)


def tokenize(text: str) -> list[Token]:
    """The words of ``text``; each knows whether it opens a sentence and whether the text
    around it uses case at all (a shouted or title-case line does not)."""
    out: list[Token] = []
    prev: Token | None = None
    for i, m in enumerate(WORD.finditer(text)):
        tok = Token(m.start(), m.end(), m.group(), i, script_of(m.group()))
        gap = text[prev.end:tok.start] if prev else text[:tok.start]
        tok.initial = _ends_sentence(text, gap, prev)
        out.append(tok)
        prev = tok
    _mark_caseless(text, out)
    return out


def _mark_caseless(text: str, tokens: list[Token]) -> None:
    """Lines in capitals or in title case: capitalisation is no sign of a name there."""
    lines: list[list[Token]] = []
    for tok in tokens:
        if not lines or "\n" in text[lines[-1][-1].end:tok.start]:
            lines.append([])
        lines[-1].append(tok)
    for line in lines:
        latin = [t for t in line if t.latin and len(t.text) > 1]
        if len(latin) < 3:
            continue
        upper = sum(t.text.isupper() for t in latin)
        capital = sum(t.capitalised for t in latin)
        if upper >= 0.6 * len(latin) or (len(latin) >= 6 and capital >= 0.8 * len(latin)):
            for t in line:
                t.caseless = True


def gap(text: str, a: Token, b: Token) -> str:
    """What stands between two words."""
    return text[a.end:b.start]


def joined_by_space(text: str, a: Token, b: Token) -> bool:
    """Two words of one name: only spaces, a hyphen, an apostrophe or a line break between."""
    g = text[a.end:b.start]
    return len(g) <= 4 and regex.fullmatch(r"[\s\-\u00ad\u2010\u2011'’]*", g) is not None \
        and g.count("\n") <= 1
