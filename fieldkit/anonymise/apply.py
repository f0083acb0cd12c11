"""Apply a plan to a dataset: the anonymised dataset and the record of what was done."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from fieldkit.anonymise.assess import assess, check_known_values, check_thresholds
from fieldkit.anonymise.candidates import Candidates, Where
from fieldkit.anonymise.generalise import categories, describe, entry_transform
from fieldkit.anonymise.plan import DEFAULT_ACTIONS, Plan
from fieldkit.anonymise.pseudonym import check_key, pseudonym
from fieldkit.anonymise.record import AnonymisationRecord, RedactedText, VariableAction
from fieldkit.anonymise.redact import Redactor
from fieldkit.anonymise.renumber import numbering, renumbered
from fieldkit.anonymise.terms import phone_regions, redaction_terms, redactor_options
from fieldkit.dataset.tables import TABLES, Dataset, Row, Variable
from fieldkit.errors import AnonymisationError

RECORD_IDS = ("quote_id", "coding_id", "memo_id", "person_id")
DEFAULTS = DEFAULT_ACTIONS


def _entry(plan: Plan, var: Variable, warnings: list[str]) -> dict[str, Any]:
    entry = plan.variables.get(f"{var.table}.{var.name}")
    if entry is None:
        action = DEFAULTS.get(var.disclosure, "keep")
        warnings.append(f"{var.table}.{var.name} is not in the plan; "
                        f"'{action}' was applied for its class '{var.disclosure}'")
        entry = {"action": action, "class": var.disclosure}
    if var.type == "datetime" and entry["action"] in ("keep", "suppress"):
        # Interview dates are never finer than the month in an anonymised output.
        warnings.append(f"{var.table}.{var.name} is a date and time; it was cut to the month")
        suppress = entry["action"] == "suppress" or entry.get("suppress") is True
        entry = {**entry, "action": "generalise", "to": "month"}
        if suppress:
            entry["suppress"] = True
    return entry


def _labelled(var: Variable, entry: dict[str, Any]) -> str:
    """The variable label saying what the column now holds: "Years in post (banded: 0-2...)"."""
    what = describe(entry)
    label = var.label or var.name
    if not what:
        return label
    room = max(20, 80 - len(what) - 3)
    return f"{label if len(label) <= room else label[:room - 1] + '…'} ({what})"


def _new_variable(var: Variable, entry: dict[str, Any]) -> Variable:
    action = entry["action"]
    if action in ("generalise", "suppress") and entry.get("to"):
        # Generalised categories become labelled codes in .dta/.sav (never text with ".r").
        kind = "string" if entry.get("to") == "month" else "categorical"
        labels = {c: c for c in categories(entry)} if kind == "categorical" else {}
        return dataclasses.replace(var, type=kind, value_labels=labels, units=None,
                                   label=_labelled(var, entry))
    if action in ("top_code", "suppress") and isinstance(entry.get("at"), int | float):
        at = entry["at"]
        label = f"{int(at) if float(at).is_integer() else at}"
        return dataclasses.replace(var, value_labels={**var.value_labels, label: f"{label}+"},
                                   label=_labelled(var, entry))
    if action == "pseudonymise":
        return dataclasses.replace(var, type="string", value_labels={})
    return var


def _transform(entry: dict[str, Any], key: bytes) -> Callable[[Any], Any] | None:
    action = entry["action"]
    if action == "pseudonymise":
        domain, prefix = str(entry.get("domain", "value")), str(entry.get("prefix", "X"))
        # several roster ids in one answer (a select_multiple over a roster): each coded
        return lambda v: [pseudonym(key, domain, x, prefix) for x in v] \
            if isinstance(v, list) else pseudonym(key, domain, v, prefix)
    return entry_transform(entry)


class _Run:
    """One anonymisation: the redactor's state and the record being filled."""

    def __init__(self, data: Dataset, plan: Plan, key: bytes,
                 decisions: Mapping[str, str] | None = None):
        self.data, self.plan, self.key = data, plan, key
        self.warnings: list[str] = []
        self.redactor = Redactor(redaction_terms(data, plan.redact), regions=phone_regions(data),
                                 decisions=decisions, language=data.language or "en",
                                 **redactor_options(plan.redact))
        self.candidates = Candidates(decisions)
        self.numbers = {r["interview_id"]: r.get("number") for r in data.interviews}
        self.languages = {r["interview_id"]: r.get("language") for r in data.interviews}
        self.texts: list[RedactedText] = []
        self.actions: dict[tuple[str, str], VariableAction] = {}
        # Every free text first: a name caught after a title anywhere is redacted everywhere.
        self.redactor.learn(self._free_texts())

    def _free_texts(self) -> Iterator[str]:
        for name in TABLES:
            columns = [v.name for v in self.data.variables_of(name)
                       if (self.plan.variables.get(f"{name}.{v.name}")
                           or {"action": DEFAULTS.get(v.disclosure, "keep")})["action"] == "redact"]
            for row in self.data.table(name) if columns else ():
                for column in columns:
                    if isinstance(row.get(column), str):
                        yield row[column]

    @property
    def residual(self) -> list[dict[str, Any]]:
        """Undecided candidates, one entry per place they occur (the reviewer's list)."""
        return [{"table": w.table, "column": w.column, "number": w.number,
                 "candidate": c.text, "key": c.key, "kind": c.kind}
                for c in self.candidates.undecided() for w in c.where]

    def table(self, name: str) -> tuple[list[Row], list[Variable]]:
        variables = self.data.variables_of(name)
        entries = {v.name: _entry(self.plan, v, self.warnings) for v in variables}
        funcs = {n: _transform(e, self.key) for n, e in entries.items()}
        changed = dict.fromkeys(entries, 0)
        rows: list[Row] = []
        for row in self.data.table(name):
            out: Row = {}
            for var in variables:
                e, value = entries[var.name], row.get(var.name)
                if e["action"] == "drop":
                    continue
                fn = funcs[var.name]
                new = fn(value) if fn else value
                changed[var.name] += new != value
                out[var.name] = new
            for var in variables:
                if entries[var.name]["action"] == "redact":
                    before = out.get(var.name)
                    out[var.name] = self._redact(name, var, row, out)
                    changed[var.name] += out[var.name] != before
            rows.append(out)
        kept = []
        for var in variables:
            e = entries[var.name]
            params = {k: v for k, v in e.items() if k not in ("action", "class", "warning")}
            self.actions[(name, var.name)] = VariableAction(
                name, var.name, e["action"], str(e.get("class", var.disclosure)), params,
                changed[var.name], str(e.get("warning", "")))
            if e["action"] != "drop":
                kept.append(_new_variable(var, e))
        return rows, kept

    def _redact(self, table: str, var: Variable, row: Row, out: Row) -> Any:
        value = out.get(var.name)
        if not isinstance(value, str) or value in (".r", ".d", ".n"):
            return value
        language = self.languages.get(row.get("interview_id")) or row.get("language")
        done = self.redactor.redact(value, language if isinstance(language, str) else None)
        assert done is not None
        number = row.get("number", self.numbers.get(row.get("interview_id")))
        record_id = next((out.get(c) for c in RECORD_IDS if out.get(c)), None)
        item_id = row.get("item_id") if var.item_id is None else var.item_id
        self.texts.append(RedactedText(table, var.name, number, item_id, record_id, done.text,
                                       done.spans))
        self.candidates.add(done.text, list(done.found), Where(table, var.name, number))
        return done.text


