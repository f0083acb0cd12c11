"""Relevance, constraints and what is missing, over replayed events (no store needed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from fieldkit.interview.clock import ElapsedClock
from fieldkit.interview.logic import Logic
from fieldkit.interview.values import InvalidAnswer, coerce
from fieldkit.store.content import replay


@dataclass
class Ev:
    id: str
    seq: int
    kind: str
    item_id: str | None
    instance_id: str | None = None
    value: Any = None
    special: str | None = None
    elapsed_ms: int = 0
    recorded_at: str = ""


def content(*events):
    return replay([Ev(str(n), n, *e) for n, e in enumerate(events, start=1)])


def test_relevance_follows_answers_and_chains(p):
    logic = Logic(p)
    c = content(("answer", "matter", None, "no"), ("answer", "why", None, "because"))
    assert not logic.is_relevant(p.item("why"), c)
    # why_more depends on why, which is not relevant: its value counts as empty
    assert not logic.is_relevant(p.item("why_more"), c)
    c = content(("answer", "matter", None, "yes"), ("answer", "why", None, "because"))
    assert logic.is_relevant(p.item("why_more"), c)
    # kept in history, left out of what counts
    c = content(("answer", "matter", None, "yes"), ("answer", "why", None, "x"),
                ("answer", "matter", None, "no"))
    assert ("why", None) in c.answers and ("why", None) not in logic.relevant_answers(c)


def test_section_relevance(p):
    logic = Logic(p)
    assert not logic.is_relevant(p.item("eu_only"), content(("answer", "org", None, "au")))
    assert logic.is_relevant(p.item("eu_only"), content(("answer", "org", None, "eu")))


def test_constraint_and_bounds(p):
    logic = Logic(p)
    c = content()
    assert logic.constraint_error(p.item("contacts"), 80, c) == "Seventy at most"
    # past max too, the protocol's own message where it gives one
    assert logic.constraint_error(p.item("contacts"), 101, c) == "Seventy at most"
    assert logic.constraint_error(p.item("contacts"), -1, c) == "Seventy at most"
    # and the bound itself where it gives none
    assert logic.constraint_error(p.item("f_contacts"), 5, c) is None
    bounded = p.item("contacts").model_copy(update={"constraint_message": None})
    assert logic.constraint_error(bounded, 101, c) == "the answer must be at most 100"
    assert logic.constraint_error(p.item("contacts"), 7, c) is None


def test_missing_lists_required_relevant_and_follow_ups(p):
    logic = Logic(p)
    c = content(("answer", "org", None, "au"), ("answer", "matter", None, "yes"),
                ("person_add", "friends", "i1", {"roster_id": "d2"}),
                ("answer", "f_contacts", "i1", 5))
    missing = [(m.item_id, m.person) for m in logic.missing(c)]
    assert missing == [("contacts", None), ("why", None), ("f_close", "Beta")]
    c2 = content(("answer", "org", None, "au"), ("answer", "contacts", None, None, "refused"),
                 ("answer", "matter", None, "no"))
    assert logic.missing(c2) == []


def test_group_lookup_counts_people(p):
    logic = Logic(p)
    c = content(("person_add", "friends", "i1", {"roster_id": "d1"}),
                ("person_add", "friends", "i2", {"name": "Someone"}),
                ("person_remove", "friends", "i1"))
    assert len(logic.lookup(c)("friends")) == 1


@pytest.mark.parametrize("item,raw,typed", [
    ("contacts", "7", 7), ("contacts", 7.0, 7), ("matter", "Oui", "yes"), ("matter", "n", "no"),
    ("org", "eu", "eu"), ("why", "  text ", "  text "), ("why_more", " t ", "t"),
])
def test_coerce(p, item, raw, typed):
    assert coerce(p, p.item(item), raw) == typed


@pytest.mark.parametrize("item,raw,message", [
    ("contacts", "seven", "'seven' is not a whole number"),
    ("matter", "perhaps", "'perhaps' is not yes or no"),
    ("org", "un", "'un' is not one of the choices (au, eu)"),
    ("contacts", "", "an empty answer is not an answer"),
    ("friends", "x", "takes no direct answer"),
])
def test_coerce_refuses(p, item, raw, message):
    with pytest.raises(InvalidAnswer, match=message.replace("(", r"\(").replace(")", r"\)")):
        coerce(p, p.item(item), raw)


def test_clock_excludes_pauses():
    now = [100.0]
    clock = ElapsedClock(5_000, now=lambda: now[0])
    now[0] += 10
    assert clock.elapsed_ms() == 15_000
    clock.pause()
    now[0] += 600
    assert clock.elapsed_ms() == 15_000
    clock.resume()
    now[0] += 1.5
    assert clock.elapsed_ms() == 16_500
