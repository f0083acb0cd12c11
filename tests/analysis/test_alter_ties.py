"""Alter–alter ties and seat status, worked out by hand on a four-delegation committee."""

from __future__ import annotations

import pytest

from fieldkit.analysis.network import network_summary
from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.model import Protocol

PROTOCOL = Protocol.model_validate({
    "id": "tiny", "version": "1", "title": "T", "cover": "c", "research_aim": "a",
    "rosters": {"c": {"entries": [
        {"id": "a", "label": "A"}, {"id": "b", "label": "B"}, {"id": "c", "label": "C"},
        {"id": "d", "label": "D"}, {"id": "h", "label": "H", "status": "suspended"},
        {"id": "x", "label": "X", "status": "not seated"}]}},
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "friends", "type": "name_generator", "label": "Friends?", "roster": "c",
         "items": [{"id": "knows", "type": "select_multiple", "label": "Close to?",
                    "roster_choices": ["c"]}]}]}]})


def _data() -> Dataset:
    ds = Dataset("tiny", "1", PROTOCOL.content_hash, "en")
    named = {"i1": ("a", {"b": ["c", "d"], "c": ["b"], "d": ["x"]}),  # b-c twice: one tie
             "i2": ("b", {"a": []}),  # one person named: no pair
             "i3": ("c", {"a": ["d"], "d": []})}
    for number, (iid, (me, people)) in enumerate(named.items(), 1):
        ds.interviews.append({"interview_id": iid, "number": number, "friends": len(people)})
        for position, (target, knows) in enumerate(people.items(), 1):
            ds.people.append({"interview_id": iid, "item_id": "friends", "person_id": f"{iid}{target}",
                              "position": position, "roster_id": target, "name": target.upper(),
                              "knows": knows})
            ds.ties.append({"interview_id": iid, "item_id": "friends", "source": me,
                            "target": target})
    return ds


def test_alter_density_by_hand():
    ties = network_summary(_data(), "friends", PROTOCOL).alter_ties
    # i1 named b, c, d: 3 pairs, ties b-c and b-d (c-b is the same pair): 2/3;
    # i3 named a, d: 1 pair, tie a-d: 1/1; i2 named one person only. x was not named: outside.
    assert (ties.respondents, ties.pairs, ties.ties, ties.outside) == (2, 4, 3, 1)
    assert ties.mean_density == pytest.approx((2 / 3 + 1) / 2)
    assert ties.pooled_density == pytest.approx(3 / 4)


def test_unseated_delegations_leave_the_density_denominator():
    n = network_summary(_data(), "friends", PROTOCOL)
    # 6 ties; each of the 3 respondents could name the 4 seated entries but itself: 3 each
    assert n.ties == 6 and n.density == pytest.approx(6 / 9)
    assert set(n.unseated) == {"h", "x"}
