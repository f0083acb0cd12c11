"""The protocol's logic over an interview's content: relevance, constraints, what is missing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldkit.errors import ExpressionError
from fieldkit.protocol import expressions as ex
from fieldkit.protocol.model import GROUP_TYPES, Item, Protocol
from fieldkit.store.content import Content

from .values import check_bounds, expression_value


@dataclass(frozen=True)
class Missing:
    """A required, relevant question with no answer (for one person, for follow-ups)."""

    item_id: str
    instance_id: str | None
    label: str
    person: str | None = None


class Logic:
    """Relevance and constraints of one protocol, its expressions parsed once."""

    def __init__(self, protocol: Protocol):
        self.protocol = protocol
        self._relevant: dict[str, ex.Expr] = {}
        self._constraint: dict[str, ex.Expr] = {}
        self._section_relevant: dict[str, ex.Expr] = {}
        for section in protocol.sections:
            if section.relevant:
                self._section_relevant[section.id] = ex.parse(section.relevant)
        for item in protocol.items_by_id.values():
            if item.relevant:
                self._relevant[item.id] = ex.parse(item.relevant)
            if item.constraint:
                self._constraint[item.id] = ex.parse(item.constraint)

    # ---- values as expressions see them -------------------------------------------------
    def lookup(self, content: Content, instance_id: str | None = None) -> Callable[[str], Any]:
        """Resolve ``${name}``: relevant answers only; a group gives its people as dicts."""
        memo: dict[str, bool] = {}

        def relevant(item: Item) -> bool:
            if item.id not in memo:
                memo[item.id] = True  # a reference cycle counts as relevant, never loops
                memo[item.id] = self._relevant_with(item, content, instance_id, get)
            return memo[item.id]

        def get(name: str) -> Any:
            item = self.protocol.items_by_id.get(name)
            if item is None:
                return None
            parent_id = self.protocol.parent_of.get(name)
            if parent_id is None and not relevant(item):
                return None
            if item.type in GROUP_TYPES:
                return [self._entry(item, p.instance_id, content) for p in content.people_of(name)]
            if parent_id is not None:
                if instance_id is None:
                    return None
                return expression_value(item, content.value(name, instance_id))
            return expression_value(item, content.value(name))

        return get

    def _entry(self, group: Item, instance_id: str, content: Content) -> dict[str, Any]:
        return {c.id: expression_value(c, content.value(c.id, instance_id)) for c in group.items}

    def _relevant_with(self, item: Item, content: Content, instance_id: str | None,
                       get: Callable[[str], Any]) -> bool:
        parent_id = self.protocol.parent_of.get(item.id)
        section = self.protocol.section_of.get(parent_id or item.id)
        exprs = [self._section_relevant.get(section or ""), self._relevant.get(item.id)]
        if parent_id and not self.is_relevant(self.protocol.item(parent_id), content):
            return False
        return all(expr is None or self._truthy(expr, get) for expr in exprs)

    @staticmethod
    def _truthy(expr: ex.Expr, get: Callable[[str], Any], self_value: Any = None) -> bool:
        try:
            return ex.truthy(ex.evaluate(expr, get, self_value))
        except ExpressionError:
            return False

    # ---- the questions the engine and outputs ask --------------------------------------
    def is_relevant(self, item: Item, content: Content, instance_id: str | None = None) -> bool:
        get = self.lookup(content, instance_id)
        return self._relevant_with(item, content, instance_id, get)

    def constraint_error(self, item: Item, value: Any, content: Content,
                         instance_id: str | None = None, language: str | None = None) -> str | None:
        """Why ``value`` breaks the item's bounds or constraint, in the item's own words."""
        problem = check_bounds(item, value)
        if problem:
            return problem
        expr = self._constraint.get(item.id)
        if expr is None or value is None:
            return None
        if self._truthy(expr, self.lookup(content, instance_id), expression_value(item, value)):
            return None
        message = self.protocol.text(item.constraint_message, language)
        return message or "the answer does not meet this question's constraint"

    def relevant_answers(self, content: Content) -> dict[tuple[str, str | None], Any]:
        """The current answers that count: items (and people) still relevant."""
        out = {}
        for (item_id, instance_id), answer in content.answers.items():
            item = self.protocol.items_by_id.get(item_id)
            if item is None:
                continue
            if instance_id is not None and not any(
                    p.instance_id == instance_id
                    for p in content.people_of(self.protocol.parent_of.get(item_id, ""))):
                continue
            if self.is_relevant(item, content, instance_id):
                out[(item_id, instance_id)] = answer
        return out

    def missing(self, content: Content, language: str | None = None) -> list[Missing]:
        """Required, relevant items without an answer or a special answer, in order."""
        out: list[Missing] = []
        for item in self.protocol.iter_items():
            if not self.is_relevant(item, content):
                continue
            if item.type in GROUP_TYPES:
                if item.required and not content.people_of(item.id):
                    out.append(Missing(item.id, None, self.protocol.text(item.label, language)))
                for person in content.people_of(item.id):
                    for child in item.items:
                        if (child.required and content.answer(child.id, person.instance_id) is None
                                and self.is_relevant(child, content, person.instance_id)):
                            out.append(Missing(child.id, person.instance_id,
                                               self.protocol.text(child.label, language),
                                               self.person_label(item, person)))
            elif item.required and content.answer(item.id) is None:
                out.append(Missing(item.id, None, self.protocol.text(item.label, language)))
        return out

    def person_label(self, generator: Item, person: Any) -> str:
        """How a named person is shown: the roster label, or the name typed in."""
        if person.roster_id and generator.roster:
            entry = self.protocol.rosters[generator.roster].by_id.get(person.roster_id)
            if entry:
                return entry.label
        return person.name or person.roster_id or "?"
