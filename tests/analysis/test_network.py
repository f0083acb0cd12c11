"""Name-generator networks: named-by counts, density, reciprocity, mixing."""

from __future__ import annotations

import pytest
from study_a_data import study_a

from fieldkit.analysis.network import name_generators, network_summary
from fieldkit.analysis.values import AnalysisError
from fieldkit.dataset.tables import Dataset


def test_five_of_the_ten_oas_respondents_named_canada():
    data, protocol = study_a()
    net = network_summary(data, "friends_oas", protocol)
    canada = next(n for n in net.nodes if n.id == "oas-ca")
    assert net.respondents == 10
    assert (canada.named_by, canada.eligible) == (5, 10)
    assert canada.named_by_text == "named by 5 of 10"
    assert net.nodes[0].id == "oas-ca"  # the most named
    assert not canada.respondent


def test_named_per_respondent_and_density():
    data, protocol = study_a()
    net = network_summary(data, "friends_oas", protocol)
    people = [r for r in data.people if r["item_id"] == "friends_oas"]
    assert sum(net.named_counts) == len(people) == net.ties
    # possible ties: each of 10 respondents could name the 34 other OAS members but Cuba,
    # a member state not seated in 2009
    assert net.density == pytest.approx(net.ties / (10 * 33))
    assert net.unseated == ("oas-cu",)


def _tiny(ties: list[tuple[str, str]]) -> Dataset:
    data = Dataset("p", "1", "h", "en")
    sources = sorted({s for s, _ in ties})
    for number, source in enumerate(sources, 1):
        data.interviews.append({"interview_id": source, "number": number, "g": 1})
    for source, target in ties:
        group = "East" if target in ("a", "b") else "West"
        alliance = "X" if target in ("a", "c") else "none"
        data.people.append({"interview_id": source, "item_id": "g", "roster_id": target,
                            "name": target.upper(), "group": group, "alliance": alliance})
        data.ties.append({"interview_id": source, "item_id": "g", "source": source,
                          "target": target})
    return data


def test_reciprocity_counts_returned_ties_to_interviewed_entries():
    # a<->b mutual; a->c (c interviewed, does not return); c->d (d not interviewed)
    data = _tiny([("a", "b"), ("b", "a"), ("a", "c"), ("c", "d")])
    data.people.append({"interview_id": "d", "item_id": "g", "roster_id": "d", "name": "D",
                        "group": "West", "alliance": "none"})
    net = network_summary(data, "g")
    assert net.mutual_pairs == 1
    assert net.reciprocity == pytest.approx(2 / 3)  # a->b, b->a returned; a->c not


def test_mixing_within_and_across():
    data = _tiny([("a", "b"), ("b", "a"), ("a", "c"), ("c", "d")])
    net = network_summary(data, "g")
    group = next(m for m in net.mixing if m.attribute == "group")
    alliance = next(m for m in net.mixing if m.attribute == "alliance")
    assert (group.within, group.across) == (3, 1)  # a-b, b-a East; c-d West; a->c crosses
    assert (alliance.within, alliance.across) == (1, 3)  # only a->c shares X; "none" never does


def test_generators_are_found_and_a_wrong_one_is_named():
    data, protocol = study_a()
    assert set(name_generators(data)) == {"friends_au", "friends_eu", "friends_oas",
                                          "friends_osce"}
    with pytest.raises(AnalysisError, match="no name generator 'friends_un'"):
        network_summary(data, "friends_un", protocol)
