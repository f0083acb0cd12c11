"""Untrusted JSON within bounds: every hostile shape is a clause, fast, never an internal error."""

from __future__ import annotations

import time

import pytest

from fieldkit import bounded


@pytest.mark.parametrize(("text", "clause"), [
    ("[" * 100_000 + "]" * 100_000, "nests deeper than 64"),
    ("[" * 65 + "]" * 65, "nests deeper than 64"),
    ('{"a": 1, "a": 2}', "twice"),
    ('"\\ud800"', "lone UTF-16 surrogate"),
    ('{"x": "\\udfff tail"}', "lone UTF-16 surrogate"),
    ("1" * 5000, "thousands of digits"),
    (str(2**63), "beyond"),
    ("[NaN]", "not a number JSON allows"),
    ("[1e999]", "not finite"),
    ("{", "not valid JSON"),
])
def test_hostile_json_is_one_clause(text, clause):
    started = time.monotonic()
    with pytest.raises(bounded.OutOfBounds, match=clause):
        bounded.loads(text)
    assert time.monotonic() - started < 5


def test_ordinary_json_passes():
    assert bounded.loads(b'{"a": [1, -3, 2.5, "\\u00e9", null, true]}') == {
        "a": [1, -3, 2.5, "é", None, True]}
    assert bounded.loads('"\\ud83d\\ude00"') == "\U0001f600"  # a pair is fine
