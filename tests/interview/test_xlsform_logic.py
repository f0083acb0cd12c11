"""XLSForm logic in a real interview: instance() lookups into choice columns, the username as
the interviewer code, and '=' on a select_multiple with XLSForm's meaning."""

from __future__ import annotations

import openpyxl
import pytest

from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.xlsform import import_xlsform
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
def session(tmp_path, imported):
    store = Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False)
    yield InterviewSession.start(store, imported.protocol, interviewer="INT1")
    store.close()


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
