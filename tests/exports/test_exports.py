"""Exports: no marker leaks, labelled .dta/.sav read back, GraphML loads, same bytes twice."""

from __future__ import annotations

import dataclasses
import json

import networkx as nx
import pyreadstat
import pytest
import synth_study as s
from unidecode import unidecode

from fieldkit.anonymise import anonymise, default_plan
from fieldkit.errors import FieldkitError
from fieldkit.exports import export

KEY = b"synthetic-key-0123456789abcdef"


def _anonymised():
    return anonymise(s.dataset(), default_plan(s.protocol()), KEY, override="synthetic test")


@pytest.fixture(scope="module")
def anon_dir(tmp_path_factory):
    data, record = _anonymised()
    out = tmp_path_factory.mktemp("x") / "anon"
    export(data, out, record=record)
    return out


def test_no_marker_in_any_byte_of_any_anonymised_file(anon_dir):
    files = sorted(anon_dir.iterdir())
    assert {f.suffix for f in files} == {".csv", ".dta", ".sav", ".graphml", ".json"}
    for path in files:
        raw = path.read_bytes()
        for text in (raw.decode("utf-8", "replace"), raw.decode("latin-1")):
            haystack = text.lower()
            folded = unidecode(text).lower()
            for marker in s.MARKERS:
                m = marker.lower()
                assert m not in haystack and unidecode(m) not in folded, (path.name, marker)


def test_the_same_study_is_in_the_identified_export(tmp_path):
    # The leak test above can fail: identified files do hold the markers.
    out = tmp_path / "identified"
    export(s.dataset(), out)
    text = (out / "interviews.csv").read_text(encoding="utf-8")
    assert "Quenthorpe" in text and "quenthorpe@mfa.example.org" in text
    assert not (out / "anonymisation.json").exists()
    assert json.loads((out / "manifest.json").read_text())["identified"] is True


def test_stata_file_reads_back_with_labels_and_extended_missing(anon_dir):
    frame, meta = pyreadstat.read_dta(str(anon_dir / "interviews.dta"), user_missing=True)
    labels = meta.column_names_to_labels
    assert labels["contacts"] == "Informal contacts per week"
    specials = {"r": "Refused", "d": "Don't know", "n": "Not applicable"}  # labelled .r/.d/.n
    assert meta.variable_value_labels["gender"] == {1: "Female", 2: "Male", **specials}
    assert meta.variable_value_labels["friends_matter"] == {0: "No", 1: "Yes", **specials}
    assert list(frame["contacts"]) == [7, "r", 6, "d", 5, 9]
    assert list(frame["groups_sport"]) == [1, 0, 1, 0, 1, 0]
    plain, _ = pyreadstat.read_dta(str(anon_dir / "interviews.dta"))
    assert plain["contacts"].isna().sum() == 2


def test_spss_file_reads_back_with_labels_and_user_missing(anon_dir):
    frame, meta = pyreadstat.read_sav(str(anon_dir / "interviews.sav"), user_missing=True)
    # Generalised: the label says what it holds, the bands are labelled codes (not text).
    assert meta.column_names_to_labels["years_in_post"] == "Years in post (banded: 0-2, 3-5, 6+)"
    assert meta.variable_value_labels["contacts"][-97.0] == "Refused"
    assert {r["lo"] for r in meta.missing_ranges["contacts"]} == {-97.0, -98.0, -99.0}
    assert list(frame["contacts"]) == [7, -97, 6, -98, 5, 9]
    assert list(frame["years_in_post"]) == [1, 2, 1, 3, 2, 3]
    assert meta.variable_value_labels["years_in_post"][3.0] == "6+"
    plain, _ = pyreadstat.read_sav(str(anon_dir / "interviews.sav"))
    assert plain["contacts"].isna().sum() == 2
    quotes, qmeta = pyreadstat.read_sav(str(anon_dir / "quotes.sav"))
    assert quotes["elapsed"][0] == "37:56" and "[PERSON-" in quotes["text"][0]


def test_graphml_loads_in_networkx_with_the_expected_edges(anon_dir):
    data, _ = _anonymised()
    graph = nx.read_graphml(anon_dir / "network.graphml")
    assert graph.is_directed()
    expected = {(t["source"], t["target"]) for t in data.ties}
    assert set(graph.edges()) == expected and len(expected) == 10
    a_tie = data.ties[0]
    edge = graph.edges[a_tie["source"], a_tie["target"]]
    assert edge["friend_contacts"] == 5.0 and edge["item_id"] == "friends"
    assert graph.nodes[a_tie["target"]]["member_state"] == "South-Eastern Europe"
    edges = (anon_dir / "network_edges.csv").read_text(encoding="utf-8").splitlines()
    assert edges[0] == "source,target,item_id,friend_contacts,friend_close" and len(edges) == 11


def test_codebook_and_report_describe_what_was_done(anon_dir):
    codebook = (anon_dir / "codebook.csv").read_text(encoding="utf-8")
    assert "interviews,gender,Gender,categorical,,f=Female (code 1); m=Male (code 2)" in codebook
    assert "generalise (to=month)" in codebook and "redact" in codebook
    report = json.loads((anon_dir / "anonymisation.json").read_text(encoding="utf-8"))
    assert report["plan_hash"] == json.loads((anon_dir / "manifest.json").read_text())["plan_hash"]
    assert report["risk_before"]["k"] == 1 and report["overridden"] is True
    assert "mapping" not in report
    texts = [t for t in report["redacted_texts"] if t["column"] == "why"]
    assert len(texts) == 5 and "[EMAIL]" in texts[0]["text"]


def test_two_exports_are_byte_identical_and_timestamps_fixed(tmp_path):
    outs = []
    for name in ("one", "two"):
        data, record = _anonymised()
        export(data, tmp_path / name, record=record)
        outs.append(tmp_path / name)
    names = sorted(p.name for p in outs[0].iterdir())
    assert names == sorted(p.name for p in outs[1].iterdir())
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    assert b"01 Jan 1970 00:00" in (outs[0] / "interviews.dta").read_bytes()
    _, meta = pyreadstat.read_sav(str(outs[0] / "interviews.sav"), metadataonly=True)
    assert meta.creation_time.year == 1970


def test_a_failed_export_leaves_nothing_behind(tmp_path):
    data, record = _anonymised()
    broken = dataclasses.replace(record, risk_after="not a summary")
    with pytest.raises(AttributeError):
        export(data, tmp_path / "out", record=broken)
    assert list(tmp_path.iterdir()) == []


def test_a_non_empty_folder_is_not_overwritten_by_accident(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("x")
    data, record = _anonymised()
    with pytest.raises(FieldkitError, match="already holds files"):
        export(data, tmp_path / "out", {"csv"}, record)
    export(data, tmp_path / "out", {"csv"}, record, overwrite=True)
    assert not (tmp_path / "out" / "keep.txt").exists()
    assert (tmp_path / "out" / "interviews.csv").exists()
