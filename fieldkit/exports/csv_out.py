"""CSV files: one per table, the network edge list, and the codebook."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from fieldkit.anonymise.record import AnonymisationRecord
from fieldkit.dataset.tables import Dataset, Variable
from fieldkit.exports.columns import NUMERIC, SPECIAL_LABELS, SPSS_MISSING, choice_codes

CODEBOOK_FIELDS = ("table", "variable", "label", "type", "units", "values", "missing_codes",
                   "disclosure", "anonymisation")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
FORMULA_NOTE = ("CSV: a text beginning with =, +, -, @, a tab or a carriage return is written "
                "with a leading apostrophe (') so that a spreadsheet shows it instead of running "
                "it as a formula; numbers such as -3 are written as they are; Stata and SPSS hold "
                "the text as given")


def formula_safe(text: str) -> str:
    """A cell a spreadsheet would run as a formula, neutralised by a leading apostrophe."""
    if text.startswith(FORMULA_STARTS) and not _NUMBER.match(text):
        return "'" + text
    return text


def formula_unsafe(text: str) -> str:
    """The text behind ``formula_safe`` (for files we wrote and a user filled in)."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) and not _NUMBER.match(text[1:]):
        return text[1:]
    return text


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


def write_table(path: Path, names: list[str], rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([formula_safe(cell_text(row.get(n))) for n in names])


def write_edges(path: Path, data: Dataset) -> None:
    names = ["source", "target", "item_id"] + [v.name for v in data.variables_of("ties")
                                               if v.name not in ("interview_id", "item_id",
                                                                 "source", "target")]
    write_table(path, names, data.ties)


def _values(var: Variable) -> str:
    """Values as written in the CSV, and their codes in .dta/.sav: "0-2 (code 1)" for a band
    (what the CSV holds), "f=Female (code 1)" for a choice."""
    if not var.value_labels:
        return ""
    if var.type == "categorical":
        codes = choice_codes(var)
        return "; ".join(f"{name} (code {codes[name]:g})" if name == label
                         else f"{name}={label} (code {codes[name]:g})"
                         for name, label in var.value_labels.items())
    return "; ".join(f"{name}={label}" for name, label in var.value_labels.items())


# Plan keys that say how risk is measured, not what was done to the values.
RISK_KEYS = ("mapping", "bands", "ranks", "public", "roster_field", "suppress", "holds",
             "warning", "default")


def _applied(var: Variable, record: AnonymisationRecord | None) -> str:
    if record is None:
        return "none: identified data"
    for action in record.actions:
        if action.table == var.table and action.name == var.name:
            p = action.params
            params = ", ".join(f"{k}={v}" for k, v in sorted(p.items()) if k not in RISK_KEYS)
            if "bands" in p:
                params += ": " + ", ".join(str(b[2]) for b in p["bands"])
            if "mapping" in p:
                params = ", ".join(filter(None, [params, "through the plan's mapping table"]))
            if p.get("holds"):
                params += f", now holds {p['holds']}"
            text = f"{action.action} ({params})" if params else action.action
            if p.get("suppress") is True or action.action == "suppress":
                text += "; blank where a record was still at risk"
            return text
    return "keep"


def _missing(var: Variable) -> str:
    """The missing codes as each file writes them for this variable."""
    if not var.item_id or var.type == "count":
        return ""
    csv_codes = ", ".join(f"{code} {text}" for code, text in SPECIAL_LABELS.items())
    spss = ", ".join(f"{SPSS_MISSING[c]} {t}" for c, t in SPECIAL_LABELS.items())
    empty = "empty: not asked, not relevant or suppressed"
    if var.type in NUMERIC or var.type in ("categorical", "multi"):
        return (f"CSV: {csv_codes}; Stata: extended missing .r .d .n, labelled; SPSS: {spss} "
                f"(user-missing); {empty}")
    return f"CSV, Stata and SPSS: the text {csv_codes} (user-missing in SPSS); {empty}"


def write_codebook(path: Path, data: Dataset, record: AnonymisationRecord | None) -> None:
    rows = []
    for var in data.variables:
        rows.append({
            "table": var.table, "variable": var.name, "label": var.label, "type": var.type,
            "units": var.units or "",
            "values": _values(var) or (FORMULA_NOTE if var.type not in NUMERIC else ""),
            "missing_codes": _missing(var),
            "disclosure": var.disclosure, "anonymisation": _applied(var, record),
        })
    write_table(path, list(CODEBOOK_FIELDS), rows)
