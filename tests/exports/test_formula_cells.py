"""CSV cells a spreadsheet would run as a formula get a leading apostrophe; numbers stay numbers."""

from __future__ import annotations

import csv

import pytest

from fieldkit.exports.csv_out import formula_safe, formula_unsafe, write_table


@pytest.mark.parametrize(("text", "written"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd", "'-2+3+cmd"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("-3", "-3"), ("+4.5", "+4.5"), ("-1e5", "-1e5"), ("-.5", "-.5"),
    ("plain text", "plain text"), ("", ""), ("'quoted", "'quoted"),
])
def test_formula_cells_are_neutralised_and_numbers_kept(text, written):
    assert formula_safe(text) == written
    assert formula_unsafe(written) == text


def test_write_table_neutralises_every_text_cell(tmp_path):
    path = tmp_path / "t.csv"
    write_table(path, ["a", "b", "c"], [{"a": "=1+1", "b": -3, "c": "@x"}])
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1] == ["'=1+1", "-3", "'@x"]


def test_the_codebook_says_so_for_text_variables(tmp_path):
    from fieldkit.exports import export
    from fieldkit.exports.csv_out import FORMULA_NOTE

    from .test_exports import _anonymised

    data, record = _anonymised()
    export(data, tmp_path / "out", record=record)
    with (tmp_path / "out" / "codebook.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    text_rows = [r for r in rows if r["type"] in ("text", "long_text", "string")]
    assert text_rows and all(r["values"] == FORMULA_NOTE for r in text_rows if not r["values"]
                             .startswith(("'", "f=")) and "=" not in r["values"][:20])
    assert any(r["values"] == FORMULA_NOTE for r in rows)
