"""The expression language: parsing, checking, evaluation, errors, and hostile input."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.errors import ExpressionError
from fieldkit.protocol.expr_eval import IMPLEMENTED
from fieldkit.protocol.expressions import (
    FUNCTIONS,
    MAX_DEPTH,
    MAX_LENGTH,
    Expr,
    ValueType,
    check,
    compile_expression,
    evaluate,
    parse,
    references,
    truthy,
    uses_self,
    value_type,
)
from fieldkit.protocol.model import ItemType

V = ValueType
TYPES: dict[str, ValueType | None] = {
    "age": V.number, "name": V.string, "likert": V.string, "pattern": V.string,
    "topics": V.multi, "people": V.group, "born": V.date, "intro": None,
}
TODAY = dt.date(2024, 6, 1)


def ev(source: str, self_value=None, self_type: ValueType | None = None, **answers):
    """Check and evaluate ``source`` with the given answers (everything else unanswered)."""
    expr = compile_expression(source, TYPES, self_type)
    return evaluate(expr, lambda name: answers.get(name), self_value, today=TODAY)


def error(source: str, self_type: ValueType | None = None) -> ExpressionError:
    with pytest.raises(ExpressionError) as info:
        compile_expression(source, TYPES, self_type)
    return info.value


# ---- parsing and the public helpers --------------------------------------------------


@pytest.mark.parametrize(("item_type", "expected"), [
    (ItemType.integer, V.number), (ItemType.decimal, V.number), (ItemType.yes_no, V.string),
    (ItemType.select_one, V.string), (ItemType.likert, V.string), (ItemType.text, V.string),
    (ItemType.long_text, V.string), (ItemType.select_multiple, V.multi), (ItemType.date, V.date),
    (ItemType.repeat, V.group), (ItemType.name_generator, V.group), (ItemType.note, None),
])
def test_value_type_of_every_item_type(item_type, expected):
    assert value_type(item_type) == expected


def test_every_item_type_has_a_value_type_rule():
    for item_type in ItemType:
        value_type(item_type)


def test_parse_keeps_source_and_finds_references():
    expr = parse("${age} >= 18 and selected(${topics}, 'trade') or ${age} = ''")
    assert isinstance(expr, Expr)
    assert expr.source.startswith("${age}")
    assert references(expr) == {"age", "topics"}
    assert not uses_self(expr)
    assert parse("${a} = ${a}") == parse("${a} = ${a}")


def test_uses_self_sees_the_dot_anywhere():
    assert uses_self(parse(". > 3"))
    assert uses_self(parse("string-length(concat('x', .)) < 10"))
    assert not uses_self(parse("0.5 > .25"))
    assert references(parse(". > 3")) == set()


def test_check_accepts_dot_in_a_constraint_and_types_it():
    assert check(parse(". >= 0 and . <= 120"), TYPES, V.number) == V.boolean
    assert check(parse("."), TYPES, V.date) == V.date
    assert ev(". <= ${age}", self_value=30, self_type=V.number, age=40) is True
    assert ev(". <= ${age}", self_value=50, self_type=V.number, age=40) is False


@pytest.mark.parametrize(("source", "expected"), [
    ("1 + 2", V.number), ("'a'", V.string), ("${born}", V.date), ("${topics}", V.multi),
    ("${people}", V.group), ("1 < 2", V.boolean), ("${age} and 1", V.boolean),
    ("if(1, 2, 3)", V.number), ("if(1, 2, 'x')", V.any), ("coalesce(${name}, 'x')", V.string),
    ("coalesce(${age}, 'x')", V.any), ("concat()", V.string), ("today()", V.date),
    ("count(${people})", V.number), ("-${age}", V.number), ("regex(${name}, 'a')", V.boolean),
])
def test_check_returns_the_result_type(source, expected):
    assert check(parse(source), TYPES) == expected


def test_every_checked_function_is_implemented():
    assert set(FUNCTIONS) == IMPLEMENTED


# ---- operators and precedence --------------------------------------------------------


@pytest.mark.parametrize(("source", "expected"), [
    ("1 = 1", True), ("1 = 2", False), ("1 != 2", True), ("2 != 2", False),
    ("1 < 2", True), ("2 < 2", False), ("2 <= 2", True), ("3 <= 2", False),
    ("3 > 2", True), ("2 > 2", False), ("2 >= 2", True), ("1 >= 2", False),
    ("1 + 2", 3), ("5 - 7", -2), ("3 * 4", 12), ("7 div 2", 3.5), ("1.5 * 2", 3.0),
    ("7 mod 3", 1), ("-7 mod 3", -1), ("7 mod -3", 1), ("7.5 mod 2", 1.5), ("-(2)", -2),
    ("- - 3", 3), ("1 or 0", True), ("0 or 0", False), ("1 and 0", False), ("1 and 'x'", True),
    ("'a' = 'a'", True), ('"a" = \'a\'', True), ("'a' != 'b'", True), ("'b' < 'c'", False),
    (".5 + .5", 1.0), ("3.", 3.0),
])
def test_operators(source, expected):
    result = ev(source)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize(("source", "expected"), [
    ("2 + 3 * 4", 14), ("(2 + 3) * 4", 20), ("10 - 4 - 3", 3), ("2 * 3 mod 4", 2),
    ("12 div 2 div 3", 2.0), ("-2 * 3", -6), ("1 + 1 = 2", True), ("1 < 2 = 2 > 1", True),
    ("1 = 1 and 2 = 3", False), ("1 or 0 and 0", True), ("(1 or 0) and 0", False),
    ("0 and 1 or 1", True), ("1 = 1 = 1", True), ("1 < 2 < 3", True), ("3 > 2 > 1", False),
    ("2+3*4-6 div 3", 12.0), ("1-1", 0), ("${age}-1", 29),
])
def test_precedence_and_left_to_right(source, expected):
    assert ev(source, age=30) == expected


def test_division_and_mod_by_zero_are_empty():
    assert ev("1 div 0") is None
    assert ev("1 mod 0") is None
    assert ev("1 div 0 = ''") is True
    assert ev("1 div 0 > 0") is False


def test_overflowing_arithmetic_is_empty_not_an_exception():
    big = "*".join(["99999999999999"] * 30)
    assert ev(big) is None
    assert ev(f"{'9' * 400} > 1") is False  # too large to be a finite number


# ---- the empty value -----------------------------------------------------------------


@pytest.mark.parametrize(("source", "expected"), [
    ("${age} = ''", True), ("${age} != ''", False), ("${age} > 0", False),
    ("${age} < 0", False), ("${age} = 0", False), ("${age} != 0", True), ("${age} + 1", None),
    ("${age} + 1 = ''", True), ("${age} * 2 > -1", False), ("-${age}", None),
    ("string-length(${name})", 0), ("${name} = ''", True), ("not(${age})", True),
    ("count(${people})", 0), ("count-selected(${topics})", 0),
    ("selected(${topics}, 'a')", False), ("${topics} = ''", True), ("${topics} != ''", False),
    ("concat(${name}, 'x')", "x"), ("number(${name})", None), ("if(${age}, 1, 2)", 2),
    ("${born} = ''", True), ("${born} < today()", False), ("int(${age})", None),
    ("round(${age})", None), ("string(${age})", ""), ("boolean(${name})", False),
])
def test_unanswered_behaves_like_the_empty_string(source, expected):
    assert ev(source) == expected


def test_answered_values_are_not_empty():
    assert ev("${age} = ''", age=0) is False
    assert ev("${age} != ''", age=0) is True
    assert ev("${name} != ''", name="Ana") is True
    assert ev("${topics} != ''", topics=["trade"]) is True
    assert ev("${born} != ''", born=dt.date(2000, 1, 1)) is True


@pytest.mark.parametrize(("value", "expected"), [
    (None, False), (0, False), (0.0, False), (float("nan"), False), ("", False), ([], False),
    (False, False), (1, True), (-0.5, True), ("no", True), ("0", True), (["a"], True),
    (dt.date(2024, 1, 1), True), (True, True),
])
def test_truthy_is_xpath_boolean(value, expected):
    assert truthy(value) is expected


def test_answers_of_unexpected_kinds_are_read_safely():
    assert ev("${age} = ''", age=float("nan")) is True
    assert ev("${age} + 1", age=float("inf")) is None
    assert ev("${age} + 1", age=10**30) == pytest.approx(1e30)
    assert ev("string(${topics}) = 'a b'", topics=("a", "b")) is True
    assert ev("${born} = '2020-05-01'", born=dt.datetime(2020, 5, 1, 12, 30)) is True


# ---- likert and numeric text ---------------------------------------------------------


@pytest.mark.parametrize(("source", "likert", "expected"), [
    ("${likert} >= 3", "4", True), ("${likert} >= 3", "2", False), ("${likert} = 3", "3", True),
    ("${likert} = '3'", "3", True), ("${likert} = '3.0'", "3", True), ("${likert} < 10", "9", True),
    ("${likert} + 1", "4", 5), ("${likert} > 3", "x", False), ("${likert} = 'x'", "x", True),
    ("${likert} != 3", "3", False), ("${likert} > ''", "3", False), ("${likert} = -1", "-1", True),
])
def test_choice_names_that_look_numeric_compare_as_numbers(source, likert, expected):
    assert ev(source, likert=likert) == expected


def test_yes_no_is_compared_as_text():
    assert ev("${name} = 'yes'", name="yes") is True
    assert ev("${name} = 'yes'", name="no") is False


# ---- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "expected"), [
    ("${born} = '1990-05-17'", True), ("${born} < '2000-01-01'", True),
    ("${born} > '2000-01-01'", False), ("${born} >= '1990-05-17'", True),
    ("${born} < today()", True), ("today() = '2024-06-01'", True),
    ("today() > ${born}", True), ("${born} != '1990-05-18'", True),
    ("today() - ${born}", (TODAY - dt.date(1990, 5, 17)).days),
    ("(today() - ${born}) div 365.25 >= 18", True), ("${born} < 'not a date'", False),
    ("${born} < '2020-13-45'", False), ("string(${born})", "1990-05-17"),
    ("number('1970-01-02') = ''", True), ("${born} = 7441", True),
])
def test_dates(source, expected):
    assert ev(source, born=dt.date(1990, 5, 17)) == expected


def test_today_defaults_to_the_computers_date():
    before = dt.date.today()
    value = evaluate(parse("today()"), lambda name: None)
    assert value in (before, dt.date.today())


# ---- functions -----------------------------------------------------------------------


@pytest.mark.parametrize(("source", "expected"), [
    ("not(1 = 1)", False), ("not(0)", True), ("not('')", True),
    ("selected(${topics}, 'trade')", True), ("selected(${topics}, 'war')", False),
    ("selected(${topics}, ' trade ')", True), ("selected(${name}, 'Ana')", True),
    ("count-selected(${topics})", 2), ("count-selected(${name})", 1),
    ("string-length('abc')", 3), ("string-length(${name})", 3), ("string-length(12.50)", 4),
    ("if(${age} > 18, 'adult', 'minor')", "adult"), ("if(0, 1 div 0, 'no')", "no"),
    ("regex(${name}, '^A')", True), ("regex(${name}, 'n')", True),
    ("regex(${name}, '^n')", False), ("regex('ab12', '^[a-z]+[0-9]{2}$')", True),
    ("count(${people})", 3), ("true()", True), ("false()", False),
    ("concat('a', 1, true(), ${topics})", "a1truetrade health"), ("concat()", ""),
    ("coalesce(${name}, 'x')", "Ana"), ("coalesce('', 'x')", "x"),
    ("contains(${name}, 'n')", True), ("contains(${name}, 'z')", False),
    ("starts-with(${name}, 'An')", True), ("starts-with(${name}, 'n')", False),
    ("number('12.5')", 12.5), ("number(' 7 ')", 7), ("number('abc')", None),
    ("number('1e5')", None), ("number(true())", 1), ("int(3.9)", 3), ("int(-3.9)", -3),
    ("int('7.2')", 7), ("round(2.5)", 3), ("round(-2.5)", -3), ("round(2.675, 2)", 2.68),
    ("round(1234.5, -2)", 1200), ("round(1.23456, 3)", 1.235), ("round(2, 99)", 2.0),
    ("string(1.0)", "1"), ("string(0.5)", "0.5"), ("string(true())", "true"),
    ("string(${topics})", "trade health"), ("boolean('no')", True), ("boolean(0)", False),
    ("boolean(${topics})", True), ("today()", TODAY),
    ("sqrt(16)", 4.0), ("sqrt(-1)", None), ("sqrt('x')", None), ("pow(2, 10)", 1024.0),
    ("log10(1000)", 3.0), ("log(0)", None), ("round(sin(pi() div 2), 6)", 1.0),
    ("round(atan2(1, 1) * 4, 6)", round(3.141593, 6)), ("exp10(2)", 100.0),
])
def test_functions(source, expected):
    answers = {"name": "Ana", "age": 30, "topics": ["trade", "health"],
               "people": [{"id": "p1"}, {"id": "p2"}, {"id": "p3"}]}
    result = ev(source, **answers)
    assert result == expected and type(result) is type(expected)


def test_if_evaluates_only_the_chosen_branch():
    asked: list[str] = []

    def lookup(name):
        asked.append(name)
        return 1

    evaluate(parse("if(${a}, ${b}, ${c})"), lookup)
    assert asked == ["a", "b"]


def test_and_or_short_circuit():
    asked: list[str] = []

    def lookup(name):
        asked.append(name)
        return 0

    evaluate(parse("${a} and ${b}"), lookup)
    evaluate(parse("1 or ${c}"), lookup)
    assert asked == ["a"]


def test_a_pattern_too_complex_to_compile_is_refused():
    err = error("regex('a', '" + "(" * 600 + ")" * 600 + "')")
    assert err.message.startswith("regex() pattern '((((")
    assert err.message.endswith("...' is too complex to use")


def test_regex_runs_in_linear_time_on_a_catastrophic_pattern():
    # Python's re backtracks exponentially here: over 45 s on 30 characters
    expr = compile_expression(r"regex(${name}, '^(\w+\s?)+$')", TYPES)
    answer = "a" * 29 + "!"
    started = time.monotonic()
    assert evaluate(expr, lambda name: answer) is False
    assert evaluate(expr, lambda name: "x" * 9_999) is True
    assert time.monotonic() - started < 0.5
    assert evaluate(expr, lambda name: "x" * 10_001) is False  # beyond the limit: never a match
    assert evaluate(expr, lambda name: "two words") is True


@pytest.mark.parametrize("pattern", [r"(a)\1", "(?=a)", "(?<!a)b", "(?P<x>a)(?P=x)"])
def test_a_pattern_only_a_backtracking_engine_runs_is_refused(pattern):
    err = error(f"regex(${{name}}, '{pattern}')")
    assert "uses a backreference or lookaround" in err.message


def test_a_bad_pattern_held_in_an_answer_fails_at_evaluation():
    expr = compile_expression("regex('abc', ${pattern})", TYPES)
    assert evaluate(expr, lambda name: "b") is True
    with pytest.raises(ExpressionError, match="not a valid regular expression"):
        evaluate(expr, lambda name: "(")


def test_an_item_the_lookup_does_not_know_is_an_expression_error():
    with pytest.raises(ExpressionError, match=re.escape("unknown item '${ghost}'")):
        evaluate(parse("${ghost} = 1"), {}.__getitem__)


def test_evaluating_an_unchecked_unknown_function_is_an_expression_error():
    with pytest.raises(ExpressionError, match="frob"):
        evaluate(parse("frob(1)"), lambda name: None)


# ---- error messages ------------------------------------------------------------------


@pytest.mark.parametrize(("source", "message", "position"), [
    ("${nmae} > 1", "unknown item '${nmae}'; did you mean '${name}'?", 0),
    ("1 = ${zzz}", "unknown item '${zzz}'; no item has this id", 4),
    ("${intro} = ''", "'${intro}' is a note, which has no answer to refer to", 0),
    ("lenght(${name})", "unknown function 'lenght()'; did you mean 'string-length()'?", 0),
    ("1 + selectd(${topics}, 'a')", "unknown function 'selectd()'; did you mean 'selected()'?", 4),
    ("frobnicate(1)", "unknown function 'frobnicate()'", 0),
    ("selected(${topics})", "'selected()' takes 2 arguments, not 1", 0),
    ("true(1)", "'true()' takes no arguments, not 1", 0),
    ("round()", "'round()' takes 1 or 2 arguments, not 0", 0),
    ("if(1, 2)", "'if()' takes 3 arguments, not 2", 0),
    ("not(1, 2)", "'not()' takes 1 argument, not 2", 0),
    (". > 3", "'.' (this answer) can only be used in a constraint", 0),
    ("(1 + 2", "this '(' is never closed with ')'", 0),
    ("1 + 2)", "this ')' has no matching '('", 5),
    ("string-length('a'", "the call to string-length() is never closed with ')'", 13),
    ("(1 2)", "expected ')' but found '2'", 3),
    ("${name} = 'abc", "the text starting with ' is never closed with '", 10),
    ('${name} = "abc', 'the text starting with " is never closed with "', 10),
    ("regex(${name}, '[a-')", "regex() pattern '[a-' is not a valid regular expression", 15),
    ("1 2", "unexpected '2' after a complete expression; an operator may be missing", 2),
    ("${age} > 1 ${name}", "unexpected '${name}' after a complete expression", 11),
    ("${age} # 1", "unexpected character '#'", 7),
    ("${age} == 1", "'==' is not an operator; write a single '=' to compare", 7),
    ("1 && 1", "'&&' is not an operator; write 'and'", 2),
    ("${age", "'$' must start an item reference written like ${item_id}", 0),
    ("", "the expression is empty", 0),
    ("   ", "the expression is empty", 0),
    ("1 +", "the expression ends too early; a value is missing", 3),
    ("f(1,)", "expected a value but found ')'", 4),
    ("age > 1", "unexpected word 'age'; write item references as ${age}", 0),
    ("true", "write 'true()' with parentheses", 0),
    ("and 1", "'and' needs something to its left", 0),
    ("../x", "'..' (parent) paths are not supported", 0),
])
def test_error_messages(source, message, position):
    err = error(source)
    assert err.message.startswith(message)
    assert err.position == position
    assert str(err) == f"{err.message} (at character {position + 1})"
    assert "\n" not in str(err)


@pytest.mark.parametrize(("source", "message", "position"), [
    ("count(${age})", "count() needs a repeat or name generator as its argument, "
                      "but '${age}' is a number", 6),
    ("selected(${age}, 'a')", "selected() needs a select_multiple or select_one answer as its "
                              "first argument, but '${age}' is a number", 9),
    ("count-selected(${people})", "count-selected() needs a select_multiple", 15),
    ("${topics} + 1", "'+' cannot be used on '${topics}', a select_multiple answer", 0),
    ("2 * ${people}", "'*' cannot be used on '${people}', a group of answers", 4),
    ("-${people}", "'-' cannot be used on '${people}', a group of answers", 1),
    ("${topics} = 'a'", "'=' cannot be used on '${topics}', a select_multiple answer "
                        "(a set of choices); test one choice with selected()", 0),
    ("${people} = 0", "'=' cannot be used on '${people}'", 0),
    ("${born} < ${people}", "'<' cannot be used on '${people}'", 10),
    ("round(${topics})", "round() needs a single value that can be read as a number", 6),
    ("string-length(${people})", "string-length() needs a single value", 14),
    ("concat(1, 2, 3, ${people})", "concat() needs a single value (for a repeat or name "
                                   "generator use count()) as its 4th argument", 16),
    ("if(1, ${topics}, ${topics}) + 1", "'+' cannot be used on a select_multiple answer", 0),
])
def test_type_errors(source, message, position):
    err = error(source)
    assert err.message.startswith(message)
    assert err.position == position


def test_select_multiple_may_be_tested_for_no_answer():
    assert check(parse("${topics} = '' or '' != ${topics}"), TYPES) == V.boolean


def test_too_long_is_refused():
    source = "1 + " * (MAX_LENGTH // 4) + "1"
    err = error(source)
    assert "more than the 2000 allowed" in err.message
    assert len(parse("1 + " * (MAX_LENGTH // 4 - 1) + "1").source) <= MAX_LENGTH


@pytest.mark.parametrize("source", [
    "(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1),
    "-" * (MAX_DEPTH + 1) + "1",
    "not(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1),
    "(" * 1999,
    "-" * 1999 + "1",
])
def test_too_deep_is_refused_clearly(source):
    err = error(source)
    assert err.message.startswith("the expression is nested too deeply")


def test_deepest_allowed_nesting_and_long_flat_chains_work():
    assert ev("(" * MAX_DEPTH + "1" + ")" * MAX_DEPTH) == 1
    assert ev("not(" * MAX_DEPTH + "0" + ")" * MAX_DEPTH) is False
    assert ev("+".join(["1"] * 1000)) == 1000
    assert ev(" or ".join(["0"] * 400)) is False


# ---- properties ----------------------------------------------------------------------

EXPRESSION_ALPHABET = "${}()'\". ,=!<>+-*/abcdefgilmnorstuvxy0123456789_&|#"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.text(alphabet=EXPRESSION_ALPHABET, max_size=200)))
def test_any_text_parses_or_raises_expression_error(text):
    try:
        expr = parse(text)
    except ExpressionError as err:
        assert err.position is None or 0 <= err.position <= len(text)
        return
    types = {name: V.any for name in references(expr)}
    try:
        check(expr, types, V.any)
        evaluate(expr, lambda name: None, "x")
    except ExpressionError:
        pass


_LEAVES = st.one_of(
    st.integers(-10**6, 10**6).map(str),
    st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:.3f}"),
    st.text(alphabet="abc 123-", max_size=6).map(lambda s: f"'{s}'"),
    st.sampled_from([
        "${age}", "${name}", "${likert}", "${born}", ".", "true()", "false()", "today()",
        "count(${people})", "count-selected(${topics})", "selected(${topics}, 'a')",
        "(${topics} = '')", "'1990-01-01'", "${pattern}",
    ]),
)
_BINARY = ["or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod"]
_UNARY_FUNCTIONS = ["not", "boolean", "string-length", "string", "number", "int", "round"]
_BINARY_FUNCTIONS = ["contains", "starts-with", "coalesce", "round", "concat", "regex"]


def _extend(children):
    return st.one_of(
        st.tuples(children, st.sampled_from(_BINARY), children).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        children.map(lambda c: f"-({c})"),
        st.tuples(st.sampled_from(_UNARY_FUNCTIONS), children).map(lambda t: f"{t[0]}({t[1]})"),
        st.tuples(st.sampled_from(_BINARY_FUNCTIONS), children, children).map(
            lambda t: f"{t[0]}({t[1]}, {t[2]})"),
        st.tuples(children, children, children).map(lambda t: f"if({t[0]}, {t[1]}, {t[2]})"),
        st.tuples(children, st.sampled_from(["'^[0-9]+$'", "'a|b'", "'(x)?'"])).map(
            lambda t: f"regex({t[0]}, {t[1]})"),
    )


_ANSWERS = st.fixed_dictionaries({
    "age": st.one_of(st.none(), st.integers(), st.floats()),
    "name": st.one_of(st.none(), st.text(max_size=10)),
    "pattern": st.one_of(st.none(), st.text(alphabet="ab()[]*+?|\\^$.", max_size=6)),
    "likert": st.one_of(st.none(), st.sampled_from(["1", "2", "3", "4", "5", "x"])),
    "born": st.one_of(st.none(), st.dates()),
    "topics": st.one_of(st.none(), st.lists(st.sampled_from(["a", "b", "c"]), unique=True)),
    "people": st.one_of(st.none(), st.lists(st.fixed_dictionaries({"id": st.text(max_size=3)}))),
})


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.recursive(_LEAVES, _extend, max_leaves=12), _ANSWERS,
       st.one_of(st.none(), st.integers(), st.text(max_size=5)), st.dates())
def test_well_typed_expressions_evaluate_without_crashing(source, answers, self_value, today):
    expr = parse(source)
    check(expr, TYPES, V.any)
    try:
        evaluate(expr, answers.__getitem__, self_value, today=today)
    except ExpressionError as err:
        assert "regular expression" in err.message  # only a bad pattern held in an answer


@given(st.integers(0, 300), st.sampled_from(["(", "-", "not(", "-("]))
def test_nesting_never_raises_recursion_error(depth, opener):
    closer = ")" * opener.count("(")
    source = opener * depth + "1" + closer * depth
    try:
        evaluate(compile_expression(source, TYPES), lambda name: None)
    except ExpressionError as err:
        assert "nested too deeply" in err.message or "characters long" in err.message


def test_surveycto_null_is_the_empty_value():
    from fieldkit.protocol import expressions as ex

    expr = ex.parse("(${a}=null and . !=null) or (. = null and ${a}!=null)")
    empty = {"a": None}.get
    assert ex.truthy(ex.evaluate(expr, empty, "x"))  # an answer here, none there
    assert not ex.truthy(ex.evaluate(expr, empty, None))
    given = {"a": "dk"}.get
    assert ex.truthy(ex.evaluate(expr, given, None)) and not ex.truthy(ex.evaluate(expr, given, 7))
