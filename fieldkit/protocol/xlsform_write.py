"""Writing a protocol as an XLSForm that pyxform converts, so ODK tablets can run it too.

Each section is a group, each repeat and name generator a repeat; texts go in one column per
language (``label::English (en)``). What ODK has no column for but fieldkit needs back is
written in columns ODK ignores and :mod:`xlsform_convert` reads: ``min`` and ``max`` (also
written into the constraint, so tablets enforce them), ``units``, ``special``, ``disclosure``
and ``roster`` (the roster's CSV beside the workbook, in ``rosters/``). A yes/no question is a
``select_one yes_no`` with appearance ``yes_no``. What no column carries (consent, codebook,
citation, policy, soft checks) is named in the warnings returned.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from .model import (
    CHOICE_TYPES,
    Choice,
    Item,
    ItemType,
    LocalText,
    Protocol,
    RosterEntry,
)
from .xlsform_lang import NAMES

_PLAIN = {"integer", "decimal", "text", "date", "note", "calculate", "time", "datetime",
          "geopoint", "geotrace", "geoshape", "select_one", "select_multiple", "rank"}
_TEXTS = ("label", "hint", "constraint_message", "required_message", "guidance_hint")
_SURVEY = ["type", "name", *_TEXTS, "required", "relevant", "constraint", "calculation",
           "choice_filter", "repeat_count", "default", "read_only", "appearance", "disclosure",
           "roster", "min", "max", "units", "special"]
_CHOICE_COLUMN = re.compile(r"choice-column\('([^']*)'\)")


def _language_header(code: str) -> str:
    name = next((n.title() for n, c in NAMES.items() if c == code and n.isascii()), code)
    return f"{name} ({code})"


def _number(value: float) -> str:
    return f"{value:g}" if value == int(value) and abs(value) < 1e15 else repr(value)


def bounds(item: Item) -> str:
    """The constraint min and max make (``. >= 0 and . <= 100``); '' without them."""
    parts = [f". >= {_number(item.min)}" if item.min is not None else "",
             f". <= {_number(item.max)}" if item.max is not None else ""]
    return " and ".join(p for p in parts if p)


def with_bounds(item: Item) -> str | None:
    """The constraint written to the form: the bounds, and the item's own constraint."""
    limit = bounds(item)
    if limit and item.constraint:
        return f"{limit} and ({item.constraint})"
    return limit or item.constraint


def _expression(text: str | None) -> str | None:
    """A protocol expression as XLSForm writes it (a choice's column by its bare name)."""
    return _CHOICE_COLUMN.sub(lambda m: m.group(1), text) if text else text


