"""Answers typed in a fixed form: times, moments, coordinates, rankings (XLSForm's types).

Each function takes what the interviewer typed (or a back-entry file holds) and returns the
value as stored, or raises InvalidAnswer with the form it should take.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from fieldkit.interview.errors import InvalidAnswer

#: What each type expects, for placeholders and messages.
HINTS = {
    "time": "HH:MM, e.g. 14:30",
    "datetime": "YYYY-MM-DD HH:MM, e.g. 2009-06-12 14:30",
    "geopoint": "latitude longitude, e.g. 9.0108 38.7613",
    "geotrace": "two or more points separated by ';', e.g. 9.01 38.76; 9.02 38.77",
    "geoshape": "points separated by ';', the last the same as the first",
}
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")


def time_of_day(value: Any) -> str:
    text = str(value).strip()
    m = _TIME.match(text)
    if not m:
        raise InvalidAnswer(f"'{text}' is not a time ({HINTS['time']})")
    return f"{int(m.group(1)):02d}:{m.group(2)}" + (f":{m.group(3)}" if m.group(3) else "")


def moment(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    text = str(value).strip().replace("T", " ")
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InvalidAnswer(f"'{text}' is not a date and time ({HINTS['datetime']})") from None
    return parsed.isoformat(sep=" ", timespec="minutes")


def _point(text: str, whole: str, kind: str) -> str:
    parts = text.split()
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    if not 2 <= len(numbers) <= 4:
        raise InvalidAnswer(f"'{whole}' is not a location ({HINTS[kind]})")
    lat, lon = numbers[0], numbers[1]
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidAnswer(f"'{text}' is off the globe: latitude runs from -90 to 90 and "
                            "longitude from -180 to 180")
    if len(numbers) == 4 and numbers[3] < 0:
        raise InvalidAnswer(f"'{text}' gives a negative accuracy")
    return " ".join(parts)


def location(value: Any, kind: str) -> str:
    """A geopoint, or the points of a geotrace or geoshape, as 'lat lon[; lat lon...]'."""
    text = str(value).strip()
    if kind == "geopoint":
        return _point(text, text, kind)
    points = [_point(p.strip(), text, kind) for p in text.split(";") if p.strip()]
    if kind == "geotrace" and len(points) < 2:
        raise InvalidAnswer(f"a line needs at least two points ({HINTS[kind]})")
    closed = len(points) >= 4 and points[0].split()[:2] == points[-1].split()[:2]
    if kind == "geoshape" and not closed:
        raise InvalidAnswer(f"a shape needs at least three corners and ends where it starts "
                            f"({HINTS[kind]})")
    return "; ".join(points)


def ranking(value: Any, names: list[str]) -> list[str]:
    """Every choice once, first ranked first (a list, or names separated by spaces)."""
    order = value.split() if isinstance(value, str) else [str(v) for v in value]
    unknown = [n for n in order if n not in names]
    if unknown:
        raise InvalidAnswer(f"'{unknown[0]}' is not one of the choices ({', '.join(names)})")
    if len(set(order)) != len(order) or set(order) != set(names):
        raise InvalidAnswer(f"rank every choice once: {', '.join(names)}")
    return order
