"""XLSForm's loops (``begin loop over LIST`` ... ``end loop``), expanded as pyxform does.

pyxform turns a loop into a group holding one group per choice of LIST (the choice named
``none`` left out), each holding the loop's rows with ``%(name)s`` and ``%(label)s`` replaced
by the choice's name and label (the label in the language of each column). The rows are
rewritten here into those groups before the survey is converted; each keeps its spreadsheet
row number, so a message about a row still points at the row the author wrote.

A question id must be unique in a protocol, while pyxform's names need only be unique within
their group: a question whose name does not use ``%(name)s`` is named ``CHOICE_NAME``.
"""

from __future__ import annotations

import re

from .xlsform_context import Context
from .xlsform_read import Row, Sheet

_BEGIN = re.compile(r"^begin[ _]loop(?:\s+(?:over\s+)?(\S+))?$", re.I)
_END = re.compile(r"^end[ _]loop$", re.I)


def is_loop_row(row: Row) -> bool:
    text = " ".join(row.get("type").split())
    return bool(_BEGIN.match(text) or _END.match(text))


def expand_loops(ctx: Context, sheet: Sheet) -> None:
    """Rewrite every loop of ``sheet`` into pyxform's groups; errors name the row."""
    if not any(is_loop_row(row) for row in sheet.rows):
        return
    sheet.rows = _expand(ctx, sheet, sheet.rows)


def _choices(ctx: Context, list_name: str) -> list[Row] | None:
    choices = ctx.sheets.get("choices")
    if choices is None:
        return None
    rows = [r for r in choices.rows if r.get("list_name") == list_name]
    return rows or None


def _has_other(ctx: Context, list_name: str) -> bool:
    survey = ctx.sheets.get("survey")
    pattern = re.compile(rf"\s{re.escape(list_name)}\s+or[ _](?:specify[ _])?other$", re.I)
    return survey is not None and any(pattern.search(" ".join(r.get("type").split()))
                                      for r in survey.rows)


def _expand(ctx: Context, sheet: Sheet, rows: list[Row]) -> list[Row]:
    out: list[Row] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        text = " ".join(row.get("type").split())
        begin, end = _BEGIN.match(text), _END.match(text)
        if end:
            ctx.error(sheet.where(row.number), "end loop has no begin loop above it")
            i += 1
            continue
        if not begin:
            out.append(row)
            i += 1
            continue
        close = _closing(rows, i)
        if close is None:
            ctx.error(sheet.where(row.number), f"begin loop '{row.get('name')}' has no "
                      "matching end loop")
            return out
        body = _expand(ctx, sheet, rows[i + 1:close])  # loops inside loops first
        out.extend(_loop(ctx, sheet, row, begin.group(1), body, rows[close]))
        i = close + 1
    return out


def _closing(rows: list[Row], start: int) -> int | None:
    depth = 0
    for k in range(start, len(rows)):
        text = " ".join(rows[k].get("type").split())
        if _BEGIN.match(text):
            depth += 1
        elif _END.match(text):
            depth -= 1
            if depth == 0:
                return k
    return None


def _loop(ctx: Context, sheet: Sheet, row: Row, list_name: str | None, body: list[Row],
          end: Row) -> list[Row]:
    where = sheet.where(row.number)
    if not list_name:
        ctx.error(where, "the loop names no choice list; write 'begin loop over LIST'")
        return []
    choices = _choices(ctx, list_name)
    if choices is None:
        ctx.error(where, f"the loop is over choice list '{list_name}', which is not in the "
                  "choices sheet")
        return []
    choices = [c for c in choices if c.get("name") != "none"]  # as pyxform does
    if _has_other(ctx, list_name):  # 'or_other' added 'other' to the list, in pyxform too
        choices.append(Row(choices[-1].number, {"name": "other", "label": "Other"}))
    renamed = [r for r in body if r.get("name") and "%(name)s" not in r.get("name")
               and not r.get("type").casefold().startswith("end")]
    for r in body if choices else []:
        _say(ctx, sheet, r, row.get("name"), list_name, len(choices),
             f"{choices[0].get('name')}_{r.get('name')}" if r in renamed else None)
    names = [r.get("name") for r in renamed]
    out = [Row(row.number, {**row.cells, "type": "begin_group"})]
    for choice in choices:
        out.append(Row(row.number, {"type": "begin_group", "name": choice.get("name"),
                                    **_labels(choice)}))
        out.extend(_substituted(r, choice, set(names)) for r in body)
        out.append(Row(end.number, {"type": "end_group"}))
    out.append(Row(end.number, {**end.cells, "type": "end_group"}))
    return out


def _say(ctx: Context, sheet: Sheet, r: Row, loop: str, list_name: str, n: int,
         example: str | None) -> None:
    """One warning at a row of a loop: asked per choice, and how its cells change."""
    substituted = sorted({k.partition("::")[0] for k, v in r.cells.items()
                          if k not in ("type", "name") and ("%(name)s" in v or "%(label)s" in v)})
    if example is None and not substituted:
        return
    parts = [f"'{r.get('name')}' of loop '{loop}' is asked once per choice of '{list_name}' "
             f"({n})"]
    if example:
        parts.append(f"named after each (e.g. '{example}'), as question ids are unique in "
                     "fieldkit")
    if substituted:
        parts.append(f"with %(name)s and %(label)s in its {' and '.join(substituted)} "
                     "replaced by the choice's name and label")
    ctx.warn(sheet.where(r.number), ", ".join(parts))


def _labels(choice: Row) -> dict[str, str]:
    return {k: v for k, v in choice.cells.items() if k == "label" or k.startswith("label::")}


def _label_for(choice: Row, key: str) -> str:
    """The choice's label in the language of column ``key`` (its plain label otherwise)."""
    lang = key.partition("::")[2]
    if lang and choice.get(f"label::{lang}"):
        return choice.get(f"label::{lang}")
    return choice.get("label") or next(
        (v for k, v in choice.cells.items() if k.startswith("label::")), choice.get("name"))


def _substituted(row: Row, choice: Row, renamed: set[str]) -> Row:
    """A row of the loop for one choice; ``${q}`` of a question of the loop named after the
    choice is ``${CHOICE_q}``, the question asked for the same choice."""
    cells = {}
    for key, value in row.cells.items():
        if key == "type":
            cells[key] = value
            continue
        value = value.replace("%(name)s", choice.get("name")).replace(
            "%(label)s", _label_for(choice, key))
        if "${" in value and renamed:
            value = re.sub(r"\$\{([^}]+)\}", lambda m: "${" + (
                f"{choice.get('name')}_{m.group(1)}" if m.group(1) in renamed else m.group(1))
                + "}", value)
        cells[key] = value
    name = row.get("name")
    if name and "%(name)s" not in name and not row.get("type").casefold().startswith("end"):
        cells["name"] = f"{choice.get('name')}_{name}"
    return Row(row.number, cells)
