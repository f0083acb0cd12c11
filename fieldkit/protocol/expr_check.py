"""Static checking of protocol expressions: known items and functions, arity, types."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import re2

from fieldkit.errors import ExpressionError
from fieldkit.protocol.expr_parse import Call, Chain, Expr, Neg, Node, Num, Ref, Self, Str
from fieldkit.protocol.model import ItemType


class ValueType(StrEnum):
    number = "number"
    string = "string"
    boolean = "boolean"
    date = "date"
    multi = "multi"
    group = "group"
    any = "any"


_ITEM_VALUE_TYPES: dict[ItemType, ValueType | None] = {
    ItemType.integer: ValueType.number,
    ItemType.decimal: ValueType.number,
    ItemType.yes_no: ValueType.string,
    ItemType.select_one: ValueType.string,
    ItemType.likert: ValueType.string,
    ItemType.text: ValueType.string,
    ItemType.long_text: ValueType.string,
    ItemType.select_multiple: ValueType.multi,
    ItemType.date: ValueType.date,
    ItemType.repeat: ValueType.group,
    ItemType.name_generator: ValueType.group,
    ItemType.note: None,
    ItemType.calculate: ValueType.any,
    ItemType.time: ValueType.string,
    ItemType.datetime: ValueType.string,
    ItemType.geopoint: ValueType.string,
    ItemType.geotrace: ValueType.string,
    ItemType.geoshape: ValueType.string,
    ItemType.attachment: ValueType.string,
    ItemType.rank: ValueType.multi,
}


def value_type(item_type: ItemType) -> ValueType | None:
    """The type an item's answer has in expressions; None for a note (it has no answer)."""
    return _ITEM_VALUE_TYPES[ItemType(item_type)]


V = ValueType
_ALL = frozenset(V)
_SCALAR = _ALL - {V.group}
_NUMERIC = _ALL - {V.group, V.multi}
_CHOICES = frozenset({V.multi, V.string, V.any})
_GROUP = frozenset({V.group, V.any})
_CHOICES_OR_PEOPLE = _CHOICES | {V.group}

_EXPECTED = {
    _SCALAR: "a single value (for a repeat or name generator use count())",
    _NUMERIC: "a single value that can be read as a number",
    _CHOICES: "a select_multiple or select_one answer",
    _CHOICES_OR_PEOPLE: "a select_multiple or select_one answer",
    _GROUP: "a repeat or name generator",
}

_DESCRIPTION = {
    V.number: "a number",
    V.string: "text",
    V.boolean: "a true/false value",
    V.date: "a date",
    V.multi: "a select_multiple answer (a set of choices)",
    V.group: "a group of answers (a repeat or name generator)",
    V.any: "a value",
}


@dataclass(frozen=True)
class Signature:
    """How a function is called: argument count, what each argument may be, its result.

    ``args`` gives the accepted types per argument; the last entry repeats for functions
    taking any number. ``result`` None means "the common type of the value arguments".
    """

    min_args: int
    max_args: int | None
    args: tuple[frozenset[ValueType], ...]
    result: ValueType | None


