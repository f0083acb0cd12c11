"""Apply a plan to a dataset: the anonymised dataset and the record of what was done."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from fieldkit.anonymise.generalise import generalise_value, top_code
from fieldkit.anonymise.plan import Plan
from fieldkit.anonymise.pseudonym import check_key, pseudonym
from fieldkit.anonymise.record import AnonymisationRecord, RedactedText, VariableAction
from fieldkit.anonymise.redact import Redactor, residual_names
from fieldkit.anonymise.risk import measure, suggest
from fieldkit.anonymise.terms import redaction_terms
from fieldkit.dataset.tables import TABLES, Dataset, Row, Variable
from fieldkit.errors import AnonymisationError

RECORD_IDS = ("quote_id", "coding_id", "person_id")
DEFAULTS = {"identifier": "drop", "free_text": "redact"}


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
        entry = {**entry, "action": "generalise", "to": "month"}
    return entry


def _new_variable(var: Variable, entry: dict[str, Any]) -> Variable:
    action = entry["action"]
    if action == "generalise":
        kind = "string" if entry.get("to") == "month" else "categorical"
        return dataclasses.replace(var, type=kind, value_labels={}, units=None)
    if action == "top_code":
        at = entry["at"]
        label = f"{int(at) if float(at).is_integer() else at}"
        return dataclasses.replace(var, value_labels={**var.value_labels, label: f"{label}+"})
    if action == "pseudonymise":
        return dataclasses.replace(var, type="string", value_labels={})
    return var


def _transform(entry: dict[str, Any], key: bytes) -> Callable[[Any], Any] | None:
    action = entry["action"]
    if action == "pseudonymise":
        domain, prefix = str(entry.get("domain", "value")), str(entry.get("prefix", "X"))
        return lambda v: pseudonym(key, domain, v, prefix)
    if action == "generalise":
        return lambda v: generalise_value(v, entry)
    if action == "top_code":
        return lambda v: top_code(v, entry["at"])
    return None


class _Run:
    """One anonymisation: the redactor's state and the record being filled."""

    def __init__(self, data: Dataset, plan: Plan, key: bytes):
        self.data, self.plan, self.key = data, plan, key
        self.warnings: list[str] = []
        self.redactor = Redactor(redaction_terms(data, plan.redact),
                                 **{k: plan.redact.get(k, True) is not False
                                    for k in ("emails", "phones", "urls", "name_patterns")})
        self.numbers = {r["interview_id"]: r.get("number") for r in data.interviews}
        self.texts: list[RedactedText] = []
        self.residual: list[dict[str, Any]] = []
        self.actions: dict[tuple[str, str], VariableAction] = {}

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
                new = funcs[var.name](value) if funcs[var.name] else value
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
        done = self.redactor.redact(value)
        assert done is not None
        number = row.get("number", self.numbers.get(row.get("interview_id")))
        record_id = next((out.get(c) for c in RECORD_IDS if out.get(c)), None)
        item_id = row.get("item_id") if var.item_id is None else var.item_id
        self.texts.append(RedactedText(table, var.name, number, item_id, record_id, done.text,
                                       done.spans))
        self.residual += [{"table": table, "column": var.name, "number": number,
                           "candidate": c} for c in residual_names(done.text)]
        return done.text


def _risk_inputs(plan: Plan, variables: list[Variable]) -> tuple[list[str], list[str], dict]:
    names = {v.name for v in variables if v.table == "interviews"}
    qis = [q for q in plan.of_class("quasi_identifier") if q in names]
    sensitive = [s for s in plan.of_class("sensitive") if s in names]
    fields = {}
    for q in qis:
        e = plan.entry("interviews", q)
        if e.get("roster_field"):
            gen = (lambda v, e=e: generalise_value(v, e)) if e["action"] == "generalise" \
                else (lambda v: v)
            fields[q] = (str(e["roster_field"]), gen)
    return qis, sensitive, fields


