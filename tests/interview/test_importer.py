"""Interviews recorded elsewhere: a good file becomes events; a bad one is refused whole."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from fieldkit.data import forms_dir
from fieldkit.interview.importer import ImportFileError, plan_interview, read_json, write_interview
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.content import replay
from fieldkit.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
PASS = "synthetic orbit quarry violin staple"  # passes the gate; invented for the tests


def doc_example() -> dict:
    text = (ROOT / "docs" / "interview-format.md").read_text(encoding="utf-8")
    return json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))


@pytest.fixture(scope="module")
def study_a():
    return load_protocol(forms_dir() / "informal-relations.yaml")


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "store", PASS) as s:
        yield s


@pytest.fixture
def eu_session(store, study_a):
    """Study A started on ``store``, consent given, the EU committee chosen."""
    s = InterviewSession.start(store, study_a)
    s.record_consent(True)
    s.answer("organisation", "eu")
    return s


def test_documented_example_imports(store, study_a):
    planned = plan_interview(doc_example(), study_a, "example.json")
    interview_id = write_interview(store, planned)
    row = store.interview(interview_id)
    assert row.status == "completed" and row.started_at == "2009-06-12T07:30:00.000Z"
    assert row.elapsed_ms == 71 * 60_000  # 09:30 to 10:41, not to the last stamp (37:56)
    content = replay(store.events(interview_id))
    assert content.value("informal_contacts_week") == 5
    assert content.answer("negotiations_informal").special == "refused"
    people = content.people_of("friends_eu")
    assert [p.roster_id for p in people] == ["eu-fr", None]
    assert people[1].name == "A colleague from the Council secretariat"
    assert content.value("friend_contacts_eu", people[0].instance_id) == 3
    assert content.answer("informal_contacts_week").elapsed_ms == 760_000
    [quote] = store.quotes(interview_id)
    assert quote.elapsed_ms == 2_276_000 and quote.item_id == "friendships_matter"


BAD = [
    ({"format": "kobo"}, "format: must be \"fieldkit-interview/1\""),
    ({"protocol": "other-study"}, "protocol: names protocol 'other-study'"),
    ({"language": "de"}, "language: 'de' is not one of the protocol's languages"),
    ({"started_at": "yesterday"}, "started_at: 'yesterday' is not an ISO 8601"),
    ({"colour": "blue"}, "colour: unknown key 'colour'"),
    ({"answers": {"organisaton": "eu"}}, "answers.organisaton: there is no item 'organisaton'"),
    ({"answers": {"organisation": "un"}}, "answers.organisation: 'un' is not one of the choices"),
    ({"answers": {"informal_contacts_week": "many"}},
     "answers.informal_contacts_week: 'many' is not a whole number"),
    ({"answers": {"informal_contacts_week": -2}}, "answers.informal_contacts_week:"),
    ({"answers": {"friendships_matter": "perhaps"}}, "'perhaps' is not yes or no"),
    ({"answers": {"organisation": {"special": "maybe"}}}, "a special answer is"),
    # an item that lists no special answers takes none (an empty list is not "all")
    ({"answers": {"organisation": {"special": "refused"}}},
     "'organisation' does not allow the special answer 'refused'"),
    ({"answers": {"friends_eu": [{"person": ""}]}}, "answers.friends_eu[0]: needs 'person'"),
    ({"answers": {"friends_eu": [{"person": "eu-fr", "friend_contacts_au": 2}]}},
     "'friend_contacts_au' is not a follow-up of 'friends_eu'"),
    ({"answers": {"friend_contacts_eu": 2}}, "is asked per person"),
    ({"elapsed": {"organisation": "ten past"}}, "elapsed.organisation: 'ten past' is not an elapsed"),
    ({"quotes": [{"at": "01:00"}]}, "quotes[0]: needs a 'text'"),
    ({"marked_names": "Zorana"}, "marked_names: must be a list of names"),
    ({"marked_names": ["ok", 7]}, "marked_names[1]: must be a name of 1 to 200 characters"),
]


@pytest.mark.parametrize("change,message", BAD, ids=[b[1][:40] for b in BAD])
def test_bad_file_is_refused_whole(store, study_a, change, message):
    data = copy.deepcopy(doc_example())
    for key, value in change.items():
        if key == "answers":
            data["answers"].update(value)
        else:
            data[key] = value
    with pytest.raises(ImportFileError) as info:
        plan_interview(data, study_a, "bad.json")
    assert message in "\n".join(str(p) for p in info.value.problems)
    assert "nothing of this file was imported" in str(info.value)
    assert store.interviews() == []


def test_marked_names_become_mark_name_events(store, study_a):
    data = {**doc_example(), "marked_names": ["  Bogdan   Petrovski ", "Зорана"]}
    interview_id = write_interview(store, plan_interview(data, study_a, "marks.json"),
                                   seal=False)
    assert replay(store.events(interview_id)).marked_names == ["Bogdan Petrovski", "Зорана"]


def test_unreadable_json(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFileError, match="is not valid JSON"):
        read_json(path)


def test_every_problem_of_a_file_is_reported_in_one_run(study_a):
    data = copy.deepcopy(doc_example())
    data["answers"].update({"organisation": "un", "informal_contacts_week": "many",
                            "friendships_matter": "perhaps"})
    data["interviewer"] = ["INT-03"]
    data["respondent_code"] = {"code": 1}
    with pytest.raises(ImportFileError) as info:
        plan_interview(data, study_a, "bad.json")
    where = {p.location for p in info.value.problems}
    assert {"answers.organisation", "answers.informal_contacts_week",
            "answers.friendships_matter", "interviewer", "respondent_code"} <= where
    assert all(str(p).startswith("bad.json:") for p in info.value.problems)


@pytest.mark.parametrize("text,message", [
    ('{"format": "a", "format": "b"}', "has the key 'format' twice"),
    ("[" * 100_000 + "]" * 100_000, "nests deeper than 64 levels"),
    ('{"n": 1' + "0" * 5000 + "}", "holds a number"),
    ('{"s": "\\ud800"}', "lone UTF-16 surrogate"),
])
def test_hostile_json_is_one_sentence_naming_the_file(tmp_path, text, message):
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_json(path)
    [problem] = info.value.problems
    assert str(problem).startswith(str(path)) and message in str(problem)


def test_an_endless_file_is_read_only_to_the_limit():
    with pytest.raises(ImportFileError, match="is larger than 10 MB"):
        read_json(Path("/dev/zero"))
