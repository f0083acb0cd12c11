"""Stata .dta and SPSS .sav files with variable labels, value labels and missing codes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


from fieldkit.exports.columns import (
    SPECIAL_LABELS,
    SPSS_MISSING,
    STATA_MISSING,
    Column,
    is_special,
)

# readstat stamps files with the time they were written; these fixed stamps replace it so
# the same data always give the same bytes.
DTA_STAMP = b"01 Jan 1970 00:00"
SAV_STAMP = b"01 Jan 7000:00:00"


def _frame(columns: list[Column], codes: Mapping[str, object] | None) -> pd.DataFrame:
    import pandas as pd  # heavy: loaded only when a .dta or .sav is written

    data = {}
    for col in columns:
        if col.numeric and col.has_special and codes is not None:
            data[col.name] = pd.Series([codes.get(v, v) if is_special(v) else v
                                        for v in col.values], dtype=object)
        elif col.numeric:
            data[col.name] = pd.Series([v if isinstance(v, float) else None
                                        for v in col.values], dtype="float64")
        else:
            data[col.name] = pd.Series(col.values, dtype=object)
    return pd.DataFrame(data)


def write_dta(path: Path, columns: list[Column], label: str) -> None:
    import pyreadstat

    frame = _frame(columns, STATA_MISSING)
    # Every numeric answer column declares .r/.d/.n as extended missing, with value labels.
    specials = {STATA_MISSING[k]: v for k, v in SPECIAL_LABELS.items()}
    missing = {c.name: sorted(STATA_MISSING.values()) for c in columns
               if c.numeric and (c.answers or c.has_special)}
    labels = {c.name: {**c.value_labels, **(specials if c.name in missing else {})}
              for c in columns if c.value_labels or c.name in missing}
    pyreadstat.write_dta(
        frame, str(path), file_label=label[:80],
        column_labels={c.name: c.label for c in columns},
        variable_value_labels=labels or None,
        missing_user_values=missing or None, version=15)
    _stamp(path, rb"<timestamp>", DTA_STAMP)


def write_sav(path: Path, columns: list[Column], label: str) -> None:
    import pyreadstat

    frame = _frame(columns, {k: float(v) for k, v in SPSS_MISSING.items()})
    specials = {float(v): SPECIAL_LABELS[k] for k, v in SPSS_MISSING.items()}
    value_labels = {}
    missing: dict[str, list[Any]] = {}
    for c in columns:
        labels = dict(c.value_labels)
        if c.numeric and (c.answers or c.has_special):
            labels.update(specials)
            missing[c.name] = sorted(specials)
        elif not c.numeric and any(is_special(v) for v in c.values):
            missing[c.name] = sorted(SPECIAL_LABELS)
        if labels:
            value_labels[c.name] = labels
    pyreadstat.write_sav(
        frame, str(path), file_label=label[:64],
        column_labels={c.name: c.label for c in columns},
        variable_value_labels=value_labels or None, missing_ranges=missing or None)
    _stamp(path, None, SAV_STAMP)


def _stamp(path: Path, tag: bytes | None, stamp: bytes) -> None:
    data = bytearray(path.read_bytes())
    if tag is not None:
        at = data.find(tag)
        if at >= 0:
            start = at + len(tag) + 1  # a length byte precedes the text
            length = data[at + len(tag)]
            data[start:start + length] = stamp[:length].ljust(length)
    else:
        # SPSS header: creation date "dd Mon yy" then time "hh:mm:ss", within the first 120 bytes
        m = re.search(rb"\d\d [A-Z][a-z]{2} \d\d\d\d:\d\d:\d\d", bytes(data[:120]))
        if m:
            data[m.start():m.end()] = stamp
    path.write_bytes(bytes(data))
