"""The XPath and ODK functions real XLSForm calculations use, with XLSForm's semantics."""

from __future__ import annotations

import math
import secrets
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from fieldkit.protocol.expr_values import finite, to_date, to_number, to_string

#: ODK's format-date tokens, as strftime directives.
_DATE_TOKENS = {"%Y": "%Y", "%y": "%y", "%m": "%m", "%n": "{n}", "%d": "%d", "%e": "{e}",
                "%H": "%H", "%h": "{h}", "%M": "%M", "%S": "%S", "%3": "{ms}", "%a": "%a",
                "%b": "%b"}


def _values(value: Any) -> list[Any]:
    """A node-set (a repeat's answers, a select_multiple) or one value, as a list."""
    if isinstance(value, list):
        return [v for v in value if not isinstance(v, list | dict)]
    return [] if value is None else [value]


def _numbers(*values: Any) -> list[int | float] | None:
    out = []
    for value in values:
        for v in _values(value):
            x = to_number(v)
            if x is None:
                return None  # XPath: any NaN makes the aggregate NaN
            out.append(x)
    return out


def _sum(value: Any) -> int | float | None:
    nums = _numbers(value)
    return None if nums is None else finite(sum(nums))


def _min(*values: Any) -> int | float | None:
    nums = _numbers(*values)
    return min(nums) if nums else None


def _max(*values: Any) -> int | float | None:
    nums = _numbers(*values)
    return max(nums) if nums else None


def _substr(text: Any, start: Any, end: Any = None) -> str:
    """ODK substr(): 0-based start, end excluded."""
    s, a = to_string(text), to_number(start)
    if a is None:
        return ""
    b = to_number(end) if end is not None else len(s)
    if b is None:
        return ""
    return s[max(0, int(a)):max(0, int(b))]


def _selected_at(value: Any, index: Any) -> str:
    names = to_string(value).split() if not isinstance(value, list) else \
        [to_string(v) for v in value]
    i = to_number(index)
    if i is None or not 0 <= int(i) < len(names):
        return ""
    return names[int(i)]


def _as_datetime(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and "T" in value:
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    day = to_date(value)
    return datetime(day.year, day.month, day.day) if day else None


def format_date(value: Any, pattern: Any) -> str:
    moment = _as_datetime(value)
    if moment is None:
        return ""
    out, fmt, i = [], to_string(pattern), 0
    while i < len(fmt):
        token = fmt[i:i + 2]
        if token in _DATE_TOKENS:
            piece = moment.strftime(_DATE_TOKENS[token]) if "{" not in _DATE_TOKENS[token] else \
                _DATE_TOKENS[token].format(n=moment.month, e=moment.day, h=moment.hour,
                                           ms=f"{moment.microsecond // 1000:03d}")
            out.append(piece)
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _decimal_date_time(value: Any) -> float | None:
    """ODK's decimal-date-time(): days since 1970-01-01 UTC, the time of day as a fraction."""
    moment = _as_datetime(value)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a moment without a zone is the computer's local time
    return (moment - _EPOCH).total_seconds() / 86400


def _date_time(value: Any) -> str:
    """ODK's date-time(): a number of days since 1970-01-01 UTC as a moment (ISO 8601); any
    other value as the moment it already is."""
    days = to_number(value) if not isinstance(value, str) or "-" not in value else None
    if days is None:
        moment = _as_datetime(value)
        return moment.isoformat(timespec="milliseconds") if moment else ""
    try:
        return (_EPOCH + timedelta(days=days)).isoformat(timespec="milliseconds")
    except OverflowError:
        return ""


def _uuid(length: Any = None) -> str:
    """ODK's uuid(): a version 4 UUID; uuid(N): N random letters and digits."""
    n = to_number(length) if length is not None else None
    if n is None:
        return str(uuid.uuid4())
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(secrets.choice(alphabet) for _ in range(max(0, min(int(n), 1000))))


def _date(value: Any) -> date | None:
    return to_date(value)


def _rounded(fn: Callable[[float], int]) -> Callable[[Any], int | None]:
    def apply(value: Any) -> int | None:
        x = to_number(value)
        return None if x is None else fn(x)
    return apply


def _pow(a: Any, b: Any) -> int | float | None:
    x, y = to_number(a), to_number(b)
    if x is None or y is None:
        return None
    try:
        return finite(math.pow(x, y))
    except (OverflowError, ValueError):
        return None


def _abs(value: Any) -> int | float | None:
    x = to_number(value)
    return None if x is None else abs(x)


def _translate(text: Any, source: Any, target: Any) -> str:
    s, a, b = to_string(text), to_string(source), to_string(target)
    table = {ord(c): (b[i] if i < len(b) else None) for i, c in reversed(list(enumerate(a)))}
    return s.translate(table)


def _math(fn: Callable[..., float]) -> Callable[..., int | float | None]:
    """An XPath math function: the empty value for what is not a number or out of domain."""
    def apply(*values: Any) -> int | float | None:
        xs = [to_number(v) for v in values]
        if any(x is None for x in xs):
            return None
        try:
            return finite(fn(*xs))
        except (OverflowError, ValueError, ZeroDivisionError):
            return None
    return apply


MATH: dict[str, Callable[..., float]] = {"sqrt": math.sqrt, "exp": math.exp, "exp10": lambda x: math.pow(10, x),
        "log": math.log, "log10": math.log10, "sin": math.sin, "cos": math.cos,
        "tan": math.tan, "asin": math.asin, "acos": math.acos, "atan": math.atan,
        "atan2": math.atan2}

FUNCTIONS: dict[str, Callable[..., Any]] = {
    **{name: _math(fn) for name, fn in MATH.items()},
    "pi": lambda: math.pi,
    # once() keeps the first value it gives; outside an interview there is only one
    "once": lambda value: value,
    "random": lambda: secrets.randbelow(2**53) / 2**53,
    "decimal-date-time": _decimal_date_time,
    "date-time": _date_time,
    "uuid": _uuid,
    "substr": _substr,
    "format-date": format_date,
    "format-date-time": format_date,
    "date": _date,
    "selected-at": _selected_at,
    "sum": _sum,
    "min": _min,
    "max": _max,
    "abs": _abs,
    "pow": _pow,
    "floor": _rounded(math.floor),
    "ceiling": _rounded(math.ceil),
    "normalize-space": lambda s: " ".join(to_string(s).split()),
    "translate": _translate,
    "substring-before": lambda s, t: to_string(s).partition(to_string(t))[0]
    if to_string(t) in to_string(s) else "",
    "substring-after": lambda s, t: to_string(s).partition(to_string(t))[2],
    "duration": lambda: None,
    "device-info": lambda *_: None,
    "join": lambda sep, value: to_string(sep).join(to_string(v) for v in _values(value)),
}