def anonymise(data: Dataset, plan: Plan, key: bytes, *,
              override: str | None = None) -> tuple[Dataset, AnonymisationRecord]:
    """The anonymised dataset and its record; AnonymisationError when k falls below the
    plan's threshold and no ``override`` reason is given."""
    key = check_key(key)
    if data.anonymised:
        raise AnonymisationError("this dataset is already anonymised; anonymise the "
                                 "identified dataset instead")
    pid = plan.protocol.get("id")
    if pid and pid != data.protocol_id:
        raise AnonymisationError(f"the plan is for protocol '{pid}' but the data are from "
                                 f"'{data.protocol_id}'; use that protocol's plan")
    run = _Run(data, plan, key)
    out = Dataset(protocol_id=data.protocol_id, protocol_version=data.protocol_version,
                  protocol_hash=data.protocol_hash, language=data.language,
                  plan_hash=plan.hash)
    variables: list[Variable] = []
    for name in TABLES:
        rows, kept = run.table(name)
        setattr(out, name, rows)
        variables += kept
    out.variables = variables

    k = plan.k_threshold
    qis, sensitive, fields = _risk_inputs(plan, variables)
    before = measure(data.interviews, qis, sensitive, k, data.population,
                     {q: (f, lambda v: v) for q, (f, _g) in fields.items()})
    after = measure(out.interviews, qis, sensitive, k, data.population, fields)
    suggestions = suggest(out.interviews, qis, k)
    suppressed = _suppress(out, plan, after.at_risk)
    if suppressed:
        after = measure(out.interviews, qis, sensitive, k, data.population, fields)
        for entry in suppressed:
            for var in entry["variables"]:
                old = run.actions[("interviews", var)]
                run.actions[("interviews", var)] = dataclasses.replace(old, changed=old.changed + 1)

    record = AnonymisationRecord(
        plan=plan.to_dict(), plan_hash=plan.hash, protocol_id=data.protocol_id,
        protocol_version=data.protocol_version, protocol_hash=data.protocol_hash,
        k_threshold=k, l_threshold=plan.l_threshold, actions=list(run.actions.values()),
        replacements=dict(run.redactor.counts), risk_before=before, risk_after=after,
        suppressed=suppressed, suggestions=suggestions, redacted_texts=run.texts,
        residual_names=run.residual, warnings=run.warnings, override=override,
        mapping=run.redactor.mapping())
    _check_thresholds(record, override)
    return out, record


def _suppress(out: Dataset, plan: Plan, at_risk: list[int]) -> list[dict[str, Any]]:
    columns = [key.split(".", 1)[1] for key, e in plan.variables.items()
               if key.startswith("interviews.") and e.get("action") == "suppress"]
    risky = set(at_risk)
    done = []
    for row in out.interviews:
        if row.get("number") in risky and columns:
            blanked = [c for c in columns if row.get(c) is not None]
            for c in columns:
                row[c] = None
            if blanked:
                done.append({"number": row.get("number"), "variables": blanked})
    return done


def _check_thresholds(record: AnonymisationRecord, override: str | None) -> None:
    after = record.risk_after
    if after is None:
        return
    for name, value in after.l.items():
        if value < record.l_threshold:
            record.warnings.append(f"l-diversity of {name} is {value}, below the plan's "
                                   f"{record.l_threshold}")
    if after.k_map is not None and after.k_map < record.k_threshold:
        record.warnings.append(f"k-map against the roster is {after.k_map}, below the plan's "
                               f"k threshold {record.k_threshold}")
    if after.k is not None and after.k < record.k_threshold:
        if not override:
            raise AnonymisationError(
                f"the anonymised data have k={after.k}, below the plan's threshold of "
                f"{record.k_threshold} ({len(after.at_risk)} records at risk); generalise or "
                "suppress more in the plan, or give an override reason")
        record.warnings.append(f"exported with k={after.k} below the threshold "
                               f"{record.k_threshold}, overridden: {override}")
