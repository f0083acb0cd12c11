"""Which answers of an interview go into the dataset: the store's relevance, as of a fixed day."""

from __future__ import annotations

from datetime import date

from fieldkit.protocol.model import Item, Protocol
from fieldkit.store.content import Content
from fieldkit.store.relevance import Relevance as _Relevance

# Relevance is evaluated as of this fixed day so a dataset never depends on the day it is built.
REPLAY_DAY = date(2100, 1, 1)


def study_relevance(protocol: Protocol) -> _Relevance:
    """The protocol's relevance, parsed once for a whole dataset."""
    return _Relevance(protocol, today=REPLAY_DAY)


class Relevance:
    """Relevance of every item of one interview, top level and per person."""

    def __init__(self, relevance: _Relevance, content: Content):
        self._view = relevance.view(content)
        self.top: dict[str, bool] = {item.id: self._view.is_relevant(item)
                                     for item in relevance.protocol.iter_items()}

    def calculated(self, item: Item, instance_id: str | None = None) -> object:
        """A calculate item's value for this interview (or one person of it)."""
        return self._view.calculated(item, instance_id)

    def follow_ups(self, group: Item, instance_id: str) -> dict[str, bool]:
        """Relevance of each follow-up of ``group`` for one person, siblings visible."""
        return {child.id: self._view.is_relevant(child, instance_id) for child in group.items}
