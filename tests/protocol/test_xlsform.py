"""XLSForm import: each mapping from small inline tables, and broken forms with their messages."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.errors import ProtocolError
from fieldkit.protocol.loader import load_protocol
from fieldkit.protocol.model import Disclosure, ItemType
from fieldkit.protocol.xlsform import ImportResult, import_xlsform, xlsform_to_data
from fieldkit.protocol.yaml_io import protocol_to_yaml

SETTINGS = [["form_id", "version", "form_title", "default_language"],
            ["demo", "3", "Demo", "English (en)"]]
ROSTER = ("id,label,organisation,member_state,group,alliance,role\n"
          "au-dz,Algeria,AU,Algeria,North Africa,AMU,Ambassador\n"
          "au-eg,Egypt,AU,Egypt,North Africa,COMESA,Ambassador\n")


def write_form(path: Path, survey: list[list] | None, choices: list[list] | None = None,
               settings: list[list] | None = SETTINGS, **sheets: list[list]) -> Path:
    """An .xlsx with the given sheets, each a list of rows with its header first."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in {"survey": survey, "choices": choices, "settings": settings,
                        **sheets}.items():
        if rows is not None:
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
    book.save(path)
    return path


def form(tmp_path: Path, *rows: list, head: tuple = ("type", "name", "label"),
         choices: list[list] | None = None, settings: list[list] | None = SETTINGS) -> Path:
    return write_form(tmp_path / "form.xlsx", [list(head), *rows], choices, settings)


def load(path: Path) -> ImportResult:
    return import_xlsform(path)


