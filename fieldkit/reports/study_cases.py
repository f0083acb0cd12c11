"""The cases a study compares: the protocol's attribute tables (a mission's dates, troops...)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from fieldkit.protocol.model import AttributeTable, Protocol

from .theme import para, table

Story = list[Flowable]
WIDE = 6  # more facts than this go down the page rather than across


def _cell(protocol: Protocol, t: AttributeTable, column: int, value: object) -> str:
    if value is None or value == "":
        return "–"
    if column == 0 and t.item is not None and t.item in protocol.items_by_id:
        labels = {c.name: c.label for c in protocol.choices_for(protocol.items_by_id[t.item])}
        if str(value) in labels:
            return protocol.text(labels[str(value)])
    return f"{value:,}" if isinstance(value, int) and value >= 10_000 else str(value)


def cases_section(protocol: Protocol, width: float, language: str | None = None) -> Story:
    """Every attribute table under one heading; nothing when the protocol has none."""
    tables = protocol.attribute_tables or {}
    if not tables:
        return []
    out: Story = [PageBreak(), para("The cases", "h1")]
    for t in tables.values():
        head: list[object] = [
            protocol.text(c.label, language) + (f" ({c.units})" if c.units else "")
            for c in t.columns]
        rows: list[list[object]] = [head]
        for row in t.rows:
            rows.append([_cell(protocol, t, i, row.get(c.id)) for i, c in enumerate(t.columns)])
        if len(head) > WIDE and len(rows) - 1 <= WIDE:
            # many facts, few rows: the facts go down the page, one column per row
            rows = [list(col) for col in zip(*rows, strict=True)]
        first = width * 0.24
        rest = (width - first) / (len(rows[0]) - 1) if len(rows[0]) > 1 else width - first
        block: Story = [para(protocol.text(t.label, language), "h2"),
                        table(rows, [first] + [rest] * (len(rows[0]) - 1))]
        if t.source is not None:
            block.append(para(f"Source: {protocol.text(t.source, language)}", "small"))
        out += [KeepTogether(block), Spacer(1, 8)]
    return out