FUNCTIONS: dict[str, Signature] = {
    "not": Signature(1, 1, (_ALL,), V.boolean),
    "boolean": Signature(1, 1, (_ALL,), V.boolean),
    "true": Signature(0, 0, (), V.boolean),
    "false": Signature(0, 0, (), V.boolean),
    "if": Signature(3, 3, (_ALL, _ALL, _ALL), None),
    "coalesce": Signature(2, 2, (_SCALAR, _SCALAR), None),
    # on a name generator: whether a roster entry is among the people named
    "selected": Signature(2, 2, (_CHOICES_OR_PEOPLE, _SCALAR), V.boolean),
    "count-selected": Signature(1, 1, (_CHOICES,), V.number),
    "count": Signature(1, 1, (_GROUP,), V.number),
    "string-length": Signature(1, 1, (_SCALAR,), V.number),
    "regex": Signature(2, 2, (_SCALAR, _SCALAR), V.boolean),
    "contains": Signature(2, 2, (_SCALAR, _SCALAR), V.boolean),
    "starts-with": Signature(2, 2, (_SCALAR, _SCALAR), V.boolean),
    "concat": Signature(0, None, (_SCALAR,), V.string),
    "string": Signature(1, 1, (_SCALAR,), V.string),
    "number": Signature(1, 1, (_NUMERIC,), V.number),
    "int": Signature(1, 1, (_NUMERIC,), V.number),
    "round": Signature(1, 2, (_NUMERIC, _NUMERIC), V.number),
    "today": Signature(0, 0, (), V.date),
    "now": Signature(0, 0, (), V.string),
    "once": Signature(1, 1, (_ALL,), None),
    # a calculation that uses them is worked out once and recorded with the interview
    "random": Signature(0, 0, (), V.number),
    "uuid": Signature(0, 1, (_NUMERIC,), V.string),
    "substr": Signature(2, 3, (_SCALAR, _NUMERIC, _NUMERIC), V.string),
    "format-date": Signature(2, 2, (_SCALAR, _SCALAR), V.string),
    "format-date-time": Signature(2, 2, (_SCALAR, _SCALAR), V.string),
    "date": Signature(1, 1, (_SCALAR,), V.date),
    # ODK: a moment as days since 1970-01-01 (with the time as a fraction), and back
    "decimal-date-time": Signature(1, 1, (_SCALAR,), V.number),
    "date-time": Signature(1, 1, (_SCALAR,), V.string),
    "selected-at": Signature(2, 2, (_CHOICES, _NUMERIC), V.string),
    "jr:choice-name": Signature(2, 2, (_SCALAR, _SCALAR), V.string),
    "position": Signature(0, 0, (), V.number),
    # indexed-repeat(${field}, ${repeat}, N): the field's answer in the Nth entry of the repeat
    "indexed-repeat": Signature(3, 3, (_ALL, _GROUP, _NUMERIC), V.any),
    "sum": Signature(1, 1, (_ALL,), V.number),
    "min": Signature(1, None, (_ALL,), V.number),
    "max": Signature(1, None, (_ALL,), V.number),
    "abs": Signature(1, 1, (_NUMERIC,), V.number),
    "pow": Signature(2, 2, (_NUMERIC, _NUMERIC), V.number),
    "normalize-space": Signature(1, 1, (_SCALAR,), V.string),
    "translate": Signature(3, 3, (_SCALAR, _SCALAR, _SCALAR), V.string),
    "substring-before": Signature(2, 2, (_SCALAR, _SCALAR), V.string),
    "substring-after": Signature(2, 2, (_SCALAR, _SCALAR), V.string),
    "floor": Signature(1, 1, (_NUMERIC,), V.number),
    "ceiling": Signature(1, 1, (_NUMERIC,), V.number),
    "join": Signature(2, 2, (_SCALAR, _ALL), V.string),
    # SurveyCTO: filled in by its app; empty in fieldkit
    "duration": Signature(0, 0, (), V.number),
    "device-info": Signature(0, 1, (_SCALAR,), V.string),
    **{name: Signature(1, 1, (_NUMERIC,), V.number) for name in (
        "sqrt", "exp", "exp10", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan")},
    "atan2": Signature(2, 2, (_NUMERIC, _NUMERIC), V.number),
    "pi": Signature(0, 0, (), V.number),
    # XLSForm's instance('LIST')/root/item[KEY = VALUE]/FIELD, as the importer writes it:
    # FIELD of the first choice of LIST whose KEY column holds VALUE ('' when none does)
    "instance-lookup": Signature(4, 4, (_SCALAR, _SCALAR, _SCALAR, _SCALAR), V.string),
    # in a choice_filter: the column NAME (name, label or an extra column) of the choice
    # being filtered (XLSForm writes the bare column name)
    "choice-column": Signature(1, 1, (_SCALAR,), V.string),
    # the interviewer code of the interview (XLSForm's username metadata)
    "interviewer": Signature(0, 0, (), V.string),
    # the id of the store the interview was made in (XLSForm's deviceid metadata)
    "device": Signature(0, 0, (), V.string),
}

#: Names people reach for from other languages, mapped to ours.
_ALIASES = {"len": "string-length", "length": "string-length", "strlen": "string-length",
            "matches": "regex", "str": "string", "bool": "boolean"}

_EQUALITY_HINT = {V.multi: "test one choice with selected(), or compare with '' to test for no answer"}
_ORDINALS = ("first", "second", "third")


def _ordinal(k: int) -> str:
    return _ORDINALS[k] if k < len(_ORDINALS) else f"{k + 1}th"

_COMPARISONS = frozenset({"=", "!=", "<", "<=", ">", ">="})
_LOGICAL = frozenset({"or", "and"})


def _did_you_mean(word: str, options: list[str]) -> str | None:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return close[0] if close else None


def _what(node: Node | None, t: ValueType) -> str:
    """"'${x}' is <kind>" or "this value is <kind>": the subject of a type error."""
    subject = f"'${{{node.name}}}'" if isinstance(node, Ref) else "this value"
    return f"{subject} is {_DESCRIPTION[t]}"


def _on(node: Node | None, t: ValueType) -> str:
    """"'${x}', <kind>" or just "<kind>": what an operator was wrongly used on."""
    kind = _DESCRIPTION[t]
    return f"'${{{node.name}}}', {kind}" if isinstance(node, Ref) else kind


def _arity(sig: Signature) -> str:
    if sig.max_args is None:
        return f"at least {sig.min_args} argument{'s' if sig.min_args != 1 else ''}"
    if sig.min_args == sig.max_args:
        n = sig.min_args
        return "no arguments" if n == 0 else f"{n} argument{'s' if n != 1 else ''}"
    return f"{sig.min_args} or {sig.max_args} arguments"


class _Checker:
    def __init__(self, types: Mapping[str, ValueType | None], self_type: ValueType | None):
        self.types = types
        self.self_type = self_type

    def check(self, node: Node) -> ValueType:
        if isinstance(node, Num):
            return V.number
        if isinstance(node, Str):
            return V.string
        if isinstance(node, Ref):
            return self.ref(node)
        if isinstance(node, Self):
            if self.self_type is None:
                raise ExpressionError("'.' (this answer) can only be used in a constraint", node.pos)
            return self.self_type
        if isinstance(node, Neg):
            self.operand("-", node.operand, self.check(node.operand))
            return V.number
        if isinstance(node, Chain):
            return self.chain(node)
        return self.call(node)

    def ref(self, node: Ref) -> ValueType:
        if node.name not in self.types:
            near = _did_you_mean(node.name, list(self.types))
            hint = f"; did you mean '${{{near}}}'?" if near else "; no item has this id"
            raise ExpressionError(f"unknown item '${{{node.name}}}'{hint}", node.pos)
        t = self.types[node.name]
        if t is None:
            raise ExpressionError(
                f"'${{{node.name}}}' is a note, which has no answer to refer to", node.pos)
        return ValueType(t)

    def operand(self, op: str, node: Node | None, t: ValueType, hint: str = "") -> None:
        """Refuse a group or select_multiple where the operator needs a single value."""
        if t == V.group:
            hint = hint or "use count() to count its entries"
        elif t == V.multi:
            hint = hint or "use selected() or count-selected()"
        else:
            return
        raise ExpressionError(f"'{op}' cannot be used on {_on(node, t)}; {hint}",
                              node.pos if node else None)

    def chain(self, node: Chain) -> ValueType:
        left_node: Node | None = node.first
        left = self.check(node.first)
        for op, right_node in node.rest:
            right = self.check(right_node)
            if op in _LOGICAL:
                left = V.boolean
            elif op in ("=", "!="):
                # Testing a select_multiple against '' (is it answered?) is common XLSForm.
                for this, t, other in ((left_node, left, right_node), (right_node, right, left_node)):
                    if not (t == V.multi and isinstance(other, Str) and other.value == ""):
                        self.operand(op, this, t, _EQUALITY_HINT.get(t, ""))
                left = V.boolean
            else:
                self.operand(op, left_node, left)
                self.operand(op, right_node, right)
                left = V.boolean if op in _COMPARISONS else V.number
            left_node = None
        return left

    def call(self, node: Call) -> ValueType:
        sig = FUNCTIONS.get(node.name)
        if sig is None:
            near = _did_you_mean(node.name, [*FUNCTIONS, *_ALIASES])
            near = _ALIASES.get(near, near) if near else _ALIASES.get(node.name)
            hint = f"; did you mean '{near}()'?" if near else ""
            raise ExpressionError(f"unknown function '{node.name}()'{hint}", node.pos)
        n = len(node.args)
        if n < sig.min_args or (sig.max_args is not None and n > sig.max_args):
            raise ExpressionError(
                f"'{node.name}()' takes {_arity(sig)}, not {n}", node.pos)
        types = []
        for k, arg in enumerate(node.args):
            t = self.check(arg)
            accepted = sig.args[min(k, len(sig.args) - 1)]
            if t not in accepted:
                which = "argument" if sig.max_args == 1 else f"{_ordinal(k)} argument"
                raise ExpressionError(
                    f"{node.name}() needs {_EXPECTED[accepted]} as its {which}, but {_what(arg, t)}",
                    arg.pos)
            types.append(t)
        if node.name == "indexed-repeat" and not isinstance(node.args[0], Ref):
            raise ExpressionError("indexed-repeat() needs a question of the repeat as its first "
                                  "argument, written ${name}", node.args[0].pos)
        if node.name == "regex" and isinstance(node.args[1], Str):
            compile_pattern(node.args[1].value, node.args[1].pos)
        if sig.result is not None:
            return sig.result
        values = types[1:] if node.name == "if" else types
        return values[0] if len(set(values)) == 1 else V.any


_PATTERN_LIMIT = 1000  # characters in a regex() pattern
REGEX_INPUT_LIMIT = 10_000  # characters of an answer regex() looks at
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # re2 would otherwise print its own errors to stderr
_RE2_OPTIONS.max_mem = 8 << 20


@functools.lru_cache(maxsize=256)
def _re2_compile(pattern: str) -> Any:
    return re2.compile(pattern, _RE2_OPTIONS)


def compile_pattern(pattern: str, pos: int | None) -> Any:
    """``pattern`` compiled by re2 (linear time, so no answer can make it hang), or an
    ExpressionError saying why it cannot be used: invalid, too long or too complex, or using
    what only a backtracking engine can run (backreferences, lookahead or lookbehind)."""
    shown = pattern if len(pattern) <= 40 else pattern[:37] + "..."
    if len(pattern) > _PATTERN_LIMIT:
        raise ExpressionError(f"regex() pattern '{shown}' is too complex to use", pos)
    try:
        return _re2_compile(pattern)
    except re2.error as err:
        reason = err.args[0].decode("utf-8", "replace") if err.args and isinstance(
            err.args[0], bytes) else str(err)
        if re.search(r"invalid escape sequence: \\[1-9k]|invalid perl operator: \(\?<?[=!]",
                     reason) or "(?P=" in pattern:
            raise ExpressionError(
                f"regex() pattern '{shown}' uses a backreference or lookaround, which fieldkit "
                "cannot run in bounded time; rewrite it without", pos) from None
        if "too large" in reason or "too big" in reason or "repetition size" in reason:
            raise ExpressionError(f"regex() pattern '{shown}' is too complex to use", pos) from None
        raise ExpressionError(
            f"regex() pattern '{shown}' is not a valid regular expression ({reason})",
            pos) from None
    except (RecursionError, OverflowError, ValueError, TypeError):
        raise ExpressionError(f"regex() pattern '{shown}' is too complex to use", pos) from None


def check(expr: Expr, types: Mapping[str, ValueType | None],
          self_type: ValueType | None = None) -> ValueType:
    """Check ``expr`` against the items' value types; return its result type."""
    return _Checker(types, self_type).check(expr.tree)
