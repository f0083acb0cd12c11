"""The dataset builder: current relevant answers only, special codes, people, ties, quotes."""

from __future__ import annotations

import synth_study as s

from fieldkit.dataset import build_dataset
from fieldkit.store.content import replay


def test_interviews_rows_hold_current_relevant_answers_and_special_codes():
    d = s.dataset()
    assert [r["number"] for r in d.interviews] == [1, 2, 3, 4, 5, 6]
    first, second, fourth = d.interviews[0], d.interviews[1], d.interviews[3]
    assert first["contacts"] == 7 and second["contacts"] == ".r" and fourth["contacts"] == ".d"
    assert first["groups"] == ["caucus", "sport"]
    assert first["friends"] == 3 and first["delegation"] == 1
    assert first["duration_s"] == 4100
    assert first["why"].startswith("I trust")
    assert fourth["why"] is None  # answered, then made irrelevant by friends_matter = no


def test_follow_ups_are_relevant_per_person_with_siblings_visible():
    d = s.dataset()
    friends = [p for p in d.people if p["interview_id"].endswith("1") and p["item_id"] == "friends"]
    assert [p["friend_contacts"] for p in friends] == [5, 1, 3]
    assert [p["friend_close"] for p in friends] == ["yes", None, "yes"]
    free = friends[2]
    assert free["free_entry"] is True and free["roster_id"] is None
    assert free["name"] == "Xavier Plumtree-Oddsock"
    assert friends[0]["member_state"] == "Serbia" and friends[0]["role"] == "Ambassador"


def test_ties_use_the_respondents_roster_id_and_numeric_weights():
    d = s.dataset()
    ties = [t for t in d.ties if t["interview_id"].endswith("1")]
    assert [(t["source"], t["target"]) for t in ties] == [
        ("c-al", "c-rs"), ("c-al", "c-hr"), ("c-al", "free:Xavier Plumtree-Oddsock")]
    assert [t["friend_close"] for t in ties] == [1, None, 1]
    assert all(t["item_id"] == "friends" for t in d.ties)  # the respondent item makes no ties
    assert len(d.ties) == 10


def test_quotes_carry_elapsed_time_and_timings_count_changes():
    d = s.dataset()
    assert d.quotes[0]["elapsed"] == "37:56" and d.quotes[0]["number"] == 1
    assert d.notes[0]["elapsed"] == "01:40"
    why = [t for t in d.timings if t["item_id"] == "why"]
    assert len(why) == 5  # interview 4's answer is not relevant, so it has no timing row
    assert all(t["changes"] == 1 for t in why)


def test_clear_and_removed_people_vanish_and_codings_take_their_passage():
    inputs = s.interviews()
    one = inputs[0]
    extra = [
        s.Ev("x1", 900, "clear", "gender"),
        s.Ev("x2", 901, "person_remove", "friends", "f1-1"),
        s.Ev("x3", 902, "coding", "why", None, {"coding_id": "k1", "code": "trust",
                                                "start": 2, "end": 7}),
    ]
    one.events.extend(extra)
    one.content = replay(one.events)
    d = build_dataset(s.protocol(), inputs)
    assert d.interviews[0]["gender"] is None
    assert d.interviews[0]["friends"] == 2
    assert [c["passage"] for c in d.codings] == ["trust"]


def test_every_column_has_a_variable():
    d = s.dataset()
    for table in ("interviews", "people", "ties", "quotes", "timings"):
        names = {v.name for v in d.variables_of(table)}
        for row in d.table(table):
            assert set(row) <= names, (table, set(row) - names)
    assert d.variable("interviews", "gender").value_labels == {"f": "Female", "m": "Male"}
    assert {e["id"] for e in d.population} == {r[0] for r in s.ROSTER}
