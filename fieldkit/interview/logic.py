"""The protocol's logic over an interview's content: relevance, constraints, what is missing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldkit.protocol import expressions as ex
from fieldkit.protocol.model import GROUP_TYPES, Item, Protocol
from fieldkit.store.content import Content
from fieldkit.store.relevance import Relevance, RelevanceView, expression_value

from .values import check_bounds


@dataclass(frozen=True)
class Missing:
    """A relevant question to look at before finishing (for one person, for follow-ups).

    ``kind``: "required" (no answer), "special" (refused, don't know, not applicable: the
    ``detail``), "skipped" (optional, no answer), "followup" (an optional follow-up of a
    named person with no answer) or "soft" (an answer failing the item's soft check, not
    confirmed: the ``detail`` is the message).
    """

    item_id: str
    instance_id: str | None
    label: str
    person: str | None = None
    kind: str = "required"
    detail: str | None = None


class Logic:
    """Relevance and constraints of one protocol, its expressions parsed once."""

    def __init__(self, protocol: Protocol):
        self.protocol = protocol
        self.relevance = Relevance(protocol)
        self._constraint = {item.id: ex.parse(item.constraint)
                            for item in protocol.items_by_id.values() if item.constraint}
        self._soft = {item.id: ex.parse(item.soft_constraint)
                      for item in protocol.items_by_id.values() if item.soft_constraint}
        self._required_if = {item.id: ex.parse(item.required_if)
                             for item in protocol.items_by_id.values() if item.required_if}

    def is_required(self, item: Item, content: Content, instance_id: str | None = None) -> bool:
        """Whether the item must be answered: always, or while its required_if holds."""
        expr = self._required_if.get(item.id)
        if item.required or expr is None:
            return item.required
        return self.relevance.holds(expr, self.lookup(content, instance_id))

    def view(self, content: Content) -> RelevanceView:
        """Relevance for one state of the interview; reuse it while the content stands still."""
        return self.relevance.view(content)

    def lookup(self, content: Content, instance_id: str | None = None) -> Callable[[str], Any]:
        """Resolve ``${name}``: relevant answers only; a group gives its people as dicts."""
        return self.view(content).lookup(instance_id)

    def is_relevant(self, item: Item, content: Content, instance_id: str | None = None) -> bool:
        return self.view(content).is_relevant(item, instance_id)

    def constraint_error(self, item: Item, value: Any, content: Content,
                         instance_id: str | None = None, language: str | None = None) -> str | None:
        """Why ``value`` breaks the item's bounds or constraint, in the item's own words."""
        problem = check_bounds(item, value)
        if problem:  # the protocol's own words, where it has them, for min and max too
            return self.protocol.text(item.constraint_message, language) or problem
        if item.choice_filter and value is not None:
            offered = [c.name for c in self.view(content).choices(item, instance_id)]
            chosen = value if isinstance(value, list) else [value]
            left_out = [str(name) for name in chosen if name not in offered]
            if left_out:
                return (f"'{left_out[0]}' is not among the choices offered now (the choice "
                        f"filter leaves {', '.join(offered) or 'none'})")
        expr = self._constraint.get(item.id)
        if expr is None or value is None:
            return None
        if self.relevance.holds(expr, self.lookup(content, instance_id),
                                expression_value(item, value)):
            return None
        message = self.protocol.text(item.constraint_message, language)
        return message or "the answer does not meet this question's constraint"

    def soft_warning(self, item: Item, content: Content, instance_id: str | None = None,
                     language: str | None = None) -> str | None:
        """The item's soft-check message if its current answer fails the soft check and the
        interviewer has not confirmed that answer; None otherwise."""
        expr = self._soft.get(item.id)
        answer = content.answer(item.id, instance_id)
        if expr is None or answer is None or answer.special:
            return None
        if content.confirmed.get((item.id, instance_id)) == answer.event_id:
            return None
        if self.relevance.holds(expr, self.lookup(content, instance_id),
                                expression_value(item, answer.value)):
            return None
        message = self.protocol.text(item.soft_constraint_message, language)
        return message or "this answer is unusual: please confirm it with the respondent"

    def relevant_answers(self, content: Content) -> dict[tuple[str, str | None], Any]:
        """The current answers that count: items (and people) still relevant."""
        return self.view(content).answers()

    def missing(self, content: Content, language: str | None = None) -> list[Missing]:
        """Required, relevant items without an answer or a special answer, in order."""
        out: list[Missing] = []
        view = self.view(content)
        for item in self.protocol.iter_items():
            if not view.is_relevant(item):
                continue
            if item.type in GROUP_TYPES:
                if self.is_required(item, content) and not content.people_of(item.id):
                    out.append(Missing(item.id, None, self.protocol.text(item.label, language)))
                for person in content.people_of(item.id):
                    for child in item.items:
                        if (self.is_required(child, content, person.instance_id)
                                and content.answer(child.id, person.instance_id) is None
                                and view.is_relevant(child, person.instance_id)):
                            out.append(Missing(child.id, person.instance_id,
                                               self.protocol.text(child.label, language),
                                               self.person_label(item, person)))
            elif self.is_required(item, content) and content.answer(item.id) is None:
                out.append(Missing(item.id, None, self.protocol.text(item.label, language)))
        return out

    def overview(self, content: Content, language: str | None = None) -> list[Missing]:
        """Everything relevant an interviewer may want to revisit before finishing, in order:
        required answers missing, special answers, optional questions and follow-ups skipped."""
        out: list[Missing] = []
        view = self.view(content)
        text = self.protocol.text

        def look(item: Item, iid: str | None, person: str | None, optional_kind: str) -> None:
            answer = content.answer(item.id, iid)
            warning = self.soft_warning(item, content, iid, language)
            if warning:
                out.append(Missing(item.id, iid, text(item.label, language), person, "soft",
                                   warning))
            elif answer is not None and answer.special:
                out.append(Missing(item.id, iid, text(item.label, language), person, "special",
                                   answer.special))
            elif answer is None and item.takes_answer:
                kind = "required" if self.is_required(item, content, iid) else optional_kind
                out.append(Missing(item.id, iid, text(item.label, language), person, kind))

        for item in self.protocol.iter_items():
            if not view.is_relevant(item):
                continue
            if item.type in GROUP_TYPES:
                people = content.people_of(item.id)
                if not people:
                    kind = "required" if self.is_required(item, content) else "skipped"
                    out.append(Missing(item.id, None, text(item.label, language), None, kind))
                for person in people:
                    label = self.person_label(item, person)
                    for child in item.items:
                        if view.is_relevant(child, person.instance_id):
                            look(child, person.instance_id, label, "followup")
            else:
                look(item, None, None, "skipped")
        return out

    def person_label(self, generator: Item, person: Any) -> str:
        """How a named person is shown: the roster label, or the name typed in."""
        if person.roster_id and generator.roster:
            entry = self.protocol.rosters[generator.roster].by_id.get(person.roster_id)
            if entry:
                return entry.label
        return person.name or person.roster_id or "?"
