"""Reading an XLSForm workbook into plain rows of text, each with its sheet and row number."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.errors import Problem, ProtocolError

MAX_ROWS = 20_000
MAX_BYTES = 50 * 1024 * 1024

#: Columns whose header may carry a language: ``label::English (en)``, ``label:en``.
TRANSLATABLE = frozenset({
    "label", "hint", "constraint_message", "required_message", "guidance_hint",
    "image", "audio", "video", "big-image", "media", "form_title", "cover", "research_aim",
})

_MEDIA_KINDS = frozenset({"image", "audio", "video", "big-image"})

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
    sep = "::" if "::" in text else ":"
    if sep in text:
        head, _, rest = text.partition(sep)
        base = ALIASES.get(head.strip().casefold(), head.strip().casefold())
        if base == "media":
            # media::image, media::audio::English (en): the kind of file, then the language
            kind, _, rest = rest.partition(sep)
            if kind.strip().casefold() in _MEDIA_KINDS:
                return kind.strip().casefold(), rest.strip() or None
            return low, None
        if base in TRANSLATABLE:
            return base, rest.strip() or None
        if sep == "::":
            return low, None
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
            found = positions.get(index)
            if found is None:
                if index >= len(header_cells) or not header_cells[index]:
                    headless.setdefault(index, number)
                continue
            row.cells[found.key] = text
        if row.cells:
            sheet.rows.append(row)
    for index, number in sorted(headless.items()):
        problems.append(Problem(file, sheet.where(number),
                                f"column {_letter(index)} has values but no header, "
                                "so they are ignored", "warning"))
    return sheet


MAX_COLUMNS = 1000
MAX_UNZIPPED = 200 * 1024 * 1024


def _check_zip(path: Path, file: str) -> None:
    """Refuse a zipped workbook (.xlsx, .ods) that would unpack to more than is sane."""
    if not zipfile.is_zipfile(path):
        return
    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ProtocolError([Problem(file, "", f"is damaged and cannot be read as a workbook "
                                     f"({exc})")]) from None
    except Exception:  # noqa: BLE001 - zipfile's other ways to fail on a damaged archive (a
        # name that is no UTF-8, an unknown zip version, a bad header): the same sentence
        raise ProtocolError([Problem(file, "", "is damaged and cannot be read as a workbook "
                                     "(its zip directory cannot be read)")]) from None
    if unzipped > MAX_UNZIPPED:
        raise ProtocolError([Problem(file, "", "unpacks to more than 200 MB, too large for a "
                                     "form")])


def _raw_rows(sheet: Any, title: str, file: str,
              problems: list[Problem]) -> list[tuple[int, list[str]]]:
    """The sheet's filled rows as text, numbered as the spreadsheet numbers them."""
    if sheet.width > MAX_COLUMNS:
        problems.append(Problem(file, title, f"the sheet has more than {MAX_COLUMNS} columns, "
                                "too many for a form"))
        return []
    start_row, start_col = sheet.start or (0, 0)
    end_row = sheet.end[0] if sheet.end else 0
    raw: list[tuple[int, list[str]]] = []
    rows = list(sheet.iter_rows())
    # calamine counts rows from the sheet's first filled row or from row 1, by version
    offset = 0 if len(rows) == end_row + 1 else start_row
    for index, values in enumerate(rows):
        cells = [""] * start_col + [cell_text(v) for v in values]
        if not any(cells):
            continue
        number = index + offset + 1
        if len(raw) >= MAX_ROWS:
            problems.append(Problem(file, f"{title} row {number}", f"the sheet has more than "
                                    f"{MAX_ROWS} filled rows, too many for a form"))
            break
        raw.append((number, cells))
    return raw


def read_workbook(path: Path) -> tuple[dict[str, Sheet], list[Problem]]:
    """Every sheet of the workbook, by lower-case title; warnings and errors found on the way.

    Reads .xlsx, .xls and .ods with calamine, which does not expand XML entities. Raises
    ProtocolError when the file cannot be read as a workbook at all.
    """
    import python_calamine  # imported here: only imports of XLSForms need it

    file = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ProtocolError([Problem(file, "", "no such file")]) from None
    except OSError as exc:
        raise ProtocolError([Problem(file, "", f"cannot be read ({exc.strerror})")]) from None
    if size > MAX_BYTES:
        raise ProtocolError([Problem(file, "", "is larger than 50 MB, too large for a form")])
    _check_zip(path, file)
    problems: list[Problem] = []
    sheets: dict[str, Sheet] = {}
    try:
        with path.open("rb") as stream:
            book = python_calamine.CalamineWorkbook.from_filelike(stream)
    except python_calamine.PasswordError:
        raise ProtocolError([Problem(file, "", "is protected by a password; save it again "
                                     "without one")]) from None
    except (python_calamine.CalamineError, OSError, ValueError, TypeError) as exc:
        raise ProtocolError([Problem(file, "", "cannot be read as a workbook (.xlsx, .xls or "
                                     ".ods); save it again from your spreadsheet program "
                                     f"({exc})")]) from None
    try:
        for title in book.sheet_names:
            raw = _raw_rows(book.get_sheet_by_name(title), title, file, problems)
            key = title.strip().casefold()
            if key in sheets:
                problems.append(Problem(file, title, f"there are two sheets named "
                                        f"'{title}'; keep only one"))
                continue
            sheets[key] = _sheet(title, raw, file, problems)
    except (python_calamine.CalamineError, OSError, ValueError, TypeError) as exc:
        raise ProtocolError([Problem(file, "", "is damaged and cannot be read as a workbook "
                                     f"({exc})")]) from None
    finally:
        book.close()
    return sheets, problems
