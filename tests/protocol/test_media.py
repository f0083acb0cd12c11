"""A choice file the form names but does not bring: imported with a warning, interviews wait,
``fieldkit protocol add --media FILE`` brings it in (CSV or GeoJSON), lookups then work."""

from __future__ import annotations

import json

import openpyxl
import pytest

from fieldkit.cli import main
from fieldkit.errors import ProtocolError
from fieldkit.interview.session import InterviewError, InterviewSession
from fieldkit.protocol.media import add_media, missing_media
from fieldkit.protocol.xlsform import import_xlsform
from fieldkit.store.store import Store

PASS = "synthetic media test passphrase"
SURVEY = [["type", "name", "label", "calculation"],
          ["select_one_from_file places.csv", "place", "Place", None],
          ["calculate", "region", None, "instance('places')/root/item[name=${place}]/region"],
          ["select_one_from_file sites.geojson", "site", "Site", None]]


@pytest.fixture
def form(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in SURVEY:
        sheet.append(row)
    book.save(tmp_path / "form.xlsx")
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "places.csv").write_text(
        "name,label,region\naddis,Addis Ababa,east\ndakar,Dakar,west\n", encoding="utf-8")
    (tmp_path / "media" / "sites.geojson").write_text(json.dumps({
        "type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"id": "12", "label": "Embassy row", "kind": "x"},
             "geometry": {"type": "Point", "coordinates": [38.76, 9.01]}}]}), encoding="utf-8")
    return tmp_path / "form.xlsx"


def test_an_interview_waits_for_the_files_and_lookups_work_once_added(tmp_path, form):
    result = import_xlsform(form)
    said = [(p.location, p.message) for p in result.warnings if "places.csv" in p.message]
    assert said == [("survey row 2", "choice file 'places.csv' of 'place' is not beside the "
                     "form; add it to the protocol before interviewing")]
    protocol = result.protocol
    assert missing_media(protocol) == [("place", "places.csv"), ("site", "sites.geojson")]
    store = Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False)
    try:
        with pytest.raises(InterviewError, match="'places.csv', which the protocol does not "
                                                 "hold yet; add it with 'fieldkit protocol add "
                                                 "--media places.csv'"):
            InterviewSession.start(store, protocol)
        half = add_media(protocol, [tmp_path / "media" / "places.csv"])
        assert missing_media(half) == [("site", "sites.geojson")]
        with pytest.raises(InterviewError, match="sites.geojson"):
            InterviewSession.start(store, half)
        full = add_media(half, [tmp_path / "media" / "sites.geojson"])
        site = full.choices_for(full.item("site"))
        assert [(c.name, c.label, c.extra["kind"]) for c in site] == [("12", "Embassy row", "x")]
        assert json.loads(site[0].extra["geometry"])["type"] == "Point"
        s = InterviewSession.start(store, full)
        s.answer("place", "dakar")
        assert s.view().calculated(full.item("region")) == "west"
    finally:
        store.close()


def test_a_file_no_question_waits_for_is_refused_in_one_sentence(tmp_path, form):
    protocol = import_xlsform(form).protocol
    other = tmp_path / "media" / "other.csv"
    other.write_text("name,label\na,A\n", encoding="utf-8")
    with pytest.raises(ProtocolError) as caught:
        add_media(protocol, [other])
    assert str(caught.value.problems[0].message) == (
        "no question of protocol 'form' waits for 'other.csv' (it waits for: places.csv, "
        "sites.geojson)")
    bad = tmp_path / "media" / "places.csv"
    bad.write_text("name,region\naddis,east\n", encoding="utf-8")
    with pytest.raises(ProtocolError, match="row 1 needs a 'name' and a 'label' column"):
        add_media(protocol, [bad])


def test_protocol_add_with_media_on_the_command_line(tmp_path, form, capsys):
    Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False).close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    common = ["--store", str(tmp_path / "store"), "--passphrase-file", str(secret)]
    assert main(["protocol", "add", str(form), *common]) == 0
    err = capsys.readouterr().err
    assert "question 'place' waits for its choice file 'places.csv'; interviews cannot start " \
           "until it is added (--media places.csv)" in err
    assert main(["protocol", "add", str(form), "--media",
                 str(tmp_path / "media" / "places.csv"), "--media",
                 str(tmp_path / "media" / "sites.geojson"), *common]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("added form v1") and "waits for" not in out.err
    assert main(["protocol", "add", str(form), "--media", str(tmp_path / "nope.csv"),
                 *common]) != 0
    assert "waits for 'nope.csv'" in capsys.readouterr().err


def _pull_form(folder):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in (["type", "name", "label", "calculation"],
                ["text", "hh", "Household id", None],
                ["calculate", "head", None, "pulldata('households', 'head', 'hhid', ${hh})"],
                ["note", "hello", "Is ${head} at home?", None]):
        sheet.append(row)
    book.save(folder / "pull.xlsx")
    return folder / "pull.xlsx"


def test_pulldata_reads_a_table_beside_the_form_or_added_later(tmp_path):
    form = _pull_form(tmp_path)
    result = import_xlsform(form)
    assert ("survey row 3", "pulldata('households') reads households.csv, which is not beside "
            "the form, so its lookups are empty until it is added (fieldkit protocol add "
            "--media households.csv)") in [(p.location, p.message) for p in result.warnings]
    table = tmp_path / "media" / "households.csv"
    table.parent.mkdir()
    table.write_text("hhid,head,size\nH1,Ana,4\nH2,Bo,2\n", encoding="utf-8")
    store = Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False)
    try:
        waiting = InterviewSession.start(store, result.protocol)  # a table does not block
        waiting.answer("hh", "H2")
        assert waiting.view().calculated(result.protocol.item("head")) is None
        full = add_media(result.protocol, [table])
        s = InterviewSession.start(store, full)
        s.answer("hh", "H2")
        assert s.view().calculated(full.item("head")) == "Bo"
        assert s.piped("Is ${head} at home?") == "Is Bo at home?"
    finally:
        store.close()
    (tmp_path / "households.csv").write_text(table.read_text(), encoding="utf-8")
    beside = import_xlsform(form).protocol  # the table beside the form is read at import
    assert [r["head"] for r in beside.choice_rows("households")] == ["Ana", "Bo"]
