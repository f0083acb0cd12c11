"""The respondent's own roster entry: the delegation they represent is never a tie of theirs.

A protocol tells the respondent's own entry through a question asked once per interview whose
choices are roster entries (a ``select_one`` with ``roster_choices``: Study A's "Which state
do you represent?"), or through an item marked ``appearance: respondent`` (a name generator
that names the respondent's own entry). Once it is answered, every name generator over that
roster leaves the entry out of the names it offers, and so does every other question whose
choices are entries of it (who a named friend is close to); naming it anyway, live or in an
interview entered from paper, is refused in one sentence.

Likewise a follow-up over the same roster as its name generator never offers the entry it is
asked about: a friend is not close to themselves.
"""

from __future__ import annotations

from typing import Any

from fieldkit.protocol.model import Item, ItemType, Protocol
from fieldkit.store.content import Content


def telling_items(protocol: Protocol) -> list[Item]:
    """The items through which the protocol tells the respondent's own roster entry."""
    return [i for i in protocol.iter_items()
            if (i.type == ItemType.select_one and i.roster_choices)
            or "respondent" in (i.appearance or "")]


def own_entries(protocol: Protocol, content: Content) -> dict[str, tuple[str, str]]:
    """roster name -> (the respondent's own entry id, the item that told it)."""
    out: dict[str, tuple[str, str]] = {}
    for item in telling_items(protocol):
        value = content.value(item.id)
        told = ([value] if isinstance(value, str) else []) if item.type == ItemType.select_one \
            else [p.roster_id for p in content.people_of(item.id) if p.roster_id]
        rosters = item.roster_choices or ([item.roster] if item.roster else [])
        for entry_id in told:
            for name in rosters:
                roster = protocol.rosters.get(name)
                if roster is not None and entry_id in roster.by_id:
                    out.setdefault(name, (entry_id, item.id))
    return out


def tie_rosters(protocol: Protocol, item: Item) -> list[str]:
    """The rosters whose entries ``item`` names as ties (none for the items telling the
    respondent's own entry)."""
    if any(i.id == item.id for i in telling_items(protocol)):
        return []
    if item.type == ItemType.name_generator and item.roster:
        return [item.roster]
    return list(item.roster_choices or [])


def asked_about(protocol: Protocol, content: Content, item: Item,
                instance_id: str | None) -> str | None:
    """The roster entry a follow-up is asked about, when its choices are entries of its name
    generator's own roster (None for any other item, or a person typed in)."""
    parent_id = protocol.parent_of.get(item.id)
    if parent_id is None or instance_id is None:
        return None
    parent = protocol.items_by_id[parent_id]
    if parent.type != ItemType.name_generator or parent.roster not in tie_rosters(protocol, item):
        return None
    return next((p.roster_id for p in content.people_of(parent_id)
                 if p.instance_id == instance_id), None)


def left_out(protocol: Protocol, content: Content, item: Item,
             instance_id: str | None = None) -> set[str]:
    """The entry ids ``item`` does not offer: the respondent's own, and in a follow-up over its
    name generator's roster, the entry the follow-up is asked about."""
    own = own_entries(protocol, content)
    out = {own[name][0] for name in tie_rosters(protocol, item) if name in own}
    about = asked_about(protocol, content, item, instance_id)
    return out | {about} if about else out


def self_tie(protocol: Protocol, content: Content, item: Item, entry_ids: list[str],
             instance_id: str | None = None) -> str | None:
    """Why naming ``entry_ids`` at ``item`` is refused (one of them is the respondent's own
    entry, or the entry the follow-up of ``instance_id`` is asked about), or None."""
    about = asked_about(protocol, content, item, instance_id)
    if about and about in entry_ids:
        roster = protocol.rosters[protocol.items_by_id[protocol.parent_of[item.id]].roster or ""]
        return (f"{roster.by_id[about].label} is the person this question is asked about, so "
                f"it cannot be chosen among their own ties at '{item.id}'")
    own = own_entries(protocol, content)
    for name in tie_rosters(protocol, item):
        if name in own and own[name][0] in entry_ids:
            entry_id, told_at = own[name]
            label = protocol.rosters[name].by_id[entry_id].label
            return (f"{label} is the respondent's own delegation (answered at '{told_at}'), "
                    "so it cannot be named as a tie of theirs")
    return None


def named_as_tie(protocol: Protocol, content: Content, item: Item, entry_id: Any) -> str | None:
    """Why ``entry_id`` cannot be told as the respondent's own at ``item``: it is named as a
    tie already (the interviewer went back to the state after naming friends), or None."""
    if not isinstance(entry_id, str) or tie_rosters(protocol, item):
        return None
    rosters = {name for name in (item.roster_choices or [item.roster or ""])
               if entry_id in getattr(protocol.rosters.get(name), "by_id", {})}
    for other in protocol.items_by_id.values():
        if not rosters & set(tie_rosters(protocol, other)):
            continue
        named = any(p.roster_id == entry_id for p in content.people_of(other.id)) or any(
            entry_id in (a.value if isinstance(a.value, list) else [a.value])
            for (item_id, _), a in content.answers.items() if item_id == other.id and not a.special)
        if named:
            label = next(protocol.rosters[n].by_id[entry_id].label for n in sorted(rosters))
            return (f"{label} is already named as a tie at '{other.id}'; remove it there "
                    "before choosing it as the respondent's own delegation")
    return None
