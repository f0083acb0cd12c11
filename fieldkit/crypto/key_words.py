"""A signing key read aloud: its 32 bytes as words (one word a byte) and two check words.

The interviewer's laptop shows the words; the lead types them (or reads the QR code or picks
the enrolment file) to enrol the key. The check words, from a SHA-256 of the key, catch a
mistyped or swapped word before anything is enrolled.
"""

from __future__ import annotations

import hashlib
import re

from fieldkit.errors import FieldkitError

from .wordlist import WORDS

KEY_BYTES = 32
CHECK_BYTES = 2
# 256 words, one for each byte value: the first 256 of the passphrase words, all distinct.
BYTE_WORDS: tuple[str, ...] = tuple(WORDS[:256])
_INDEX = {word: n for n, word in enumerate(BYTE_WORDS)}


class KeyWordsError(FieldkitError):
    """Typed words that do not make a signing key; ``str()`` says which word and why."""


def key_to_words(public_key: bytes) -> list[str]:
    """The key's words: 32 for the key, then 2 check words."""
    if len(public_key) != KEY_BYTES:
        raise ValueError("a signing key is 32 bytes")
    check = hashlib.sha256(b"fieldkit key words\0" + public_key).digest()[:CHECK_BYTES]
    return [BYTE_WORDS[b] for b in public_key + check]


def words_to_key(text: str) -> bytes:
    """The key the typed words spell; KeyWordsError names the first word that is wrong."""
    words = re.findall(r"[a-z]+", text.lower())
    want = KEY_BYTES + CHECK_BYTES
    if len(words) != want:
        raise KeyWordsError(f"a key is {want} words and {len(words)} were given; type every "
                            "word the interviewer's laptop shows, in order")
    for n, word in enumerate(words, 1):
        if word not in _INDEX:
            raise KeyWordsError(f"word {n}, '{word[:30]}', is not one of the key words; check "
                                "it against the laptop's screen")
    raw = bytes(_INDEX[w] for w in words)
    key = raw[:KEY_BYTES]
    if key_to_words(key) != words:
        raise KeyWordsError("the words do not check out (one is mistyped or two are swapped); "
                            "compare them with the laptop's screen again")
    return key


def key_fingerprint(public_key: bytes) -> str:
    """A short form to compare at a glance: the first four words and the check words."""
    words = key_to_words(public_key)
    return " ".join([*words[:4], "…", *words[-CHECK_BYTES:]])
