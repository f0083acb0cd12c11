"""Interviews grouped by an attribute of their case: a column of one of the protocol's attribute
tables (``missions.organisation``: the organisations whose missions work in the interview's
case), so codes can be compared by facts about the cases rather than by answers.

An attribute table is keyed by the choices of an item (Study B's ``case``); an interview
belongs to the group of every value its cases have in the column (Kosovo has NATO, UN and EU
missions, so an interview about Kosovo is in all three groups, as an interview about two cases
is in both). Cases with no value in the column form no group.
"""

from __future__ import annotations

from typing import Any

from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.model import AttributeTable, Protocol

from .values import AnalysisError, missing_kind


def is_attribute(spec: str) -> bool:
    """Whether a --by names an attribute-table column (TABLE.COLUMN) rather than an item."""
    return "." in spec


def _table(protocol: Protocol | None, spec: str) -> tuple[AttributeTable, str]:
    name, _, column = spec.partition(".")
    tables = (protocol.attribute_tables or {}) if protocol is not None else {}
    table = tables.get(name)
    if table is None:
        known = ", ".join(sorted(tables)) or "none"
        raise AnalysisError(f"'{spec}' names no attribute table of the protocol "
                            f"(its attribute tables: {known}); write TABLE.COLUMN")
    columns = [c.id for c in table.columns]
    if column not in columns[1:]:
        raise AnalysisError(f"the attribute table '{name}' has no column '{column}' to compare "
                            f"by (its columns: {', '.join(columns[1:])})")
    if table.item is None:
        raise AnalysisError(f"the attribute table '{name}' is not keyed by an item, so no "
                            "interview can be placed in it")
    return table, column


def check_attribute(dataset: Dataset, protocol: Protocol | None, spec: str) -> None:
    """One sentence when ``spec`` is no usable TABLE.COLUMN."""
    table, _ = _table(protocol, spec)
    if dataset.variable("interviews", str(table.item)) is None:
        raise AnalysisError(f"the attribute table '{spec.partition('.')[0]}' is keyed by the "
                            f"item '{table.item}', which these data do not hold")


def attribute_label(protocol: Protocol, spec: str, language: str | None = None) -> str:
    table, column = _table(protocol, spec)
    """“Organisation” in “The missions of each case”."""
    label = next(protocol.text(c.label, language) for c in table.columns if c.id == column)
    return f"“{label}” in “{protocol.text(table.label, language)}”"


def attribute_groups(dataset: Dataset, protocol: Protocol | None,
                     spec: str) -> list[tuple[str, set[Any]]]:
    """(value, interview ids) for each value of the column, in the table's order."""
    check_attribute(dataset, protocol, spec)
    table, column = _table(protocol, spec)
    key = table.columns[0].id
    values: dict[str, list[str]] = {}  # the item's choice -> the column's values
    for row in table.rows:
        value = row.get(column)
        if value is None or value == "":
            continue
        found = values.setdefault(str(row.get(key)), [])
        if str(value) not in found:
            found.append(str(value))
    order: list[str] = []
    for found in values.values():
        order += [v for v in found if v not in order]
    groups: dict[str, set[Any]] = {v: set() for v in order}
    for interview in dataset.interviews:
        answer = interview.get(str(table.item))
        for choice in answer if isinstance(answer, list) else [answer]:
            if choice is None or missing_kind(choice):
                continue
            for value in values.get(str(choice), []):
                groups[value].add(interview.get("interview_id"))
    return [(value, ids) for value, ids in groups.items() if ids]
