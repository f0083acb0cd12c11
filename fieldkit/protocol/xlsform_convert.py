"""Turning XLSForm rows into plain protocol data: sections, items, choice lists, rosters."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Disclosure, Special
from .validate import read_roster_csv
from .xlsform_choices import (
    ChoiceList,
    read_choice_file,
    read_choices_sheet,
    read_lookup_table,
)
from .xlsform_columns import (
    check_survey_columns,
    choice_filter_expression,
    expression_feature,
    lookup_lists,
    xpath_to_refs,
)
from .xlsform_context import Context, is_name
from .xlsform_loops import expand_loops
from .xlsform_read import Row, Sheet
from .xlsform_types import MEDIA_KIND, METADATA_CALCULATION, RowType, parse_type

TRUE = frozenset({"yes", "true", "1", "true()"})
FALSE = frozenset({"no", "false", "0", "false()"})
DISCLOSURES = [d.value for d in Disclosure]
SPECIALS = [s.value for s in Special]
_REF = re.compile(r"\$\{([^}]*)\}")
_STRAIGHT = str.maketrans("‘’“”", "''\"\"")


@dataclass
class Node:
    """An item or section being built, with the survey row it came from."""

    data: dict[str, Any]
    row: int
    children: list[Node] = field(default_factory=list)
    choices: ChoiceList | None = None  # for select items


@dataclass
class Frame:
    kind: str  # section (top-level group), group (flattened), repeat
    name: str
    row: int
    relevant: str | None = None
    node: Node | None = None  # the section or repeat that collects items
    attached: bool = True  # False for a nested repeat that was refused


def _and(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    if len(kept) <= 1:
        return kept[0] if kept else None
    return " and ".join(f"({p})" for p in kept)


class SurveyConverter:
    """Walks the survey sheet once, building sections and items."""

    def __init__(self, ctx: Context, sheet: Sheet):
        self.ctx = ctx
        self.sheet = sheet
        self.lists = read_choices_sheet(ctx)
        self.external = read_choices_sheet(ctx, "external_choices")
        self.file_lists: dict[str, ChoiceList | None] = {}
        self.missing_files: set[str] = set()  # choice files not beside the form
        self.sections: list[Node] = []
        self.stack: list[Frame] = []
        self.loose: Node | None = None  # the section collecting items outside any group
        self.rosters: dict[str, dict[str, Any]] = {}
        self.roster_rows: dict[str, int] = {}
        self.metadata: set[str] = set()  # names of skipped metadata rows
        self.refused: set[str] = set()  # names of refused rows (already reported)
        self.used: dict[int, int] = {}  # id(ChoiceList) -> how many items use it
        self.lookups: dict[str, str] = {}  # list looked up by instance() -> where, first
        self.tables: dict[str, ChoiceList | None] = {}  # pulldata()'s CSV tables, by name
        self.absorbed: set[int] = set()  # id(ChoiceList) of yes/no lists fieldkit has built in

    def where(self, row: Row | int) -> str:
        return self.sheet.where(row if isinstance(row, int) else row.number)

    # ---- the walk ----------------------------------------------------------------------
    def run(self) -> None:
        check_survey_columns(self.ctx, self.sheet)
        expand_loops(self.ctx, self.sheet)
        for row in self.sheet.rows:
            text = row.get("type")
            if not text:
                named = f" '{row.get('name')}'" if row.get("name") else ""
                self.ctx.error(self.where(row), f"the row{named} has no type; give it one or "
                               "delete the row")
                continue
            self.row(row, parse_type(text), text)
        for frame in reversed(self.stack):
            kind = "repeat" if frame.kind == "repeat" else "group"
            self.ctx.error(self.where(frame.row), f"begin_{kind} '{frame.name}' has no matching "
                           f"end_{kind}")
        self.check_lookups()

    def check_lookups(self) -> None:
        """Every list an instance() lookup reads is a choice list or a choice file of the form."""
        files = {Path(f).stem for f in self.file_lists} | {
            Path(f).stem for f in self.missing_files}
        for list_name, where in self.lookups.items():
            if list_name in self.lists or list_name in files:
                continue
            table = f"{list_name}.csv"  # pulldata()'s table, beside the form
            if (self.ctx.path.parent / table).is_file():
                self.tables[list_name] = read_lookup_table(self.ctx, table, where)
            elif self.pulled(list_name):
                self.ctx.warn(where, f"pulldata('{list_name}') reads {table}, which is not "
                              "beside the form, so its lookups are empty until it is added "
                              f"(fieldkit protocol add --media {table})")
            else:
                self.ctx.error(where, f"instance('{list_name}') looks up a choice list that is "
                               "neither in the choices sheet nor a choice file of the form")

    def pulled(self, table: str) -> bool:
        """Whether some row's expression reads ``table`` with pulldata()."""
        return any(f"pulldata('{table}'" in v.replace('"', "'").replace(" ", "")
                   or f"pulldata('{table}'" in v.replace('"', "'")
                   for row in self.sheet.rows for v in row.cells.values())

    def row(self, row: Row, rt: RowType, text: str) -> None:
        name = row.get("name")
        where = self.where(row)
        if rt.kind == "question":
            self.question(row, rt)
        elif rt.kind == "begin_group":
            self.begin_group(row)
        elif rt.kind == "begin_repeat":
            self.begin_repeat(row)
        elif rt.kind in ("end_group", "end_repeat"):
            self.end(row, rt.kind)
        elif rt.kind == "metadata" and rt.word in METADATA_CALCULATION:
            node = Node({"id": name or rt.word, "type": "calculate",
                         "calculation": METADATA_CALCULATION[rt.word]}, row.number)
            label = self.ctx.text(self.sheet, row, "label")
            if label is not None:
                node.data["label"] = label
            self.ctx.warn(where, f"'{text}' ({name or 'unnamed'}) is device metadata, carried "
                          f"as a calculation ({METADATA_CALCULATION[rt.word]})")
            parent, _ = self.container()
            if parent is not None:
                parent.children.append(node)
        elif rt.kind == "metadata":
            self.metadata.add(name)
            self.ctx.warn(where, f"'{text}' ({name or 'unnamed'}) is device metadata that "
                          "fieldkit does not record, so the row is skipped")
        elif rt.kind == "refused":
            self.refused.add(name)
            what = f"question '{name}' has" if name else "the row has"
            self.ctx.error(where, f"{what} type '{text}' ({rt.feature}), which fieldkit cannot "
                           "carry; remove it or ask it as a supported question type")
        else:
            self.refused.add(name)
            self.ctx.error(where, f"unknown question type '{text}'"
                           + (f"; {rt.feature}" if rt.feature else ""))

    def container(self) -> tuple[Node | None, str | None]:
        """Where a new item goes, and the relevance of the flattened groups around it."""
        rel: list[str | None] = []
        for frame in reversed(self.stack):
            if frame.kind == "group":
                rel.insert(0, frame.relevant)
                continue
            return (frame.node if frame.attached else None), _and(*rel)
        if self.loose is None:
            self.loose = Node({"id": "", "title": ""}, 0)
            self.sections.append(self.loose)
        return self.loose, _and(*rel)

    def begin_group(self, row: Row) -> None:
        name = row.get("name")
        where = self.where(row)
        self.ignored_on_group(row, "group")
        appearance = row.get("appearance")
        if appearance:
            self.ctx.warn(where, f"appearance '{appearance}' of group '{name}' is not carried "
                          "(fieldkit shows one question at a time), so it is ignored")
        relevant = self.expression(row, "relevant", name or "the group")
        if self.stack:
            shown = self.ctx.text(self.sheet, row, "label")
            title = shown if isinstance(shown, str) else \
                (shown or {}).get(self.ctx.default, "")
            self.ctx.warn(where, f"group '{name or 'unnamed'}' is inside another group or "
                          "repeat; its questions are flattened into the enclosing one"
                          + (" and its relevance is added to each" if relevant else "")
                          + (f", and its label ('{title}') is not shown" if title else ""))
            self.stack.append(Frame("group", name, row.number, relevant))
            return
        if not name:
            self.ctx.error(where, "the group has no name; a top-level group becomes a section, "
                           "which needs one")
        elif not is_name(name):
            self.ctx.error(where, f"group name '{name}' is not a valid section id (letters, "
                           "digits and _, not starting with a digit)")
        section_title = self.ctx.text(self.sheet, row, "label") or name
        section = Node({"id": name, "title": section_title}, row.number)
        if relevant:
            section.data["relevant"] = relevant
        self.sections.append(section)
        self.loose = None
        self.stack.append(Frame("section", name, row.number, relevant, section))

    def begin_repeat(self, row: Row) -> None:
        node = self.item(row, "repeat")
        parent, group_rel = self.container()
        if group_rel:
            node.data["relevant"] = _and(group_rel, node.data.get("relevant"))
        attached = parent is not None
        outer = next((f for f in reversed(self.stack) if f.kind == "repeat"), None)
        if outer is not None:
            self.ctx.error(self.where(row), f"repeat '{node.data['id']}' is inside repeat "
                           f"'{outer.name}' (row {outer.row}); fieldkit does not nest repeats, "
                           "so ask it as a repeat of its own after the other")
            attached = False
        elif parent is not None:
            parent.children.append(node)
        self.stack.append(Frame("repeat", node.data["id"], row.number, None, node, attached))

    def end(self, row: Row, kind: str) -> None:
        wanted = "repeat" if kind == "end_repeat" else "group"
        if not self.stack:
            self.ctx.error(self.where(row), f"{kind} has no begin_{wanted} above it")
            return
        top = self.stack[-1]
        top_kind = "repeat" if top.kind == "repeat" else "group"
        if top_kind != wanted:
            self.ctx.error(self.where(row), f"{kind} closes begin_{top_kind} '{top.name}' "
                           f"(row {top.row}); use end_{top_kind}")
        self.stack.pop()

    # ---- items -------------------------------------------------------------------------
    def question(self, row: Row, rt: RowType) -> None:
        node = self.item(row, rt.item_type, rt)
        parent, group_rel = self.container()
        if group_rel:
            node.data["relevant"] = _and(group_rel, node.data.get("relevant"))
        if parent is not None:
            parent.children.append(node)
            if rt.or_other:
                parent.children.append(self.or_other(row, node, group_rel))

    def or_other(self, row: Row, node: Node, group_rel: str | None) -> Node:
        """XLSForm's ``or_other``, as pyxform writes it: an 'other' choice, and a text
        question NAME_other asked when it is chosen."""
        name = node.data["id"]
        if node.choices is not None and all(c["name"] != "other" for c in node.choices.choices):
            # as pyxform does, on the list itself: every question using it offers 'other'
            node.choices.choices.append({"name": "other", "label": "Other"})
            node.choices.places.append(self.where(row))
        self.ctx.warn(self.where(row), f"'{name}' uses or_other: carried as pyxform does, as a "
                      f"choice 'other' (added to its list) and a text question '{name}_other' "
                      "asked when it is chosen")
        relevant = _and(group_rel, f"selected(${{{name}}}, 'other')")
        return Node({"id": f"{name}_other", "type": "text", "label": "Specify other.",
                     "relevant": relevant}, row.number)

    def item(self, row: Row, item_type: str, rt: RowType | None = None) -> Node:
        ctx, where = self.ctx, self.where(row)
        name = row.get("name")
        kind = "repeat" if item_type == "repeat" else f"{row.get('type')} question"
        if not name and item_type == "note":
            name = f"note_row{row.number}"
            ctx.warn(where, f"the note has no name, so it is named '{name}'")
        elif not name:
            ctx.error(where, f"the {kind} has no name")
        data: dict[str, Any] = {"id": name}
        owner = f"'{name}'"
        appearance = row.get("appearance")
        tokens = re.findall(r"ex:[^\s(]+\([^)]*\)?|\S+", appearance)  # ex:app(a, b) is one
        if "search(" in appearance.replace(" ", ""):
            ctx.error(where, f"appearance of {owner} uses search(), which looks choices up in "
                      "external data that fieldkit cannot carry")
            tokens = []
        final_type = item_type
        yes_no = False
        for token in tokens:
            if token == "multiline" and item_type == "text":
                final_type = "long_text"
            elif token == "likert" and item_type == "select_one":
                final_type = "likert"
            elif token == "name_generator" and item_type == "repeat":
                final_type = "name_generator"
            elif token == "yes_no" and item_type == "select_one":
                yes_no = True  # fieldkit's yes/no question, if its choices are yes and no
            elif token.startswith("ex:"):
                ctx.warn(where, f"appearance '{token}' of {owner} launches an external app "
                         "on a phone; fieldkit asks the question as typed in instead")
            else:
                ctx.warn(where, f"appearance '{token}' of {owner} is not used by fieldkit, so "
                         "it is ignored")
        if item_type == "acknowledge":
            final_type = "yes_no"
            ctx.warn(where, f"acknowledge question {owner} is carried as a yes/no question")
        if rt is not None and rt.approx:
            ctx.warn(where, f"'{rt.word}' question {owner} is carried as {rt.approx}")
        if rt is not None and rt.word in MEDIA_KIND:
            data["media_kind"] = MEDIA_KIND[rt.word]
        if item_type == "range":
            final_type = self.range(row, data, owner)
        data["type"] = final_type
        for base in ("label", "hint"):
            value = ctx.text(self.sheet, row, base)
            if value is not None:
                data[base] = value
        if rt is not None and rt.word == "caseid" and "label" not in data:
            data["label"] = "Case id"  # SurveyCTO fills it in unseen; typed in here
            ctx.warn(where, f"SurveyCTO's caseid {owner} has no label, so it is asked as "
                     "'Case id'")
        self.labels_refs(row, name)
        required = row.get("required").casefold()
        if required in TRUE and final_type in ("note", "calculate"):
            ctx.warn(where, f"{owner} is a {final_type} and takes no answer, so required is "
                     "ignored")
        elif required in TRUE:
            data["required"] = True
        elif required and required not in FALSE:
            data["required_if"] = self.expression(row, "required", name)  # a condition
        for key in ("relevant", "constraint", "calculation", "repeat_count"):
            value = self.expression(row, key, name)
            if value:
                data[key] = value
        self.fieldkit_columns(row, data, owner)
        if final_type == "calculate" and "calculation" not in data:
            data["calculation"] = "''"
            if item_type == "calculate":
                ctx.warn(where, f"calculate {owner} has no calculation, so its value is empty")
        if row.get("choice_filter"):
            data["choice_filter"] = choice_filter_expression(
                row.get("choice_filter").translate(_STRAIGHT))
        default = row.get("default")
        if "${" in default or "last-saved#" in default:
            ctx.warn(where, f"the default of {owner} ('{default}') is an expression (a dynamic "
                     "default), which fieldkit does not work out, so the question has no "
                     "default")
        elif default:
            data["default"] = default
        if "calculation" in data and final_type != "calculate":
            ctx.warn(where, f"the calculation of {owner} is kept, but fieldkit does not fill "
                     "a question in from it: the question is asked as usual")
        if row.get("read_only").casefold() in TRUE:
            data["read_only"] = True
        for key in ("required_message", "guidance_hint"):
            value = ctx.text(self.sheet, row, key)
            if value is not None:
                data[key] = value
        message = ctx.text(self.sheet, row, "constraint_message")
        if message is not None:
            data["constraint_message"] = message
        self.disclosure(row, data, owner)
        roster = row.get("roster")
        if roster:
            if final_type in ("select_one", "select_multiple") and rt is not None and rt.file:
                # select_one_from_file rosters/x.csv with roster "x y": the rosters' entries
                # are the choices (the state a respondent represents, alter-alter ties)
                for name in roster.split():
                    self.roster(row, name)
                data["roster_choices"] = roster.split()
            elif final_type != "name_generator":
                ctx.error(where, f"{owner} names roster '{roster}', but only a begin_repeat "
                          "with appearance name_generator, or a select from a roster file, "
                          "can use a roster")
            else:
                self.roster(row, roster)
                data["roster"] = roster
        for implied, implied_value in rt.fields if rt is not None else ():
            data.setdefault(implied, implied_value)  # what the type implies, unless the row says
        node = Node(data, row.number)
        if "roster_choices" in data:
            pass  # the choices are the rosters' entries
        elif rt is not None and rt.external:
            node.choices = self.external.get(rt.list_name)
            if node.choices is None:
                data["choices_file"] = "itemsets.csv"
                ctx.warn(where, f"the external choices '{rt.list_name}' of {owner} are not in "
                         "the form; add the file itemsets.csv to the protocol before "
                         "interviewing")
            else:
                self.used[id(node.choices)] = self.used.get(id(node.choices), 0) + 1
        elif rt is not None and rt.file and not (self.ctx.path.parent / rt.file).is_file():
            data["choices_file"] = rt.file
            self.missing_files.add(rt.file)
            ctx.warn(where, f"choice file '{rt.file}' of {owner} is not beside the form; add "
                     "it to the protocol before interviewing")
        elif rt is not None and (rt.list_name or rt.file):
            node.choices = self.choices_for(row, rt, owner)
        if yes_no and node.choices is not None and \
                [c["name"] for c in node.choices.choices] == ["yes", "no"]:
            data["type"] = "yes_no"  # its choices are fieldkit's own yes and no
            self.used[id(node.choices)] -= 1
            self.absorbed.add(id(node.choices))
            node.choices = None
        elif yes_no:
            ctx.warn(where, f"appearance 'yes_no' of {owner} needs the choices yes and no, "
                     "so it is ignored")
        return node

    def fieldkit_columns(self, row: Row, data: dict[str, Any], owner: str) -> None:
        """min, max, units and special: fieldkit's columns (ODK ignores them); the bounds
        that protocol export wrote into the constraint for tablets are taken out of it."""
        where = self.where(row)
        for key in ("min", "max"):
            if row.get(key):
                try:
                    data[key] = float(row.get(key))
                except ValueError:
                    self.ctx.error(where, f"{key} of {owner} is '{row.get(key)}', not a number")
        if row.get("min") or row.get("max"):
            limit = " and ".join(p for p in (
                f". >= {row.get('min')}" if row.get("min") else "",
                f". <= {row.get('max')}" if row.get("max") else "") if p)
            constraint = data.get("constraint", "")
            if constraint == limit:
                data.pop("constraint", None)
            elif constraint.startswith(f"{limit} and (") and constraint.endswith(")"):
                data["constraint"] = constraint[len(limit) + 6:-1]
        if row.get("units"):
            data["units"] = row.get("units")
        if row.get("special"):
            kinds = row.get("special").replace(",", " ").split()
            wrong = [k for k in kinds if k not in SPECIALS]
            if wrong:
                self.ctx.error(where, f"special of {owner} names '{wrong[0]}'; special answers "
                               f"are {', '.join(SPECIALS)}")
            else:
                data["special"] = kinds

    def range(self, row: Row, data: dict[str, Any], owner: str) -> str:
        """A range as a number with min and max from its parameters (start, end, step)."""
        params = dict(p.partition("=")[::2] for p in row.get("parameters").split())
        numbers: dict[str, float] = {}
        for key in ("start", "end", "step"):
            try:
                numbers[key] = float(params.get(key, {"start": 1, "end": 10, "step": 1}[key]))
            except ValueError:
                self.ctx.error(self.where(row), f"range {owner} has {key}="
                               f"'{params[key]}' in parameters, which is not a number")
        whole = all(v.is_integer() for v in numbers.values())
        if "start" in numbers and "end" in numbers:
            low, high = sorted((numbers["start"], numbers["end"]))
            data["min"], data["max"] = (int(low), int(high)) if whole else (low, high)
        self.ctx.warn(self.where(row), f"range {owner} is carried as a number typed in between "
                      "its start and end")
        return "integer" if whole else "decimal"

    def disclosure(self, row: Row, data: dict[str, Any], owner: str) -> None:
        value = row.get("disclosure")
        if not value:
            return
        low = value.casefold().replace("-", "_").replace(" ", "_")
        if low in DISCLOSURES:
            data["disclosure"] = low
            return
        near = difflib.get_close_matches(low, DISCLOSURES, n=1)
        self.ctx.error(self.where(row), f"disclosure '{value}' of {owner} is not one of "
                       f"{', '.join(DISCLOSURES)}" + (f"; did you mean '{near[0]}'?" if near else ""))

    def choices_for(self, row: Row, rt: RowType, owner: str) -> ChoiceList | None:
        where = self.where(row)
        if rt.file:
            if rt.file not in self.file_lists:
                self.file_lists[rt.file] = read_choice_file(self.ctx, rt.file, where, owner)
            elif self.file_lists[rt.file] is None:
                self.ctx.error(where, f"choice file '{rt.file}' of {owner} is missing or "
                               "unreadable, as said for the first question that uses it")
            found = self.file_lists[rt.file]
        else:
            found = self.lists.get(rt.list_name)
            if found is None:
                if "choices" not in self.ctx.sheets:
                    hint = "; the form has no choices sheet"
                else:
                    near = difflib.get_close_matches(rt.list_name, list(self.lists), n=1)
                    hint = f"; did you mean '{near[0]}'?" if near else ""
                self.ctx.error(where, f"choice list '{rt.list_name}' of {owner} is not in the "
                               f"choices sheet{hint}")
        if found is not None:
            self.used[id(found)] = self.used.get(id(found), 0) + 1
            if found.broken:
                self.ctx.quiet.add(where)
        return found

    def roster(self, row: Row, name: str) -> None:
        where = self.where(row)
        if name in self.rosters:
            return
        if not is_name(name):
            self.ctx.error(where, f"roster name '{name}' is not a valid name (letters, digits "
                           "and _, not starting with a digit)")
            return
        base = self.ctx.path.parent
        for rel in (f"{name}.csv", f"rosters/{name}.csv"):
            if (base / rel).is_file():
                rows, problems = read_roster_csv(base / rel, self.ctx.file, where)
                self.ctx.problems.extend(problems)
                self.rosters[name] = {"file": rel, "entries": rows}
                self.roster_rows[name] = row.number
                return
        self.ctx.error(where, f"roster '{name}' needs a file {name}.csv beside the form or in "
                       "a rosters folder beside it; neither exists")

    # ---- expressions and references ----------------------------------------------------
    def expression(self, row: Row, key: str, owner: str) -> str | None:
        value = row.get(key)
        if not value:
            return None
        where = self.where(row)
        value = xpath_to_refs(value)
        if any(q in value for q in "‘’“”"):
            value = value.translate(_STRAIGHT)
            self.ctx.warn(where, f"the {key} expression of '{owner}' has curly quotes, read "
                          "as straight quotes")
        for list_name in lookup_lists(value):
            self.lookups.setdefault(list_name, where)
        feature = expression_feature(value)
        if feature:
            self.ctx.error(where, f"the {key} expression of '{owner}' uses {feature}, which "
                           "fieldkit cannot carry")
        for ref in _REF.findall(value):
            if ref in self.metadata:
                self.ctx.error(where, f"the {key} expression of '{owner}' refers to ${{{ref}}}, "
                               "device metadata that fieldkit does not record")
        return value

    def labels_refs(self, row: Row, owner: str) -> None:
        for key, value in row.cells.items():
            if not key.startswith(("label", "hint")):
                continue
            for ref in _REF.findall(value):
                if ref in self.metadata:
                    self.ctx.warn(self.where(row), f"the {key.split('::')[0]} of '{owner}' shows "
                                  f"${{{ref}}}, device metadata that fieldkit does not record")
                    return

    def ignored_on_group(self, row: Row, what: str) -> None:
        ignored = [k for k in ("hint", "required", "constraint", "constraint_message",
                               "disclosure", "roster") if row.get(k)]
        if ignored:
            self.ctx.warn(self.where(row), f"{', '.join(ignored)} on {what} "
                          f"'{row.get('name')}' {'is' if len(ignored) == 1 else 'are'} not "
                          "carried, so ignored")
