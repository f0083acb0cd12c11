"""Numeric items summarised by group: n, mean, median, modes, SD, range, missing by kind."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fieldkit.dataset.tables import Dataset

from .values import (
    AnalysisError,
    column_label,
    empty_missing,
    item_variable,
    missing_kind,
    rows_by_group,
)

NUMERIC_VARIABLE_TYPES = ("integer", "decimal")
DEFAULT_GROUP = "organisation"


@dataclass(frozen=True)
class NumericSummary:
    """One row of a descriptive table: one group's answers to one numeric item."""

    group: str
    n: int
    mean: float | None
    median: float | None
    modes: tuple[float, ...]  # every most frequent value when several tie; none if all differ
    sd: float | None  # sample standard deviation (n - 1); None below two answers
    min: float | None
    max: float | None
    missing: dict[str, int] = field(default_factory=empty_missing)
    values: tuple[float, ...] = ()  # the answers, sorted (box plots read them)

    @property
    def missing_total(self) -> int:
        return sum(self.missing.values())


@dataclass(frozen=True)
class NumericTable:
    """A numeric item by group, with the all-respondents row last."""

    item_id: str
    label: str
    by: str | None
    by_label: str
    units: str | None
    rows: list[NumericSummary]
    total: NumericSummary


def summarise(values: list[float], group: str = "All",
              missing: dict[str, int] | None = None) -> NumericSummary:
    """The summary of one list of numbers (the building block of every table row)."""
    data = sorted(values)
    counts = Counter(data)
    top = max(counts.values(), default=0)
    # When every answer is different there is no mode, rather than n of them.
    unique = top == 1 and len(data) > 1
    modes = tuple(sorted(v for v, c in counts.items() if c == top)) if data and not unique else ()
    return NumericSummary(
        group=group, n=len(data),
        mean=statistics.fmean(data) if data else None,
        median=statistics.median(data) if data else None,
        modes=modes,
        sd=statistics.stdev(data) if len(data) > 1 else None,
        min=data[0] if data else None, max=data[-1] if data else None,
        missing=missing if missing is not None else empty_missing(),
        values=tuple(data))


def _split(rows: list[dict[str, Any]], item_id: str) -> tuple[list[float], dict[str, int]]:
    values: list[float] = []
    missing = empty_missing()
    for row in rows:
        value = row.get(item_id)
        kind = missing_kind(value)
        if kind:
            missing[kind] += 1
        elif isinstance(value, int | float) and not isinstance(value, bool):
            values.append(value)
        else:
            raise AnalysisError(f"interview {row.get('number', '?')} has '{value}' for the "
                                f"numeric item '{item_id}'; rebuild the dataset from the store")
    return values, missing


def numeric_by_group(dataset: Dataset, item_id: str, by: str | None = DEFAULT_GROUP
                     ) -> NumericTable:
    """Summarise a numeric item for each value of ``by`` (an item id) and for everyone."""
    variable = item_variable(dataset, item_id, NUMERIC_VARIABLE_TYPES, "a number",
                             "a categorical item")
    rows = []
    for label, group_rows in rows_by_group(dataset, by):
        values, missing = _split(group_rows, item_id)
        rows.append(summarise(values, label, missing))
    values, missing = _split(dataset.interviews, item_id)
    return NumericTable(
        item_id=item_id, label=column_label(dataset, "interviews", item_id),
        by=by, by_label=column_label(dataset, "interviews", by) if by else "",
        units=variable.units if variable else None,
        rows=rows if by else [], total=summarise(values, "All respondents", missing))


def numeric_items(dataset: Dataset) -> list[str]:
    """The numeric items of the interviews table, in dataset order."""
    return [v.name for v in dataset.variables_of("interviews")
            if v.item_id and v.type in NUMERIC_VARIABLE_TYPES]

