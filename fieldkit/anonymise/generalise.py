"""Generalisation rules: date to month, numbers to bands, values through a mapping, top-coding."""

from __future__ import annotations

import math
from typing import Any

from unidecode import unidecode

SPECIALS = frozenset({".r", ".d", ".n"})

#: Years in post (or any count) in bands: [low, high or None, label].
DEFAULT_BANDS: list[list[Any]] = [[0, 2, "0-2"], [3, 5, "3-5"], [6, None, "6+"]]

#: Role to rank band, matched on folded words, first match wins.
RANK_BANDS: list[list[Any]] = [
    [["ambassador", "permanent representative", "charge", "head of delegation",
      "head of mission", "special representative"], "head of delegation"],
    [["deputy", "minister counsellor", "minister-counsellor"], "deputy head"],
    [["counsellor", "secretary", "attache", "adviser", "advisor", "officer", "official",
      "diplomat"], "diplomatic staff"],
]
OTHER_RANK = "other"


def fold(text: str) -> str:
    """Text without accents and case, for matching."""
    return unidecode(text).lower().strip()


def to_month(value: Any) -> Any:
    """An ISO date or datetime as ``YYYY-MM``."""
    if isinstance(value, str) and value not in SPECIALS and len(value) >= 7:
        return value[:7]
    return value


def to_band(value: Any, bands: list[list[Any]]) -> Any:
    if not isinstance(value, int | float) or isinstance(value, bool) or math.isnan(value):
        return value
    for low, high, label in bands:
        if value >= low and (high is None or value < high + 1):
            return label
    return value


def to_rank(value: Any, ranks: list[list[Any]] | None = None) -> Any:
    if not isinstance(value, str) or not value or value in SPECIALS:
        return value
    folded = fold(value)
    for words, label in ranks or RANK_BANDS:
        if any(w in folded for w in words):
            return label
    return OTHER_RANK


def through_mapping(value: Any, mapping: dict[str, str], default: str | None) -> Any:
    if not isinstance(value, str) or not value or value in SPECIALS:
        return value
    folded = {fold(k): v for k, v in mapping.items()}
    found = folded.get(fold(value))
    if found is not None:
        return found
    return default if default is not None else value


def top_code(value: Any, at: float) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > at:
        return int(at) if float(at).is_integer() else at
    return value


def generalise_value(value: Any, params: dict[str, Any]) -> Any:
    """Apply one plan entry's generalisation (``to``: month, bands, rank or mapping)."""
    to = params.get("to")
    if isinstance(value, list):
        return [generalise_value(v, params) for v in value]
    if to == "month":
        return to_month(value)
    if to == "bands":
        return to_band(value, params.get("bands") or DEFAULT_BANDS)
    if to == "rank":
        return to_rank(value, params.get("ranks"))
    if to == "mapping":
        return through_mapping(value, params.get("mapping") or {}, params.get("default"))
    return value
