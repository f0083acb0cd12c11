"""Reading answers out of Dataset rows: special codes, value labels, groups, display numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from fieldkit.dataset.tables import SPECIAL_CODES, Dataset, Row, Variable
from fieldkit.errors import FieldkitError

#: Kinds of missing answer, in the order tables show them.
MISSING_KINDS = ("refused", "dont_know", "not_applicable", "no_answer")
MISSING_LABELS = {"refused": "Refused", "dont_know": "Don't know",
                  "not_applicable": "Not applicable", "no_answer": "No answer"}
_KIND_OF_CODE = {code: kind for kind, code in SPECIAL_CODES.items()}
NOT_RECORDED = "Not recorded"


class AnalysisError(FieldkitError):
    """An analysis was asked for something the dataset does not hold."""


def missing_kind(value: Any) -> str | None:
    """The kind of missing answer ``value`` is, or None when it is a real answer."""
    if value is None:
        return "no_answer"
    if isinstance(value, str):
        return _KIND_OF_CODE.get(value)
    return None


def empty_missing() -> dict[str, int]:
    return dict.fromkeys(MISSING_KINDS, 0)


def require_column(dataset: Dataset, table: str, column: str, what: str) -> None:
    """Fail in one sentence when ``column`` is neither a variable nor present in any row."""
    if dataset.variable(table, column) is not None:
        return
    if any(column in row for row in dataset.table(table)):
        return
    known = sorted({v.name for v in dataset.variables_of(table) if v.item_id})
    hint = f"; items in the dataset: {', '.join(known[:12])}" if known else ""
    raise AnalysisError(f"there is no item '{column}' in the {table} table to {what}{hint}")


def item_variable(dataset: Dataset, item_id: str, types: tuple[str, ...], kind: str,
                  instead: str) -> Variable | None:
    """The interviews variable of ``item_id``, checked to be one of ``types``."""
    require_column(dataset, "interviews", item_id, "summarise")
    variable = dataset.variable("interviews", item_id)
    if variable is not None and variable.type not in types:
        raise AnalysisError(f"'{item_id}' is a {variable.type} item, not {kind}; "
                            f"summarise it as {instead} instead")
    return variable


def value_label(dataset: Dataset, table: str, column: str, value: Any) -> str:
    """The label a reader sees for one answer (a choice label, else the value as text)."""
    if value is None:
        return NOT_RECORDED
    kind = missing_kind(value)
    if kind:
        return MISSING_LABELS[kind]
    if isinstance(value, list):
        return ", ".join(value_label(dataset, table, column, v) for v in value)
    variable = dataset.variable(table, column)
    if variable and str(value) in variable.value_labels:
        return variable.value_labels[str(value)]
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return format_number(value)
    return str(value)


def short_label(label: str) -> str:
    """A label without its bracketed explanation: "Ambassador (permanent representative)"."""
    return re.sub(r"\s*\([^)]*\)", "", label).strip() or label


def column_label(dataset: Dataset, table: str, column: str) -> str:
    variable = dataset.variable(table, column)
    return variable.label if variable and variable.label else column


def group_order(dataset: Dataset, table: str, column: str, values: Iterable[Any]) -> list[Any]:
    """Group values in the order of the item's choices, then any others sorted, then None."""
    present = set()
    for value in values:
        present.add(value if not isinstance(value, list) else tuple(value))
    variable = dataset.variable(table, column)
    ordered = [v for v in (variable.value_labels if variable else {}) if v in present]
    rest = sorted((v for v in present if v is not None and v not in ordered), key=str)
    return ordered + rest + ([None] if None in present else [])


def rows_by_group(dataset: Dataset, by: str | None, table: str = "interviews"
                  ) -> list[tuple[str, list[Row]]]:
    """Rows split by the value of ``by`` (labelled), in choice order; one group when None."""
    rows = dataset.table(table)
    if by is None:
        return [("All", list(rows))]
    require_column(dataset, table, by, "group by")
    buckets: dict[Any, list[Row]] = {}
    for row in rows:
        key = row.get(by)
        # several choices (Study B's case: Kosovo and Afghanistan): the row is in each group
        for one in (key or [None]) if isinstance(key, list) else [key]:
            buckets.setdefault(None if missing_kind(one) else one, []).append(row)
    return [(value_label(dataset, table, by, key), buckets[key])
            for key in group_order(dataset, table, by, buckets)]


def round_half_up(value: float, places: int) -> Decimal:
    """Round as papers do (2.345 -> 2.35), not to even as float formatting does."""
    quantum = Decimal(1).scaleb(-places)
    return Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)


def format_number(value: float | int | None, places: int = 2) -> str:
    """A value as printed in a table: whole numbers bare (7), others to ``places`` (6.5 -> 6.50)."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return str(int(value))
    return str(round_half_up(float(value), places))


def format_mean(value: float | None, places: int = 2) -> str:
    """A mean always to ``places`` decimals (6.6 -> 6.60), rounded half up."""
    return "–" if value is None else str(round_half_up(float(value), places))


def format_share(share: float | None) -> str:
    """A share as a whole percentage (0.913 -> 91%)."""
    return "–" if share is None else f"{round_half_up(share * 100, 0)}%"


def format_interval(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "–"
    return f"{round_half_up(low * 100, 0)}–{round_half_up(high * 100, 0)}%"
