"""Folding words for matching across scripts and spellings: transliteration, keys, skeletons, stems."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from unidecode import unidecode

# Serbian/Croatian-style Latin without diacritics, so Cyrillic and Latin spellings of one
# name fold to the same letters (Петровић, Petrović, Petrovich -> petrovic).
_CYRILLIC = dict(zip(
    "абвгдђеёжзийјклљмнњопрстћуфхцчџшщъыьэюяєіїґѓќѕ",
    ["a", "b", "v", "g", "d", "dj", "e", "e", "z", "z", "i", "i", "j", "k", "l", "lj", "m",
     "n", "nj", "o", "p", "r", "s", "t", "c", "u", "f", "h", "c", "c", "dz", "s", "sc", "",
     "y", "", "e", "yu", "ya", "ye", "i", "yi", "g", "gj", "kj", "dz"], strict=True))
# Modern Greek as names are written in Latin passports (Δημήτριος -> dimitrios).
_GREEK_PAIRS = (("ου", "ou"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("υι", "i"),
                ("αυ", "av"), ("ευ", "ev"), ("μπ", "mb"), ("ντ", "nt"), ("γκ", "ng"),
                ("γγ", "ng"), ("τσ", "ts"), ("τζ", "tz"))
# At the start of a word these pairs are one sound (Μπακογιάννης -> Bakogiannis).
_GREEK_INITIAL = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"))
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
                   "p", "r", "s", "s", "t", "i", "f", "h", "ps", "o"], strict=True))
# Spelling rules applied to every folded word, both the known name and the text's word.
_RULES = (("shch", "sc"), ("tsch", "c"), ("sch", "s"), ("tsh", "c"), ("tch", "c"),
          ("dzh", "z"), ("ch", "c"), ("sh", "s"), ("zh", "z"), ("kh", "h"), ("ph", "f"),
          ("th", "t"), ("gh", "g"), ("dh", "d"), ("ts", "c"), ("dj", "d"), ("dz", "z"),
          ("ck", "k"), ("ue", "u"), ("oe", "o"), ("ae", "a"), ("ou", "u"), ("w", "v"),
          ("y", "i"), ("j", "i"), ("q", "k"), ("x", "ks"))
_VOWELS = frozenset("aeiou")
# Case endings of Slavic (and Baltic) names, on the folded key: Petrovića, Petroviću,
# Petrovićem, Novákovou, Nováková -> Novákové, Kowalskiego, Petrovskog, Petrovskim.
# Written in key spelling (ou -> u, y -> i): Novákovou -> novakovu.
SUFFIXES = ("iego", "ovu", "evu", "ego", "emu", "omu", "ima", "ami", "ovi", "evi", "iem", "og",
            "oi", "ei", "ui", "im", "em", "om", "ih", "iu", "ia", "ie", "a", "e", "i", "u", "o")
NOMINATIVE = ("a", "o", "e", "i")


def script_of(word: str) -> str:
    """'latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'cjk' or 'other' (first letter)."""
    for ch in word:
        if ch.isalpha():
            o = ord(ch)
            if o < 0x250 or 0x1E00 <= o < 0x1F00:
                return "latin"
            if 0x370 <= o < 0x400 or 0x1F00 <= o < 0x2000:
                return "greek"
            if 0x400 <= o < 0x530:
                return "cyrillic"
            if 0x590 <= o < 0x600:
                return "hebrew"
            if 0x600 <= o < 0x800 or 0xFB50 <= o < 0xFF00:
                return "arabic"
            if 0x2E80 <= o < 0xA000 or 0xAC00 <= o < 0xD7B0:
                return "cjk"
            return "other"
    return "latin"


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case ASCII letters of a word in any script (Müller -> muller, Ελένη -> eleni)."""
    low = word.lower()
    script = script_of(low)
    if script == "cyrillic":
        low = "".join(_CYRILLIC.get(c, c) for c in low)
    elif script == "greek":
        low = _strip_marks(low)
        for a, b in _GREEK_INITIAL:
            if low.startswith(a):
                low = b + low[len(a):]
        for a, b in _GREEK_PAIRS:
            low = low.replace(a, b)
        low = "".join(_GREEK.get(c, c) for c in low)
    out = unidecode(low).lower()
    return "".join(c for c in out if c.isalnum())


def _collapse(text: str) -> str:
    out: list[str] = []
    for c in text:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=200_000)
def key(word: str) -> str:
    """A spelling key: folded, then German, Slavic and English transliteration variants made
    equal (Mueller = Müller, Petrovich = Petrović, Yovanovic = Jovanović), doubles collapsed."""
    k = fold(word)
    for a, b in _RULES:
        if a in k:
            k = k.replace(a, b)
    return _collapse(k)


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """Consonants of the key: what survives abjad scripts and vowel spellings
    (Mohammed, Muhammad, محمد -> mhmd)."""
    return _collapse("".join(c for c in key(word) if c not in _VOWELS and c.isalpha()))


@lru_cache(maxsize=200_000)
def abjad(word: str) -> str:
    """Consonants as an abjad script writes them, for Arabic and Hebrew names: long vowels
    (w, y) go too (Youssef, يوسف -> sf; Al-Tahiri's Tahiri, طاهري -> thr)."""
    k = fold(word)
    for a, b in (("sh", "s"), ("kh", "h"), ("gh", "g"), ("ou", "u"), ("q", "k"), ("j", "g"),
                 ("ce", "se"), ("ci", "si"), ("c", "k")):
        k = k.replace(a, b)
    return _collapse("".join(c for c in k if c.isalpha() and c not in "aeiouyw"))


def arabic_article(word: str) -> str | None:
    """The word without its Arabic article (السيد -> سيد), or None."""
    if script_of(word) == "arabic" and word.startswith("ال") and len(word) > 3:
        return word[2:]
    return None


def stem_forms(name_key: str) -> set[str]:
    """Forms a case ending may be added to: the key and, for a name ending in a nominative
    vowel (Nováková, Mrkvička, Kowalski), the key without it."""
    out = {name_key}
    if len(name_key) >= 5 and name_key[-1] in NOMINATIVE:
        out.add(name_key[:-1])
    if len(name_key) >= 6 and name_key[-2:] in ("os", "is", "as", "es", "us"):
        out.add(name_key[:-2])  # Greek and Baltic: Papadakis -> Papadaki, Kazlauskas -> -o
    return out


def ending_bases(text_key: str) -> list[str]:
    """Bases of a text word once a case ending is taken off (Petrovicem -> petrovic)."""
    return [text_key[: -len(s)] for s in SUFFIXES
            if text_key.endswith(s) and len(text_key) - len(s) >= 4]
