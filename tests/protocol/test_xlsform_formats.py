"""XLSForms as .xls and .ods as well as .xlsx, read safely (no entity expansion, size limits)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from fieldkit.errors import ProtocolError
from fieldkit.protocol.loader import load_protocol
from fieldkit.protocol.xlsform_read import read_workbook

SHARED = Path(os.environ.get("FIELDKIT_SHARED") or Path(__file__).resolve().parents[3] / "shared")
REAL = SHARED / "corpus" / "xlsform-real"

_ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def _ods(path: Path, sheets: dict[str, list[list[str]]], doctype: str = "") -> Path:
    def cell(text: str) -> str:
        if not text:
            return "<table:table-cell/>"
        return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'

    tables = "".join(
        f'<table:table table:name="{name}">'
        + "".join("<table:table-row>" + "".join(cell(c) for c in row) + "</table:table-row>"
                  for row in rows)
        + "</table:table>"
        for name, rows in sheets.items())
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        archive.writestr("content.xml", content)
    return path


def test_an_ods_form_loads(tmp_path):
    path = _ods(tmp_path / "form.ods", {
        "survey": [["type", "name", "label"], ["integer", "age", "Age?"],
                   ["", "", ""], ["text", "city", "City?"]],
    })
    sheets, _ = read_workbook(path)
    assert [r.number for r in sheets["survey"].rows] == [2, 4]
    protocol = load_protocol(path)
    assert [i.id for i in protocol.iter_items()] == ["age", "city"]


def test_entities_are_not_expanded(tmp_path):
    doctype = ('<!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa">'
               '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')
    path = _ods(tmp_path / "form.ods", {"survey": [["type", "name", "label"],
                                                   ["text", "q", "&b;"]]}, doctype)
    try:
        sheets, _ = read_workbook(path)
    except ProtocolError:
        return  # refusing the document is as safe as not expanding it
    label = sheets["survey"].rows[0].get("label")
    assert "aaaaaaaaaa" not in label


def test_a_workbook_that_unpacks_too_large_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("fieldkit.protocol.xlsform_read.MAX_UNZIPPED", 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "0" * (2 * 1024 * 1024))
    with pytest.raises(ProtocolError, match="unpacks to more than 200 MB"):
        read_workbook(path)


@pytest.mark.skipif(not (REAL / "osmfw_toilets.xls").is_file(), reason="no corpus")
def test_a_legacy_xls_form_is_read():
    sheets, _ = read_workbook(REAL / "osmfw_toilets.xls")
    assert {"survey", "choices", "settings"} <= set(sheets)
    assert sheets["survey"].rows[0].get("type") == "start"
    assert sheets["survey"].rows[0].number == 2
