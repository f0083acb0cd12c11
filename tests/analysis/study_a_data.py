"""A synthetic Study A: 50 interviews whose answers reproduce the published figures."""

from __future__ import annotations

import random
import uuid
from functools import cache

from study_a_rosters import study_a_synthetic

from fieldkit.dataset.tables import SPECIAL_CODES, Dataset, Variable
from fieldkit.protocol.model import ItemType, Protocol

# Weekly informal contacts per committee, chosen so that mean/median/mode are the paper's:
# AU 66/10 = 6.60, 7, 7; EU 70/13 = 5.38, 5, 5; OAS 62/10 = 6.20, 7, 7; OSCE 56/9 = 6.22, 7, 7.
CONTACTS = {
    "au": [4, 5, 6, 7, 7, 7, 7, 7, 8, 8, ".r", ".d"],
    "eu": [3, 4, 4, 5, 5, 5, 5, 5, 6, 6, 7, 7, 8, ".d", None],
    "oas": [3, 4, 5, 6, 7, 7, 7, 7, 8, 8],
    "osce": [3, 4, 5, 7, 7, 7, 7, 8, 8, ".r", ".d", ".n", None],
}
ROSTER = {"au": "au_psc", "eu": "eu_psc", "oas": "oas_pc", "osce": "osce_pc"}
CITY = {"au": "addis_ababa", "eu": "brussels", "oas": "washington", "osce": "vienna"}
MONTH = {"au": 3, "osce": 4, "oas": 5, "eu": 6}
# 42 yes of 46 valid answers = 91%; 40 yes of 47 = 85%.
FRIENDSHIPS = ["yes"] * 42 + ["no"] * 4 + [".r", ".d", ".d", ".r"]
NEGOTIATIONS = ["yes"] * 40 + ["no"] * 7 + [".d", ".r", None]
FIRST_CALL = ["fellow_ambassador"] * 24 + ["capital"] * 23 + ["other"] * 2 + [".n"]

# As fieldkit.dataset's builder types them (yes/no is categorical with yes and no as choices).
_TYPE = {ItemType.integer: "integer", ItemType.decimal: "decimal", ItemType.yes_no: "categorical",
         ItemType.select_one: "categorical", ItemType.likert: "categorical",
         ItemType.select_multiple: "multi", ItemType.text: "string",
         ItemType.long_text: "string", ItemType.date: "date",
         ItemType.name_generator: "count", ItemType.repeat: "count"}


@cache
def protocol() -> Protocol:
    return study_a_synthetic()  # the shipped form, its rosters' public attributes invented


def variables(p: Protocol) -> list[Variable]:
    """The interviews-table variables a dataset builder derives from the protocol."""
    out = []
    for item in p.iter_items():
        if not item.takes_answer:
            continue
        labels = {c.name: p.text(c.label) for c in p.choices_for(item)}
        labels = labels if _TYPE[item.type] in ("categorical", "multi") else {}
        out.append(Variable("interviews", item.id, p.text(item.label), _TYPE[item.type],
                            item_id=item.id, disclosure=item.disclosure_class.value,
                            value_labels=labels, units=item.units))
    return out


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128)))


def study_a(copies: int = 1, seed: int = 2009) -> tuple[Dataset, Protocol]:
    """The 50 interviews (``copies`` times over for benchmarks), with a planted network:
    exactly 5 of the 10 OAS respondents name Canada (who was not interviewed)."""
    p = protocol()
    rng = random.Random(seed)
    ds = Dataset(protocol_id=p.id, protocol_version=p.version, protocol_hash=p.content_hash,
                 language="en", variables=variables(p))
    number = 0
    for copy in range(copies):
        for index in range(50):
            org = _org_of(index)
            number += 1
            _interview(ds, p, rng, number, index, org, copy)
    return ds, p


def _org_of(index: int) -> str:
    bounds = [("au", 12), ("eu", 27), ("oas", 37), ("osce", 50)]
    return next(org for org, end in bounds if index < end)


