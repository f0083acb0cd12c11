"""Semantic checks of a protocol that field types alone cannot make: ids, references, logic."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from fieldkit.errors import ExpressionError, Problem

from . import expressions as ex
from . import model as m

Locate = Callable[[tuple[Any, ...]], str]


class _Checker:
    def __init__(self, protocol: m.Protocol, file: str, locate: Locate):
        self.p = protocol
        self.file = file
        self.locate = locate
        self.problems: list[Problem] = []

    def error(self, loc: tuple[Any, ...], message: str) -> None:
        self.problems.append(Problem(self.file, self.locate(loc), message))

    def warn(self, loc: tuple[Any, ...], message: str) -> None:
        self.problems.append(Problem(self.file, self.locate(loc), message, "warning"))

    # ---- the checks --------------------------------------------------------------------
    def run(self) -> list[Problem]:
        self.check_texts()
        self.check_ids()
        self.check_choices()
        self.check_rosters()
        self.check_expressions()
        self.check_codebook()
        self.check_report()
        self.check_attribute_tables()
        return self.problems

    def _text(self, loc: tuple[Any, ...], value: m.LocalText | None, what: str) -> None:
        if not isinstance(value, dict):
            return
        for lang in value:
            if lang not in self.p.languages:
                hint = difflib.get_close_matches(lang, self.p.languages, n=1)
                self.error((*loc, lang), f"{what} has a text in '{lang}', which is not one of the "
                           f"protocol's languages {self.p.languages}"
                           + (f"; did you mean '{hint[0]}'?" if hint else ""))
        if self.p.default_language not in value:
            self.error(loc, f"{what} has no text in the default language "
                       f"'{self.p.default_language}'")
        missing = [lang for lang in self.p.languages if lang not in value]
        if missing and self.p.default_language in value:
            self.warn(loc, f"{what} has no text in {', '.join(missing)}; "
                      f"the {self.p.default_language} text will be shown")

    def check_texts(self) -> None:
        p = self.p
        self._text(("title",), p.title, "the title")
        self._text(("cover",), p.cover, "the cover description")
        self._text(("research_aim",), p.research_aim, "the research aim")
        if p.consent:
            self._text(("consent", "text"), p.consent.text, "the consent text")
        for si, section in enumerate(p.sections):
            self._text(("sections", si, "title"), section.title, f"section '{section.id}'")
            for ii, item in enumerate(section.items):
                self._item_texts(("sections", si, "items", ii), item)
        for name, choices in p.choice_lists.items():
            for ci, choice in enumerate(choices):
                self._text(("choice_lists", name, ci, "label"), choice.label,
                           f"choice '{choice.name}' of list '{name}'")

    def _item_texts(self, loc: tuple[Any, ...], item: m.Item) -> None:
        for field in ("label", "hint", "constraint_message", "soft_constraint_message",
                      "required_message", "guidance_hint"):
            self._text((*loc, field), getattr(item, field), f"the {field} of item '{item.id}'")
        if isinstance(item.choices, list):
            for ci, choice in enumerate(item.choices):
                self._text((*loc, "choices", ci, "label"), choice.label,
                           f"choice '{choice.name}' of item '{item.id}'")
        for ci, child in enumerate(item.items):
            self._item_texts((*loc, "items", ci), child)

    def _item_locs(self) -> list[tuple[tuple[Any, ...], m.Item, m.Item | None]]:
        out: list[tuple[tuple[Any, ...], m.Item, m.Item | None]] = []
        for si, section in enumerate(self.p.sections):
            for ii, item in enumerate(section.items):
                loc = ("sections", si, "items", ii)
                out.append((loc, item, None))
                out.extend(((*loc, "items", ci), child, item) for ci, child in enumerate(item.items))
        return out

    def check_ids(self) -> None:
        seen: dict[str, tuple[Any, ...]] = {}
        for loc, item, _parent in self._item_locs():
            if item.id in seen:
                self.error((*loc, "id"), f"item id '{item.id}' is used twice "
                           f"(first at {self.locate(seen[item.id])})")
            else:
                seen[item.id] = loc
        sections: set[str] = set()
        for si, section in enumerate(self.p.sections):
            if section.id in sections:
                self.error(("sections", si, "id"), f"section id '{section.id}' is used twice")
            sections.add(section.id)

    def check_choices(self) -> None:
        for name, choices in self.p.choice_lists.items():
            self._unique_choices(("choice_lists", name), choices, f"list '{name}'")
        for loc, item, _ in self._item_locs():
            if isinstance(item.choices, str):
                if item.choices not in self.p.choice_lists:
                    hint = difflib.get_close_matches(item.choices, list(self.p.choice_lists), n=1)
                    self.error((*loc, "choices"), f"item '{item.id}' uses choice list "
                               f"'{item.choices}', which is not defined in choice_lists"
                               + (f"; did you mean '{hint[0]}'?" if hint else ""))
            elif isinstance(item.choices, list):
                self._unique_choices((*loc, "choices"), item.choices, f"item '{item.id}'")

    def _unique_choices(self, loc: tuple[Any, ...], choices: list[m.Choice], owner: str) -> None:
        # XLSForm repeats a name under another filter value (King county in two states):
        # choices alike in name and extra columns are the same choice twice
        keys = [(c.name, sorted((c.extra or {}).items())) for c in choices]
        for ci, key in enumerate(keys):
            if key in keys[:ci]:
                self.error((*loc, ci, "name"), f"choice '{key[0]}' appears twice in {owner}")

    def check_rosters(self) -> None:
        for loc, item, _ in self._item_locs():
            if item.roster and item.roster not in self.p.rosters:
                hint = difflib.get_close_matches(item.roster, list(self.p.rosters), n=1)
                self.error((*loc, "roster"), f"name generator '{item.id}' uses roster "
                           f"'{item.roster}', which is not defined in rosters"
                           + (f"; did you mean '{hint[0]}'?" if hint else ""))
            for index, name in enumerate(item.roster_choices or []):
                if name not in self.p.rosters:
                    hint = difflib.get_close_matches(name, list(self.p.rosters), n=1)
                    self.error((*loc, "roster_choices", index), f"item '{item.id}' takes its "
                               f"choices from roster '{name}', which is not defined in rosters"
                               + (f"; did you mean '{hint[0]}'?" if hint else ""))
        for name, roster in self.p.rosters.items():
            if not roster.entries:
                self.error(("rosters", name), f"roster '{name}' has no entries")

    def _types(self, parent: m.Item | None) -> dict[str, ex.ValueType]:
        """What an expression may refer to: top-level items, and a group's own follow-ups."""
        types: dict[str, ex.ValueType] = {}
        for item in self.p.iter_items():
            vt = ex.value_type(item.type)
            if vt is not None:
                types[item.id] = vt
            for child in item.items:  # a repeat's answers, as a set: sum(${x}), count(${x})
                if ex.value_type(child.type) is not None and child.id not in types:
                    types[child.id] = ex.ValueType.group
        if parent is not None:
            for child in parent.items:
                vt = ex.value_type(child.type)
                if vt is not None:
                    types[child.id] = vt
        return types

    def _expression(self, loc: tuple[Any, ...], source: str | None, owner: str,
                    types: dict[str, ex.ValueType], self_type: ex.ValueType | None) -> None:
        if source is None:
            return
        if not source.strip():
            self.error(loc, f"the {loc[-1]} expression of {owner} is empty")
            return
        try:
            ex.compile_expression(source, types, self_type)
        except ExpressionError as exc:
            self.error(loc, f"{loc[-1]} of {owner}: {exc}")

    def check_expressions(self) -> None:
        top_types = self._types(None)
        for si, section in enumerate(self.p.sections):
            self._expression(("sections", si, "relevant"), section.relevant,
                             f"section '{section.id}'", top_types, None)
        for loc, item, parent in self._item_locs():
            types = self._types(parent) if parent else top_types
            owner = f"item '{item.id}'"
            self._expression((*loc, "relevant"), item.relevant, owner, types, None)
            self._expression((*loc, "constraint"), item.constraint, owner, types,
                             ex.value_type(item.type))
            if item.constraint and item.type == m.ItemType.note:
                self.error((*loc, "constraint"), f"note '{item.id}' takes no answer, "
                           "so it cannot have a constraint")
            self._expression((*loc, "soft_constraint"), item.soft_constraint, owner, types,
                             ex.value_type(item.type))
            self._expression((*loc, "calculation"), item.calculation, owner, types, None)
            self._expression((*loc, "repeat_count"), item.repeat_count, owner, types, None)
            self._expression((*loc, "choice_filter"), item.choice_filter, owner, types, None)
            self._expression((*loc, "required_if"), item.required_if, owner, types, None)
            for field in ("constraint", "soft_constraint"):
                if getattr(item, f"{field}_message") and not getattr(item, field):
                    self.warn((*loc, f"{field}_message"), f"item '{item.id}' has a "
                              f"{field.replace('_', ' ')} message but no {field.replace('_', ' ')}")

    def check_codebook(self) -> None:
        if not self.p.codebook:
            return
        ids = [code.id for code in self.p.codebook.flat()]
        for code_id in sorted({i for i in ids if ids.count(i) > 1}):
            self.error(("codebook",), f"code '{code_id}' appears twice in the codebook")

    def check_attribute_tables(self) -> None:
        for name, t in (self.p.attribute_tables or {}).items():
            loc = ("attribute_tables", name)
            columns = [c.id for c in t.columns]
            keys = None
            if t.item is not None:
                if t.item not in self.p.items_by_id:
                    self.error((*loc, "item"), f"attribute table '{name}' is keyed by "
                               f"'{t.item}', which is not an item of the protocol")
                else:
                    keys = {c.name for c in self.p.choices_for(self.p.items_by_id[t.item])}
            for index, row in enumerate(t.rows):
                unknown = [k for k in row if k not in columns]
                if unknown:
                    self.error((*loc, "rows", index), f"row {index + 1} of attribute table "
                               f"'{name}' has '{unknown[0]}', which is not one of its columns "
                               f"({', '.join(columns)})")
                key = row.get(columns[0])
                if keys is not None and key not in keys:
                    self.error((*loc, "rows", index), f"row {index + 1} of attribute table "
                               f"'{name}' is for '{key}', which is not a choice of '{t.item}'")

    def check_report(self) -> None:
        report = self.p.report
        if report is None:
            return
        for field in ("study", "period", "institution"):
            self._text(("report", field), getattr(report, field), f"the report's {field}")
        for field in ("summary", "appendix", "composition"):
            for index, item_id in enumerate(getattr(report, field)):
                if item_id not in self.p.items_by_id:
                    hint = difflib.get_close_matches(item_id, list(self.p.items_by_id), n=1)
                    self.error(("report", field, index), f"the report's {field} names "
                               f"'{item_id}', which is not an item of the protocol"
                               + (f"; did you mean '{hint[0]}'?" if hint else ""))


def check_protocol(protocol: m.Protocol, file: str, locate: Locate) -> list[Problem]:
    """Every semantic problem (errors and warnings) of a model-valid protocol."""
    return _Checker(protocol, file, locate).run()
