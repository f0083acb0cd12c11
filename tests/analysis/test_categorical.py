"""Yes/no and choice items: shares of valid answers with Wilson intervals."""

from __future__ import annotations

import pytest
from study_a_data import study_a

from fieldkit.analysis.categorical import categorical_items, categorical_summary, wilson
from fieldkit.analysis.values import format_share


def test_yes_shares_match_the_paper():
    data, _ = study_a()
    friends = categorical_summary(data, "friendships_matter").share_of("yes")
    talks = categorical_summary(data, "negotiations_informal").share_of("yes")
    assert (friends.count, friends.n, format_share(friends.share)) == (42, 46, "91%")
    assert (talks.count, talks.n, format_share(talks.share)) == (40, 47, "85%")


def test_wilson_interval_known_values():
    low, high = wilson(42, 46)
    assert (round(low, 4), round(high, 4)) == (0.7968, 0.9657)  # checked by hand from the formula
    assert wilson(0, 10)[0] == 0.0 and wilson(10, 10)[1] == pytest.approx(1.0)
    assert wilson(0, 0) == (None, None)


def test_groups_and_missing():
    data, _ = study_a()
    table = categorical_summary(data, "first_call", by="organisation")
    assert table.total.n == 49 and table.total.missing["not_applicable"] == 1
    assert sum(g.n for g in table.groups) == 49
    assert [s.value for s in table.total.shares] == ["capital", "fellow_ambassador", "other"]


def test_select_multiple_shares_are_of_respondents():
    data, _ = study_a()
    table = categorical_summary(data, "informal_groups")
    assert table.multiple
    assert sum(s.count for s in table.total.shares) == 100  # two groups each, 50 respondents
    assert all(s.n == 50 for s in table.total.shares)


def test_yes_no_items_are_told_apart_from_choice_items():
    data, _ = study_a()
    assert "friendships_matter" in categorical_items(data, yes_no=True)
    assert "first_call" not in categorical_items(data, yes_no=True)
    assert "first_call" in categorical_items(data, yes_no=False)


def test_a_number_is_not_counted_as_a_category():
    data, _ = study_a()
    with pytest.raises(Exception, match="not a yes/no or choice item"):
        categorical_summary(data, "informal_contacts_week")
