"""Elapsed times as quotes cite them."""

import pytest

from fieldkit.timefmt import format_elapsed, parse_elapsed


@pytest.mark.parametrize("ms,text", [(0, "00:00"), (59_000, "00:59"), (2_276_000, "37:56"),
                                     (3_599_000, "59:59"), (3_600_000, "1:00:00"),
                                     (3_723_000, "1:02:03")])
def test_round_trip(ms, text):
    assert format_elapsed(ms) == text
    assert parse_elapsed(text) == ms


@pytest.mark.parametrize("bad", ["", "1:2", "12:60", "abc", "1:60:00"])
def test_rejects(bad):
    with pytest.raises(ValueError):
        parse_elapsed(bad)


def test_partial_seconds_round_down():
    assert format_elapsed(59_999) == "00:59"
