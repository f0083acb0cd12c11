"""The passphrase gate: refuses weak new passphrases with a reason, and suggests strong ones.

Beyond length and variety, the cost of guessing is estimated with zxcvbn (dictionaries, names,
keyboard walks, l33t, dates, repeats) on the passphrase as typed and with its separators taken
out, with the study's own words (its organisations, places and trade) counted as known words;
well-known phrases and phrases that repeat their words are refused outright.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable

from zxcvbn import zxcvbn  # type: ignore[import-untyped]  # no stubs of its own

from .wordlist import WORDS

MIN_LENGTH = 12
MIN_DISTINCT = 6
# A single class (say, lowercase letters and spaces) is fine once it is a real several-word phrase.
ONE_CLASS_OK_LENGTH = 20
SUGGESTED_WORDS = 6

# The fragments people reach for first; a passphrase that is mostly these is guessed early.
COMMON = (
    "password", "passw0rd", "passphrase", "qwerty", "azerty", "qwertz", "asdf", "zxcv",
    "letmein", "welcome", "admin", "login", "iloveyou", "monkey", "dragon", "master",
    "secret", "sunshine", "princess", "football", "baseball", "shadow", "superman",
    "trustno1", "changeme", "default", "fieldkit", "interview", "embassy", "diplomat",
    "ambassador", "mission", "geneva", "vienna", "brussels", "newyork", "abc", "xyz",
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")

# About 43 bits: a store's key slot costs 0.3-0.4 s of one core per guess (Argon2id), so
# finding a passphrase at this estimate takes on average some 60,000 core-years.
MIN_GUESSES_LOG10 = 13.0
ESTIMATE_CHARS = 72  # zxcvbn's own bound: longer text is estimated on its first 72 characters
# Phrases everyone has seen; they are in every guessing list whatever zxcvbn thinks of them.
FAMOUS_PHRASES = (
    "correct horse battery staple", "the quick brown fox jumps over the lazy dog",
    "to be or not to be", "may the force be with you", "all your base are belong to us",
    "keep calm and carry on", "winter is coming", "this is sparta", "live laugh love",
    "veni vidi vici", "carpe diem", "in god we trust", "god save the queen", "yes we can",
    "hello world", "open sesame", "let me in", "i love you", "the cake is a lie",
    "one ring to rule them all", "liberte egalite fraternite", "hakuna matata",
    "we the people", "e pluribus unum", "i am the walrus", "do or do not there is no try",
)
# The study's own words: its organisations, places and trade are the first an attacker tries.
STUDY_WORDS = (
    "african", "union", "european", "organization", "organisation", "american", "states",
    "osce", "oas", "nato", "united", "nations", "au", "eu", "un", "psc", "peace", "security",
    "council", "committee", "permanent", "political", "cooperation", "addis", "ababa",
    "nairobi", "brussels", "vienna", "geneva", "washington", "new", "york", "strasbourg",
    "diplomat", "diplomacy", "diplomatic", "ambassador", "embassy", "mission", "delegation",
    "envoy", "minister", "informal", "relations", "fieldkit", "interview", "interviewer",
    "survey", "research", "study", "fieldwork", "field", "respondent", "protocol",
)
_REASONS = {
    "user_inputs": "the study's own words (its organisations, places or trade)",
    "l33t": "a common word with letters swapped for digits or symbols",
    "dictionary": "common words or names",
    "spatial": "a keyboard pattern",
    "repeat": "repeated characters or words",
    "sequence": "a run such as abc or 123",
    "date": "a date or year",
    "regex": "a date or year",
}


def suggest_passphrase(words: int = SUGGESTED_WORDS) -> str:
    """Several random common words (about 52 bits for six): easy to type, hard to guess."""
    return " ".join(secrets.choice(WORDS) for _ in range(words))


def check_passphrase(passphrase: str, interviewer: str | None = None,
                     study_words: Iterable[str] = ()) -> str | None:
    """None if ``passphrase`` is acceptable, else one sentence saying why not and what to do.

    ``study_words`` adds words of this study (organisation or place names from its protocol)
    to those the estimate counts as known."""
    hint = f"; try several unrelated words, such as '{suggest_passphrase()}'."
    text = passphrase or ""
    if len(text) < MIN_LENGTH:
        return f"The passphrase is too short: use at least {MIN_LENGTH} characters{hint}"
    if len(set(text)) < MIN_DISTINCT:
        return f"The passphrase uses too few different characters{hint}"
    code = (interviewer or "").strip().lower()
    if len(code) >= 2 and code in text.lower():
        return f"The passphrase must not contain your interviewer code{hint}"
    if len(_strip_common(text)) < MIN_LENGTH - 4:
        return f"The passphrase is built on a common word or sequence{hint}"
    if _classes(text) == 1 and len(text) < ONE_CLASS_OK_LENGTH:
        return ("The passphrase uses only one kind of character (make it longer "
                f"or mix in digits and symbols){hint}")
    return _guessing_problem(text, [code, *study_words], hint)


def _squeezed(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())


def _guessing_problem(text: str, known: list[str], hint: str) -> str | None:
    """Famous phrases, repeated words, and zxcvbn's estimate of the guesses needed."""
    squeezed = _squeezed(text)
    for phrase in FAMOUS_PHRASES:
        if (famous := _squeezed(phrase)) in squeezed and len(squeezed) - len(famous) < 8:
            return f"The passphrase is a well-known phrase that guessing lists hold{hint}"
    words = re.findall(r"[^\W_]+", text.lower())
    if len(words) >= 3 and len(set(words)) * 2 <= len(words):
        return f"The passphrase repeats its words, which adds little to guess{hint}"
    inputs = [w for w in {*STUDY_WORDS, *(k.lower() for k in known)} if w]
    weakest = min((zxcvbn(variant[:ESTIMATE_CHARS], user_inputs=inputs)
                   for variant in {text, re.sub(r"[\s_.\-]+", "", text)} if variant),
                  key=lambda r: float(r["guesses_log10"]))
    if float(weakest["guesses_log10"]) >= MIN_GUESSES_LOG10:
        return None
    reasons: list[str] = []
    for match in weakest["sequence"]:
        kind = ("user_inputs" if match.get("dictionary_name") == "user_inputs"
                else "l33t" if match.get("l33t") else match["pattern"])
        reason = _REASONS.get(kind)
        if reason and reason not in reasons:
            reasons.append(reason)
    built = f": it is built on {' and '.join(reasons[:2])}" if reasons else (
        ": it needs more characters or more words")
    return f"The passphrase would be guessed too soon{built}{hint}"


def _classes(text: str) -> int:
    kinds = [r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9\s]"]
    # Spaces between words are separators, not a class of their own.
    return sum(bool(re.search(kind, text)) for kind in kinds)


def _strip_common(text: str) -> str:
    """What is left of the passphrase once common words, runs and repeats are taken out."""
    rest = re.sub(r"[\s_\-.]+", "", text.lower())
    rest = re.sub(r"(.)\1{2,}", "", rest)  # aaaa, 1111
    for word in sorted(COMMON, key=len, reverse=True):
        rest = rest.replace(word, "")
    return _strip_runs(rest)


def _strip_runs(text: str, length: int = 4) -> str:
    """Remove runs of ``length`` or more consecutive keys or letters (abcd, 4321, qwer)."""
    keep = [True] * len(text)
    for seq in _SEQUENCES + tuple(s[::-1] for s in _SEQUENCES):
        for i in range(len(text) - length + 1):
            j = i
            while j < len(text) and j - i < len(seq) and text[i:j + 1] in seq:
                j += 1
            if j - i >= length:
                for k in range(i, j):
                    keep[k] = False
    return "".join(ch for ch, k in zip(text, keep, strict=True) if k)