class _Writer:
    def __init__(self, protocol: Protocol):
        self.p = protocol
        self.langs = protocol.languages
        self.survey: list[dict[str, Any]] = []
        self.choices: list[dict[str, Any]] = []
        self.extra_columns: list[str] = []
        self.list_names: dict[str, str] = {}  # which list -> its list_name
        self.taken = set(protocol.choice_lists)
        self.warnings: list[str] = []

    def texts(self, row: dict[str, Any], base: str, value: LocalText | None) -> None:
        if value is None:
            return
        for lang in self.langs:
            text = value if isinstance(value, str) else value.get(lang) or \
                value.get(self.p.default_language, "")
            row[f"{base}::{_language_header(lang)}"] = self.p.text(text, lang) if text else ""

    def choice_list(self, item: Item) -> str:
        """The list_name of the item's choices, writing the list the first time."""
        if isinstance(item.choices, str):
            key, name, choices = f"list:{item.choices}", item.choices, \
                self.p.choice_lists[item.choices]
        elif item.type == ItemType.yes_no:
            key, choices = "yes_no", self.p.choices_for(item)
            name = "yes_no" if "yes_no" not in self.p.choice_lists else "fk_yes_no"
        else:
            # its own choices, or those the protocol gives it (a roster's entries)
            key, name, choices = f"item:{item.id}", item.id, self.p.choices_for(item)
            n = 2
            while name in self.taken:
                name, n = f"{item.id}_{n}", n + 1
        if key not in self.list_names:
            self.list_names[key] = name
            self.taken.add(name)
            for choice in choices:
                self.choice_row(name, choice)
        return self.list_names[key]

    def choice_row(self, list_name: str, choice: Choice) -> None:
        row: dict[str, Any] = {"list_name": list_name, "name": choice.name}
        label = choice.label
        if isinstance(label, dict):  # yes/no labels come in every language fieldkit speaks
            label = {k: v for k, v in label.items() if k in self.langs} or label
        self.texts(row, "label", label)
        for key, value in (choice.extra or {}).items():
            if key not in self.extra_columns:
                self.extra_columns.append(key)
            row[key] = value
        self.choices.append(row)

    def item(self, item: Item) -> None:
        row: dict[str, Any] = {"name": item.id}
        appearance: list[str] = []
        t = item.type.value
        if item.type in (ItemType.repeat, ItemType.name_generator):
            row["type"] = "begin_repeat"
            if item.type == ItemType.name_generator:
                appearance.append("name_generator")
                row["roster"] = item.roster or ""
        elif item.type == ItemType.yes_no:
            row["type"] = f"select_one {self.choice_list(item)}"
            appearance.append("yes_no")
        elif item.type == ItemType.likert:
            row["type"] = f"select_one {self.choice_list(item)}"
            appearance.append("likert")
        elif item.type in CHOICE_TYPES:
            row["type"] = f"{t} {self.choice_list(item)}"
        elif item.type == ItemType.long_text:
            row["type"] = "text"
            appearance.append("multiline")
        elif item.type == ItemType.attachment:
            row["type"] = item.media_kind or "file"
        elif t in _PLAIN:
            row["type"] = t
        else:
            raise ValueError(f"no XLSForm type for a {t} item")
        for base in _TEXTS:
            self.texts(row, base, getattr(item, base))
        row["required"] = "yes" if item.required else _expression(item.required_if) or ""
        row["relevant"] = _expression(item.relevant)
        row["constraint"] = _expression(with_bounds(item))
        row["calculation"] = _expression(item.calculation)
        row["choice_filter"] = _expression(item.choice_filter)
        row["repeat_count"] = _expression(item.repeat_count)
        row["default"] = item.default
        row["read_only"] = "yes" if item.read_only else ""
        row["appearance"] = " ".join(appearance)
        row["disclosure"] = item.disclosure.value if item.disclosure else ""
        row["min"] = _number(item.min) if item.min is not None else ""
        row["max"] = _number(item.max) if item.max is not None else ""
        row["units"] = item.units or ""
        row["special"] = " ".join(s.value for s in item.special)
        if item.soft_constraint:
            self.warnings.append(f"item '{item.id}': its soft check has no XLSForm column, "
                                 "so it is left out")
        if item.gates:
            self.warnings.append(f"item '{item.id}': what its yes permits (gates) has no "
                                 "XLSForm column, so it is left out")
        self.survey.append(row)
        if item.type in (ItemType.repeat, ItemType.name_generator):
            for child in item.items:
                self.item(child)
            self.survey.append({"type": "end_repeat", "name": ""})

    def run(self) -> None:
        items = set(self.p.items_by_id)
        for section in self.p.sections:
            # XLSForm names are unique across groups and questions; fieldkit's are not
            name = f"{section.id}_section" if section.id in items else section.id
            row: dict[str, Any] = {"type": "begin_group", "name": name,
                                   "relevant": _expression(section.relevant)}
            self.texts(row, "label", section.title)
            self.survey.append(row)
            for item in section.items:
                self.item(item)
            self.survey.append({"type": "end_group", "name": ""})
        for name, what in (("consent", "the consent text"), ("codebook", "the codebook"),
                           ("citation_map", "the citation's fields"), ("report", "the report")):
            if getattr(self.p, name, None):
                self.warnings.append(f"{what}: an XLSForm has no place for it, so it is left "
                                     "out")


def _columns(rows: list[dict[str, Any]], order: list[str], langs: list[str]) -> list[str]:
    headers: list[str] = []
    for base in order:
        wanted = [f"{base}::{_language_header(lang)}" for lang in langs] \
            if base in (*_TEXTS, "cover", "research_aim") else [base]
        headers.extend(h for h in wanted if h in ("type", "name", "list_name") or
                       any(r.get(h) not in (None, "") for r in rows))
    return headers


def _roster_csv(entries: list[RosterEntry]) -> str:
    fields = list(RosterEntry.model_fields)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow({k: "" if v is None else v for k, v in entry.model_dump().items()})
    return out.getvalue()


def write_xlsform(protocol: Protocol, out: Path) -> list[str]:
    """Write ``protocol`` to ``out`` (.xlsx) and its rosters to ``rosters/`` beside it;
    return what could not be carried, one sentence each."""
    from openpyxl import Workbook  # heavy: only when writing

    w = _Writer(protocol)
    w.run()
    settings: dict[str, Any] = {"form_id": protocol.id, "version": protocol.version,
                                "default_language": _language_header(protocol.default_language)}
    # pyxform takes one title (a translated form_title breaks its conversion)
    settings["form_title"] = protocol.text(protocol.title)
    if isinstance(protocol.title, dict) and len(set(protocol.title.values())) > 1:
        w.warnings.append(f"the title is written in {protocol.default_language} only: an "
                          "XLSForm's settings hold one title")
    for base in ("cover", "research_aim"):
        w.texts(settings, base, getattr(protocol, base) or None)
    book = Workbook()
    sheets = [("survey", w.survey, _columns(w.survey, _SURVEY, w.langs)),
              ("choices", w.choices, _columns(w.choices, ["list_name", "name", "label",
                                                          *w.extra_columns], w.langs)),
              ("settings", [settings], _columns([settings], ["form_id", "version", "form_title",
                                                             "default_language", "cover",
                                                             "research_aim"], w.langs))]
    for blank in book.worksheets:  # the one empty sheet a new workbook has
        book.remove(blank)
    for title, rows, headers in sheets:
        if not rows:
            continue
        sheet = book.create_sheet(title)
        sheet.append(headers)
        for row in rows:
            sheet.append([row.get(h) if row.get(h) not in ("",) else None for h in headers])
    out = Path(out)
    for name, roster in protocol.rosters.items():
        folder = out.parent / "rosters"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.csv").write_text(_roster_csv(roster.entries), encoding="utf-8")
    book.save(out)
    return w.warnings
