"""Evaluation of parsed protocol expressions against the answers of one interview."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from fieldkit.errors import ExpressionError
from fieldkit.protocol.expr_check import FUNCTIONS, REGEX_INPUT_LIMIT, compile_pattern
from fieldkit.protocol.expr_functions import FUNCTIONS as _MORE
from fieldkit.protocol.expr_functions import now
from fieldkit.protocol.expr_parse import Call, Chain, Expr, Neg, Node, Num, Ref, Self, Str
from fieldkit.protocol.expr_values import (
    arithmetic,
    equal,
    negate,
    normalise,
    order,
    to_number,
    to_string,
    truthy,
)


def _choices(value: Any) -> list[str]:
    if isinstance(value, list):
        # a name generator's people count by the roster entry named: selected(${friends}, id)
        return [to_string(v.get("roster_id")) if isinstance(v, dict) else to_string(v)
                for v in value if not isinstance(v, list)
                and (not isinstance(v, dict) or v.get("roster_id"))]
    return to_string(value).split()


def _count(value: Any) -> int:
    if isinstance(value, list):
        return len(value)
    return 0 if value is None else 1


def _round(value: Any, digits: Any = 0) -> int | float | None:
    x, d = to_number(value), to_number(digits)
    if x is None or d is None:
        return None
    places = max(-15, min(15, int(d)))
    try:
        # Half away from zero, as ODK does, and on the decimal text so round(2.675, 2) is 2.68.
        result = Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return x  # already more precise than the places asked for
    return int(result) if places <= 0 else float(result)


def _int(value: Any) -> int | None:
    x = to_number(value)
    return None if x is None else math.trunc(x)


def _coalesce(a: Any, b: Any) -> Any:
    return a if to_string(a) != "" else b


def _instance_lookup(rows: Any, key: Any, value: Any, field: Any) -> str:
    """``field`` of the first row (a choice as a dict of its columns) whose ``key`` is
    ``value``; '' when the list is unknown or no row matches, as in XLSForm."""
    wanted, k, f = to_string(value), to_string(key), to_string(field)
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, dict) and to_string(row.get(k)) == wanted:
            return to_string(row.get(f))
    return ""


def _choice_name(context: Callable[[str], Any], value: Any, ref: Any) -> str:
    """XLSForm's jr:choice-name(value, '${item}'): the label, in the interview's language, of
    the choice of ``item`` named ``value``; '' when there is none (or outside an interview,
    where the engine does not give the choices, the name itself)."""
    name = to_string(value).strip()
    item = to_string(ref).strip()
    item = item[2:-1] if item.startswith("${") and item.endswith("}") else item
    rows = context(f"#choices:{item}")
    if rows is None:
        return name
    return next((to_string(r.get("label")) for r in rows if r.get("name") == name), "")


#: Functions whose arguments are all evaluated first; ``if`` is handled lazily elsewhere.
_IMPLEMENTATIONS: dict[str, Callable[..., Any]] = {
    "not": lambda x: not truthy(x),
    "boolean": truthy,
    "true": lambda: True,
    "false": lambda: False,
    "coalesce": _coalesce,
    "selected": lambda m, name: to_string(name).strip() in _choices(m),
    "count-selected": lambda m: len(_choices(m)),
    "count": _count,
    "string-length": lambda s: len(to_string(s)),
    "contains": lambda s, t: to_string(t) in to_string(s),
    "starts-with": lambda s, t: to_string(s).startswith(to_string(t)),
    "concat": lambda *parts: "".join(to_string(p) for p in parts),
    "string": to_string,
    "number": to_number,
    "int": _int,
    "round": _round,
    **_MORE,
}

#: Every function the checker knows; a test keeps this and the implementations in step.
IMPLEMENTED = frozenset(_IMPLEMENTATIONS) | {"if", "today", "regex", "now", "position",
                                             "instance-lookup", "interviewer", "device",
                                             "choice-column", "jr:choice-name",
                                             "indexed-repeat"}


class _Evaluator:
    def __init__(self, lookup: Callable[[str], Any], self_value: Any, today: date | None):
        self.lookup = lookup
        self.self_value = normalise(self_value)
        self.today = today

    def context(self, key: str) -> Any:
        """What the engine knows beside the answers ('#position', '#interviewer', '#list:X'),
        or None where it is not known."""
        try:
            return self.lookup(key)
        except KeyError:
            return None

    def value(self, node: Node) -> Any:
        if isinstance(node, Num | Str):
            return node.value
        if isinstance(node, Ref):
            try:
                return normalise(self.lookup(node.name))
            except KeyError:
                raise ExpressionError(f"unknown item '${{{node.name}}}'", node.pos) from None
        if isinstance(node, Self):
            return self.self_value
        if isinstance(node, Neg):
            return negate(self.value(node.operand))
        if isinstance(node, Chain):
            return self.chain(node)
        return self.call(node)

    def chain(self, node: Chain) -> Any:
        left = self.value(node.first)
        for op, operand in node.rest:
            if op == "or":
                left = truthy(left) or truthy(self.value(operand))
            elif op == "and":
                left = truthy(left) and truthy(self.value(operand))
            elif op == "=":
                left = equal(left, self.value(operand))
            elif op == "!=":
                left = not equal(left, self.value(operand))
            elif op in ("<", "<=", ">", ">="):
                left = order(op, left, self.value(operand))
            else:
                left = arithmetic(op, left, self.value(operand))
        return left

    def call(self, node: Call) -> Any:
        sig = FUNCTIONS.get(node.name)
        n = len(node.args)
        if sig is None or n < sig.min_args or (sig.max_args is not None and n > sig.max_args):
            raise ExpressionError(
                f"'{node.name}()' is unknown or called with the wrong number of arguments", node.pos)
        if node.name == "if":
            cond, then, otherwise = node.args
            return self.value(then if truthy(self.value(cond)) else otherwise)
        if node.name == "today":
            return self.today or date.today()
        if node.name == "now":
            return now()
        if node.name == "position":
            # the engine gives the 1-based number of the repeat entry being asked
            return normalise(self.context("#position"))
        if node.name == "interviewer":
            return self.context("#interviewer")
        if node.name == "device":
            return self.context("#device")
        if node.name == "indexed-repeat":
            return self.indexed_repeat(node)
        args = [self.value(arg) for arg in node.args]
        if node.name == "choice-column":
            return self.context(f"#choice:{to_string(args[0])}")
        if node.name == "jr:choice-name":
            return _choice_name(self.context, args[0], args[1])
        if node.name == "instance-lookup":
            return _instance_lookup(self.context(f"#list:{to_string(args[0])}"), *args[1:])
        if node.name == "regex":
            # compiled by re2 (linear time) and cached; a text beyond the limit never matches,
            # so a constraint refuses it rather than judging only part of it
            pattern = compile_pattern(to_string(args[1]), node.args[1].pos)
            text = to_string(args[0])
            return len(text) <= REGEX_INPUT_LIMIT and pattern.search(text) is not None
        return _IMPLEMENTATIONS[node.name](*args)

    def indexed_repeat(self, node: Call) -> Any:
        """XLSForm's indexed-repeat(${field}, ${repeat}, N): the field's answer in the Nth
        entry (from 1) of the repeat; empty when there is no such entry or field."""
        field, group, index = node.args
        entries, n = self.value(group), to_number(self.value(index))
        if not isinstance(field, Ref) or not isinstance(entries, list) or n is None \
                or not 1 <= int(n) <= len(entries):
            return None
        entry = entries[int(n) - 1]
        return normalise(entry.get(field.name)) if isinstance(entry, dict) else None


def evaluate(expr: Expr, lookup: Callable[[str], Any], self_value: Any = None,
             *, today: date | None = None) -> Any:
    """The value of ``expr``; ``lookup(item_id)`` gives an answer (None if unanswered).

    ``today`` fixes the date ``today()`` returns (for tests and replays); by default it is
    the computer's date.
    """
    return _Evaluator(lookup, self_value, today).value(expr.tree)
