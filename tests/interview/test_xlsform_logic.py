"""XLSForm logic in a real interview: instance() lookups into choice columns, the username as
the interviewer code, and '=' on a select_multiple with XLSForm's meaning."""

from __future__ import annotations

import openpyxl
import pytest

from fieldkit.interview.session import InterviewSession, InvalidAnswer
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.protocol.xlsform import import_xlsform
from fieldkit.store import attachments
from fieldkit.store.store import Store

PASS = "synthetic xlsform logic passphrase"
SURVEY = [
    ["type", "name", "label", "relevant", "calculation"],
    ["username", "user", None, None, None],
    ["note", "hello", "Hello", "${user} = 'INT1'", None],
    ["select_one cities", "city", "City", None, None],
    ["calculate", "county", None, None, "instance('cities')/root/item[name=${city}]/county"],
    ["text", "north_only", "North only", "${county} = 'north'", None],
    ["select_multiple colours", "colours", "Colours", None, None],
    ["text", "only_red", "Only red", "${colours} = 'red'", None],
    ["text", "any_red", "Any red", "selected(${colours}, 'red')", None],
]
CHOICES = [
    ["list_name", "name", "label", "county"],
    ["cities", "a", "Abu", "north"],
    ["cities", "b", "Bel", "south"],
    ["colours", "red", "Red", None],
    ["colours", "blue", "Blue", None],
]


@pytest.fixture
def imported(tmp_path):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in (("survey", SURVEY), ("choices", CHOICES),
                        ("settings", [["form_id", "version", "form_title"], ["logic", "1", "L"]])):
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(tmp_path / "logic.xlsx")
    return import_xlsform(tmp_path / "logic.xlsx")


@pytest.fixture
def store(tmp_path):
    opened = Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False)
    yield opened
    opened.close()


@pytest.fixture
def session(store, imported):
    return InterviewSession.start(store, imported.protocol, interviewer="INT1")


def _protocol(tmp_path, *items: dict):
    return protocol_from_data({"id": "p", "version": "1", "title": "T", "cover": "c",
                               "research_aim": "a",
                               "sections": [{"id": "s", "title": "S", "items": list(items)}]},
                              file="p.yaml", base_dir=tmp_path)


def test_equality_on_a_select_multiple_is_carried_with_a_warning(imported):
    said = [(p.location, p.message) for p in imported.warnings if "'='" in p.message]
    assert len(said) == 1
    location, message = said[0]
    assert location == "survey row 8"
    assert "${colours}" in message and "joined by spaces" in message and "selected(" in message
    assert imported.protocol.items_by_id["only_red"].relevant == "join(' ', ${colours}) = 'red'"


def test_the_choices_extra_columns_are_kept(imported):
    cities = imported.protocol.choice_lists["cities"]
    assert [(c.name, c.extra) for c in cities] == [("a", {"county": "north"}),
                                                   ("b", {"county": "south"})]


def test_lookups_interviewer_and_joined_choices_in_an_interview(session):
    s = session
    p = s.protocol
    assert s.is_relevant(p.item("hello"))  # ${user} is the interviewer code
    assert s.view().calculated(p.item("county")) is None  # no city yet: the lookup is empty
    s.answer("city", "b")
    assert s.view().calculated(p.item("county")) == "south"
    assert not s.is_relevant(p.item("north_only"))
    s.answer("city", "a")
    assert s.view().calculated(p.item("county")) == "north"
    assert s.is_relevant(p.item("north_only"))
    s.answer("colours", ["red"])
    assert s.is_relevant(p.item("only_red")) and s.is_relevant(p.item("any_red"))
    s.answer("colours", ["red", "blue"])  # XLSForm: 'red blue' = 'red' is false
    assert not s.is_relevant(p.item("only_red")) and s.is_relevant(p.item("any_red"))


def test_another_interviewer_sees_no_greeting(tmp_path, imported):
    store = Store.create(tmp_path / "other", PASS, interviewer="INT2", enforce_strength=False)
    try:
        s = InterviewSession.start(store, imported.protocol, interviewer="INT2")
        assert not s.is_relevant(imported.protocol.item("hello"))
    finally:
        store.close()


def _book(path, survey, choices):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in (("survey", survey), ("choices", choices)):
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return import_xlsform(path)


