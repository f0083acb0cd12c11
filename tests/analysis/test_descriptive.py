"""Numeric items by group reproduce Study A's table of weekly informal contacts."""

from __future__ import annotations

import pytest
from study_a_data import study_a

from fieldkit.analysis.descriptive import numeric_by_group, summarise
from fieldkit.analysis.values import AnalysisError, format_mean, format_number

PAPER = {"African Union": ("6.60", "7", "7"), "European Union": ("5.38", "5", "5"),
         "Organization of American States": ("6.20", "7", "7"), "OSCE": ("6.22", "7", "7")}


def test_weekly_contacts_by_organisation_match_the_paper():
    data, _ = study_a()
    table = numeric_by_group(data, "informal_contacts_week")
    got = {r.group.split(" (")[0]: (format_mean(r.mean), format_number(r.median),
                                    ", ".join(format_number(m) for m in r.modes))
           for r in table.rows}
    assert got == PAPER
    assert [r.n for r in table.rows] == [10, 13, 10, 9]
    assert table.total.n == 42


def test_missing_answers_are_counted_by_kind_and_left_out_of_n():
    data, _ = study_a()
    table = numeric_by_group(data, "informal_contacts_week")
    osce = table.rows[3]
    assert osce.missing == {"refused": 1, "dont_know": 1, "not_applicable": 1, "no_answer": 1}
    assert table.total.missing == {"refused": 2, "dont_know": 3, "not_applicable": 1,
                                   "no_answer": 2}


def test_every_mode_is_listed_when_values_tie_and_none_when_all_differ():
    assert summarise([1, 1, 2, 2, 3]).modes == (1, 2)
    assert summarise([1.5, 2.5, 3.5]).modes == ()
    assert summarise([4]).modes == (4,)


def test_spread_and_range():
    s = summarise([2, 4, 4, 4, 5, 5, 7, 9])
    assert (s.min, s.max, s.median) == (2, 9, 4.5)
    assert round(s.sd, 4) == 2.1381  # sample SD, divisor n - 1


def test_means_round_half_up_like_the_paper():
    assert format_mean(2.345) == "2.35"
    assert format_mean(6.6) == "6.60"
    assert format_number(6.5) == "6.50" and format_number(7.0) == "7"


def test_unknown_grouping_item_is_one_clear_sentence():
    data, _ = study_a()
    with pytest.raises(AnalysisError, match="no item 'committee' in the interviews table"):
        numeric_by_group(data, "informal_contacts_week", by="committee")


def test_a_text_item_cannot_be_summarised_as_a_number():
    data, _ = study_a()
    with pytest.raises(AnalysisError, match="not a number"):
        numeric_by_group(data, "member_state")
