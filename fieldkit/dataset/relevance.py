"""Which answers of an interview are relevant now, by the protocol's relevance expressions."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from fieldkit.protocol.expressions import Expr, evaluate, parse, truthy
from fieldkit.protocol.model import GROUP_TYPES, Item, ItemType, Protocol
from fieldkit.store.content import Content

# Relevance is evaluated as of this fixed day so a dataset never depends on the day it is built.
REPLAY_DAY = date(2100, 1, 1)


@lru_cache(maxsize=1024)
def _compiled(source: str) -> Expr:
    return parse(source)


def _is_relevant(source: str | None, lookup: Any) -> bool:
    if not source:
        return True
    return truthy(evaluate(_compiled(source), lookup, today=REPLAY_DAY))


def lookup_value(item: Item, content: Content, instance_id: str | None) -> Any:
    """The value an expression sees for ``item``: None for special or missing answers."""
    if item.type in GROUP_TYPES:
        return [{"roster_id": p.roster_id, "name": p.name} for p in content.people_of(item.id)]
    value = content.value(item.id, instance_id)
    if item.type == ItemType.date and isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


class Relevance:
    """Relevance of every item of one interview, top level and per person."""

    def __init__(self, protocol: Protocol, content: Content):
        self.protocol = protocol
        self.content = content
        self.top: dict[str, bool] = {}
        self._evaluate_top()

    def _effective(self, item_id: str, instance_id: str | None = None) -> Any:
        item = self.protocol.items_by_id.get(item_id)
        if item is None:
            return None
        if instance_id is None and self.top.get(item_id) is False:
            return None
        return lookup_value(item, self.content, instance_id)

    def _evaluate_top(self) -> None:
        for section in self.protocol.sections:
            section_on = _is_relevant(section.relevant, self._effective)
            for item in section.items:
                # Later items are seen with their raw answers until their own turn comes.
                self.top[item.id] = section_on and _is_relevant(item.relevant, self._effective)

    def follow_ups(self, group: Item, instance_id: str) -> dict[str, bool]:
        """Relevance of each follow-up of ``group`` for one person, siblings visible."""
        siblings = {child.id for child in group.items}
        out: dict[str, bool] = {}

        def lookup(item_id: str) -> Any:
            if item_id in siblings:
                if out.get(item_id) is False:
                    return None
                return self._effective(item_id, instance_id)
            return self._effective(item_id)

        for child in group.items:
            out[child.id] = _is_relevant(child.relevant, lookup)
        return out
