"""Keyed pseudonyms: HMAC-SHA256 of (domain, value), the same code for the same person anywhere."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from fieldkit.errors import AnonymisationError

MIN_KEY_BYTES = 16
CODE_HEX = 8  # 32 bits: collisions stay unlikely for the few thousand ids a study has


def check_key(key: bytes) -> bytes:
    if not isinstance(key, bytes | bytearray) or len(key) < MIN_KEY_BYTES:
        raise AnonymisationError(
            f"the pseudonym key must be at least {MIN_KEY_BYTES} bytes; "
            "use the key kept in the lead's store")
    return bytes(key)


def pseudonym(key: bytes, domain: str, value: Any, prefix: str = "P") -> Any:
    """``P-3F2A9C01`` for a value; None and special codes stay as they are."""
    if value is None or value == "" or value in (".r", ".d", ".n"):
        return value
    digest = hmac.new(key, f"{domain}\x1f{value}".encode(), hashlib.sha256).hexdigest()
    return f"{prefix}-{digest[:CODE_HEX].upper()}"
