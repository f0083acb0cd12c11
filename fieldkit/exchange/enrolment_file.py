"""The enrolment file a laptop exports for the lead: its interviewer code and signing key.

The file holds nothing secret (a public key, the code, the store id and the key's words); the
lead compares the words with the laptop's screen, or reads them, before enrolling the key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fieldkit import bounded
from fieldkit.atomic import write_file
from fieldkit.crypto.key_words import KeyWordsError, key_to_words, words_to_key
from fieldkit.errors import ExchangeError

FORMAT = "fieldkit-enrolment/1"
SUFFIX = ".fkenrol"
MAX_ENROLMENT_BYTES = 16 * 1024
QR_PREFIX = "fieldkit-enrol:1"


def enrolment_document(store: Any) -> dict[str, str]:
    key = store.signing_key.public_key
    info = store.info
    return {"format": FORMAT, "interviewer": info.interviewer or "", "store_id": info.store_id,
            "public_key": key.hex(), "words": " ".join(key_to_words(key))}


def qr_text(store: Any) -> str:
    """What the laptop's QR code says: the format, the interviewer code and the key."""
    doc = enrolment_document(store)
    return f"{QR_PREFIX}:{doc['interviewer']}:{doc['public_key']}"


def write_enrolment_file(store: Any, path: Path) -> Path:
    data = json.dumps(enrolment_document(store), indent=2, ensure_ascii=False) + "\n"
    return write_file(path, data.encode("utf-8"), mode=0o644)


def read_enrolment_file(path: Path) -> tuple[str, str]:
    """(signing key as hex, interviewer code) from an enrolment file, checked."""
    name = path.name
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ENROLMENT_BYTES + 1)
    except OSError as exc:
        raise ExchangeError(f"cannot read the enrolment file {name} "
                            f"({exc.strerror or type(exc).__name__}).") from None
    if len(raw) > MAX_ENROLMENT_BYTES:
        raise ExchangeError(f"{name} is larger than an enrolment file can be "
                            f"({MAX_ENROLMENT_BYTES:,} bytes); choose the file the laptop "
                            "exported.")
    try:
        doc = bounded.loads(raw)
    except bounded.OutOfBounds as exc:
        raise ExchangeError(f"{name} {exc}; choose the file the laptop exported.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ExchangeError(f"{name} is not a fieldkit enrolment file; choose the file the "
                            "laptop exported.")
    key, code, words = doc.get("public_key"), doc.get("interviewer"), doc.get("words")
    if not all(isinstance(v, str) for v in (key, code, words)):
        raise ExchangeError(f"{name} lacks its key, interviewer code or words.")
    try:
        from_words = words_to_key(str(words)).hex()
    except KeyWordsError as exc:
        raise ExchangeError(f"{name}: its words do not make a key ({exc}).") from None
    if from_words != str(key).lower():
        raise ExchangeError(f"{name}: its key and its words disagree; the file was altered.")
    return from_words, str(code)


def key_given(text: str) -> str:
    """A signing key as a person gives it: 64 hex characters, the key's words, or the path of
    an enrolment file; the key as hex (checked further by the enrolment itself)."""
    if " " in text.strip() or "\n" in text.strip():
        try:
            return words_to_key(text).hex()
        except KeyWordsError as exc:
            raise ExchangeError(f"{exc}.") from None
    path = Path(text)
    if path.suffix == SUFFIX or (len(text) != 64 and path.is_file()):
        return read_enrolment_file(path)[0]
    return text
