"""A planted friendship network on a committee of twelve, with reciprocated ties and triangles."""

from __future__ import annotations

from typing import Any

from fieldkit.dataset import InterviewInput, InterviewMeta, build_dataset
from fieldkit.protocol.model import Protocol
from fieldkit.store.content import replay

# id, state, group (sub-region), alliance
ROSTER = [
    ("n-a", "Aldoria", "North", "Pact"), ("n-b", "Brevia", "North", "Pact"),
    ("n-c", "Corvania", "North", "none"), ("n-d", "Dunmark", "South", "Pact"),
    ("n-e", "Estrel", "South", "League"), ("n-f", "Fenwick", "South", "League"),
    ("n-g", "Galdor", "East", "League"), ("n-h", "Harrow", "East", "none"),
    ("n-i", "Istria", "East", "Pact"), ("n-j", "Jorvik", "West", "League"),
    ("n-k", "Kestrel", "West", "none"), ("n-l", "Lunor", "West", "Pact"),
]
# Respondent (own roster id) -> the roster entries they named as friends.
PLANTED = {
    "n-a": ["n-b", "n-c", "n-d", "n-g"],
    "n-b": ["n-a", "n-c", "n-e"],
    "n-c": ["n-a", "n-b"],
    "n-d": ["n-a", "n-e", "n-f", "n-h", "n-j"],
    "n-e": ["n-d", "n-f"],
    "n-f": ["n-e", "n-g", "n-k"],
    "n-g": ["n-f", "n-i", "n-l"],
    "n-j": [],
}
GRAPH_EDGES = sorted((s, t) for s, targets in PLANTED.items() for t in targets)

PROTOCOL: dict[str, Any] = {
    "id": "planted", "version": "1", "title": "Planted committee", "cover": "Decisions.",
    "research_aim": "Friendship ties.",
    "rosters": {"committee": {"entries": [
        {"id": i, "label": s, "organisation": "EU", "member_state": s, "group": g, "alliance": a}
        for i, s, g, a in ROSTER]}},
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "organisation", "type": "select_one", "label": "Committee",
         "disclosure": "quasi_identifier", "choices": [{"name": "eu", "label": "EU"}]},
        {"id": "delegation", "type": "name_generator", "label": "Your delegation",
         "roster": "committee", "free_entry": False, "max_count": 1,
         "appearance": "respondent", "disclosure": "identifier"},
        {"id": "friends", "type": "name_generator", "label": "Friends on the committee",
         "roster": "committee", "free_entry": False,
         "items": [{"id": "friend_contacts", "type": "integer", "label": "Contacts a week"}]},
    ]}],
}


def protocol() -> Protocol:
    return Protocol.model_validate(PROTOCOL)


class _Ev:
    def __init__(self, seq: int, kind: str, item_id=None, instance_id=None, value=None):
        self.id, self.seq, self.kind = f"e{seq}", seq, kind
        self.item_id, self.instance_id, self.value, self.special = item_id, instance_id, value, None
        self.elapsed_ms, self.recorded_at = seq * 60_000, "2009-04-02T10:00:00Z"


def interviews() -> list[InterviewInput]:
    out = []
    for n, (own, named) in enumerate(PLANTED.items(), 1):
        events: list[_Ev] = []

        def add(*args: Any, events: list[_Ev] = events) -> None:
            events.append(_Ev(len(events) + 1, *args))

        add("status", None, None, "in_progress")
        add("answer", "organisation", None, "eu")
        add("person_add", "delegation", f"own-{n}", {"roster_id": own})
        for j, target in enumerate(named):
            add("person_add", "friends", f"f{n}-{j}", {"roster_id": target})
            add("answer", "friend_contacts", f"f{n}-{j}", j + 1)
        add("status", None, None, "completed")
        meta = InterviewMeta(interview_id=f"00000000-0000-4000-8000-0000000000{n:02d}",
                             number=n, protocol_id="planted", protocol_version="1",
                             interviewer="int-1", language="en", status="completed",
                             started_at=f"2009-04-{n:02d}T10:00:00Z",
                             ended_at=f"2009-04-{n:02d}T11:00:00Z", elapsed_ms=3_000_000)
        out.append(InterviewInput(meta, replay(events), events, [], []))
    return out


def dataset():
    return build_dataset(protocol(), interviews())