def test_choice_filter_piping_and_choice_names_in_an_interview(tmp_path, store):
    imported = _book(tmp_path / "cf.xlsx", [
        ["type", "name", "label", "choice_filter", "calculation"],
        ["select_one states", "state", "State", None, None],
        ["select_one counties", "county", "County of ${state}", "${state}=cf", None],
        ["calculate", "county_label", None, None, "jr:choice-name(${county}, '${county}')"],
        ["begin_repeat", "friends", "Friends", None, None],
        ["text", "f_name", "Name", None, None],
        ["integer", "f_meet", "How often do you meet ${f_name}?", None, None],
        ["end_repeat", None, None, None, None],
    ], [
        ["list_name", "name", "label", "label::French (fr)", "cf"],
        ["states", "tx", "Texas", "Texas", None], ["states", "wa", "Washington", "Washington", None],
        ["counties", "king", "King", "Roi", "wa"], ["counties", "pierce", "Pierce", "Pierre", "wa"],
        ["counties", "king", "King", "Roi", "tx"], ["counties", "cameron", "Cameron", "Cameron", "tx"],
    ])
    p = imported.protocol
    assert p.item("county").choice_filter == "${state}=choice-column('cf')"
    s = InterviewSession.start(store, p, interviewer="INT1")
    county = p.item("county")
    assert s.choices(county) == []  # no state yet: the filter keeps nothing
    s.answer("state", "wa")
    assert [c.name for c in s.choices(county)] == ["king", "pierce"]
    assert s.piped(s.protocol.text(county.label)) == "County of wa"
    with pytest.raises(InvalidAnswer, match="'cameron' is not among the choices"):
        s.answer("county", "cameron")
    s.answer("county", "pierce")
    assert s.view().calculated(p.item("county_label")) == "Pierce"
    s.set_language("fr")
    assert s.view().calculated(p.item("county_label")) == "Pierre"
    person = s.add_person("friends")
    s.answer("f_name", "Ana", person.instance_id)
    label = s.protocol.text(p.item("f_meet").label)
    assert s.piped(label, person.instance_id) == "How often do you meet Ana?"


def test_the_person_of_a_name_generator_is_piped_into_its_follow_ups(tmp_path, store):
    p = _protocol(tmp_path, {"id": "friends", "type": "name_generator", "label": "Friends",
                             "items": [{"id": "close", "type": "yes_no",
                                        "label": "Are you close to ${friends}?"}]})
    s = InterviewSession.start(store, p)
    ana = s.add_person("friends", name="Ana Pérez")
    assert s.piped("Are you close to ${friends}?", ana.instance_id) == \
        "Are you close to Ana Pérez?"


def test_once_keeps_the_first_value_it_works_out(tmp_path, store):
    p = _protocol(tmp_path, {"id": "n", "type": "integer", "label": "N"},
                  {"id": "first_n", "type": "calculate", "calculation": "once(${n})"},
                  {"id": "last_n", "type": "calculate", "calculation": "${n}"},
                  {"id": "started", "type": "calculate", "calculation": "once(today())"})
    s = InterviewSession.start(store, p)
    assert s.content.value("started") is not None  # recorded as the interview began
    assert s.view().calculated(p.item("first_n")) is None
    s.answer("n", 3)
    s.answer("n", 5)
    view = s.view()
    assert view.calculated(p.item("first_n")) == 3
    assert view.calculated(p.item("last_n")) == 5
    again = InterviewSession.resume(store, s.interview_id)  # kept in the store
    assert again.view().calculated(p.item("first_n")) == 3


def test_an_attachment_is_recorded_encrypted_and_checked(tmp_path, store):
    p = _protocol(tmp_path,
                  {"id": "photo", "type": "attachment", "label": "Photo", "media_kind": "image"},
                  {"id": "why", "type": "text", "label": "Why", "relevant": "${photo} != ''"})
    picture = tmp_path / "embassy.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"synthetic" * 100)
    (tmp_path / "notes.txt").write_text("not a picture", encoding="utf-8")
    s = InterviewSession.start(store, p)
    with pytest.raises(InvalidAnswer, match="'notes.txt' is not an image file"):
        s.answer("photo", str(tmp_path / "notes.txt"))
    with pytest.raises(InvalidAnswer, match="does not exist"):
        s.answer("photo", str(tmp_path / "gone.png"))
    value = s.answer("photo", str(picture))
    assert value["file"] == "embassy.png" and value["type"] == "image/png"
    assert attachments.content(value) == picture.read_bytes()
    assert s.is_relevant(p.item("why"))  # the file is known by its name in expressions
    again = InterviewSession.resume(store, s.interview_id)
    assert attachments.content(again.content.value("photo")) == picture.read_bytes()
    forged = dict(value, data=attachments.read_attachment(picture)["data"][:-8] + "AAAAAAA=")
    with pytest.raises(InvalidAnswer, match="does not match its size and digest"):
        s.answer("photo", forged)
    store.close()
    kept = tmp_path / "store"
    files = [f for f in kept.rglob("*") if f.is_file()] if kept.is_dir() else [kept]
    plain = (b"synthetic" * 4, value["data"][40:80].encode())  # the bytes, and as base64
    assert files and not any(x in f.read_bytes() for f in files for x in plain)


def test_a_conditional_required_is_required_while_it_holds(tmp_path, store):
    imported = _book(tmp_path / "req.xlsx", [
        ["type", "name", "label", "required"],
        ["select_one health", "health", "Health", "yes"],
        ["decimal", "height", "Height", "${health}=‘dead’"],
    ], [["list_name", "name", "label"], ["health", "alive", "Alive"], ["health", "dead", "Dead"]])
    p = imported.protocol
    assert p.item("height").required_if == "${health}='dead'"
    s = InterviewSession.start(store, p)
    s.answer("health", "alive")
    assert [m.item_id for m in s.missing()] == []
    s.answer("health", "dead")
    assert [(m.item_id, m.kind) for m in s.missing()] == [("height", "required")]
    assert ("height", "required") in [(m.item_id, m.kind) for m in s.overview()]
