"""random(), uuid(), indexed-repeat(), decimal-date-time() and date-time() as XLSForm has
them, checked and evaluated by the expression parser (never eval)."""

from __future__ import annotations

import re

import pytest

from fieldkit.errors import ExpressionError
from fieldkit.protocol.expressions import ValueType, compile_expression, evaluate, is_kept, parse

V = ValueType
TYPES = {"when": V.string, "people": V.group, "age": V.group, "n": V.number}


def ev(source: str, **answers):
    return evaluate(compile_expression(source, TYPES), lambda name: answers.get(name))


def test_random_draws_a_fraction_and_uuid_an_identifier():
    draws = {ev("random()") for _ in range(50)}
    assert all(0 <= d < 1 for d in draws) and len(draws) > 45
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        ev("uuid()"))
    assert re.fullmatch(r"[0-9A-Za-z]{12}", ev("uuid(12)"))
    assert ev("int(random() * 6) + 1") in range(1, 7)


@pytest.mark.parametrize(("source", "kept"), [
    ("once(random())", True), ("int(random() * 10)", True), ("concat('x-', uuid())", True),
    ("once(${n})", True), ("${n} + 1", False), ("now()", False)])
def test_a_calculation_of_random_values_is_kept_as_first_worked_out(source, kept):
    assert is_kept(parse(source)) is kept


def test_indexed_repeat_reads_the_nth_entry():
    people = [{"age": 40}, {"age": 7}]
    assert ev("indexed-repeat(${age}, ${people}, 2)", people=people) == 7
    assert ev("indexed-repeat(${age}, ${people}, ${n})", people=people, n=1) == 40
    for n in (0, 3, None):
        assert ev("indexed-repeat(${age}, ${people}, ${n})", people=people, n=n) is None
    with pytest.raises(ExpressionError, match="needs a repeat or name generator as its second"):
        compile_expression("indexed-repeat(${age}, ${n}, 1)", TYPES)
    with pytest.raises(ExpressionError, match="takes 3 arguments"):  # a nested repeat's form
        compile_expression("indexed-repeat(${age}, ${people}, 1, ${people}, 2)", TYPES)


def test_decimal_date_time_and_date_time_as_odk_has_them():
    assert ev("decimal-date-time(${when})", when="1970-01-02T12:00:00Z") == 1.5
    assert ev("decimal-date-time(${when})", when="") is None
    assert ev("date-time(1.5)") == "1970-01-02T12:00:00.000+00:00"
    assert ev("date-time(decimal-date-time(${when}) + 1)", when="2026-11-30T10:00:00+01:00") \
        == "2026-12-01T09:00:00.000+00:00"
    assert ev("format-date(date-time(decimal-date-time(${when}) + 2), '%Y-%m-%d')",
              when="2026-11-30T10:00:00Z") == "2026-12-02"
