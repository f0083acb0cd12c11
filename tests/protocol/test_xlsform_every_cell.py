"""Nothing dropped silently: every cell of every row of every corpus form is either carried into
the protocol or named in a warning or error (its sheet and row, and its column or value)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from fieldkit.errors import ProtocolError
from fieldkit.protocol.xlsform import import_xlsform
from fieldkit.protocol.xlsform_columns import choice_filter_expression, xpath_to_refs
from fieldkit.protocol.xlsform_read import read_workbook

SHARED = Path(os.environ.get("FIELDKIT_SHARED") or Path(__file__).resolve().parents[3] / "shared")
FORMS = sorted(p for folder in ("xlsform-real", "xlsform")
               for p in (SHARED / "corpus" / folder).glob("*")
               if p.suffix in (".xlsx", ".xls", ".ods")) if SHARED.is_dir() else []
#: Columns whose cell says what the row is, not a text kept as written: carried when the row
#: became part of the protocol (its name is there), else its row must be named.
ROW_COLUMNS = {"type", "name", "list_name", "required", "read_only", "appearance", "parameters",
               "default", "roster", "default_language", "form_id", "version"}
#: Columns of expressions: compared as the importer writes them (paths as ${name}, ...).
EXPRESSIONS = {"relevant", "constraint", "calculation", "repeat_count"}
_STRAIGHT = str.maketrans("‘’“”", "''\"\"")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text.translate(_STRAIGHT))


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _carried_text(protocol) -> str:
    """Every text and expression of the protocol, squeezed, '=' on choices as written."""
    text = "\x00".join(_squeeze(s) for s in _strings(protocol.model_dump(mode="json")))
    return re.sub(r"join\('',(\$\{[^}]+\})\)", r"\1", text)


def _as_imported(base: str, value: str) -> str:
    if base in EXPRESSIONS:
        return xpath_to_refs(value)
    if base == "choice_filter":
        return choice_filter_expression(value)
    return value


def _spoken_of(messages: list[tuple[str, str]], where: str, header: str, base: str,
               value: str) -> bool:
    """Whether a problem names this cell: at its row (naming its column, or its value), at
    the header row naming its column, or at the sheet naming its column."""
    sheet, _, _ = where.partition(" row ")
    for location, message in messages:
        if location == sheet and f"'{sheet}'" in message and "ignored" in message:
            return True  # a sheet fieldkit does not read, named as a whole
        names_column = f"'{header}'" in message or f"'{base}'" in message or \
            re.search(rf"\b{re.escape(base)}\b", message)
        if location == where and (names_column or value[:30] in message or
                                  "the row" in message or "is skipped" in message):
            return True
        if location.partition(" row ")[0] == sheet and names_column and \
                ("ignored" in message or "not carried" in message):
            return True
    return False


@pytest.mark.skipif(not FORMS, reason="the XLSForm corpus is not here")
@pytest.mark.parametrize("path", FORMS, ids=[p.name for p in FORMS])
def test_every_cell_is_carried_or_named(path):
    sheets, _ = read_workbook(path)
    try:
        result = import_xlsform(path)
    except ProtocolError:
        pytest.skip("refused as a whole, each reason at its row (test_xlsform_corpus)")
    protocol = result.protocol
    messages = [(p.location, p.message) for p in result.warnings]
    carried = _carried_text(protocol)
    names = set(protocol.items_by_id) | {s.id for s in protocol.sections}
    # a list no question uses is named once, at its first row, for all its rows
    unused = {m.group(1) for _, msg in messages
              if (m := re.match(r"choice list '(.*)' is not used by any question", msg))}
    silent = []
    for key, sheet in sheets.items():
        headers = {c.key: (c.header, c.base) for c in sheet.columns}
        for row in sheet.rows:
            where = sheet.where(row.number)
            row_named = any(loc == where for loc, _ in messages)
            ending = row.get("type").replace(" ", "_").lower().startswith("end")
            if ending or (key == "choices" and row.get("list_name") in unused):
                continue  # the end of a group or repeat; a list left out as a whole
            for column, value in row.cells.items():
                header, base = headers.get(column, (column, column))
                if base in ROW_COLUMNS:
                    ok = row.get("name") in names or row_named or key in ("choices", "settings")
                else:
                    ok = _squeeze(_as_imported(base, value)) in carried
                if not ok and not _spoken_of(messages, where, header, base, value):
                    silent.append(f"{where} column '{header}': {value[:50]!r}")
    assert silent == [], f"{len(silent)} cells neither carried nor named"
