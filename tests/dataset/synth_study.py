"""A small synthetic study with marker names planted in every identifying place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldkit.dataset import InterviewInput, InterviewMeta, build_dataset
from fieldkit.protocol.model import Protocol
from fieldkit.store.content import replay

# Markers: none of these may appear in any byte of an anonymised output.
MARKERS = ["Quenthorpe", "Mrkvička", "Mrkvicka", "Zorana", "Plumtree", "Oddsock",
           "Xylander", "Brannigan", "Vexholm", "quenthorpe@mfa.example.org", "555 0199",
           "+381115550199", "mfa.example.org", "Amarildo", "Ingeborga", "Tulliver"]

ROSTER = [
    # id, label (a person), organisation, member_state, group, alliance, role
    ("c-rs", "Zorana Mrkvička", "OSCE", "Serbia", "South-Eastern Europe", "none", "Ambassador"),
    ("c-al", "Amarildo Xylander", "OSCE", "Albania", "South-Eastern Europe", "NATO", "Ambassador"),
    ("c-hr", "Ingeborga Brannigan", "OSCE", "Croatia", "South-Eastern Europe", "NATO",
     "Chargé d'affaires"),
    ("c-at", "Tomas Vexholm", "OSCE", "Austria", "Central Europe", "EU", "Ambassador"),
    ("c-hu", "Pal Tulliver", "OSCE", "Hungary", "Central Europe", "NATO", "Deputy Head"),
    ("c-sk", "Eva Kowalczyk", "OSCE", "Slovakia", "Central Europe", "NATO", "Ambassador"),
]

PROTOCOL = {
    "id": "synth", "version": "1", "title": "Synthetic", "cover": "About decisions.",
    "research_aim": "Informal ties.",
    "rosters": {"committee": {"entries": [dict(zip(
        ("id", "label", "organisation", "member_state", "group", "alliance", "role"), r, strict=True))
        for r in ROSTER]}},
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "resp_name", "type": "text", "label": "Your name", "disclosure": "identifier"},
        {"id": "delegation", "type": "name_generator", "label": "Your delegation",
         "roster": "committee", "free_entry": False, "max_count": 1,
         "appearance": "respondent", "disclosure": "identifier"},
        {"id": "state", "type": "text", "label": "Member state", "disclosure": "quasi_identifier"},
        {"id": "gender", "type": "select_one", "label": "Gender", "disclosure": "quasi_identifier",
         "choices": [{"name": "f", "label": "Female"}, {"name": "m", "label": "Male"}]},
        {"id": "years_in_post", "type": "integer", "label": "Years in post",
         "disclosure": "quasi_identifier"},
        {"id": "contacts", "type": "integer", "label": "Informal contacts per week",
         "special": ["refused", "dont_know"]},
        {"id": "first_call", "type": "select_one", "label": "First call",
         "disclosure": "sensitive", "special": ["refused"],
         "choices": [{"name": "capital", "label": "The capital"},
                     {"name": "fellow", "label": "A fellow ambassador"}]},
        {"id": "friends_matter", "type": "yes_no", "label": "Do friendships matter?"},
        {"id": "groups", "type": "select_multiple", "label": "Groups",
         "choices": [{"name": "caucus", "label": "Caucus"}, {"name": "sport", "label": "Sport"}]},
        {"id": "why", "type": "long_text", "label": "Why?", "relevant": "${friends_matter} = 'yes'"},
        {"id": "friends", "type": "name_generator", "label": "Friends", "roster": "committee",
         "items": [
             {"id": "friend_contacts", "type": "integer", "label": "Contacts with them"},
             {"id": "friend_close", "type": "yes_no", "label": "Close?",
              "relevant": "${friend_contacts} > 2"},
             {"id": "friend_note", "type": "text", "label": "About them"}]},
    ]}],
}


@dataclass
class Ev:
    id: str
    seq: int
    kind: str
    item_id: str | None = None
    instance_id: str | None = None
    value: Any = None
    special: str | None = None
    elapsed_ms: int = 0
    recorded_at: str = "2009-04-02T10:00:00Z"


@dataclass
class Rec:
    id: str
    interview_id: str
    item_id: str | None
    instance_id: str | None
    elapsed_ms: int
    recorded_at: str
    text: str


def protocol() -> Protocol:
    return Protocol.model_validate(PROTOCOL)


class _Events:
    def __init__(self, n: int):
        self.n, self.seq, self.events = n, 0, []

    def add(self, kind: str, item_id=None, instance_id=None, value=None, special=None):
        self.seq += 1
        self.events.append(Ev(f"e{self.n}-{self.seq}", self.seq, kind, item_id, instance_id,
                              value, special, self.seq * 61_000,
                              f"2009-04-{self.n + 1:02d}T10:{self.seq:02d}:07Z"))


# number, respondent name, own roster id, state, gender, years, contacts, first_call, friends
PEOPLE = [
    (1, "Amarildo Quenthorpe", "c-al", "Albania", "m", 1, 7, "fellow",
     [("c-rs", 5), ("c-hr", 1), (None, 3)]),
    (2, "Zorana Mrkvička", "c-rs", "Serbia", "f", 4, "refused", "capital", [("c-al", 4)]),
    (3, "Ingeborga Brannigan", "c-hr", "Croatia", "f", 2, 6, "fellow", [("c-rs", 2), ("c-at", 8)]),
    (4, "Tomas Vexholm", "c-at", "Austria", "m", 7, "dont_know", "capital", [("c-hu", 3)]),
    (5, "Pal Tulliver", "c-hu", "Hungary", "m", 3, 5, "fellow", [("c-at", 1), ("c-sk", 6)]),
    (6, "Eva Kowalczyk", "c-sk", "Slovakia", "f", 8, 9, "capital", [("c-hu", 2)]),
]

WHY = ("I trust QUENTHORPE more than anyone, and ambassador zorana mrkvicka (Mrkvička to "
       "friends). Ambassador Plumtree-Oddsock agrees. Write to quenthorpe@mfa.example.org, call "
       "+381 11 555 0199 or see https://mfa.example.org/team. We met in Belgrade; Serbia and "
       "the OSCE were on the table.")


def interviews() -> list[InterviewInput]:
    out = []
    for n, name, own, state, gender, years, contacts, call, friends in PEOPLE:
        ev = _Events(n)
        ev.add("status", value="in_progress")
        ev.add("answer", "resp_name", value=name)
        ev.add("person_add", "delegation", f"own-{n}", {"roster_id": own})
        ev.add("answer", "state", value=state)
        ev.add("answer", "gender", value=gender)
        ev.add("answer", "years_in_post", value=years)
        if isinstance(contacts, int):
            ev.add("answer", "contacts", value=contacts)
        else:
            ev.add("answer", "contacts", special=contacts)
        ev.add("answer", "first_call", value=call)
        ev.add("answer", "friends_matter", value="yes" if n != 4 else "no")
        ev.add("answer", "groups", value=["caucus", "sport"] if n % 2 else ["caucus"])
        ev.add("answer", "why", value=WHY)  # for n == 4 not relevant: must vanish
        for j, (rid, c) in enumerate(friends):
            iid = f"f{n}-{j}"
            ev.add("person_add", "friends", iid,
                   {"roster_id": rid} if rid else {"name": "Xavier Plumtree-Oddsock"})
            ev.add("answer", "friend_contacts", iid, c)
            ev.add("answer", "friend_close", iid, "yes")  # relevant only when contacts > 2
            ev.add("answer", "friend_note", iid,
                   f"Old friend of Vexholm, reach at quenthorpe@mfa.example.org (n{n})")
        ev.add("status", value="completed")
        iid = f"00000000-0000-4000-8000-00000000000{n}"
        quotes = [Rec(f"q{n}", iid, "why", None, 2_276_000 + n,
                      "2009-04-02T10:40:00Z",
                      f"Mr Tulliver told me; ask INGEBORGA BRANNIGAN in Vienna ({n}).")]
        notes = [Rec(f"n{n}", iid, None, None, 100_000, "2009-04-02T10:05:00Z",
                     "Respondent (Amarildo Quenthorpe) asked to stay anonymous.")]
        meta = InterviewMeta(interview_id=iid, number=n, protocol_id="synth",
                             protocol_version="1", interviewer=f"int-{n % 2}", language="en",
                             status="completed", started_at=f"2009-04-{n + 1:02d}T10:00:00Z",
                             ended_at=f"2009-04-{n + 1:02d}T11:10:00Z", elapsed_ms=4_100_000)
        out.append(InterviewInput(meta, replay(ev.events), ev.events, quotes, notes))
    return out


def dataset():
    return build_dataset(protocol(), interviews())
