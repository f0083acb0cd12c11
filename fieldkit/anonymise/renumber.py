"""Interview numbers that carry no block: where a lead numbered interviews in blocks by an
answer (AU from 1, EU from 20, ...) and the plan does not publish that answer as given, the
number would tell what the plan hides. Such numbers are reassigned 1..n in an order keyed by
the pseudonym key, the same in every output of the same plan and data, so citations and data
still match; where the plan publishes the answer as given, the numbers go out as they are."""

from __future__ import annotations

import dataclasses
from typing import Any

from fieldkit.anonymise.plan import DEFAULT_ACTIONS, Plan
from fieldkit.anonymise.pseudonym import pseudonym
from fieldkit.dataset.tables import TABLES, Dataset, Row

DOMAIN = "interview number"  # the pseudonym domain the order is keyed under


def item_entry(data: Dataset, plan: Plan, item_id: str) -> dict[str, Any]:
    """The plan's entry for the interviews' column of an item (its class's default if absent)."""
    entry = plan.variables.get(f"interviews.{item_id}")
    if entry is not None:
        return entry
    var = data.variable("interviews", item_id)
    disclosure = var.disclosure if var is not None else "none"
    return {"action": DEFAULT_ACTIONS.get(disclosure, "keep"), "class": disclosure}


def published_as_answered(data: Dataset, plan: Plan, item_id: str) -> bool:
    """Whether the plan writes every answer to an item exactly as given (kept, never blanked)."""
    entry = item_entry(data, plan, item_id)
    return entry.get("action") == "keep" and entry.get("suppress") is not True


def needs_renumbering(data: Dataset, plan: Plan) -> bool:
    blocks = data.number_blocks
    return (blocks is not None and not blocks.reassigned
            and not published_as_answered(data, plan, blocks.item_id))


def renumbered(data: Dataset, plan: Plan, key: bytes) -> Dataset:
    """``data`` with its interview numbers reassigned when they would reveal what the plan hides
    (``number_blocks.reassigned`` then says so); else ``data`` itself. Every table's rows are put
    in the new number's order; a number whose interview is not in the data is left empty. A
    respondent off the roster keeps ``interview:<study number>`` as the ties' source: an
    identifier, coded (or dropped) as the networks' nodes are, so the two still match."""
    if not needs_renumbering(data, plan):
        return data
    assert data.number_blocks is not None
    new = reassigned_numbers([str(r["interview_id"]) for r in data.interviews], key)
    tables: dict[str, Any] = {name: _table(data.table(name), new) for name in TABLES}
    tables["number_blocks"] = dataclasses.replace(data.number_blocks, reassigned=True)
    return dataclasses.replace(data, **tables)


def reassigned_numbers(interview_ids: list[str], key: bytes) -> dict[str, int]:
    """Interview id -> its number 1..n in the order keyed by ``key`` (nothing else)."""
    order = sorted(interview_ids, key=lambda i: (pseudonym(key, DOMAIN, i), i))
    return {iid: n for n, iid in enumerate(order, start=1)}


def _table(rows: list[Row], new: dict[str, int]) -> list[Row]:
    out = []
    for row in rows:
        copy = dict(row)
        if "number" in copy and copy["number"] is not None:
            copy["number"] = new.get(str(copy.get("interview_id")))
        out.append(copy)
    # stable: within an interview, rows keep their order; rows of no interview go last
    return sorted(out, key=lambda r: new.get(str(r.get("interview_id")), len(new) + 1))


def numbering(data: Dataset, plan: Plan) -> dict[str, Any] | None:
    """What the record says of the numbering: the item the blocks were by, its label, the plan's
    action on it and whether the numbers were reassigned; None without a scheme."""
    blocks = data.number_blocks
    if blocks is None:
        return None
    entry = item_entry(data, plan, blocks.item_id)
    var = data.variable("interviews", blocks.item_id)
    return {"item": blocks.item_id, "label": var.label if var is not None else blocks.item_id,
            "action": entry.get("action"), "suppress": entry.get("suppress") is True,
            "reassigned": blocks.reassigned or needs_renumbering(data, plan)}