def refused(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(ProtocolError) as caught:
        import_xlsform(path)
    return [(p.location, p.message) for p in caught.value.problems]


def warned(result: ImportResult) -> list[tuple[str, str]]:
    return [(p.location, p.message) for p in result.warnings]


YES_NO = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


# ---- mappings ---------------------------------------------------------------------------
def test_settings_and_question_types(tmp_path):
    path = form(tmp_path, ["integer", "age", "Age"], ["decimal", "share", "Share"],
                ["text", "city", "City"], ["text", "story", "Story", "multiline"],
                ["date", "when", "When"], ["note", "hello", "Hello"],
                ["select_one yn", "ok", "OK?", None], ["select_multiple yn", "both", "Both"],
                head=("type", "name", "label", "appearance"), choices=YES_NO)
    p = load(path).protocol
    assert (p.id, p.version, p.title, p.languages, p.default_language) == \
        ("demo", "3", "Demo", ["en"], "en")
    types = {item.id: item.type for item in p.iter_items()}
    assert types == {"age": ItemType.integer, "share": ItemType.decimal, "city": ItemType.text,
                     "story": ItemType.long_text, "when": ItemType.date, "hello": ItemType.note,
                     "ok": ItemType.select_one, "both": ItemType.select_multiple}
    assert p.item("age").label == "Age"
    # a list used by two items is shared under its own name
    assert p.item("ok").choices == "yn" and [c.name for c in p.choice_lists["yn"]] == ["yes", "no"]
    assert [s.id for s in p.sections] == ["main"] and p.sections[0].title == "Demo"


def test_list_used_once_is_inline_and_likert(tmp_path):
    choices = [["list_name", "name", "label"], ["scale", "1", "Low"], ["scale", "2", "High"]]
    path = form(tmp_path, ["select_one scale", "trust", "Trust", "likert"],
                head=("type", "name", "label", "appearance"), choices=choices)
    p = load(path).protocol
    item = p.item("trust")
    assert item.type == ItemType.likert
    assert [(c.name, c.label) for c in item.choices] == [("1", "Low"), ("2", "High")]
    assert p.choice_lists == {}


def test_languages_labels_hints_and_messages(tmp_path):
    head = ("type", "name", "label::English (en)", "label::Français (fr)", "hint::English",
            "hint:fr", "constraint", "constraint_message::English (en)",
            "constraint_message::French")
    settings = [["form_id", "version", "form_title", "default_language"],
                ["demo", "1", "Demo", "Français (fr)"]]
    path = form(tmp_path, ["integer", "n", "Number", "Nombre", "How many", "Combien", ". > 0",
                           "Positive", "Positif"], head=head, settings=settings)
    p = load(path).protocol
    assert p.languages == ["fr", "en"] and p.default_language == "fr"
    item = p.item("n")
    assert item.label == {"en": "Number", "fr": "Nombre"}
    assert item.hint == {"en": "How many", "fr": "Combien"}
    assert item.constraint == ". > 0"
    assert item.constraint_message == {"en": "Positive", "fr": "Positif"}


@pytest.mark.parametrize(("name", "code"), [
    ("English", "en"), ("French", "fr"), ("Français", "fr"), ("Spanish", "es"),
    ("Portuguese", "pt"), ("Arabic", "ar"), ("Russian", "ru"), ("Kiswahili (sw)", "sw"),
    ("EN", "en"),
])
def test_language_names_become_codes(tmp_path, name, code):
    path = form(tmp_path, ["text", "t", "T"], head=("type", "name", f"label::{name}"),
                settings=[["form_id", "version"], ["demo", "1"]])
    assert load(path).protocol.languages == [code]


def test_unknown_language_name_gets_a_code_with_a_warning(tmp_path):
    path = form(tmp_path, ["text", "t", "T"], head=("type", "name", "label::Klingon"),
                settings=[["form_id", "version"], ["demo", "1"]])
    result = load(path)
    assert result.protocol.languages == ["kli"]
    assert ("survey row 1", "language 'Klingon' has no known code, so it is carried as 'kli'; "
            "write it as 'Klingon (code)' to choose the code") in warned(result)


def test_plain_label_is_the_default_language(tmp_path):
    path = form(tmp_path, ["text", "t", "Town", "Ville"], head=("type", "name", "label",
                                                                "label::French (fr)"))
    assert load(path).protocol.item("t").label == {"en": "Town", "fr": "Ville"}


def test_header_case_and_spacing_are_ignored(tmp_path):
    path = form(tmp_path, ["integer", "n", "N", "yes"], head=(" TYPE", "Name ", "LABEL", "Required"))
    assert load(path).protocol.item("n").required is True


def test_top_level_group_is_a_section_with_its_relevance(tmp_path):
    path = form(tmp_path, ["integer", "age", "Age", None],
                ["begin group", "work", "Work", "${age} > 18"],
                ["text", "job", "Job", None], ["end group", None, None, None],
                head=("type", "name", "label", "relevant"))
    p = load(path).protocol
    assert [s.id for s in p.sections] == ["main", "work"]
    work = p.sections[1]
    assert (work.title, work.relevant, [i.id for i in work.items]) == \
        ("Work", "${age} > 18", ["job"])


def test_nested_group_is_flattened_and_its_relevance_kept(tmp_path):
    path = form(tmp_path, ["begin_group", "outer", "Outer", None],
                ["integer", "age", "Age", None],
                ["begin_group", "inner", "Inner", "${age} > 18"],
                ["text", "job", "Job", "${age} < 70"], ["end_group", None, None, None],
                ["end_group", None, None, None], head=("type", "name", "label", "relevant"))
    result = load(path)
    assert [i.id for i in result.protocol.sections[0].items] == ["age", "job"]
    assert result.protocol.item("job").relevant == "(${age} > 18) and (${age} < 70)"
    assert ("survey row 4", "group 'inner' is inside another group or repeat; its questions are "
            "flattened into the enclosing one and its relevance is added to each, and its "
            "label ('Inner') is not shown") in warned(result)


def test_repeat_inside_a_nested_group_keeps_the_group_relevance(tmp_path):
    path = form(tmp_path, ["begin group", "outer", "Outer", None],
                ["integer", "n", "N", None], ["begin group", "inner", "Inner", "${n} > 0"],
                ["begin repeat", "r", "R", None], ["text", "t", "T", "${n} > 5"],
                ["end repeat", None, None, None], ["end group", None, None, None],
                ["end group", None, None, None], head=("type", "name", "label", "relevant"))
    p = load(path).protocol
    assert p.item("r").relevant == "${n} > 0"
    assert p.item("t").relevant == "${n} > 5" and p.parent_of["t"] == "r"


def test_repeat_and_name_generator_with_roster(tmp_path):
    (tmp_path / "rosters").mkdir()
    (tmp_path / "rosters" / "committee.csv").write_text(ROSTER, encoding="utf-8")
    path = form(tmp_path, ["begin repeat", "friends", "Friends", "name_generator", "committee"],
                ["integer", "contacts", "Contacts", None, None], ["end repeat"],
                ["begin_repeat", "meetings", "Meetings", None, None],
                ["text", "place", "Place", None, None], ["end_repeat"],
                head=("type", "name", "label", "appearance", "roster"))
    p = load(path).protocol
    friends, meetings = p.item("friends"), p.item("meetings")
    assert (friends.type, friends.roster, [c.id for c in friends.items]) == \
        (ItemType.name_generator, "committee", ["contacts"])
    assert (meetings.type, [c.id for c in meetings.items]) == (ItemType.repeat, ["place"])
    roster = p.rosters["committee"]
    assert roster.file == "rosters/committee.csv"
    assert [(e.id, e.member_state, e.alliance) for e in roster.entries] == \
        [("au-dz", "Algeria", "AMU"), ("au-eg", "Egypt", "COMESA")]


def test_roster_csv_beside_the_form(tmp_path):
    (tmp_path / "committee.csv").write_text(ROSTER, encoding="utf-8")
    path = form(tmp_path, ["begin repeat", "friends", "Friends", "name_generator", "committee"],
                ["integer", "contacts", "Contacts", None, None], ["end repeat"],
                head=("type", "name", "label", "appearance", "roster"))
    assert load(path).protocol.rosters["committee"].file == "committee.csv"


def test_select_from_file_reads_the_csv_beside_the_form(tmp_path):
    (tmp_path / "cities.csv").write_text("name,label\nparis,Paris\nrome,Rome\n", encoding="utf-8")
    path = form(tmp_path, ["select_one_from_file cities.csv", "city", "City"],
                ["select_multiple_from_file cities.csv", "visited", "Visited"])
    p = load(path).protocol
    assert p.item("city").choices == "cities" and p.item("visited").choices == "cities"
    assert [(c.name, c.label) for c in p.choice_lists["cities"]] == \
        [("paris", "Paris"), ("rome", "Rome")]


def test_acknowledge_required_disclosure(tmp_path):
    path = form(tmp_path, ["acknowledge", "ok", "Agree?", "true", None],
                ["text", "name_", "Name", "1", "identifier"],
                ["integer", "age", "Age", "no", "quasi_identifier"],
                ["text", "views", "Views", None, "sensitive"],
                head=("type", "name", "label", "required", "disclosure"))
    result = load(path)
    p = result.protocol
    assert p.item("ok").type == ItemType.yes_no and p.item("ok").required is True
    assert ("survey row 2", "acknowledge question 'ok' is carried as a yes/no question") \
        in warned(result)
    assert p.item("name_").disclosure == Disclosure.identifier and p.item("name_").required
    assert p.item("age").disclosure == Disclosure.quasi_identifier
    assert not p.item("age").required
    assert p.item("views").disclosure == Disclosure.sensitive


def test_missing_settings_are_derived_with_warnings(tmp_path):
    path = write_form(tmp_path / "my form.xlsx", [["type", "name", "label"], ["text", "t", "T"]],
                      settings=None)
    result = load(path)
    assert (result.protocol.id, result.protocol.version) == ("my_form", "1")
    assert ("settings", "the settings have no form_id, so the protocol id is 'my_form', "
            "from the file name") in warned(result)
    assert ("settings", "the settings have no version, so the protocol version is '1'") \
        in warned(result)


def test_metadata_is_carried_or_skipped_with_a_warning(tmp_path):
    path = form(tmp_path, ["start", "start", None], ["simserial", "sim", None],
                ["deviceid", "dev", None], ["text", "t", "T"])
    result = load(path)
    assert list(result.protocol.items_by_id) == ["start", "dev", "t"]
    assert result.protocol.item("start").calculation == "once(now())"
    assert result.protocol.item("dev").calculation == "once(device())"  # the store's id
    assert ("survey row 2", "'start' (start) is device metadata, carried as a calculation "
            "(once(now()))") in warned(result)
    assert any(loc == "survey row 3" for loc, _ in warned(result))


def test_unknown_columns_and_display_hints_are_warnings(tmp_path):
    path = form(tmp_path, ["select_one yn", "ok", "OK", "minimal", "x", "hello"],
                head=("type", "name", "label", "appearance", "colour", "default"),
                choices=YES_NO)
    result = load(path)
    assert ("survey row 1", "column 'colour' is not an XLSForm column fieldkit knows, so its "
            "values are ignored") in warned(result)
    assert result.protocol.item("ok").default == "hello"
    assert ("survey row 2", "appearance 'minimal' of 'ok' is not used by fieldkit, so it is "
            "ignored") in warned(result)


def test_data_locator_and_yaml_round_trip(tmp_path):
    path = form(tmp_path, ["text", "t", "T"], ["begin group", "g", "G"], ["integer", "n", "N"],
                ["end group", None, None])
    data, warnings, locate = xlsform_to_data(path)
    assert data["sections"][1]["items"][0]["id"] == "n"
    assert locate(("sections", 1, "items", 0, "relevant")) == "survey row 4"
    assert locate(("sections", 1)) == "survey row 3"
    assert locate(("version",)) == "settings row 2"
    assert all(w.severity == "warning" for w in warnings)
    protocol = import_xlsform(path).protocol
    out = tmp_path / "out.yaml"
    out.write_text(protocol_to_yaml(protocol, tmp_path, tmp_path), encoding="utf-8")
    assert load_protocol(out) == protocol


# ---- broken forms, each with its message ------------------------------------------------
def test_unknown_type_suggests_the_nearest(tmp_path):
    assert refused(form(tmp_path, ["integr", "n", "N"])) == \
        [("survey row 2", "unknown question type 'integr'; did you mean 'integer'?")]


def test_select_list_missing(tmp_path):
    choices = [["list_name", "name", "label"], ["yes_no", "yes", "Yes"]]
    assert refused(form(tmp_path, ["select_one yesno", "ok", "OK"], choices=choices)) == \
        [("survey row 2", "choice list 'yesno' of 'ok' is not in the choices sheet; "
          "did you mean 'yes_no'?")]


def test_row_without_type(tmp_path):
    assert refused(form(tmp_path, ["text", "t", "T"], [None, "orphan", "Orphan"])) == \
        [("survey row 3", "the row 'orphan' has no type; give it one or delete the row")]


def test_end_group_without_begin(tmp_path):
    assert refused(form(tmp_path, ["text", "t", "T"], ["end group", None, None])) == \
        [("survey row 3", "end_group has no begin_group above it")]


def test_unclosed_repeat(tmp_path):
    assert refused(form(tmp_path, ["begin repeat", "r", "R"], ["text", "t", "T"])) == \
        [("survey row 2", "begin_repeat 'r' has no matching end_repeat")]


def test_end_group_closing_a_repeat(tmp_path):
    assert refused(form(tmp_path, ["begin repeat", "r", "R"], ["text", "t", "T"],
                        ["end group", None, None])) == \
        [("survey row 4", "end_group closes begin_repeat 'r' (row 2); use end_repeat")]


def test_duplicate_names(tmp_path):
    assert refused(form(tmp_path, ["text", "t", "T"], ["integer", "t", "N"])) == \
        [("survey row 3", "item id 't' is used twice (first at survey row 2)")]


def test_bad_disclosure_value(tmp_path):
    path = form(tmp_path, ["text", "t", "T", "sensitve"],
                head=("type", "name", "label", "disclosure"))
    assert refused(path) == [("survey row 2", "disclosure 'sensitve' of 't' is not one of "
                              "identifier, quasi_identifier, sensitive, free_text, none; "
                              "did you mean 'sensitive'?")]


def test_missing_roster_csv(tmp_path):
    path = form(tmp_path, ["begin repeat", "friends", "Friends", "name_generator", "committee"],
                ["integer", "contacts", "Contacts", None, None], ["end repeat"],
                head=("type", "name", "label", "appearance", "roster"))
    assert refused(path) == [("survey row 2", "roster 'committee' needs a file committee.csv "
                              "beside the form or in a rosters folder beside it; neither exists")]


def test_missing_choice_file_is_a_warning_naming_it(tmp_path):
    result = load(form(tmp_path, ["select_one_from_file towns.csv", "town", "Town"]))
    assert result.protocol.item("town").choices_file == "towns.csv"
    assert ("survey row 2", "choice file 'towns.csv' of 'town' is not beside the form; add it "
            "to the protocol before interviewing") in warned(result)


def test_calculate_is_carried(tmp_path):
    path = form(tmp_path, ["integer", "n", "N", None], ["calculate", "double", None, "${n} * 2"],
                head=("type", "name", "label", "calculation"))
    item = load(path).protocol.item("double")
    assert (item.type.value, item.calculation, item.takes_answer) == ("calculate", "${n} * 2",
                                                                       False)


def test_duplicate_column(tmp_path):
    path = form(tmp_path, ["text", "t", "T", "U"], head=("type", "name", "label", "Label"))
    assert refused(path) == [("survey row 1", "columns C ('label') and D ('Label') are the same "
                              "column; keep only one")]


def test_same_language_twice(tmp_path):
    path = form(tmp_path, ["text", "t", "T", "U"],
                head=("type", "name", "label::English", "label::English (en)"))
    assert refused(path) == [("survey row 1", "columns 'label::English' and 'label::English (en)' "
                              "are both in language 'en'; keep only one")]


def test_empty_survey_sheet(tmp_path):
    assert refused(write_form(tmp_path / "f.xlsx", [["type", "name", "label"]])) == \
        [("survey", "the survey sheet has no questions")]


def test_no_survey_sheet(tmp_path):
    path = write_form(tmp_path / "f.xlsx", None, Sheet1=[["type", "name"], ["text", "t"]])
    assert refused(path) == [("survey", "the workbook has no 'survey' sheet "
                              "(its sheets: 'settings', 'Sheet1')")]


def test_label_missing(tmp_path):
    assert refused(form(tmp_path, ["text", "t", None], ["integer", "n", "N"])) == \
        [("survey row 2", "item 't' needs a label")]


def test_conditional_required(tmp_path):
    path = form(tmp_path, ["integer", "n", "N", None], ["text", "t", "T", "${n} > 1"],
                head=("type", "name", "label", "required"))
    item = load(path).protocol.item("t")
    assert not item.required and item.required_if == "${n} > 1"
    bad = form(tmp_path, ["integer", "n", "N", None], ["text", "t", "T", "${m} > 1"],
               head=("type", "name", "label", "required"))
    assert refused(bad) == [("survey row 3", "required_if of item 't': unknown item '${m}'; "
                             "no item has this id (at character 1)")]


def test_or_other_is_an_other_choice_and_a_text_asked_when_it_is_chosen(tmp_path):
    result = load(form(tmp_path, ["select_one yn or_other", "c", "C", "${d} > 1"],
                       ["integer", "d", "D", ""], ["select_one yn", "e", "E", ""],
                       head=("type", "name", "label", "relevant"), choices=YES_NO))
    p = result.protocol
    assert [c.name for c in p.choices_for(p.item("c"))] == ["yes", "no", "other"]
    # as pyxform writes it: the list itself gains 'other', for every question using it
    assert [c.name for c in p.choices_for(p.item("e"))] == ["yes", "no", "other"]
    other = p.item("c_other")
    assert other.type == "text" and other.relevant == "selected(${c}, 'other')"
    assert [i.id for i in p.iter_items()] == ["c", "c_other", "d", "e"]
    assert ("survey row 2", "'c' uses or_other: carried as pyxform does, as a choice 'other' "
            "(added to its list) and a text question 'c_other' asked when it is chosen") \
        in warned(result)


@pytest.mark.parametrize(("typ", "kind", "fields"), [
    ("phone number", "text", {"constraint": "regex(., '^\\d*$')"}),
    ("percentage", "integer", {"min": 0, "max": 100}),
    ("number of days in last year", "integer", {"min": 0, "max": 365}),
    ("add date time prompt", "datetime", {}), ("q location", "geopoint", {}),
    ("add image prompt", "attachment", {}),
])
def test_pyxform_legacy_types_are_carried_with_their_checks(tmp_path, typ, kind, fields):
    item = load(form(tmp_path, [typ, "q", "Q"])).protocol.item("q")
    assert item.type == kind
    assert {k: getattr(item, k) for k in fields} == fields


def test_an_external_app_appearance_is_a_warning_and_the_question_is_typed_in(tmp_path):
    result = load(form(tmp_path, ["integer", "n", "N", "ex:org.odk.counter(form_id='a', x=1)"],
                       head=("type", "name", "label", "appearance")))
    assert result.protocol.item("n").type == "integer"
    assert [m for loc, m in warned(result) if loc == "survey row 2"] == [
        "appearance 'ex:org.odk.counter(form_id='a', x=1)' of 'n' launches an external app on "
        "a phone; fieldkit asks the question as typed in instead"]


def test_a_choice_name_repeated_under_another_filter_value_is_kept(tmp_path):
    choices = [["list_name", "name", "label", "state"], ["c", "king", "King", "wa"],
               ["c", "king", "King", "tx"], ["c", "pierce", "Pierce", "wa"]]
    p = load(form(tmp_path, ["select_one c", "county", "County"], choices=choices)).protocol
    assert [(c.name, c.extra) for c in p.choices_for(p.item("county"))] == [
        ("king", {"state": "wa"}), ("king", {"state": "tx"}), ("pierce", {"state": "wa"})]
    choices.append(["c", "pierce", "Pierce 2", "wa"])
    assert ("choices row 5", "choice 'pierce' appears twice in item 'county'") in refused(
        form(tmp_path, ["select_one c", "county", "County"], choices=choices))


def test_the_only_sheet_of_a_workbook_is_its_survey(tmp_path):
    path = write_form(tmp_path / "one.xlsx", None, None, None,
                      Sheet1=[["type", "name", "label"], ["text", "t", "T"]])
    result = load(path)
    assert result.protocol.item("t").type == "text"
    assert any(loc == "Sheet1" and "read as the survey sheet" in m for loc, m in warned(result))


@pytest.mark.parametrize(("row", "kind"), [
    (["geopoint", "where", "Where"], "geopoint"), (["time", "at", "At"], "time"),
    (["datetime", "at", "At"], "datetime"), (["image", "at", "At"], "attachment"),
    (["rank yn", "at", "At"], "rank"), (["range", "at", "At"], "integer"),
])
def test_real_form_types_are_carried(tmp_path, row, kind):
    assert load(form(tmp_path, row, choices=YES_NO)).protocol.item("at" if row[1] == "at"
                                                                     else "where").type == kind


def test_pulldata_as_a_lookup_and_choice_filter_carried(tmp_path):
    path = form(tmp_path, ["integer", "n", "N", "pulldata('f', 'a', 'b', 'c') > 1", None],
                ["select_one yn", "ok", "OK", None, "${n} = 1"],
                head=("type", "name", "label", "relevant", "choice_filter"), choices=YES_NO)
    assert load(path).protocol.item("n").relevant == "instance-lookup('f', 'b', 'c', 'a') > 1"
    path = form(tmp_path, ["integer", "n", "N", "pulldata('f', 'a') > 1", None],
                head=("type", "name", "label", "relevant", "choice_filter"), choices=YES_NO)
    assert refused(path) == [
        ("survey row 2", "the relevant expression of 'n' uses pulldata() with other than four "
         "plain arguments, which fieldkit cannot carry"),
    ]
    path = form(tmp_path, ["integer", "n", "N", None], ["select_one yn", "ok", "OK", "${n} = 1"],
                head=("type", "name", "label", "choice_filter"), choices=YES_NO)
    assert load(path).protocol.item("ok").choice_filter == "${n} = 1"


def test_bad_expression_is_located_at_its_row(tmp_path):
    path = form(tmp_path, ["integer", "n", "N", None], ["text", "t", "T", "${m} > 1"],
                head=("type", "name", "label", "relevant"))
    [(where, message)] = refused(path)
    assert where == "survey row 3"
    assert message.startswith("relevant of item 't': unknown item '${m}'")


def test_choice_without_label_and_names_as_written(tmp_path):
    choices = [["list_name", "name", "label"], ["yn", "yes", None], ["yn", "n-o à 1", "No"]]
    result = load(form(tmp_path, ["select_one yn", "ok", "OK"], choices=choices))
    assert [(c.name, c.label) for c in result.protocol.choices_for(result.protocol.item("ok"))] \
        == [("yes", "yes"), ("n-o à 1", "No")]
    assert ("choices row 2", "choice 'yes' of list 'yn' has no label, so its name is shown") \
        in warned(result)


def test_not_a_workbook(tmp_path):
    path = tmp_path / "form.xlsx"
    path.write_text("type,name,label\n", encoding="utf-8")
    [(where, message)] = refused(path)
    assert where == ""
    assert message.startswith("cannot be read as a workbook (.xlsx, .xls or .ods)")


# ---- any table at all: a ProtocolError or a protocol, never another exception ------------
CELLS = st.one_of(st.none(), st.integers(-3, 3), st.sampled_from([
    "text", "integer", "note", "select_one yn", "select_one nope", "begin group", "end group",
    "begin repeat", "end repeat", "calculate", "start", "geopoint", "acknowledge", "date",
    "select_one_from_file nope.csv", "yes", "no", "a", "b", "${a} > 1", "${zz}", "likert",
    "multiline", "name_generator", "identifier", "bogus", "pulldata('x')", ")(", "n-o", "Ünï",
]))
HEADS = st.lists(st.sampled_from([
    "label::French (fr)", "hint", "required", "relevant", "constraint", "appearance",
    "disclosure", "roster", "choice_filter", "default", "label::Klingon", "weird", "label",
]), max_size=4)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(heads=HEADS, rows=st.lists(st.lists(CELLS, min_size=3, max_size=7), max_size=8),
       choices=st.lists(st.lists(CELLS, min_size=3, max_size=3), max_size=4))
def test_any_table_gives_a_protocol_or_a_protocol_error(tmp_path, heads, rows, choices):
    path = write_form(tmp_path / "fuzz.xlsx", [["type", "name", "label", *heads], *rows],
                      [["list_name", "name", "label"], ["yn", "yes", "Yes"], *choices])
    try:
        result = import_xlsform(path)
    except ProtocolError as exc:
        assert exc.problems and all(p.message and "\n" not in p.message for p in exc.problems)
    else:
        assert result.protocol.sections


def test_an_instance_lookup_of_an_unknown_list_is_refused_naming_the_row(tmp_path):
    path = form(tmp_path, ["text", "city", "City"],
                ["calculate", "county", "", "instance('towns')/root/item[name=${city}]/county"],
                head=("type", "name", "label", "calculation"))
    assert refused(path) == [("survey row 3", "instance('towns') looks up a choice list that is "
                              "neither in the choices sheet nor a choice file of the form")]


def test_a_dynamic_default_is_named_and_not_carried(tmp_path):
    path = form(tmp_path, ["integer", "n", "N", "${last-saved#n}"],
                head=("type", "name", "label", "default"))
    result = load(path)
    assert result.protocol.item("n").default is None
    assert any(loc == "survey row 2" and "dynamic default" in msg for loc, msg in warned(result))


def test_entities_are_ignored_with_a_warning_and_osm_is_refused_at_its_row(tmp_path):
    path = write_form(tmp_path / "ent.xlsx",
                      [["type", "name", "label", "save_to"], ["text", "tree", "Tree", "species"],
                       ["integer", "age", "Age", None]],
                      entities=[["list_name", "label"], ["trees", "concat('Tree ', ${tree})"]])
    result = load(path)
    assert list(result.protocol.items_by_id) == ["tree", "age"]
    said = warned(result)
    assert any(loc == "entities" and "the 'entities' sheet holds ODK entities" in msg
               and "ignored" in msg for loc, msg in said)
    assert any("column 'save_to'" in msg and "ODK entities" in msg and "1 row" in msg
               for _, msg in said)
    osm = write_form(tmp_path / "osm.xlsx",
                     [["type", "name", "label"], ["osm building", "b", "Building"]],
                     osm=[["list_name", "name", "label"], ["building", "roof", "Roof"]])
    problems = refused(osm)
    assert any(loc == "survey row 2" and "question 'b'" in msg and "OpenStreetMap" in msg
               and "shape and tags a typed answer would lose" in msg for loc, msg in problems)
    assert any(loc == "osm" and "OpenStreetMap" in msg for loc, msg in problems)


def test_a_repeat_inside_a_repeat_is_refused_naming_both_and_their_rows(tmp_path):
    path = form(tmp_path, ["begin_repeat", "plots", "Plots"], ["text", "plot", "Plot"],
                ["begin_repeat", "stems", "Stems"], ["decimal", "girth", "Girth"],
                ["end_repeat", None, None], ["end_repeat", None, None])
    assert ("survey row 4", "repeat 'stems' is inside repeat 'plots' (row 2); fieldkit does "
            "not nest repeats, so ask it as a repeat of its own after the other") in refused(path)


def test_surveycto_calculate_here_and_a_caseid_without_label(tmp_path):
    path = form(tmp_path, ["caseid", "caseid", None, None], ["integer", "n", "N", None],
                ["calculate_here", "twice", None, "${n} * 2"],
                head=("type", "name", "label", "calculation"))
    result = load(path)
    p = result.protocol
    assert p.item("twice").type.value == "calculate" and p.item("twice").calculation == "${n} * 2"
    assert p.text(p.item("caseid").label) == "Case id"
    said = warned(result)
    assert ("survey row 2", "SurveyCTO's caseid 'caseid' has no label, so it is asked as "
            "'Case id'") in said
    assert any(loc == "survey row 4" and "calculate_here" in msg for loc, msg in said)
