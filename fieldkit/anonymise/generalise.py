"""Generalisation rules: date to month, numbers to bands, values through a mapping, top-coding."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from unidecode import unidecode

from fieldkit.errors import AnonymisationError

SPECIALS = frozenset({".r", ".d", ".n"})


class UnknownValue(AnonymisationError):
    """A value that the plan's generalisation does not cover: it is refused, never passed on,
    and no override reason lets it through."""

    can_override = False

    def __init__(self, value: Any, where: str = "", how: str = "mapping"):
        self.value, self.where, self.how = value, where, how
        at = f" of {where}" if where else ""
        if how == "bands":
            fix = "is outside every band of the plan; widen the bands or top-code"
        else:
            fix = "is not in the plan's mapping; add it to the mapping or set a default"
        super().__init__(f"the value '{value}'{at} {fix}")

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


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return None if math.isnan(value) else float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def to_band(value: Any, bands: list[list[Any]], strict: bool = True) -> Any:
    """The band's label; a value outside every band (or not a number) raises UnknownValue
    when ``strict``, else comes back unchanged."""
    if value is None or value == "" or value in SPECIALS:
        return value
    number = _number(value)
    if number is not None:
        for low, high, label in bands:
            if number >= low and (high is None or number < high + 1):
                return label
    if strict:
        raise UnknownValue(value, how="bands")
    return value


def to_rank(value: Any, ranks: list[list[Any]] | None = None) -> Any:
    if not isinstance(value, str) or not value or value in SPECIALS:
        return value
    folded = fold(value)
    for words, label in ranks or RANK_BANDS:
        if any(w in folded for w in words):
            return label
    return OTHER_RANK


_FOLDED: dict[int, tuple[dict[str, str], int, dict[str, str]]] = {}


def _folded(mapping: dict[str, str]) -> dict[str, str]:
    """The mapping with folded keys, kept while the same mapping is used unchanged."""
    found = _FOLDED.get(id(mapping))
    if found is None or found[0] is not mapping or found[1] != len(mapping):
        if len(_FOLDED) > 32:
            _FOLDED.clear()
        found = (mapping, len(mapping), {fold(str(k)): v for k, v in mapping.items()})
        _FOLDED[id(mapping)] = found
    return found[2]


_BY_COUNTRY: dict[int, tuple[dict[str, str], int, dict[str, str]]] = {}


def _country_group(value: str, mapping: dict[str, str]) -> str | None:
    """The group of the mapped country that ``value`` is another name of ('Slovak Republic',
    'Slovaquie' -> the group of 'Slovakia'), by ISO code."""
    from fieldkit.anonymise.gazetteer import countries, phrase

    index = countries()
    found = _BY_COUNTRY.get(id(mapping))
    if found is None or found[0] is not mapping or found[1] != len(mapping):
        codes: dict[str, str] = {}
        for name, group in mapping.items():
            code = index.get(phrase(str(name)))
            if code:
                codes.setdefault(code, group)
        found = (mapping, len(mapping), codes)
        _BY_COUNTRY[id(mapping)] = found
    code = index.get(phrase(value))
    return found[2].get(code) if code else None


def through_mapping(value: Any, mapping: dict[str, str], default: str | None,
                    strict: bool = True, match: str | None = None) -> Any:
    """The value's group; an unmapped value takes ``default``, else raises UnknownValue
    (``strict``) or comes back unchanged. ``match="country"`` also maps any other name of a
    mapped country."""
    if value is None or value == "" or value in SPECIALS:
        return value
    found = _folded(mapping).get(fold(str(value)))
    if found is None and match == "country":
        found = _country_group(str(value), mapping)
    if found is not None:
        return found
    if default is not None:
        return default
    if strict:
        raise UnknownValue(value)
    return value


def top_code(value: Any, at: float) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > at:
        return int(at) if float(at).is_integer() else at
    return value


def generalise_value(value: Any, params: dict[str, Any], strict: bool = True) -> Any:
    """Apply one plan entry's generalisation (``to``: month, bands, rank or mapping); a value
    the plan does not cover raises UnknownValue unless ``strict`` is off."""
    to = params.get("to")
    if isinstance(value, list):
        return [generalise_value(v, params, strict) for v in value]
    if to == "month":
        return to_month(value)
    if to == "bands":
        return to_band(value, params.get("bands") or DEFAULT_BANDS, strict)
    if to == "rank":
        return to_rank(value, params.get("ranks"))
    if to == "mapping":
        return through_mapping(value, params.get("mapping") or {}, params.get("default"),
                               strict, params.get("match"))
    return value


def categories(params: dict[str, Any]) -> list[str]:
    """The values a generalisation can give, in a stable order (bands and ranks as listed,
    mapped groups sorted, the default last); empty for month."""
    to = params.get("to")
    if to == "bands":
        return [str(b[2]) for b in params.get("bands") or DEFAULT_BANDS]
    if to == "rank":
        return [str(label) for _w, label in params.get("ranks") or RANK_BANDS] + [OTHER_RANK]
    if to == "mapping":
        out = sorted({str(v) for v in (params.get("mapping") or {}).values()})
        default = params.get("default")
        return out + ([str(default)] if default is not None and default not in out else [])
    return []


def describe(params: dict[str, Any]) -> str:
    """What a generalised variable now holds, for its label: "banded: 0-2, 3-5, 6+"."""
    to = params.get("to")
    if to == "bands":
        return "banded: " + ", ".join(categories(params))
    if to == "rank":
        return "rank band"
    if to == "mapping":
        holds = params.get("holds")
        return f"grouped: {holds}" if holds else f"grouped into {len(categories(params))} groups"
    if to == "month":
        return "month only"
    if "at" in params:
        at = params["at"]
        return f"top-coded at {int(at) if float(at).is_integer() else at}"
    return ""


def entry_transform(entry: dict[str, Any],
                    strict: bool = True) -> Callable[[Any], Any] | None:
    """The value function of a plan entry: its generalisation (``to``) for generalise and
    suppress, its top-coding (``at``) for top_code and suppress; None when values stay."""
    action = entry.get("action")
    if action in ("generalise", "suppress") and entry.get("to"):
        return lambda v: generalise_value(v, entry, strict)
    if action in ("top_code", "suppress") and isinstance(entry.get("at"), int | float):
        return lambda v: top_code(v, entry["at"])
    return None


def suppressible(entry: dict[str, Any]) -> bool:
    """Whether the plan lets this column be blanked for the records still at risk."""
    return entry.get("action") == "suppress" or (
        entry.get("suppress") is True and entry.get("action") in ("generalise", "top_code",
                                                                   "keep"))
