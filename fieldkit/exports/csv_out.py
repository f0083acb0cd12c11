"""CSV files: one per table, the network edge list, and the codebook."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from fieldkit.anonymise.record import AnonymisationRecord
from fieldkit.dataset.tables import Dataset, Variable
from fieldkit.exports.columns import MISSING_TEXT, SPSS_MISSING, choice_codes

CODEBOOK_FIELDS = ("table", "variable", "label", "type", "units", "values", "missing_codes",
                   "disclosure", "anonymisation")


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
            writer.writerow([cell_text(row.get(n)) for n in names])


def write_edges(path: Path, data: Dataset) -> None:
    names = ["source", "target", "item_id"] + [v.name for v in data.variables_of("ties")
                                               if v.name not in ("interview_id", "item_id",
                                                                 "source", "target")]
    write_table(path, names, data.ties)


def _values(var: Variable) -> str:
    if not var.value_labels:
        return ""
    if var.type == "categorical":
        codes = choice_codes(var)
        return "; ".join(f"{name}={label} (code {codes[name]:g})"
                         for name, label in var.value_labels.items())
    return "; ".join(f"{name}={label}" for name, label in var.value_labels.items())


def _applied(var: Variable, record: AnonymisationRecord | None) -> str:
    if record is None:
        return "none: identified data"
    for action in record.actions:
        if action.table == var.table and action.name == var.name:
            params = ", ".join(f"{k}={v}" for k, v in sorted(action.params.items())
                               if k not in ("mapping", "bands", "ranks"))
            if "mapping" in action.params:
                params = ", ".join(filter(None, [params, "through the plan's mapping table"]))
            return f"{action.action} ({params})" if params else action.action
    return "keep"


def write_codebook(path: Path, data: Dataset, record: AnonymisationRecord | None) -> None:
    spss = ", ".join(f"{v} {k}" for k, v in SPSS_MISSING.items())
    rows = []
    for var in data.variables:
        special = bool(var.item_id) and var.type not in ("count",)
        rows.append({
            "table": var.table, "variable": var.name, "label": var.label, "type": var.type,
            "units": var.units or "", "values": _values(var),
            "missing_codes": (f"CSV and Stata: {MISSING_TEXT}; SPSS numeric: {spss}; "
                              "empty: not asked or not relevant") if special else "",
            "disclosure": var.disclosure, "anonymisation": _applied(var, record),
        })
    write_table(path, list(CODEBOOK_FIELDS), rows)
