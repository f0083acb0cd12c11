"""Which questions of an interview apply now: the protocol's relevance over replayed content.

One place answers it for the live interview, the importer and the dataset alike. An item is
relevant when its section's and its own ``relevant`` expressions hold (and, for a follow-up,
its name generator or repeat is relevant). Expressions see only relevant answers: the value
of an item that does not apply is empty, as in XLSForm, so relevance chains.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from fieldkit.errors import ExpressionError
from fieldkit.protocol import expressions as ex
from fieldkit.protocol.expr_values import to_string
from fieldkit.protocol.model import GROUP_TYPES, Choice, Item, ItemType, Protocol

from .content import Answer, Content

_PIPE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_.\-]*)\}")


def expression_value(item: Item, value: Any) -> Any:
    """A stored answer as the expression language sees it (dates as ``datetime.date``)."""
    if value is None:
        return None
    if item.type == ItemType.attachment and isinstance(value, dict):
        return value.get("file")  # a file is known by its name, its bytes are no value
    if item.type == ItemType.date and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return value


class Relevance:
    """A protocol's relevance expressions, parsed once; ``today`` fixes ``today()``."""

    def __init__(self, protocol: Protocol, *, today: dt.date | None = None):
        self.protocol = protocol
        self.today = today
        self.section_exprs = {s.id: ex.parse(s.relevant) for s in protocol.sections if s.relevant}
        self.item_exprs = {i.id: ex.parse(i.relevant)
                           for i in protocol.items_by_id.values() if i.relevant}
        self.calc_exprs = {i.id: ex.parse(i.calculation)
                           for i in protocol.items_by_id.values()
                           if i.type == ItemType.calculate and i.calculation}
        self.filter_exprs = {i.id: ex.parse(i.choice_filter)
                             for i in protocol.items_by_id.values() if i.choice_filter}
        # calculations of once(...) or of random values: worked out once, then kept
        # (recorded) as they were
        self.once = frozenset(i for i, e in self.calc_exprs.items() if ex.is_kept(e))

    def known(self, key: str, content: Content) -> Any:
        """What expressions may know beside the answers: ``#interviewer`` (the interviewer
        code), ``#device`` (the id of the store the interview is made in) and ``#list:NAME`` (a choice list as rows of its columns, for XLSForm's
        instance() lookups); None for anything else."""
        if key == "#interviewer":
            return content.interviewer
        if key == "#device":
            return content.device
        if key.startswith("#list:"):
            return self.protocol.choice_rows(key[len("#list:"):])
        if key.startswith("#choices:"):
            item = self.protocol.items_by_id.get(key[len("#choices:"):])
            if item is None:
                return []
            return [{"name": c.name, "label": self.protocol.text(c.label, content.language)}
                    for c in self.protocol.choices_for(item)]
        return None

    def view(self, content: Content) -> RelevanceView:
        """Relevance for one state of an interview (answers are read, never changed)."""
        return RelevanceView(self, content)

    def holds(self, expr: ex.Expr, lookup: Callable[[str], Any], self_value: Any = None) -> bool:
        try:
            return ex.truthy(ex.evaluate(expr, lookup, self_value, today=self.today))
        except ExpressionError:
            return False


