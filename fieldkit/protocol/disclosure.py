"""An item's disclosure class as the outputs apply it, calculations included.

A calculate item declares no answer of its own: its value is made of what it refers to. So,
unless the protocol declares its class, a calculation is as disclosive as the most disclosive
thing it reads: ``concat('Dear ', ${name})`` is free text when ``name`` is, ``interviewer()``
(XLSForm's ``username``) names the interviewer, a lookup into a table (``pulldata``) or any
reference to a repeat or name generator may return a person's name, and ``now()`` or
``today()`` (XLSForm's ``start`` and ``end``) is the moment of the interview.

A date answer (a birthday, the day someone arrived in post) is a quasi-identifier, cut to the
month, as a date and time is. A choice from a roster (``roster_choices``; XLSForm's ``select_one_from_file`` over a roster)
names a delegation, and a delegation has one head: unless declared, it is a quasi-identifier
(generalised to the entry's group by the default plan), and a calculation reading it, which
may turn the entry into its name (``jr:choice-name``), is an identifier.
"""

from __future__ import annotations

from fieldkit.protocol.expr_parse import Call, Ref, parse, walk
from fieldkit.protocol.model import GROUP_TYPES, Disclosure, Item, ItemType, Protocol

#: Most disclosive first: a calculation takes the first class any of its parts has.
ORDER = (Disclosure.identifier, Disclosure.free_text, Disclosure.quasi_identifier,
         Disclosure.none)
#: Functions whose result names a person or may hold any text of a table or choice list, or
#: is a key that links a record back to its source (the store's id, a uuid drawn for it).
NAMING = frozenset({"interviewer", "device", "uuid", "instance-lookup", "choice-column"})
#: Functions whose result is a moment of the interview.
MOMENTS = frozenset({"now", "today"})
#: Functions whose result is a number or a truth value, never the text they read: what they
#: read directly tells nothing (count(${friends}) names no friend).
COUNTING = frozenset({"count", "count-selected", "string-length", "selected", "regex",
                      "contains", "starts-with", "boolean", "not"})


def disclosure_of(protocol: Protocol, item: Item) -> Disclosure:
    """The class an output applies to ``item``: declared, by type, or for a calculation the
    most disclosive class of what it reads."""
    if item.disclosure is None and (item.roster_choices or item.type == ItemType.date):
        return Disclosure.quasi_identifier  # a delegation; a day (of birth, of arrival)
    if item.disclosure is not None or item.type != ItemType.calculate or not item.calculation:
        return item.disclosure_class
    return _calculated(protocol, item, set())


def is_moment(item: Item) -> bool:
    """Whether a calculation is only a moment (``now()``, ``today()``, XLSForm's start/end):
    an output cuts it to the month as it does the interview's own start and end."""
    if item.type != ItemType.calculate or not item.calculation:
        return False
    try:
        nodes = list(walk(parse(item.calculation).tree))
    except Exception:  # noqa: BLE001 - a protocol that loaded has parsed its calculations
        return False
    calls = {n.name for n in nodes if isinstance(n, Call)}
    return bool(calls & MOMENTS) and not any(isinstance(n, Ref) for n in nodes) \
        and calls <= MOMENTS | {"once", "string", "format-date", "format-date-time"}


def _calculated(protocol: Protocol, item: Item, seen: set[str]) -> Disclosure:
    if item.id in seen:
        return Disclosure.none  # a calculation that refers to itself adds nothing
    seen.add(item.id)
    try:
        nodes = list(walk(parse(item.calculation or "").tree))
    except Exception:  # noqa: BLE001 - unreadable here: treated as naming someone
        return Disclosure.identifier
    found = {Disclosure.none}
    counted = {id(a) for n in nodes if isinstance(n, Call) and n.name in COUNTING
               for a in n.args if isinstance(a, Ref)}
    for node in nodes:
        if isinstance(node, Call):
            if node.name in NAMING:
                found.add(Disclosure.identifier)
            elif node.name in MOMENTS:
                found.add(Disclosure.quasi_identifier)
        elif isinstance(node, Ref) and id(node) not in counted:
            target = protocol.items_by_id.get(node.name)
            if target is None or target.type in GROUP_TYPES or target.roster_choices:
                # the entries of a repeat are people; a roster entry may be read as its name
                found.add(Disclosure.identifier)
            elif target.disclosure is None and target.type == ItemType.calculate:
                found.add(_calculated(protocol, target, seen))
            else:
                found.add(target.disclosure_class)
    return next(c for c in ORDER if c in found)
