"""XLSForm's random(), uuid() and deviceid in interviews: worked out once, recorded with the
interview (so they stay what they were, in the store and in back-entry), and the deviceid is
the id of the store the interview is made in."""

from __future__ import annotations

import re

import pytest

from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.interview.importer import FORMAT, ImportFileError, plan_interview, write_interview
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.disclosure import disclosure_of
from fieldkit.protocol.model import Disclosure
from fieldkit.store.content import replay

from .conftest import one_section as _protocol

ITEMS = ({"id": "n", "type": "integer", "label": "N"},
         {"id": "draw", "type": "calculate", "calculation": "once(random())"},
         # without once(): still drawn once, or a sample would change as answers do
         {"id": "pick", "type": "calculate", "calculation": "int(random() * 10) + ${n}"},
         {"id": "key", "type": "calculate", "calculation": "once(uuid())"},
         {"id": "short", "type": "calculate", "calculation": "uuid(8)"},
         {"id": "device", "type": "calculate", "calculation": "once(device())"},
         {"id": "asked", "type": "text", "label": "Asked",
          "relevant": "${draw} < 2 and ${device} != ''"})


def test_random_values_are_drawn_once_and_kept_in_the_store(tmp_path, store):
    p = _protocol(tmp_path, *ITEMS)
    s = InterviewSession.start(store, p)
    first = {i: s.view().calculated(p.item(i)) for i in ("draw", "key", "short", "device")}
    assert 0 <= first["draw"] < 1
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        first["key"])
    assert re.fullmatch(r"[0-9A-Za-z]{8}", first["short"])
    assert first["device"] == store.store_id  # XLSForm's deviceid is the store's id
    assert s.view().calculated(p.item("pick")) is None  # ${n} unanswered: not drawn yet
    s.answer("n", 3)
    pick = s.view().calculated(p.item("pick"))
    assert 3 <= pick < 13
    s.answer("n", 4)  # another answer: the values drawn stay
    again = InterviewSession.resume(store, s.interview_id)
    kept = {i: again.view().calculated(p.item(i)) for i in ("draw", "key", "short", "device")}
    assert kept == first and again.view().calculated(p.item("pick")) == pick
    assert again.is_relevant(p.item("asked"))
    other = InterviewSession.start(store, p)  # another interview draws its own
    assert other.view().calculated(p.item("key")) != first["key"]


def _file(**answers) -> dict:
    return {"format": FORMAT, "protocol": "p", "started_at": "2026-11-30T10:00:00Z",
            "answers": answers}


def test_back_entry_keeps_the_value_the_file_gives_or_draws_one(tmp_path, store):
    p = _protocol(tmp_path, *ITEMS)
    given = write_interview(store, plan_interview(_file(n=2, draw=0.25, key="paper-key"), p,
                                                  "paper.json"), seal=False)
    content = replay(store.events(given))
    assert content.value("draw") == 0.25 and content.value("key") == "paper-key"
    assert content.value("short") is not None  # not on paper: drawn at entry, then kept
    drawn = content.value("pick")
    assert 2 <= drawn < 12
    resumed = InterviewSession.resume(store, given)
    assert resumed.view().calculated(p.item("pick")) == drawn
    assert resumed.view().calculated(p.item("draw")) == 0.25


def test_back_entry_refuses_a_value_for_a_plain_calculation_or_an_object(tmp_path):
    p = _protocol(tmp_path, *ITEMS, {"id": "double", "type": "calculate",
                                     "calculation": "${n} * 2"})
    with pytest.raises(ImportFileError) as caught:
        plan_interview(_file(double=4, draw={"x": 1}), p, "bad.json")
    said = "\n".join(str(problem) for problem in caught.value.problems)
    assert "'double' is a calculation, worked out from the other answers" in said
    assert "'draw' is a calculation kept as first worked out" in said


MEMBERS = {"id": "members", "type": "repeat", "label": "Members", "items": [
    {"id": "member", "type": "text", "label": "Name"},
    {"id": "lot", "type": "calculate", "calculation": "random()"}]}


def test_each_entry_of_a_repeat_draws_its_own_value_and_keeps_it(tmp_path, store):
    p = _protocol(tmp_path, MEMBERS)
    s = InterviewSession.start(store, p)
    ana, ben = s.add_person("members"), s.add_person("members")
    s.answer("member", "Ana", ana.instance_id)
    lots = [s.content.value("lot", person.instance_id) for person in (ana, ben)]
    assert all(0 <= x < 1 for x in lots) and lots[0] != lots[1]  # recorded per entry
    again = InterviewSession.resume(store, s.interview_id)
    assert [again.view().calculated(p.item("lot"), person.instance_id)
            for person in (ana, ben)] == lots


def test_back_entry_takes_a_repeat_entrys_value_or_draws_one(tmp_path, store):
    p = _protocol(tmp_path, MEMBERS)
    data = {**_file(), "answers": {"members": [{"member": "Ana", "lot": 0.5}, {"member": "Ben"}]}}
    interview_id = write_interview(store, plan_interview(data, p, "paper.json"), seal=False)
    content = replay(store.events(interview_id))
    ana, ben = content.people_of("members")
    assert content.value("lot", ana.instance_id) == 0.5
    assert 0 <= content.value("lot", ben.instance_id) < 1


def test_a_uuid_or_the_device_is_an_identifier_a_random_draw_is_not(tmp_path):
    p = _protocol(tmp_path, *ITEMS)
    assert disclosure_of(p, p.item("key")) == Disclosure.identifier  # links back to the record
    assert disclosure_of(p, p.item("device")) == Disclosure.identifier
    assert disclosure_of(p, p.item("draw")) == Disclosure.none


def test_the_values_drawn_are_the_ones_in_the_dataset(tmp_path, store):
    p = _protocol(tmp_path, *ITEMS, MEMBERS)
    s = InterviewSession.start(store, p)
    s.answer("n", 1)
    entry = s.add_person("members")
    kept = {i: s.content.value(i) for i in ("draw", "pick", "key", "device")}
    lot = s.content.value("lot", entry.instance_id)
    data = dataset_from_store(store, "p")
    row = data.interviews[0]
    assert {i: row[i] for i in kept} == kept
    assert [r["lot"] for r in data.people if "lot" in r] == [lot]
