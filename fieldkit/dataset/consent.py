"""Consent as law in every output: what each respondent's consent items permit, applied to a dataset.

A protocol declares its consent items with ``gates`` (a yes_no item; its "yes" permits
``quotation``, ``attribution`` or ``open_answers``). Any answer other than "yes" (no, refused,
don't know, skipped, not asked) withholds what the item gates: consent is given, never assumed.

Protocols written before ``gates`` existed are read by the ids of their consent items
(``consent_quot*`` and ``consent_citation*`` gate quotation, ``consent_attrib*`` attribution,
``consent_open*`` open answers), so interviews kept for years stay protected.

- Anonymised outputs (for anyone outside the team) lose what was withheld: the quotes of a
  respondent who refused quotation, every open answer (text columns, quotes, notes, coded
  passages, free-text follow-ups) of one who refused their use, the memos about the interview
  of one who refused either, and the role and organisation
  in the citations of one who refused attribution.
- Every output, identified ones for the team included, says what may not be used: quotes and
  notes carry ``consent``, empty or naming what was withheld ("not for quotation"), set when
  the dataset is built.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from fieldkit.dataset.tables import TABLES, Dataset, Row
from fieldkit.protocol.model import Gate, ItemType, Protocol

GATES = tuple(g.value for g in Gate)
LEGACY_PREFIXES = {"consent_quot": "quotation", "consent_citation": "quotation",
                   "consent_attrib": "attribution", "consent_open": "open_answers"}
#: What a respondent's refusal puts on their material in the team's identified outputs.
MARKS = {"quotation": "not for quotation", "attribution": "not to be attributed",
         "open_answers": "open answers not to be used"}


def consent_items(protocol: Protocol) -> dict[str, list[str]]:
    """Gate -> the ids of the top-level yes_no items whose "yes" permits it."""
    out: dict[str, list[str]] = {g: [] for g in GATES}
    items = [i for i in protocol.iter_items() if i.type == ItemType.yes_no]
    declared = [i for i in items if i.gates]
    for item in declared:
        for gate in item.gates:
            out[gate.value].append(item.id)
    if not declared:
        for item in items:
            for prefix, legacy in LEGACY_PREFIXES.items():
                if item.id.startswith(prefix):
                    out[legacy].append(item.id)
    return {g: ids for g, ids in out.items() if ids}


def withheld(protocol: Protocol, interview: Row) -> set[str]:
    """The gates this respondent did not consent to (every gate whose items are not all yes)."""
    return {gate for gate, ids in consent_items(protocol).items()
            if any(interview.get(i) != "yes" for i in ids)}


def marks(protocol: Protocol, interview: Row) -> str:
    """What a quote or note of this interview may not be used for, in words ('' when free)."""
    gates = withheld(protocol, interview)
    return "; ".join(MARKS[g] for g in GATES if g in gates)


def _free_text(data: Dataset, table: str) -> list[str]:
    return [v.name for v in data.variables_of(table) if v.disclosure == "free_text"]


def withhold(data: Dataset, protocol: Protocol) -> Dataset:
    """A copy of ``data`` for an output meant for anyone outside the team: without the quotes
    of respondents who refused quotation, and without any open answer (text columns, quotes,
    notes, coded passages, free-text follow-ups) of respondents who refused their use; the
    memos about an interview go with its quotes."""
    refused = {row["interview_id"]: withheld(protocol, row) for row in data.interviews}
    no_quote = {i for i, g in refused.items() if g & {"quotation", "open_answers"}}
    no_open = {i for i, g in refused.items() if "open_answers" in g}
    copies: dict[str, Any] = {t: [dict(r) for r in data.table(t)] for t in TABLES}
    out = dataclasses.replace(data, **copies)
    dropped = {q.get("quote_id") for q in out.quotes if q.get("interview_id") in no_quote}
    out.quotes = [q for q in out.quotes if q.get("interview_id") not in no_quote]
    out.codings = [c for c in out.codings
                   if c.get("quote_id") not in dropped and c.get("interview_id") not in no_open]
    out.notes = [n for n in out.notes if n.get("interview_id") not in no_open]
    # a memo about an interview speaks of its respondent's words: withheld as their quotes are
    out.memos = [m for m in out.memos if m.get("interview_id") not in no_quote]
    for table in ("interviews", "people"):
        columns = _free_text(out, table)
        for row in out.table(table):
            if row.get("interview_id") in no_open:
                row.update({c: None for c in columns if row.get(c) is not None})
    return out


def attributable(row: Row) -> bool:
    """Whether a quote (or note) row may be cited by the respondent's role and organisation."""
    return MARKS["attribution"] not in (row.get("consent") or "") and \
        MARKS["quotation"] not in (row.get("consent") or "")


def describe(protocol: Protocol, data: Dataset) -> list[dict[str, Any]]:
    """For records and reports: per gate, its items and how many respondents withheld it."""
    refused = [withheld(protocol, row) for row in data.interviews]
    return [{"gate": gate, "items": ids, "withheld": sum(1 for g in refused if gate in g)}
            for gate, ids in consent_items(protocol).items()]
