"""How each variable becomes columns in statistical files: codes, labels and missing values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from fieldkit.dataset.tables import SPECIAL_CODES, Variable

SPECIAL_LABELS = {".r": "Refused", ".d": "Don't know", ".n": "Not applicable"}
STATA_MISSING = {".r": "r", ".d": "d", ".n": "n"}  # Stata extended missing .r .d .n
SPSS_MISSING = {".r": -97, ".d": -98, ".n": -99}  # SPSS user-missing codes
NUMERIC = ("integer", "decimal", "count", "boolean")
RESERVED = {"all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with",
            "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long",
            "_n", "_pi", "_pred", "_rc", "_skip", "strl", "using"}


@dataclass
class Column:
    """One column of a statistical file: its name, label, numeric codes or text."""

    name: str
    label: str
    numeric: bool
    values: list[Any] = field(default_factory=list)  # numbers, None, or special codes .r/.d/.n
    value_labels: dict[float, str] = field(default_factory=dict)
    has_special: bool = False
    answers: bool = False  # holds answers, so may hold .r/.d/.n: labelled and declared missing


def choice_codes(var: Variable) -> dict[str, float]:
    """Numeric codes for a categorical variable's choices: yes 1 / no 0, the choice names
    when they are all whole numbers, else 1..n in choice order."""
    names = list(var.value_labels)
    if set(names) == {"yes", "no"}:
        return {"yes": 1.0, "no": 0.0}
    if names and all(re.fullmatch(r"-?\d+", n) for n in names):
        return {n: float(n) for n in names}
    return {n: float(i) for i, n in enumerate(names, start=1)}


# Stata takes 32 characters, but pyreadstat names each value-label set after its variable
# plus a running count (up to four digits here), which must fit in 32 too.
def safe_name(name: str, taken: set[str], limit: int = 28) -> str:
    base = re.sub(r"[^A-Za-z0-9_]", "_", name)[:limit] or "v"
    if not re.match(r"[A-Za-z_]", base) or base.lower() in RESERVED:
        base = f"v_{base}"[:limit]
    out, n = base, 1
    while out.lower() in taken:
        n += 1
        out = f"{base[:limit - len(str(n)) - 1]}_{n}"
    taken.add(out.lower())
    return out


def is_special(value: Any) -> bool:
    return isinstance(value, str) and value in SPECIAL_LABELS


def _number(value: Any) -> Any:
    if is_special(value):
        return value
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def columns_for(var: Variable, rows: list[dict[str, Any]], taken: set[str]) -> list[Column]:
    """The columns one variable becomes (select_multiple: one 0/1 column per choice)."""
    cells = [row.get(var.name) for row in rows]
    label = var.label or var.name
    answers = var.item_id is not None
    if var.type == "multi":
        out = []
        for choice, text in var.value_labels.items():
            col = Column(safe_name(f"{var.name}_{choice}", taken), f"{label}: {text}"[:80], True,
                         answers=answers)
            for cell in cells:
                if is_special(cell):
                    col.values.append(cell)
                else:
                    col.values.append(None if cell is None else float(choice in cell))
            col.value_labels = {1.0: "Selected", 0.0: "Not selected"}
            out.append(col)
        return out
    name = safe_name(var.name, taken)
    if var.type == "categorical" and var.value_labels:
        codes = choice_codes(var)
        values = [c if is_special(c) or c is None else codes.get(str(c)) for c in cells]
        labels = {codes[k]: v for k, v in var.value_labels.items()}
        return [Column(name, label[:80], True, values, labels, answers=answers)]
    if var.type in NUMERIC:
        labels = {float(k): v for k, v in var.value_labels.items()
                  if re.fullmatch(r"-?\d+(\.\d+)?", k)}
        return [Column(name, label[:80], True, [_number(c) for c in cells], labels,
                       answers=answers and var.type != "count")]
    strings = [" ".join(map(str, c)) if isinstance(c, list) else ("" if c is None else str(c))
               for c in cells]
    return [Column(name, label[:80], False, strings, answers=answers)]


def table_columns(variables: list[Variable], rows: list[dict[str, Any]]) -> list[Column]:
    taken: set[str] = set()
    out = [col for var in variables for col in columns_for(var, rows, taken)]
    for col in out:
        col.has_special = col.numeric and any(is_special(v) for v in col.values)
    return out


MISSING_TEXT = ", ".join(f"{code} {SPECIAL_LABELS[code]}" for code in SPECIAL_CODES.values())
