"""The passphrase gate: refuses weak new passphrases with a reason, and suggests strong ones."""

from __future__ import annotations

import re
import secrets

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


def suggest_passphrase(words: int = SUGGESTED_WORDS) -> str:
    """Several random common words (about 52 bits for six): easy to type, hard to guess."""
    return " ".join(secrets.choice(WORDS) for _ in range(words))


def check_passphrase(passphrase: str, interviewer: str | None = None) -> str | None:
    """None if ``passphrase`` is acceptable, else one sentence saying why not and what to do."""
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
    return None


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
