"""Yes/no and choice items: counts and shares of valid answers with 95% Wilson intervals."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from fieldkit.dataset.tables import Dataset, Row

from .values import (
    column_label,
    empty_missing,
    group_order,
    item_variable,
    missing_kind,
    rows_by_group,
    value_label,
)

Z95 = 1.959963984540054
CATEGORICAL_VARIABLE_TYPES = ("boolean", "categorical", "multi")


def wilson(count: int, n: int, z: float = Z95) -> tuple[float, float] | tuple[None, None]:
    """The Wilson score interval of ``count`` out of ``n`` (good for small n and shares near 0 or 1)."""
    if n <= 0:
        return None, None
    p = count / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    denominator = 1 + z * z / n
    return max(0.0, (centre - spread) / denominator), min(1.0, (centre + spread) / denominator)


@dataclass(frozen=True)
class Share:
    """How many of ``n`` valid answers chose ``value``."""

    value: str
    label: str
    count: int
    n: int
    share: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class CategoricalGroup:
    group: str
    n: int
    shares: list[Share]
    missing: dict[str, int] = field(default_factory=empty_missing)


@dataclass(frozen=True)
class CategoricalTable:
    """A yes/no or choice item: every choice's share overall and within each group."""

    item_id: str
    label: str
    multiple: bool  # select_multiple: shares are of respondents, so they may sum past 100%
    total: CategoricalGroup
    groups: list[CategoricalGroup]
    by: str | None = None

    def share_of(self, value: str) -> Share:
        return next(s for s in self.total.shares if s.value == value)


def _answers(row: Row, item_id: str) -> list[str]:
    value = row.get(item_id)
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    return [str(value)]


def _group(dataset: Dataset, item_id: str, label: str, rows: list[Row],
           values: list[str]) -> CategoricalGroup:
    counts: Counter[str] = Counter()
    missing = empty_missing()
    n = 0
    for row in rows:
        kind = missing_kind(row.get(item_id))
        if kind:
            missing[kind] += 1
            continue
        n += 1
        counts.update(set(_answers(row, item_id)))
    shares = []
    for value in values:
        low, high = wilson(counts[value], n)
        shares.append(Share(value, value_label(dataset, "interviews", item_id, value),
                            counts[value], n, counts[value] / n if n else None, low, high))
    return CategoricalGroup(label, n, shares, missing)


def categorical_summary(dataset: Dataset, item_id: str, by: str | None = None
                        ) -> CategoricalTable:
    """Counts and shares of each answer to ``item_id``, overall and by ``by`` when given."""
    variable = item_variable(dataset, item_id, CATEGORICAL_VARIABLE_TYPES,
                             "a yes/no or choice item", "a numeric item")
    seen = [v for row in dataset.interviews if not missing_kind(row.get(item_id))
            for v in _answers(row, item_id)]
    if variable is not None and variable.value_labels:
        values = list(variable.value_labels) + sorted(set(seen) - set(variable.value_labels))
    elif set(seen) <= {"yes", "no"}:
        values = ["yes", "no"]
    else:
        values = [str(v) for v in group_order(dataset, "interviews", item_id, seen)]
    multiple = (variable is not None and variable.type == "multi") or any(
        isinstance(row.get(item_id), list) for row in dataset.interviews)
    groups = [] if by is None else [
        _group(dataset, item_id, label, rows, values) for label, rows in rows_by_group(dataset, by)]
    return CategoricalTable(
        item_id=item_id, label=column_label(dataset, "interviews", item_id), multiple=multiple,
        total=_group(dataset, item_id, "All respondents", dataset.interviews, values),
        groups=groups, by=by)


def is_yes_no(dataset: Dataset, item_id: str) -> bool:
    """A yes/no item: a boolean column, or a categorical one whose only choices are yes and no."""
    variable = dataset.variable("interviews", item_id)
    return variable is not None and (variable.type == "boolean" or (
        variable.type == "categorical" and set(variable.value_labels) == {"yes", "no"}))


def categorical_items(dataset: Dataset, *, yes_no: bool | None = None) -> list[str]:
    """The yes/no and choice items of the interviews table, in dataset order; ``yes_no`` True
    keeps only yes/no items, False only the others."""
    out = [v.name for v in dataset.variables_of("interviews")
           if v.item_id and v.type in CATEGORICAL_VARIABLE_TYPES]
    if yes_no is None:
        return out
    return [i for i in out if is_yes_no(dataset, i) == yes_no]
