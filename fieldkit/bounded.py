"""Untrusted JSON and plain data within bounds: nesting, numbers, text that UTF-8 can carry.

Every reader of a file a user or a colleague hands the program (session files, back-entry
interviews) parses through ``loads`` and every YAML reader checks its result with ``problem``,
so a hostile file ends in one sentence, not an internal error, in bounded time and memory.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64
MAX_INT = 2**53  # beyond what JSON readers elsewhere keep exactly, and beyond any count here
MAX_TEXT = 1_000_000  # characters in one string


class OutOfBounds(ValueError):
    """``str()`` is a clause naming what is wrong ('nests deeper than 64 levels')."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise OutOfBounds(f"has the key '{key[:40]}' twice in one record")
        out[key] = value
    return out


def _constant(name: str) -> Any:
    raise OutOfBounds(f"holds {name}, which is not a number JSON allows")


def loads(raw: bytes | str) -> Any:
    """Parse JSON; OutOfBounds (a clause) for anything malformed, too deep or out of range."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise OutOfBounds(f"is not UTF-8 text (byte {exc.start})") from None
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except RecursionError:
        raise OutOfBounds(f"nests deeper than {MAX_DEPTH} levels") from None
    except OutOfBounds:
        raise
    except ValueError as exc:  # JSONDecodeError, or an integer of thousands of digits
        if not isinstance(exc, json.JSONDecodeError):
            raise OutOfBounds("holds a number of thousands of digits") from None
        raise OutOfBounds(f"is not valid JSON (line {exc.lineno})") from None
    found = problem(value)
    if found:
        raise OutOfBounds(found)
    return value


def problem(value: Any) -> str | None:
    """What makes plain data (from JSON or YAML) unsafe to go on with, or None."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return f"nests deeper than {MAX_DEPTH} levels"
        if isinstance(item, dict):
            stack.extend((k, depth + 1) for k in item)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if abs(item) > MAX_INT:
                return f"holds a number beyond ±2^53 ({str(item)[:12]}...)"
        elif isinstance(item, float):
            if item != item or item in (float("inf"), float("-inf")):
                return "holds a number that is not finite"
        elif isinstance(item, str):
            if len(item) > MAX_TEXT:
                return f"holds a text longer than {MAX_TEXT:,} characters"
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return "holds text with a lone UTF-16 surrogate (\\ud800-\\udfff), which is not text"
    return None
