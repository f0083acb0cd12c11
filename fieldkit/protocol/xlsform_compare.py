"""XLSForm's ``=`` on a select_multiple answer, carried with XLSForm's meaning.

pyxform accepts ``${colours} = 'red'``: the answer is the chosen names joined by spaces, so
the test holds only when exactly that set is chosen. fieldkit's own protocols refuse it (it
is nearly always meant as ``selected()``); an imported form keeps its meaning, written out as
``join(' ', ${colours}) = 'red'``, with a warning naming the row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from fieldkit.errors import ExpressionError

from .expr_parse import Chain, Ref, Str, parse, walk

MULTI_TYPES = frozenset({"select_multiple", "rank"})
EXPRESSIONS = ("relevant", "constraint", "calculation", "choice_filter", "repeat_count")


def _items(data: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    for si, section in enumerate(data.get("sections", [])):
        yield ("sections", si), section
        for ii, item in enumerate(section.get("items", [])):
            loc = ("sections", si, "items", ii)
            yield loc, item
            for ci, child in enumerate(item.get("items", [])):
                yield (*loc, "items", ci), child


def _compared(source: str, multi: set[str]) -> list[Ref]:
    """The references to select_multiple answers that ``=`` or ``!=`` compares with a value
    other than '' (which tests for no answer, and needs no rewriting)."""
    try:
        tree = parse(source).tree
    except ExpressionError:
        return []  # validation names the syntax error
    found: dict[int, Ref] = {}
    for node in walk(tree):
        if not isinstance(node, Chain):
            continue
        operands = [node.first, *(operand for _, operand in node.rest)]
        for k, (op, _) in enumerate(node.rest):
            if op not in ("=", "!="):
                continue
            for this, other in ((operands[k], operands[k + 1]), (operands[k + 1], operands[k])):
                if isinstance(this, Ref) and this.name in multi and not (
                        isinstance(other, Str) and other.value == ""):
                    found[this.pos] = this
    return [found[pos] for pos in sorted(found)]


def join_multi_comparisons(data: dict[str, Any], warn: Callable[[tuple[Any, ...], str], None]) -> None:
    """Rewrite, in place, each ``=``/``!=`` on a select_multiple answer as a comparison of
    its names joined by spaces (XLSForm's meaning), warning once per expression."""
    multi = {item["id"] for _, item in _items(data)
             if item.get("type") in MULTI_TYPES and item.get("id")}
    if not multi:
        return
    for loc, node in _items(data):
        for key in EXPRESSIONS:
            source = node.get(key)
            if not isinstance(source, str) or "${" not in source:
                continue
            refs = _compared(source, multi)
            if not refs:
                continue
            for ref in reversed(refs):
                end = source.index("}", ref.pos) + 1
                source = f"{source[:ref.pos]}join(' ', {source[ref.pos:end]}){source[end:]}"
            node[key] = source
            names = ", ".join(f"${{{r.name}}}" for r in refs)
            first = refs[0].name
            warn((*loc, key), f"the {key} of '{node.get('id')}' compares {names}, a "
                 "select_multiple answer, with '=': as in XLSForm it compares the chosen "
                 "names joined by spaces, so it holds only for exactly that set of choices; "
                 f"it is probably meant as selected(${{{first}}}, '...')")
