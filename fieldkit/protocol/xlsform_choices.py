"""XLSForm choices: the choices sheet, and choice lists read from a CSV file beside the form."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .beside import OutsideFile, read_beside
from .xlsform_context import Context
from .xlsform_lang import language_code
from .xlsform_read import TRANSLATABLE, parse_header

MAX_CHOICES = 5000
MEDIA = ("image", "audio", "video", "big-image", "media")
_COLUMN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.:\-]*$")


@dataclass
class ChoiceList:
    """One list of choices, each with the place it came from (for error locations)."""

    name: str
    origin: str  # where the list starts, for messages: 'choices row 4'
    choices: list[dict[str, Any]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    broken: bool = False  # some choice was refused (and reported)

    def add(self, ctx: Context, name: str, label: object, place: str,
            extra: dict[str, str] | None = None) -> None:
        if len(name) > 255:
            ctx.error(place, f"choice name '{name[:40]}...' of list '{self.name}' is longer "
                      "than fieldkit's limit of 255 characters")
            self.broken = True
            return
        choice = {"name": name, "label": label}
        if extra:
            choice["extra"] = extra
        self.choices.append(choice)
        self.places.append(place)


def read_choices_sheet(ctx: Context, key: str = "choices") -> dict[str, ChoiceList]:
    sheet = ctx.sheets.get(key)
    lists: dict[str, ChoiceList] = {}
    if sheet is None:
        return lists
    header = sheet.where(sheet.header_row)
    kept: list[str] = []  # extra columns, carried on each choice for filters and lookups
    for col in sheet.columns:
        if col.base in ("list_name", "name", "label"):
            continue
        if col.base in MEDIA or col.base in TRANSLATABLE or col.lang or not _COLUMN.match(
                col.key):
            what = "media files" if col.base in MEDIA else "choice texts other than labels" \
                if col.base in TRANSLATABLE or col.lang else "a column name fieldkit cannot keep"
            ctx.warn(header, f"column '{col.header}' of the choices sheet is not carried "
                     f"({what}), so its values are ignored")
            continue
        kept.append(col.key)
    for name in ("list_name", "name"):
        if sheet.rows and not sheet.column(name):
            ctx.error(header, f"the choices sheet has no '{name}' column")
            return lists
    for row in sheet.rows:
        where = sheet.where(row.number)
        list_name, name = row.get("list_name"), row.get("name")
        if not list_name or not name:
            if any(k.split("::")[0] in ("label", "list_name", "name") for k in row.cells):
                missing = "list_name" if not list_name else "name"
                ctx.error(where, f"the choice has no {missing}")
            continue
        target = lists.setdefault(list_name, ChoiceList(list_name, where))
        label = ctx.text(sheet, row, "label")
        if label is None:
            ctx.warn(where, f"choice '{name}' of list '{list_name}' has no label, so its name "
                     "is shown")
            label = name
        extra = {key: row.cells[key] for key in kept if row.cells.get(key)}
        target.add(ctx, name, label, where, extra)
    return lists


def read_choice_file(ctx: Context, file: str, where: str, owner: str) -> ChoiceList | None:
    """A choice list from ``FILE.csv`` beside the form (columns name and label)."""
    path = ctx.path.parent / file
    try:
        text = read_beside(path, ctx.path.parent)
    except FileNotFoundError:
        ctx.error(where, f"choice file '{file}' of {owner} is not beside the form (in "
                  f"{ctx.path.parent}); add it there or change the question")
        return None
    except OutsideFile as exc:
        ctx.error(where, f"choice file '{file}' {exc}")
        return None
    except OSError as exc:
        ctx.error(where, f"choice file '{file}' cannot be read ({exc.strerror or exc})")
        return None
    reader = csv.reader(text.splitlines())
    header = [parse_header(h) for h in next(reader, [])]
    if ("name", None) not in header or not any(base == "label" for base, _ in header):
        ctx.error(where, f"choice file '{file}' needs a 'name' and a 'label' column")
        return None
    columns: list[tuple[int, str]] = []  # index -> language code of a label column
    for index, (base, lang) in enumerate(header):
        if base != "label":
            continue
        code = ctx.default if lang is None else language_code(lang)[0]
        if code is None or code not in ctx.languages:
            ctx.warn(where, f"column 'label::{lang}' of choice file '{file}' is not in one of "
                     "the form's languages, so it is ignored")
            continue
        columns.append((index, code))
    name_at = header.index(("name", None))
    out = ChoiceList(Path(file).stem, where)
    for number, cells in enumerate(reader, start=2):
        if number > MAX_CHOICES + 1:
            ctx.error(where, f"choice file '{file}' has more than {MAX_CHOICES} choices")
            return None
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        name = cells[name_at] if name_at < len(cells) else ""
        labels = {code: cells[i] for i, code in columns if i < len(cells) and cells[i]}
        place = f"{file} row {number}"
        if not name or not labels:
            ctx.error(place, f"choice file '{file}' has a row with no "
                      f"{'name' if not name else 'label'}")
            out.broken = True
            continue
        label: str | dict[str, str] = labels
        if len(ctx.languages) == 1 and set(labels) == {ctx.default}:
            label = labels[ctx.default]
        out.add(ctx, name, label, place)
    if not out.choices and not out.broken:
        ctx.error(where, f"choice file '{file}' has no choices")
        return None
    return out


def read_lookup_table(ctx: Context, file: str, where: str) -> ChoiceList | None:
    """A CSV table that pulldata() reads, beside the form, as a list of rows: each row's
    ``name`` (or first) column names it, every other column is kept for the lookup."""
    path = ctx.path.parent / file
    try:
        text = read_beside(path, ctx.path.parent)
    except OutsideFile as exc:
        ctx.error(where, f"lookup table '{file}' {exc}")
        return None
    except OSError as exc:
        ctx.error(where, f"lookup table '{file}' cannot be read ({exc.strerror or exc})")
        return None
    rows = list(csv.reader(text.splitlines()))
    header = [h.strip() for h in rows[0]] if rows else []
    if not header:
        ctx.error(where, f"lookup table '{file}' has no header row")
        return None
    key = header.index("name") if "name" in header else 0
    out = ChoiceList(Path(file).stem, where)
    for number, cells in enumerate(rows[1:MAX_CHOICES + 1], start=2):
        cells = [c.strip() for c in cells]
        if not any(cells) or key >= len(cells) or not cells[key]:
            continue
        values = dict(zip(header, cells, strict=False))
        extra = {h: v for h, v in values.items()  # the key column too, as pulldata reads it
                 if h not in ("name", "label") and v and _COLUMN.match(h)}
        out.add(ctx, cells[key], values.get("label") or cells[key], f"{file} row {number}",
                extra)
    if len(rows) > MAX_CHOICES + 1:
        ctx.error(where, f"lookup table '{file}' has more than {MAX_CHOICES} rows")
    return out

