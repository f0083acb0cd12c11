"""The variables (columns) of each dataset table, with labels, types and disclosure classes."""

from __future__ import annotations

from fieldkit.dataset.tables import Variable
from fieldkit.protocol.disclosure import disclosure_of, is_moment
from fieldkit.protocol.model import GROUP_TYPES, Item, ItemType, Protocol

ITEM_TYPES = {
    ItemType.integer: "integer", ItemType.decimal: "decimal", ItemType.yes_no: "categorical",
    ItemType.select_one: "categorical", ItemType.likert: "categorical",
    ItemType.select_multiple: "multi", ItemType.text: "string", ItemType.long_text: "string",
    ItemType.date: "date", ItemType.repeat: "count", ItemType.name_generator: "count",
    # XLSForm types: kept as written (times, coordinates, file names, ranked choice names)
    ItemType.calculate: "string", ItemType.time: "string", ItemType.datetime: "string",
    ItemType.geopoint: "string", ItemType.geotrace: "string", ItemType.geoshape: "string",
    ItemType.attachment: "string", ItemType.rank: "string",
}

# (name, label, type, disclosure) of the fixed columns of each table.
FIXED: dict[str, list[tuple[str, str, str, str]]] = {
    "interviews": [
        ("interview_id", "Interview identifier", "string", "identifier"),
        ("number", "Interview number", "integer", "none"),
        ("protocol_id", "Protocol", "string", "none"),
        ("protocol_version", "Protocol version", "string", "none"),
        ("interviewer", "Interviewer", "string", "identifier"),
        ("language", "Language of the interview", "string", "quasi_identifier"),
        ("status", "Status", "string", "none"),
        ("started_at", "Started (UTC)", "datetime", "quasi_identifier"),
        ("ended_at", "Ended (UTC)", "datetime", "quasi_identifier"),
        ("duration_s", "Duration in seconds, pauses excluded", "integer", "none"),
    ],
    "people": [
        ("interview_id", "Interview identifier", "string", "identifier"),
        ("item_id", "Name generator or repeat", "string", "none"),
        ("person_id", "Person or entry identifier", "string", "identifier"),
        ("position", "Order named", "integer", "none"),
        ("roster_id", "Roster entry", "string", "identifier"),
        ("name", "Name", "string", "identifier"),
        ("free_entry", "Named off the roster", "boolean", "none"),
        ("organisation", "Organisation", "string", "quasi_identifier"),
        ("member_state", "Member state", "string", "quasi_identifier"),
        ("group", "Sub-region or caucus", "string", "quasi_identifier"),
        ("alliance", "Political alliance", "string", "quasi_identifier"),
        ("role", "Role", "string", "quasi_identifier"),
    ],
    "ties": [
        ("interview_id", "Interview identifier", "string", "identifier"),
        ("item_id", "Name generator", "string", "none"),
        ("source", "Respondent", "string", "identifier"),
        ("target", "Person named", "string", "identifier"),
    ],
    "quotes": [
        ("quote_id", "Quote identifier", "string", "identifier"),
        ("interview_id", "Interview identifier", "string", "identifier"),
        ("number", "Interview number", "integer", "none"),
        ("item_id", "Item", "string", "none"),
        ("person_id", "Person or entry identifier", "string", "identifier"),
        ("elapsed_ms", "Time into the interview (ms)", "integer", "none"),
        ("elapsed", "Time into the interview", "string", "none"),
        ("text", "Text", "string", "free_text"),
        ("consent", "Use the respondent withheld (empty: none)", "string", "none"),
    ],
    "codings": [
        ("coding_id", "Coding identifier", "string", "identifier"),
        ("interview_id", "Interview identifier", "string", "identifier"),
        ("item_id", "Item", "string", "none"),
        ("person_id", "Person or entry identifier", "string", "identifier"),
        ("quote_id", "Quote identifier", "string", "identifier"),
        ("code", "Code", "string", "none"),
        ("start", "Start offset", "integer", "none"),
        ("end", "End offset", "integer", "none"),
        ("passage", "Coded passage", "string", "free_text"),
        ("consent", "Use the respondent withheld (empty: none)", "string", "none"),
        ("coder", "Coder", "string", "identifier"),
        ("needs_recoding", "Text changed since coded (passage left empty)", "boolean", "none"),
    ],
    "memos": [
        ("memo_id", "Memo identifier", "string", "identifier"),
        ("scope", "About a code, an interview or the project", "string", "none"),
        ("code", "Code the memo is about", "string", "none"),
        ("interview_id", "Interview identifier", "string", "identifier"),
        ("number", "Interview number", "integer", "none"),
        ("author", "Written by", "string", "identifier"),
        ("text", "Memo", "string", "free_text"),
        ("written_at", "Written at (UTC)", "datetime", "quasi_identifier"),
        ("consent", "Use the respondent withheld (empty: none)", "string", "none"),
    ],
    "timings": [
        ("interview_id", "Interview identifier", "string", "identifier"),
        ("item_id", "Item", "string", "none"),
        ("person_id", "Person or entry identifier", "string", "identifier"),
        ("elapsed_ms", "Time into the interview (ms)", "integer", "none"),
        ("recorded_at", "Recorded at (UTC)", "datetime", "quasi_identifier"),
        ("changes", "Events the answer took", "integer", "none"),
    ],
}
FIXED["notes"] = FIXED["quotes"]


def item_variable(protocol: Protocol, table: str, item: Item, language: str,
                  *, weight: bool = False) -> Variable:
    """The variable for an item's column (``weight``: a tie weight, yes/no as 1/0)."""
    kind = ITEM_TYPES[item.type]
    labels = {c.name: protocol.text(c.label, language) for c in protocol.choices_for(item)}
    if weight and item.type == ItemType.yes_no:
        kind, labels = "integer", {"1": "Yes", "0": "No"}
    if is_moment(item) or item.type == ItemType.datetime:
        kind = "datetime"  # a moment: an anonymised output keeps its month only
    return Variable(table=table, name=item.id, label=protocol.text(item.label, language),
                    type=kind, item_id=item.id, disclosure=disclosure_of(protocol, item).value,
                    value_labels=labels if kind in ("categorical", "multi") or weight else {},
                    units=item.units)


def is_weight(item: Item) -> bool:
    return item.type in (ItemType.integer, ItemType.decimal, ItemType.yes_no)


def protocol_variables(protocol: Protocol, language: str) -> list[Variable]:
    """Every column of every table, in table and column order."""
    out: list[Variable] = []
    for table, fixed in FIXED.items():
        out.extend(Variable(table=table, name=n, label=lab, type=t, disclosure=d)
                   for n, lab, t, d in fixed)
        if table == "interviews":
            out.extend(item_variable(protocol, table, item, language)
                       for item in protocol.iter_items() if item.has_value)
        elif table == "people":
            out.extend(item_variable(protocol, table, child, language)
                       for item in protocol.iter_items() if item.type in GROUP_TYPES
                       for child in item.items if child.has_value)
        elif table == "ties":
            seen: set[str] = set()
            for item in protocol.iter_items():
                if item.type != ItemType.name_generator:
                    continue
                for child in item.items:
                    if is_weight(child) and child.id not in seen:
                        seen.add(child.id)
                        out.append(item_variable(protocol, table, child, language, weight=True))
    return out
