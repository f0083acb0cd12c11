"""XPath-style conversions, comparisons and arithmetic between expression values."""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from typing import Any

EPOCH = date(1970, 1, 1)
#: Integers beyond this become floats, so no value grows without bound inside arithmetic.
_INT_LIMIT = 10**15
#: What XPath accepts as a number written in text (no exponents, no 'nan' or 'inf').
_NUMERIC = re.compile(r"\s*-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")
_ISO_DATE = re.compile(r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})\s*")


def finite(number: int | float) -> int | float | None:
    """``number`` if it is a usable finite number, else None (the empty value)."""
    if isinstance(number, int):
        if -_INT_LIMIT < number < _INT_LIMIT:
            return number
        try:
            number = float(number)
        except OverflowError:
            return None
    return number if math.isfinite(number) else None


def normalise(value: Any) -> Any:
    """An answer from the interview as one of the value kinds expressions work with."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        return finite(value)
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, dict):
        return value
    return str(value)


def to_number(value: Any) -> int | float | None:
    """The value as a number, or None where XPath would give NaN."""
    if value is None or isinstance(value, list | dict):
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return finite(value)
    if isinstance(value, date):
        return (value - EPOCH).days
    if isinstance(value, str) and _NUMERIC.fullmatch(value):
        text = value.strip()
        return finite(int(text) if "." not in text and len(text) <= 15 else float(text))
    return None


def to_string(value: Any) -> str:
    """The value as text; the empty value is ''."""
    if value is None or isinstance(value, dict):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < _INT_LIMIT else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        # A select_multiple answer reads as its choice names separated by spaces, as in XLSForm.
        return " ".join(to_string(v) for v in value if not isinstance(v, list | dict))
    return str(value)


def truthy(value: Any) -> bool:
    """XPath boolean(): empty, zero, '' and empty lists are false; everything else true."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == value and value != 0  # NaN is false
    if isinstance(value, str | list | dict):
        return len(value) > 0
    return True


def to_date(value: Any) -> date | None:
    """The value as a date: a date, 'YYYY-MM-DD' text, or days since 1970-01-01."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = _ISO_DATE.fullmatch(value)
        if not m:
            return None
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return EPOCH + timedelta(days=int(value))
        except (OverflowError, ValueError):
            return None
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def equal(a: Any, b: Any) -> bool:
    """XPath '=': as booleans, dates or numbers if either side is one, else as text.

    Two texts that both look like numbers compare as numbers, so a likert answer '3'
    equals 3 and '3.0'.
    """
    if isinstance(a, bool) or isinstance(b, bool):
        return truthy(a) == truthy(b)
    if isinstance(a, date) or isinstance(b, date):
        da, db = to_date(a), to_date(b)
        if da is not None and db is not None:
            return da == db
        return to_string(a) == to_string(b)
    if _is_number(a) or _is_number(b):
        na, nb = to_number(a), to_number(b)
        return na is not None and nb is not None and na == nb
    sa, sb = to_string(a), to_string(b)
    if _NUMERIC.fullmatch(sa) and _NUMERIC.fullmatch(sb):
        return to_number(sa) == to_number(sb)
    return sa == sb


def order(op: str, a: Any, b: Any) -> bool:
    """XPath '<', '<=', '>', '>=': as dates if either side is a date, else as numbers.

    Anything that is not a number (the empty value included) makes the comparison false.
    """
    x: Any
    y: Any
    if isinstance(a, date) or isinstance(b, date):
        x, y = to_date(a), to_date(b)
    else:
        x, y = to_number(a), to_number(b)
    if x is None or y is None:
        return False
    if op == "<":
        return bool(x < y)
    if op == "<=":
        return bool(x <= y)
    if op == ">":
        return bool(x > y)
    return bool(x >= y)


def arithmetic(op: str, a: Any, b: Any) -> int | float | None:
    """``a op b`` for + - * div mod; empty if either side is not a number or the result is
    not finite (division by zero included)."""
    x, y = to_number(a), to_number(b)
    if x is None or y is None:
        return None
    if op == "+":
        return finite(x + y)
    if op == "-":
        return finite(x - y)
    if op == "*":
        return finite(x * y)
    if y == 0:
        return None
    if op == "div":
        return finite(x / y)
    # XPath mod truncates: the result takes the sign of the dividend (5 mod -3 = 2).
    if isinstance(x, int) and isinstance(y, int):
        r = abs(x) % abs(y)
        return r if x >= 0 else -r
    return finite(math.fmod(x, y))


def negate(value: Any) -> int | float | None:
    x = to_number(value)
    return None if x is None else -x
