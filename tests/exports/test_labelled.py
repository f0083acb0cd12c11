"""Labelled files: generalised variables as labelled codes, .r/.d/.n as labelled extended
missing in Stata and user-missing in SPSS, read back with pyreadstat; the codebook agrees."""

from __future__ import annotations

import csv

import pyreadstat
import pytest
import synth_study as s

from fieldkit.anonymise import anonymise, default_plan
from fieldkit.exports import export

KEY = b"synthetic-key-0123456789abcdef"
SPECIALS = {"r": "Refused", "d": "Don't know", "n": "Not applicable"}


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    data = s.dataset()
    data.interviews[1]["years_in_post"] = ".r"  # refused: a code, never a text category
    data.interviews[3]["state"] = ".r"
    plan = default_plan(s.protocol())
    anon, record = anonymise(data, plan, KEY, override="synthetic test")
    folder = tmp_path_factory.mktemp("labelled") / "anon"
    export(anon, folder, record=record)
    return folder


def test_stata_generalised_variables_are_labelled_codes_with_labelled_missing(out):
    frame, meta = pyreadstat.read_dta(str(out / "interviews.dta"), user_missing=True)
    years = meta.variable_value_labels["years_in_post"]
    assert years == {1: "0-2", 2: "3-5", 3: "6+", **SPECIALS}
    assert list(frame["years_in_post"]) == [1, "r", 1, 3, 2, 3]
    assert meta.column_names_to_labels["years_in_post"] == "Years in post (banded: 0-2, 3-5, 6+)"
    state = meta.variable_value_labels["state"]
    assert state == {1: "Central Europe", 2: "South-Eastern Europe", **SPECIALS}
    assert list(frame["state"]) == [2, 2, 2, "r", 1, 1]
    assert meta.column_names_to_labels["state"] == "Member state (grouped: sub-region or caucus)"
    assert meta.readstat_variable_types["state"] != "string"
    assert set(meta.missing_user_values["years_in_post"]) <= {"r", "d", "n"}
    # A numeric answer with no special answered still labels the codes it may hold.
    assert meta.variable_value_labels["friends_matter"] == {0: "No", 1: "Yes", **SPECIALS}
    plain, _ = pyreadstat.read_dta(str(out / "interviews.dta"))
    assert plain["years_in_post"].isna().sum() == 1


def test_spss_generalised_variables_and_user_missing(out):
    frame, meta = pyreadstat.read_sav(str(out / "interviews.sav"), user_missing=True)
    assert list(frame["years_in_post"]) == [1, -97, 1, 3, 2, 3]
    labels = meta.variable_value_labels["years_in_post"]
    assert labels[3.0] == "6+" and labels[-97.0] == "Refused"
    assert {r["lo"] for r in meta.missing_ranges["years_in_post"]} == {-97.0, -98.0, -99.0}
    assert {r["lo"] for r in meta.missing_ranges["state"]} == {-97.0, -98.0, -99.0}
    assert meta.column_names_to_labels["state"] == "Member state (grouped: sub-region or caucus)"


def test_codebook_lists_bands_codes_types_and_missing_codes(out):
    with (out / "codebook.csv").open(encoding="utf-8") as fh:
        rows = {(r["table"], r["variable"]): r for r in csv.DictReader(fh)}
    years = rows[("interviews", "years_in_post")]
    assert years["type"] == "categorical"
    assert years["values"] == "0-2 (code 1); 3-5 (code 2); 6+ (code 3)"
    assert years["label"] == "Years in post (banded: 0-2, 3-5, 6+)"
    assert "Stata: extended missing .r .d .n" in years["missing_codes"]
    assert "-97 Refused" in years["missing_codes"]
    assert years["anonymisation"].startswith("generalise (to=bands: 0-2, 3-5, 6+)")
    state = rows[("interviews", "state")]
    assert state["values"] == ("Central Europe (code 1); South-Eastern Europe (code 2)")
    assert "through the plan's mapping table" in state["anonymisation"]
    assert "Serbia" not in state["anonymisation"]
    started = rows[("interviews", "started_at")]
    assert started["type"] == "string" and started["anonymisation"] == "generalise (to=month)"
    with (out / "interviews.csv").open(encoding="utf-8") as fh:
        written = [r["years_in_post"] for r in csv.DictReader(fh)]
    assert written == ["0-2", ".r", "0-2", "6+", "3-5", "6+"]  # the codebook's values as written
