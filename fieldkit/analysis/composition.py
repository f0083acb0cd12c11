"""Who was interviewed: counts of respondents by group and by the items that describe them."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.dataset.tables import Dataset, Row

from .values import (
    NOT_RECORDED,
    column_label,
    group_order,
    missing_kind,
    require_column,
    rows_by_group,
    value_label,
)


@dataclass(frozen=True)
class CompositionRow:
    group: str  # "African Union"
    within: tuple[str, ...]  # the values of the row items ("Ambassador",)
    counts: tuple[int, ...]  # one per column
    total: int


@dataclass(frozen=True)
class CompositionTable:
    """Respondents by group and row items (down) and by the last item (across)."""

    by_label: str
    row_labels: tuple[str, ...]  # the row items' labels ("What is your position ...",)
    column_label: str
    columns: tuple[str, ...]  # the last item's answers, "Not recorded" last when any is
    rows: list[CompositionRow]
    totals: tuple[int, ...]
    total: int


def _value(dataset: Dataset, row: Row, item: str) -> str:
    value = row.get(item)
    if isinstance(value, list):
        value = value[0] if len(value) == 1 else None
    if missing_kind(value):
        return NOT_RECORDED
    return value_label(dataset, "interviews", item, value)


def _ordered(dataset: Dataset, item: str, rows: list[Row]) -> list[str]:
    present = {row.get(item) for row in rows if not missing_kind(row.get(item))
               and not isinstance(row.get(item), list)}
    labels = [value_label(dataset, "interviews", item, v)
              for v in group_order(dataset, "interviews", item, present)]
    missing = any(_value(dataset, row, item) == NOT_RECORDED for row in rows)
    return labels + ([NOT_RECORDED] if missing else [])


def composition(dataset: Dataset, by: str | None, items: list[str]) -> CompositionTable | None:
    """The sample's make-up: rows by ``by`` and every item but the last, columns by the last
    (organisation × role down, gender across). None without items."""
    if not items:
        return None
    for item in items:
        require_column(dataset, "interviews", item, "describe the sample by")
    *down, across = items
    columns = _ordered(dataset, across, dataset.interviews)
    out: list[CompositionRow] = []
    for group, rows in rows_by_group(dataset, by):
        combos: dict[tuple[str, ...], list[int]] = {}
        orders = [_ordered(dataset, item, rows) for item in down]
        for row in rows:
            key = tuple(_value(dataset, row, item) for item in down)
            counts = combos.setdefault(key, [0] * len(columns))
            counts[columns.index(_value(dataset, row, across))] += 1
        for key in sorted(combos, key=lambda k: [o.index(v) for o, v in zip(orders, k,
                                                                              strict=True)]):
            out.append(CompositionRow(group, key, tuple(combos[key]), sum(combos[key])))
    totals = tuple(sum(r.counts[j] for r in out) for j in range(len(columns)))
    return CompositionTable(
        by_label=column_label(dataset, "interviews", by) if by else "",
        row_labels=tuple(column_label(dataset, "interviews", i) for i in down),
        column_label=column_label(dataset, "interviews", across), columns=tuple(columns),
        rows=out, totals=totals, total=sum(totals))