class RelevanceView:
    """Relevance of every item (and follow-up per person) for one content, memoised."""

    def __init__(self, relevance: Relevance, content: Content):
        self.r = relevance
        self.p = relevance.protocol
        self.content = content
        self._memo: dict[tuple[str, str | None], bool] = {}
        self._calc: dict[tuple[str, str | None], Any] = {}

    def is_relevant(self, item: Item, instance_id: str | None = None) -> bool:
        key = (item.id, instance_id if item.id in self.p.parent_of else None)
        if key not in self._memo:
            self._memo[key] = True  # a reference cycle counts as relevant, never loops
            self._memo[key] = self._compute(item, key[1])
        return self._memo[key]

    def _compute(self, item: Item, instance_id: str | None) -> bool:
        parent_id = self.p.parent_of.get(item.id)
        if parent_id and not self.is_relevant(self.p.item(parent_id)):
            return False
        section = self.p.section_of.get(parent_id or item.id, "")
        lookup = self.lookup(instance_id)
        return all(expr is None or self.r.holds(expr, lookup)
                   for expr in (self.r.section_exprs.get(section), self.r.item_exprs.get(item.id)))

    def calculated(self, item: Item, instance_id: str | None = None) -> Any:
        """A calculate item's value, worked out from the answers as they stand (XLSForm's
        calculate: never asked, never typed; empty when it does not apply or cannot be
        worked out)."""
        key = (item.id, instance_id if item.id in self.p.parent_of else None)
        if key not in self._calc and item.id in self.r.once:
            kept = self.content.answer(item.id, key[1])
            if kept is not None:  # once(): the value recorded when it was first worked out
                self._calc[key] = kept.value
        if key not in self._calc:
            self._calc[key] = None  # a calculation that refers to itself is empty, never loops
            expr = self.r.calc_exprs.get(item.id)
            value: Any = item.default
            if expr is not None:
                try:
                    value = ex.evaluate(expr, self.lookup(key[1]), None, today=self.r.today)
                except ExpressionError:
                    value = None
            self._calc[key] = None if value == "" else value
        return self._calc[key]

    def to_keep(self) -> list[tuple[str, str | None, Any]]:
        """Calculations kept as first worked out (once(), random values) that have a value now
        and none recorded, per entry of a repeat too: (item id, instance or None, value)."""
        out = []
        for item_id in sorted(self.r.once):
            item = self.p.items_by_id[item_id]
            parent = self.p.parent_of.get(item_id)
            instances = [p.instance_id for p in self.content.people_of(parent)] if parent \
                else [None]
            for instance_id in instances:
                if self.content.answer(item_id, instance_id) is not None \
                        or not self.is_relevant(item, instance_id):
                    continue
                value = self.calculated(item, instance_id)
                if value is not None:
                    out.append((item_id, instance_id, value))
        return out

    def choices(self, item: Item, instance_id: str | None = None) -> list[Choice]:
        """The item's choices that its choice_filter keeps, given the answers as they stand
        (all of them when it has none). The filter sees each choice's columns through
        ``choice-column('NAME')``: name, the extra columns, and label (as shown, piped)."""
        every = self.p.choices_for(item)
        expr = self.r.filter_exprs.get(item.id)
        if expr is None:
            return every
        lookup = self.lookup(instance_id)
        kept = []
        for choice in every:
            label = self.piped(self.p.text(choice.label, self.content.language), instance_id)
            row = {**(choice.extra or {}), "name": choice.name, "label": label}

            def get(name: str, row: dict[str, str] = row) -> Any:
                return row.get(name[8:]) if name.startswith("#choice:") else lookup(name)

            if self.r.holds(expr, get):
                kept.append(choice)
        return kept

    def piped(self, text: str, instance_id: str | None = None) -> str:
        """``text`` with each ``${name}`` replaced by the answer as it stands (XLSForm's
        piping: a choice shows as its name, several as names joined by spaces, no answer as
        nothing); in a follow-up, ``${generator}`` is the person it is asked about."""
        if "${" not in text:
            return text
        lookup = self.lookup(instance_id)
        parent_person = self._person_labels(instance_id)

        def value(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in parent_person:
                return parent_person[name]
            if name not in self.p.items_by_id:
                return match.group(0)
            found = lookup(name)
            if isinstance(found, list):
                return " ".join(str(v) for v in found if not isinstance(v, dict))
            return to_string(found)

        return _PIPE.sub(value, text)

    def _person_labels(self, instance_id: str | None) -> dict[str, str]:
        """For a follow-up's instance: its name generator's (or repeat's) id -> the person."""
        if instance_id is None:
            return {}
        for group_id, people in self.content.people.items():
            for person in people:
                if person.instance_id != instance_id:
                    continue
                generator = self.p.items_by_id.get(group_id)
                roster = self.p.rosters.get(generator.roster or "") if generator else None
                entry = roster.by_id.get(person.roster_id or "") if roster else None
                return {group_id: entry.label if entry else
                        person.name or person.roster_id or ""}
        return {}

    def lookup(self, instance_id: str | None = None) -> Callable[[str], Any]:
        """Resolve ``${name}`` to relevant answers; a group gives its people as dicts."""

        def get(name: str) -> Any:
            item = self.p.items_by_id.get(name)
            if item is None:
                return self.r.known(name, self.content)
            if name in self.p.parent_of:
                if instance_id is None or not self.is_relevant(item, instance_id):
                    return None
                if item.type == ItemType.calculate:
                    return self.calculated(item, instance_id)
                return expression_value(item, self.content.value(name, instance_id))
            if not self.is_relevant(item):
                return None
            if item.type == ItemType.calculate:
                return self.calculated(item)
            if item.type in GROUP_TYPES:
                return [self._entry(item, person) for person in self.content.people_of(name)]
            return expression_value(item, self.content.value(name))

        return get

    def _entry(self, group: Item, person: Any) -> dict[str, Any]:
        values = {c.id: self.calculated(c, person.instance_id) if c.type == ItemType.calculate
                  else expression_value(c, self.content.value(c.id, person.instance_id))
                  for c in group.items}
        return {"roster_id": person.roster_id, "name": person.name, **values}

    def answers(self) -> dict[tuple[str, str | None], Answer]:
        """The current answers that count: items (and people) still relevant."""
        out = {}
        for (item_id, instance_id), answer in self.content.answers.items():
            item = self.p.items_by_id.get(item_id)
            if item is None:
                continue
            if instance_id is not None and not any(
                    p.instance_id == instance_id
                    for p in self.content.people_of(self.p.parent_of.get(item_id, ""))):
                continue
            if self.is_relevant(item, instance_id):
                out[(item_id, instance_id)] = answer
        return out