def _interview(ds: Dataset, p: Protocol, rng: random.Random, number: int, index: int,
               org: str, copy: int) -> None:
    start = {"au": 0, "eu": 12, "oas": 27, "osce": 37}[org]
    k = index - start
    roster = p.rosters[ROSTER[org]].entries
    others = [e for e in roster if e.id != "oas-ca"]
    me = others[(k + copy) % len(others)]
    iid = _uuid(rng)
    day = 2 + (k * 2) % 26
    row = {
        "interview_id": iid, "number": number, "protocol_id": p.id,
        "protocol_version": p.version, "interviewer": f"I{1 + index % 3}", "language": "en",
        "status": "completed" if index % 17 else "in_progress",
        "started_at": f"2009-{MONTH[org]:02d}-{day:02d}T09:30:00Z",
        "ended_at": f"2009-{MONTH[org]:02d}-{day:02d}T10:45:00Z",
        "duration_s": 3600 + rng.randint(0, 1800),
        "interview_date": f"2009-{MONTH[org]:02d}-{day:02d}", "interview_language": "en",
        "consent_quotes": "yes", "organisation": org, "role": "ambassador",
        "member_state": me.id, "gender": "female" if k % 4 == 0 else "male",
        "city": CITY[org], "years_in_post": round(1 + rng.random() * 4, 1),
        "respondent_name": f"Respondent {number}",
        "formal_meetings_month": {"au": 2, "eu": 8, "oas": 2, "osce": 4}[org],
        "informal_contacts_week": CONTACTS[org][k],
        # a crisis week: two more contacts than an ordinary one
        "informal_contacts_crisis": CONTACTS[org][k] + 2 if isinstance(CONTACTS[org][k], int)
        else CONTACTS[org][k],
        "friendships_matter": FRIENDSHIPS[index], "negotiations_informal": NEGOTIATIONS[index],
        "first_call": FIRST_CALL[index],
        "decision_speed": str(rng.randint(2, 5)), "trust_overall": str(rng.randint(3, 5)),
        "informal_groups": rng.sample(["sub_regional_caucus", "language", "sport",
                                       "like_minded"], 2),
    }
    for other in ROSTER:
        row[f"friends_{other}"] = None
    named = rng.sample([e for e in others if e.id != me.id], rng.randint(3, 7))
    if org == "oas" and k < 5:
        named[0] = p.rosters["oas_pc"].by_id["oas-ca"]
    row[f"friends_{org}"] = len(named)
    ds.interviews.append(row)
    item = f"friends_{org}"
    for position, entry in enumerate(named, 1):
        pid = _uuid(rng)
        ds.people.append({"interview_id": iid, "item_id": item, "person_id": pid,
                          "position": position, "roster_id": entry.id, "name": entry.label,
                          "free_entry": False, "organisation": entry.organisation,
                          "member_state": entry.member_state, "group": entry.group,
                          "alliance": entry.alliance, f"friend_contacts_{org}": rng.randint(1, 6),
                          # the first friend named is close to the second, no one else
                          f"friend_knows_{org}": [named[1].id] if position == 1 else []})
        ds.ties.append({"interview_id": iid, "item_id": item, "source": me.id,
                        "target": entry.id, f"friend_contacts_{org}": 3})
    elapsed = 60_000
    for section in p.sections:
        for it in section.items:
            if it.takes_answer and row.get(it.id) is not None:
                elapsed += rng.randint(20_000, 90_000)
                ds.timings.append({"interview_id": iid, "item_id": it.id, "person_id": None,
                                   "elapsed_ms": elapsed, "recorded_at": row["started_at"],
                                   "changes": 1})
    ds.quotes.append({"quote_id": _uuid(rng), "interview_id": iid, "number": number,
                      "item_id": "friendships_example", "person_id": None,
                      "elapsed_ms": 2_276_000 if number == 20 else 600_000 + k * 61_000,
                      "elapsed": "37:56" if number == 20 else _mmss(600_000 + k * 61_000),
                      "text": "In a crisis you call the colleague you trust, not the one "
                              "whose turn it is to speak."})
    if k == 0:
        ds.notes.append({"quote_id": _uuid(rng), "interview_id": iid, "number": number,
                         "item_id": None, "person_id": None, "elapsed_ms": 120_000,
                         "elapsed": "02:00", "text": "Respondent asked for a short pause."})


def _mmss(ms: int) -> str:
    from fieldkit.timefmt import format_elapsed

    return format_elapsed(ms)


def special(kind: str) -> str:
    return SPECIAL_CODES[kind]