def anonymise(data: Dataset, plan: Plan, key: bytes, *, override: str | None = None,
              decisions: Mapping[str, str] | None = None
              ) -> tuple[Dataset, AnonymisationRecord]:
    """The anonymised dataset and its record. AnonymisationError for a value the plan's
    generalisation does not cover (always), and RiskRefused when k, k-map or l fall below the
    plan's thresholds and no ``override`` reason is given. ``decisions`` (candidate key ->
    "redact" or "keep") settle what redaction left for a person to decide: see
    :mod:`fieldkit.anonymise.candidates`; ``record.undecided()`` is what is still open."""
    key = check_key(key)
    if data.anonymised:
        raise AnonymisationError("this dataset is already anonymised; anonymise the "
                                 "identified dataset instead")
    pid = plan.protocol.get("id")
    if pid and pid != data.protocol_id:
        raise AnonymisationError(f"the plan is for protocol '{pid}' but the data are from "
                                 f"'{data.protocol_id}'; use that protocol's plan")
    check_known_values(data, plan)
    # numbers given in blocks by an answer the plan hides would tell it: reassigned first, so
    # every table, citation and figure made from here on carries the new ones
    data = renumbered(data, plan, key)
    run = _Run(data, plan, key, decisions)
    out = Dataset(protocol_id=data.protocol_id, protocol_version=data.protocol_version,
                  protocol_hash=data.protocol_hash, language=data.language,
                  plan_hash=plan.hash,
                  # files go out only where a kept cell still names them (not by default)
                  attachments=data.attachments)
    variables: list[Variable] = []
    for name in TABLES:
        rows, kept = run.table(name)
        setattr(out, name, rows)
        variables += kept
    out.variables = variables

    found = assess(data, out, plan)
    for (table, var), n in found.cells.items():
        old = run.actions[(table, var)]
        run.actions[(table, var)] = dataclasses.replace(old, changed=old.changed + n)

    record = AnonymisationRecord(
        plan=plan.to_dict(), plan_hash=plan.hash, protocol_id=data.protocol_id,
        protocol_version=data.protocol_version, protocol_hash=data.protocol_hash,
        k_threshold=plan.k_threshold, l_threshold=plan.l_threshold,
        actions=list(run.actions.values()),
        replacements=dict(run.redactor.counts), risk_before=found.before,
        risk_after=found.after, suppressed=found.suppressed, suggestions=found.suggestions,
        redacted_texts=run.texts, residual_names=run.residual, candidates=run.candidates.all(),
        warnings=run.warnings + found.warnings, attacker_model=found.public.attacker_model,
        quasi_identifiers=found.public.quasi_identifiers, population=found.public.population,
        override=override, mapping=run.redactor.mapping(), numbering=numbering(data, plan))
    check_thresholds(record, override)
    return out, record

