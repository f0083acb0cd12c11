"""Reading an XLSForm workbook into plain rows of text, each with its sheet and row number."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.errors import Problem, ProtocolError

MAX_ROWS = 20_000
MAX_BYTES = 50 * 1024 * 1024

#: Columns whose header may carry a language: ``label::English (en)``, ``label:en``.
TRANSLATABLE = frozenset({
    "label", "hint", "constraint_message", "required_message", "guidance_hint",
    "image", "audio", "video", "big-image", "media", "form_title", "cover", "research_aim",
})

#: Other spellings of column names that pyxform accepts, by their canonical name.
ALIASES = {
    "list name": "list_name", "caption": "label", "value": "name",
    "constraint message": "constraint_message", "jr:constraintmsg": "constraint_message",
    "constraintmsg": "constraint_message", "bind::jr:constraintmsg": "constraint_message",
    "required message": "required_message", "requiredmsg": "required_message",
    "jr:requiredmsg": "required_message", "bind::jr:requiredmsg": "required_message",
    "relevance": "relevant", "bind::relevant": "relevant", "bind::required": "required",
    "bind::constraint": "constraint", "bind::calculate": "calculation",
    "control::appearance": "appearance", "choice filter": "choice_filter",
    "repeat count": "repeat_count", "jr:count": "repeat_count", "read only": "read_only",
    "bind::readonly": "read_only", "default language": "default_language",
    "form title": "form_title", "form id": "form_id", "id_string": "form_id",
}


@dataclass(frozen=True)
class Column:
    letter: str
    header: str  # as written
    base: str  # canonical name, lower case: 'label', 'type', 'bind::saveincomplete'
    lang: str | None  # the language part as written ('English (en)'), if any

    @property
    def key(self) -> str:
        return f"{self.base}::{self.lang.casefold()}" if self.lang else self.base


@dataclass
class Row:
    number: int  # the spreadsheet's own row number (1-based, header included)
    cells: dict[str, str]  # column key -> non-empty text

    def get(self, key: str) -> str:
        return self.cells.get(key, "")


@dataclass
class Sheet:
    title: str  # as written in the workbook
    header_row: int
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)

    def where(self, number: int | None = None) -> str:
        return f"{self.title} row {number}" if number else self.title

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)


def cell_text(value: object) -> str:
    """A cell as the text a form author meant: 2022 not 2022.0, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def _letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def parse_header(text: str) -> tuple[str, str | None]:
    """``'Label::English (en)'`` -> ``('label', 'English (en)')``; ``'hint:fr'`` -> ``('hint', 'fr')``."""
    text = re.sub(r"\s+", " ", text.strip())
    low = text.casefold()
    if low in ALIASES:
        return ALIASES[low], None
    if "::" in text:
        head, _, rest = text.partition("::")
        base = ALIASES.get(head.strip().casefold(), head.strip().casefold())
        if base in TRANSLATABLE:
            return base, rest.strip() or None
        return low, None
    if ":" in text:
        head, _, rest = text.partition(":")
        base = ALIASES.get(head.strip().casefold(), head.strip().casefold())
        if base in TRANSLATABLE and rest.strip():
            return base, rest.strip()
    return low, None


def _sheet(title: str, raw_rows: list[tuple[int, list[str]]], file: str,
           problems: list[Problem]) -> Sheet:
    if not raw_rows:
        return Sheet(title, 0)
    header_number, header_cells = raw_rows[0]
    sheet = Sheet(title, header_number)
    by_key: dict[str, Column] = {}
    positions: dict[int, Column] = {}
    for index, text in enumerate(header_cells):
        if not text:
            continue
        base, lang = parse_header(text)
        col = Column(_letter(index), text, base, lang)
        if col.key in by_key:
            first = by_key[col.key]
            problems.append(Problem(file, sheet.where(header_number),
                                    f"columns {first.letter} ('{first.header}') and {col.letter} "
                                    f"('{col.header}') are the same column; keep only one"))
            continue
        by_key[col.key] = col
        positions[index] = col
        sheet.columns.append(col)
    headless: dict[int, int] = {}  # column index -> first row with a value under no header
    for number, cells in raw_rows[1:]:
        row = Row(number, {})
        for index, text in enumerate(cells):
            if not text:
                continue
            col = positions.get(index)
            if col is None:
                if index >= len(header_cells) or not header_cells[index]:
                    headless.setdefault(index, number)
                continue
            row.cells[col.key] = text
        if row.cells:
            sheet.rows.append(row)
    for index, number in sorted(headless.items()):
        problems.append(Problem(file, sheet.where(number),
                                f"column {_letter(index)} has values but no header, "
                                "so they are ignored", "warning"))
    return sheet


def read_workbook(path: Path) -> tuple[dict[str, Sheet], list[Problem]]:
    """Every sheet of the workbook, by lower-case title; warnings and errors found on the way.

    Raises ProtocolError when the file cannot be read as an .xlsx workbook at all.
    """
    import openpyxl  # imported here: only imports of XLSForms need it
    from openpyxl.utils.exceptions import InvalidFileException

    file = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ProtocolError([Problem(file, "", "no such file")]) from None
    except OSError as exc:
        raise ProtocolError([Problem(file, "", f"cannot be read ({exc.strerror})")]) from None
    if size > MAX_BYTES:
        raise ProtocolError([Problem(file, "", "is larger than 50 MB, too large for a form")])
    problems: list[Problem] = []
    sheets: dict[str, Sheet] = {}
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ProtocolError([Problem(file, "", "cannot be read as an Excel workbook (.xlsx); "
                                     f"save it again from your spreadsheet program ({exc})")]) from None
    try:
        for ws in book.worksheets:
            raw: list[tuple[int, list[str]]] = []
            # A stated size of A1:AMJ1048576 is common; without it only written rows are read.
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = [cell_text(v) for v in values]
                if not any(cells):
                    continue
                if len(raw) >= MAX_ROWS:
                    problems.append(Problem(file, f"{ws.title} row {number}",
                                            f"the sheet has more than {MAX_ROWS} filled rows, "
                                            "too many for a form"))
                    break
                raw.append((number, cells))
            key = ws.title.strip().casefold()
            if key in sheets:
                problems.append(Problem(file, ws.title, f"there are two sheets named "
                                        f"'{ws.title}'; keep only one"))
                continue
            sheets[key] = _sheet(ws.title, raw, file, problems)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise ProtocolError([Problem(file, "", "is damaged and cannot be read as an Excel "
                                     f"workbook ({exc})")]) from None
    finally:
        book.close()
    return sheets, problems
