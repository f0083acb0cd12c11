"""Importing XLSForms (ODK, KoboToolbox, SurveyCTO) as validated fieldkit protocols.

A pipeline, as in pyxform: the workbook is read into rows of text with their sheet and row
(:mod:`xlsform_read`), the rows become plain protocol data (:mod:`xlsform_convert`), and the
data is validated like a YAML protocol (:func:`validate.protocol_from_data`), with every
problem located at the sheet and row it came from. Whatever fieldkit cannot carry is an
error or a warning naming the row; nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.errors import Problem, ProtocolError

from .model import Protocol, slug
from .validate import protocol_from_data, protocol_warnings
from .xlsform_choices import ChoiceList
from .xlsform_compare import join_multi_comparisons
from .xlsform_context import Context
from .xlsform_convert import Node, SurveyConverter
from .xlsform_read import read_workbook

Locate = Callable[[tuple[Any, ...]], str]


@dataclass
class ImportResult:
    """A protocol imported from an XLSForm, and what was not carried over exactly."""

    protocol: Protocol
    warnings: list[Problem]


def xlsform_to_data(path: Path) -> tuple[dict[str, Any], list[Problem], Locate]:
    """The form as plain protocol data, its warnings, and a locator of data paths.

    Raises ProtocolError with every problem found while converting. The data is not yet
    validated: :func:`import_xlsform` does that.
    """
    data, ctx, _dropped = _convert(Path(path))
    if ctx.has_errors():
        raise ProtocolError(_ordered(ctx.problems))
    return data, _ordered(ctx.problems), ctx.locate


def import_xlsform(path: Path) -> ImportResult:
    """Read, convert and validate an XLSForm; raise ProtocolError listing every problem."""
    path = Path(path)
    data, ctx, dropped = _convert(path)
    errors = [p for p in ctx.problems if p.severity == "error"]
    if not data:
        raise ProtocolError(_ordered(errors))
    try:
        protocol = protocol_from_data(data, file=ctx.file, base_dir=path.parent,
                                      locate=ctx.locate)
    except ProtocolError as exc:
        if not errors:
            raise
        reported = {p.location for p in errors} | ctx.quiet
        errors.extend(p for p in exc.problems
                      if p.location not in reported and not _follows_from(p, dropped))
        raise ProtocolError(_ordered(errors)) from None
    if errors:
        raise ProtocolError(_ordered(errors))
    warnings = [p for p in ctx.problems if p.severity == "warning"]
    warnings.extend(protocol_warnings(protocol, ctx.file, ctx.locate))
    return ImportResult(protocol, _ordered(warnings))


def _ordered(problems: list[Problem]) -> list[Problem]:
    """Problems in workbook order: survey, choices, settings, other sheets; then by row."""
    rank = {"survey": 0, "choices": 1, "settings": 2}

    def key(p: Problem) -> tuple[int, int]:
        sheet, _, row = p.location.partition(" row ")
        return rank.get(sheet.casefold(), 3), int(row) if row.isdigit() else 0

    return sorted(problems, key=key)


def _follows_from(problem: Problem, dropped: set[str]) -> bool:
    """Whether a validation problem only follows from a row that was already refused."""
    return any(f"'${{{name}}}'" in problem.message or f"'{name}'" in problem.message
               for name in dropped if name)


def _convert(path: Path) -> tuple[dict[str, Any], Context, set[str]]:
    sheets, problems = read_workbook(path)
    ctx = Context(path, sheets, problems)
    survey = sheets.get("survey")
    if survey is None and len(sheets) == 1:
        only = next(iter(sheets.values()))
        if only.column("type") is not None and only.column("name") is not None:
            survey = sheets["survey"] = only
            del sheets[next(k for k, v in sheets.items() if v is only and k != "survey")]
            ctx.warn(only.title, f"the workbook's only sheet, '{only.title}', is read as the "
                     "survey sheet (XLSForm names it 'survey')")
    if survey is None:
        names = ", ".join(f"'{s.title}'" for s in sheets.values()) or "none"
        ctx.error("survey", f"the workbook has no 'survey' sheet (its sheets: {names})")
        return {}, ctx, set()
    if not survey.rows:
        ctx.error(survey.title, "the survey sheet has no questions")
        return {}, ctx, set()
    for needed in ("type", "name"):
        if survey.column(needed) is None:
            ctx.error(survey.where(survey.header_row), f"the survey sheet has no '{needed}' "
                      "column")
    if ctx.has_errors():
        return {}, ctx, set()
    ctx.read_settings()
    ctx.check_sheets()
    ctx.collect_languages()
    header = ctx.protocol_header()
    conv = SurveyConverter(ctx, survey)
    conv.run()
    data = _assemble(ctx, conv, header)
    return data, ctx, conv.metadata | conv.refused


def _assemble(ctx: Context, conv: SurveyConverter, header: dict[str, Any]) -> dict[str, Any]:
    shared = _shared_lists(conv)
    sections: list[dict[str, Any]] = []
    taken = {s.data["id"] for s in conv.sections}
    loose_ids = iter(["main", *(f"main_{n}" for n in range(2, 1000))])
    for node in conv.sections:
        if not node.children:
            if node.row:  # a group; the section of loose items always has some
                ctx.warn(ctx.sheets["survey"].where(node.row), f"group '{node.data['id']}' holds "
                         "nothing fieldkit carries, so it is left out")
            continue
        section = dict(node.data)
        if not node.row:
            section["id"] = next(i for i in loose_ids if i not in taken)
            section["title"] = header["title"]
        loc: tuple[Any, ...] = ("sections", len(sections))
        first_row = node.row or node.children[0].row
        ctx.where[loc] = ctx.sheets["survey"].where(first_row)
        section["items"] = [_item(ctx, child, (*loc, "items", i), shared)
                            for i, child in enumerate(node.children)]
        sections.append(section)
    if not sections:
        if not ctx.has_errors():
            ctx.error(ctx.sheets["survey"].title, "the survey sheet has no question fieldkit "
                      "can carry")
        return {}
    for list_name, chosen in shared.values():
        for i, place in enumerate(chosen.places):
            ctx.where[("choice_lists", list_name, i)] = place
        ctx.where[("choice_lists", list_name)] = chosen.origin
    for name, row in conv.roster_rows.items():
        ctx.where[("rosters", name)] = ctx.sheets["survey"].where(row)
    _report_unused(ctx, conv)
    data = dict(header)
    if shared:
        data["choice_lists"] = {name: [dict(c) for c in chosen.choices]
                                for name, chosen in shared.values()}
    if conv.rosters:
        data["rosters"] = conv.rosters
    data["sections"] = sections
    join_multi_comparisons(data, lambda loc, message: ctx.warn(ctx.locate(loc), message))
    return data


def _shared_lists(conv: SurveyConverter) -> dict[int, tuple[str, ChoiceList]]:
    """Lists used by more than one item, by id(list), with the name they are shared under."""
    out: dict[int, tuple[str, ChoiceList]] = {}
    names = set(conv.lists)
    sheet_lists = {id(v) for v in conv.lists.values()}
    for chosen in [*conv.lists.values(), *conv.file_lists.values(), *conv.tables.values()]:
        looked_up = chosen is not None and chosen.name in conv.lookups
        if chosen is None or (conv.used.get(id(chosen), 0) < 2 and not looked_up):
            continue
        name = chosen.name
        if id(chosen) not in sheet_lists and not (looked_up and name == slug(name)):
            # a file: named after it, clear of sheet lists
            name = base = slug(chosen.name)
            n = 2
            while name in names:
                name, n = f"{base}_{n}", n + 1
            names.add(name)
        out[id(chosen)] = (name, chosen)
    return out


def _item(ctx: Context, node: Node, loc: tuple[Any, ...],
          shared: dict[int, tuple[str, ChoiceList]]) -> dict[str, Any]:
    ctx.where[loc] = ctx.sheets["survey"].where(node.row)
    item = dict(node.data)
    if node.choices is not None:
        if id(node.choices) in shared:
            item["choices"] = shared[id(node.choices)][0]
        else:
            item["choices"] = [dict(c) for c in node.choices.choices]
            for i, place in enumerate(node.choices.places):
                ctx.where[(*loc, "choices", i)] = place
    if node.children or item["type"] in ("repeat", "name_generator"):
        item["items"] = [_item(ctx, child, (*loc, "items", i), shared)
                         for i, child in enumerate(node.children)]
    return item


def _report_unused(ctx: Context, conv: SurveyConverter) -> None:
    for chosen in conv.lists.values():
        if not conv.used.get(id(chosen)) and chosen.name not in conv.lookups and \
                id(chosen) not in conv.absorbed:
            ctx.warn(chosen.origin, f"choice list '{chosen.name}' is not used by any question, "
                     "so it is left out")
