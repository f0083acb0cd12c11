"""Turning what an interviewer typed into a typed answer, and checking it against its item."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from fieldkit.protocol.model import CHOICE_TYPES, Item, ItemType, Protocol
from fieldkit.store import attachments
from fieldkit.store.texts import MAX_ANSWER_CHARS

from . import formats
from .errors import InvalidAnswer

__all__ = ["InvalidAnswer", "coerce"]

MAX_TEXT = MAX_ANSWER_CHARS  # characters in an open answer (the store's limit)
YES = {"yes", "y", "oui", "o", "true", "1"}
NO = {"no", "n", "non", "false", "0"}


def coerce(protocol: Protocol, item: Item, value: Any) -> Any:
    """The typed answer for ``value`` (text from a form or JSON), or InvalidAnswer."""
    t = item.type
    if t in (ItemType.note, ItemType.repeat, ItemType.name_generator):
        raise InvalidAnswer(f"'{item.id}' is a {t.value} and takes no direct answer")
    if value is None or (isinstance(value, str) and not value.strip() and t != ItemType.long_text):
        raise InvalidAnswer("an empty answer is not an answer; clear the item instead")
    if t == ItemType.integer:
        return _integer(value)
    if t == ItemType.decimal:
        return _decimal(value)
    if t == ItemType.yes_no:
        text = str(value).strip().lower()
        if isinstance(value, bool):
            return "yes" if value else "no"
        if text in YES:
            return "yes"
        if text in NO:
            return "no"
        raise InvalidAnswer(f"'{value}' is not yes or no")
    if t in (ItemType.select_one, ItemType.likert):
        names = [c.name for c in protocol.choices_for(item)]
        text = str(value).strip()
        if text not in names:
            raise InvalidAnswer(f"'{text}' is not one of the choices ({', '.join(names)})")
        return text
    if t == ItemType.select_multiple:
        names = [c.name for c in protocol.choices_for(item)]
        chosen = value.split() if isinstance(value, str) else list(value)
        unknown = [str(c) for c in chosen if str(c) not in names]
        if unknown:
            raise InvalidAnswer(f"'{unknown[0]}' is not one of the choices ({', '.join(names)})")
        return [n for n in names if n in {str(c) for c in chosen}]  # protocol order, no repeats
    if t == ItemType.date:
        return _date(value)
    if t == ItemType.time:
        return formats.time_of_day(value)
    if t == ItemType.datetime:
        return formats.moment(value)
    if t in (ItemType.geopoint, ItemType.geotrace, ItemType.geoshape):
        return formats.location(value, t.value)
    if t == ItemType.rank:
        return formats.ranking(value, [c.name for c in protocol.choices_for(item)])
    if t == ItemType.attachment:
        try:  # a file chosen from disk, or a value as stored (from a file entered from paper)
            if isinstance(value, dict):
                return attachments.checked(value, item.media_kind)
            return attachments.read_attachment(str(value), item.media_kind)
        except attachments.AttachmentError as exc:
            raise InvalidAnswer(str(exc)) from None
    text = str(value)
    if len(text) > MAX_TEXT:
        raise InvalidAnswer(f"the text is longer than {MAX_TEXT:,} characters")
    if t == ItemType.text:
        return text.strip()
    return text


def value_text(protocol: Protocol, item: Item, value: Any, language: str | None = None) -> str:
    """An answer's value as the interviewer reads it: choice labels, numbers without '.0'."""
    if item.type in CHOICE_TYPES or item.type == ItemType.yes_no:
        labels = {c.name: protocol.text(c.label, language) for c in protocol.choices_for(item)}
        names = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(str(n), str(n)) for n in names)
    if item.type == ItemType.attachment:
        return attachments.describe(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def check_bounds(item: Item, value: Any) -> str | None:
    """The problem with a typed numeric answer against the item's min and max, if any."""
    if item.type not in (ItemType.integer, ItemType.decimal) or value is None:
        return None
    units = f" {item.units}" if item.units else ""
    if item.min is not None and value < item.min:
        return f"the answer must be at least {item.min:g}{units}"
    if item.max is not None and value > item.max:
        return f"the answer must be at most {item.max:g}{units}"
    return None


def _integer(value: Any) -> int:
    if isinstance(value, bool):
        raise InvalidAnswer("a yes/no value is not a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip().replace("\u2212", "-")
    try:
        return int(text)
    except ValueError:
        raise InvalidAnswer(f"'{value}' is not a whole number") from None


def _decimal(value: Any) -> float | int:
    if isinstance(value, bool):
        raise InvalidAnswer("a yes/no value is not a number")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace(",", ".").replace("\u2212", "-")
        try:
            number = float(text)
        except ValueError:
            raise InvalidAnswer(f"'{value}' is not a number") from None
    if not math.isfinite(number):
        raise InvalidAnswer(f"'{value}' is not a finite number")
    return int(number) if number.is_integer() and not isinstance(value, float) else number


def _date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidAnswer(f"'{value}' is not a date (YYYY-MM-DD)") from None

