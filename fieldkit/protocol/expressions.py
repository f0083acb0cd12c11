"""The protocol expression language (XLSForm syntax) for relevance, constraints, calculations.

Syntax: ``${item_id}``, ``.`` (the answer being checked, constraints only), numbers,
'single' or "double" quoted text (no escapes, as in XPath), parentheses, ``or``, ``and``,
``=``, ``!=``, ``<``, ``<=``, ``>``, ``>=``, ``+``, ``-``, ``*``, ``div``, ``mod``, unary
minus and function calls. Precedence is XPath's, loosest first: or, and, equality,
relational, additive, multiplicative, unary minus; operators of one level apply left to
right. Expressions are parsed by a real parser, never by ``eval``; they are at most
2,000 characters and 32 levels of nesting.

Values: the interview engine's lookup gives None for an unanswered question or a special
answer (refused, don't know, ...), a number, text (yes_no 'yes'/'no', a choice name), a
list of choice names (select_multiple), a list of entries (repeat, name generator) or a
``datetime.date``.

The empty value (None) follows XLSForm, where an unanswered question is '':

* it equals '' (``${x} = ''`` is true) and its ``string-length()`` is 0;
* read as a number it is "not a number": every ``<``, ``<=``, ``>``, ``>=`` and numeric
  ``=`` with it is false (and ``!=`` true);
* arithmetic with it gives the empty value again, so ``${x} + 1 > 0`` is false. The same
  holds for arithmetic on text that is not a number, for division or mod by zero and for
  results too large to be finite: there is no NaN or infinity, only the empty value;
* it is false as a condition, and ``count()``/``count-selected()`` of it are 0.

Comparisons follow XPath 1.0: if either side is a boolean both are compared as booleans;
else if either is a date both are compared as dates ('YYYY-MM-DD' text and ``today()``
work); else if either is a number both are compared as numbers; else as text, except that
two texts that both look like numbers compare as numbers (so ``${likert} >= 3`` and
``${likert} = '3.0'`` work with choice names '1'..'5'). ``<`` and friends always compare
numbers (or dates). A select_multiple answer reads as its choice names joined by spaces.
Dates used as numbers are days since 1970-01-01, so ``today() - ${date}`` is a number of
days.

Functions: not, boolean, true, false, if (only the chosen branch is evaluated), coalesce,
selected, count-selected, count, string-length, regex, contains, starts-with, concat,
string, number, int (truncates toward zero), round (half away from zero; digits default 0)
and today. ``regex(s, pattern)`` is a *search* (as in ODK and Enketo): anchor the pattern
with ^...$ to match the whole answer. A literal pattern that is not a valid regular
expression is refused by :func:`check`. Patterns run on RE2 (``google-re2``), whose time is
linear in the answer, so no pattern can freeze an interview; what only a backtracking engine
can run (backreferences, lookahead, lookbehind) is refused when the protocol loads, naming the
item. Word, digit and space classes are ASCII only, as in ODK's engines. An answer over
10,000 characters never matches.
"""

from __future__ import annotations

from collections.abc import Mapping

from fieldkit.protocol.expr_check import FUNCTIONS, ValueType, check, value_type
from fieldkit.protocol.expr_eval import evaluate
from fieldkit.protocol.expr_parse import MAX_DEPTH, MAX_LENGTH, Expr, parse, walk
from fieldkit.protocol.expr_parse import Call as _Call
from fieldkit.protocol.expr_parse import Ref as _Ref
from fieldkit.protocol.expr_parse import Self as _Self
from fieldkit.protocol.expr_values import truthy

__all__ = [
    "FUNCTIONS", "MAX_DEPTH", "MAX_LENGTH", "Expr", "ValueType", "check", "compile_expression",
    "evaluate", "is_once", "parse", "references", "truthy", "uses_self", "value_type",
]


def references(expr: Expr) -> set[str]:
    """The ids of the items ``expr`` refers to with ``${...}``."""
    return {node.name for node in walk(expr.tree) if isinstance(node, _Ref)}


def is_once(expr: Expr) -> bool:
    """Whether ``expr`` is ``once(...)``: XLSForm's value fixed when first worked out."""
    return isinstance(expr.tree, _Call) and expr.tree.name == "once"


#: Functions whose value is new each time: a calculation using them is worked out once and kept.
RANDOM = frozenset({"random", "uuid"})


def is_kept(expr: Expr) -> bool:
    """Whether a calculation is worked out once and recorded: ``once(...)``, or one that uses
    random values (so a random number drawn for a sample stays the one drawn)."""
    return is_once(expr) or any(isinstance(node, _Call) and node.name in RANDOM
                                for node in walk(expr.tree))


def uses_self(expr: Expr) -> bool:
    """Whether ``expr`` uses '.' (the answer being checked)."""
    return any(isinstance(node, _Self) for node in walk(expr.tree))


def compile_expression(source: str, types: Mapping[str, ValueType | None],
                       self_type: ValueType | None = None) -> Expr:
    """Parse and check ``source`` in one step; raises ExpressionError."""
    expr = parse(source)
    check(expr, types, self_type)
    return expr
