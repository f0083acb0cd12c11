"""Plain protocol data (from YAML or an XLSForm) into a validated, checked Protocol: roster
files read in, pydantic's errors said as problems at their place, then the semantic checks."""

from __future__ import annotations

import csv
import difflib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from fieldkit.errors import Problem, ProtocolError

from . import model as m
from .beside import OutsideFile, read_beside
from .checks import check_protocol
from .yaml_io import Path_, format_path

Locate = Callable[[Path_], str]

ROSTER_COLUMNS = tuple(m.RosterEntry.model_fields)
MAX_ROSTER_ROWS = 5000

#: Which model a list or mapping field holds, to name the right keys in "did you mean".
#: What each name pattern of the model allows, for people.
_NAME_RULES = {
    m.ITEM_NAME_PATTERN: "letters, digits, _, - and ., starting with a letter or _",
    m.NAME_PATTERN: "letters, digits and _, not starting with a digit",
}
_FIELD_MODEL: dict[str, type[BaseModel]] = {
    "sections": m.Section, "items": m.Item, "choices": m.Choice, "choice_lists": m.Choice,
    "consent": m.Consent, "policy": m.Policy, "rosters": m.Roster, "entries": m.RosterEntry,
    "codebook": m.Codebook, "codes": m.Code,
}


def protocol_from_data(data: Any, *, file: str, base_dir: Path,
                       locate: Locate | None = None) -> m.Protocol:
    """Validate plain protocol data (from YAML or an XLSForm) into a checked Protocol."""
    where: Locate = locate or format_path
    if not isinstance(data, dict):
        raise ProtocolError([Problem(file, "", "must be a mapping of protocol fields at the top")])
    problems: list[Problem] = []
    data = _with_roster_entries(data, base_dir, file, where, problems)
    if problems:
        raise ProtocolError(problems)
    try:
        protocol = m.Protocol.model_validate(data)
    except ValidationError as exc:
        raise ProtocolError(_problems_from_validation(exc, file, where)) from None
    problems = check_protocol(protocol, file, where)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ProtocolError(errors)
    return protocol


def protocol_warnings(protocol: m.Protocol, file: str, locate: Locate | None = None) -> list[Problem]:
    """The warnings (not errors) the checks give for a loaded protocol."""
    return [p for p in check_protocol(protocol, file, locate or format_path)
            if p.severity == "warning"]


def read_roster_csv(path: Path, file: str, loc: str, folder: Path | None = None,
                    ) -> tuple[list[dict[str, str]], list[Problem]]:
    """Read a roster CSV (id,label,organisation,member_state,group,alliance,role and the
    optional public attributes gender,accredited,rank) that lies in ``folder`` (the protocol's
    folder; by default the file's own), within bounds."""
    try:
        text = read_beside(path, folder or path.parent)
    except FileNotFoundError:
        return [], [Problem(file, loc, f"roster file '{path}' does not exist")]
    except OutsideFile as exc:
        return [], [Problem(file, loc, f"roster file '{path}' {exc}")]
    except OSError as exc:
        return [], [Problem(file, loc, f"roster file '{path}' cannot be read "
                            f"({exc.strerror or type(exc).__name__})")]
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    problems = []
    for required in ("id", "label"):
        if required not in header:
            problems.append(Problem(str(path), "row 1", f"roster needs a '{required}' column"))
    unknown = [h for h in header if h not in ROSTER_COLUMNS]
    for col in unknown:
        hint = difflib.get_close_matches(col, ROSTER_COLUMNS, n=1)
        problems.append(Problem(str(path), "row 1", f"unknown roster column '{col}'"
                                + (f"; did you mean '{hint[0]}'?" if hint else "")))
    if problems:
        return [], problems
    rows = []
    for n, row in enumerate(reader, start=2):
        if n > MAX_ROSTER_ROWS + 1:
            return [], [Problem(str(path), f"row {n}", f"roster has more than {MAX_ROSTER_ROWS} rows")]
        clean = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
        if not any(clean.values()):
            continue
        rows.append(clean)
    return rows, []


def _with_roster_entries(data: dict[str, Any], base_dir: Path, file: str, where: Locate,
                         problems: list[Problem]) -> dict[str, Any]:
    rosters = data.get("rosters")
    if not isinstance(rosters, dict):
        return data
    filled = {}
    for name, roster in rosters.items():
        if isinstance(roster, dict) and roster.get("file") and not roster.get("entries"):
            rows, found = read_roster_csv(base_dir / str(roster["file"]), file,
                                          where(("rosters", name, "file")), folder=base_dir)
            problems.extend(found)
            roster = {**roster, "entries": rows}
        filled[name] = roster
    return {**data, "rosters": filled}


def _clean_loc(loc: tuple[Any, ...]) -> Path_:
    """Drop pydantic's union-member tags (``str``, ``list[Choice]``...) from an error path."""
    keep: list[str | int] = []
    for part in loc:
        if isinstance(part, str) and ("[" in part or part in {"str", "int", "float", "bool"}
                                      or part.startswith(("constrained-", "function-"))):
            continue
        keep.append(part)
    return tuple(keep)


def _model_at(loc: Path_) -> type[BaseModel]:
    for part in reversed(loc):
        if isinstance(part, str) and part in _FIELD_MODEL:
            return _FIELD_MODEL[part]
    return m.Protocol


def _problems_from_validation(exc: ValidationError, file: str, where: Locate) -> list[Problem]:
    seen: dict[Path_, Problem] = {}
    for err in exc.errors():
        loc = _clean_loc(err["loc"])
        kind = err["type"]
        # The key itself, even when it looks like a union tag _clean_loc drops ("str", "a[b]").
        last = err["loc"][-1] if err["loc"] else ""
        if kind == "extra_forbidden":
            key = str(last)
            fields = list(_model_at(loc[:-1]).model_fields)
            hint = difflib.get_close_matches(key, fields, n=1, cutoff=0.6)
            message = f"unknown key '{key}'" + (f"; did you mean '{hint[0]}'?" if hint else
                                                f" (allowed: {', '.join(fields)})")
        elif kind == "missing":
            message = f"'{last}' is required here"
        elif kind in ("enum", "literal_error"):
            expected = err.get("ctx", {}).get("expected", "")
            message = f"'{err.get('input')}' is not allowed; expected {expected}"
        elif kind == "string_pattern_mismatch":
            rule = _NAME_RULES.get(err.get("ctx", {}).get("pattern", ""),
                                   "letters, digits and _, not starting with a digit")
            message = (f"'{err.get('input')}' is not a valid name by fieldkit's rule "
                       f"({rule}), which is stricter than XLSForm's")
        else:
            msg = err["msg"].removeprefix("Value error, ")
            message = msg[0].lower() + msg[1:] if msg else "is not valid"
        # Unions report one error per member; the first that names the problem is enough.
        if loc not in seen:
            seen[loc] = Problem(file, where(loc), message)
    return list(seen.values())
