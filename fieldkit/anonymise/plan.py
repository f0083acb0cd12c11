"""The anonymisation plan: per variable action, derived from disclosure classes, YAML, hashed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fieldkit.anonymise.generalise import DEFAULT_BANDS
from fieldkit.dataset.variables import protocol_variables
from fieldkit.errors import AnonymisationError
from fieldkit.protocol.model import Protocol

FORMAT = "fieldkit-anonymisation-plan/1"
ACTIONS = ("drop", "keep", "pseudonymise", "generalise", "top_code", "suppress", "redact")
GENERALISATIONS = ("month", "bands", "rank", "mapping")
REDACT_KINDS = ("respondents", "roster", "member_states", "capitals", "organisations",
                "emails", "phones", "urls", "name_patterns")

# Identifier columns that keep their links across tables under a keyed pseudonym.
PSEUDONYMS = {
    "interview_id": ("interview", "I"), "person_id": ("entry", "E"),
    "roster_id": ("person", "P"), "source": ("person", "P"), "target": ("person", "P"),
    "quote_id": ("quote", "Q"), "coding_id": ("coding", "C"),
}
STATE_WORDS = ("state", "country", "delegation", "nationality")
ROLE_WORDS = ("role", "rank", "post", "title")

HEADER = """\
# fieldkit anonymisation plan. Edit the actions, then export with --plan.
# Actions per variable (table.column):
#   drop          remove the column
#   keep          keep as is (quasi-identifiers kept as is are counted in the k figures)
#   pseudonymise  keyed HMAC-SHA256 code (domain/prefix: same person -> same code everywhere)
#   generalise    to: month | bands (bands: [[low, high or null, label], ...]) | rank |
#                 mapping (mapping: {value: group}, default: label for unmapped values)
#   top_code      at: N  (values above N become N, labelled N+)
#   suppress      blank the cell for records whose quasi-identifiers are shared by fewer
#                 than k_threshold respondents
#   redact        replace names, places, organisations, e-mails, phones and URLs in text
# class: the disclosure class from the protocol; quasi_identifier and sensitive variables of
# the interviews table enter the k-anonymity, k-map and l-diversity figures.
"""


@dataclass
class Plan:
    """A parsed plan; ``variables`` maps ``table.column`` to its entry (action and params)."""

    version: str
    protocol: dict[str, str]
    k_threshold: int
    l_threshold: int
    redact: dict[str, Any]
    variables: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": self.version, "protocol": dict(self.protocol),
                "k_threshold": self.k_threshold, "l_threshold": self.l_threshold,
                "redact": dict(self.redact), "variables": {k: dict(v) for k, v in
                                                           self.variables.items()}}

    @property
    def hash(self) -> str:
        """sha256 of the plan as canonical JSON (sorted keys): what every output records."""
        text = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def entry(self, table: str, name: str) -> dict[str, Any]:
        return self.variables.get(f"{table}.{name}") or {"action": "keep", "class": "none"}

    def of_class(self, cls: str, table: str = "interviews") -> list[str]:
        """Columns of ``table`` in class ``cls`` that stay in the output."""
        return [key.split(".", 1)[1] for key, e in self.variables.items()
                if key.startswith(table + ".") and e.get("class") == cls
                and e.get("action") != "drop"]

    def to_yaml(self) -> str:
        return HEADER + yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True,
                                       width=100)


def _member_state_mapping(protocol: Protocol) -> dict[str, str]:
    out: dict[str, str] = {}
    for roster in protocol.rosters.values():
        for e in roster.entries:
            if e.member_state and e.group:
                out.setdefault(e.member_state, e.group)
    return dict(sorted(out.items()))


def _quasi_entry(var: Any, states: dict[str, str]) -> dict[str, Any]:
    words = f"{var.name} {var.item_id or ''}".lower()
    if var.type in ("date", "datetime"):
        return {"action": "generalise", "to": "month"}
    if var.type in ("integer", "decimal"):
        return {"action": "generalise", "to": "bands", "bands": [list(b) for b in DEFAULT_BANDS]}
    if states and any(w in words for w in STATE_WORDS):
        return {"action": "generalise", "to": "mapping", "mapping": dict(states),
                "roster_field": "member_state"}
    if any(w in words for w in ROLE_WORDS):
        return {"action": "generalise", "to": "rank", "roster_field": "role"}
    entry: dict[str, Any] = {"action": "keep",
                             "warning": "kept as is: no generalisation known; check the k figures"}
    if "org" in words:
        entry["roster_field"] = "organisation"
    return entry


def default_plan(protocol: Protocol) -> Plan:
    """The plan the protocol's disclosure classes imply; the lead edits it from here."""
    states = _member_state_mapping(protocol)
    respondent = {i.id for i in protocol.iter_items() if "respondent" in (i.appearance or "")}
    variables: dict[str, dict[str, Any]] = {}
    for var in protocol_variables(protocol, protocol.default_language):
        cls = var.disclosure
        if var.name in PSEUDONYMS and var.item_id is None:
            domain, prefix = PSEUDONYMS[var.name]
            entry = {"action": "pseudonymise", "domain": domain, "prefix": prefix}
        elif var.item_id in respondent and var.type != "count":
            entry = {"action": "pseudonymise", "domain": "person", "prefix": "P"}
        elif var.table == "people" and var.name == "member_state":
            entry = {"action": "generalise", "to": "mapping", "mapping": dict(states)}
        elif var.table == "people" and var.name == "role":
            entry = {"action": "generalise", "to": "rank"}
        elif cls == "identifier":
            entry = {"action": "drop"}
        elif cls == "quasi_identifier":
            entry = _quasi_entry(var, states) if var.table in ("interviews", "timings") \
                else {"action": "keep"}
        elif cls == "free_text":
            entry = {"action": "redact"}
        else:
            entry = {"action": "keep"}
        variables[f"{var.table}.{var.name}"] = {"class": cls, **entry}
    return Plan(version="1", protocol={"id": protocol.id, "version": protocol.version,
                                       "hash": protocol.content_hash},
                k_threshold=protocol.policy.k_threshold, l_threshold=2,
                redact={kind: True for kind in REDACT_KINDS} | {"extra_terms": []},
                variables=variables)


def _fail(where: str, what: str) -> AnonymisationError:
    return AnonymisationError(f"the anonymisation plan {where} {what}; fix it and export again")


def plan_from_dict(data: Any, source: str = "the plan") -> Plan:
    """Check and build a plan from parsed YAML; AnonymisationError names what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail(f"{source}", f"is not a '{FORMAT}' document")
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise _fail(source, "has 'variables' that is not a mapping of table.column to actions")
    for key, entry in variables.items():
        if not isinstance(entry, dict) or entry.get("action") not in ACTIONS:
            raise _fail(f"{source} at '{key}'", f"has no valid action (one of {', '.join(ACTIONS)})")
        if entry["action"] == "generalise" and entry.get("to") not in GENERALISATIONS:
            raise _fail(f"{source} at '{key}'",
                        f"generalises without 'to' (one of {', '.join(GENERALISATIONS)})")
        if entry["action"] == "top_code" and not isinstance(entry.get("at"), int | float):
            raise _fail(f"{source} at '{key}'", "top-codes without a number 'at'")
    try:
        k, l_ = int(data.get("k_threshold", 3)), int(data.get("l_threshold", 2))
    except (TypeError, ValueError):
        raise _fail(source, "has a k_threshold or l_threshold that is not a whole number") from None
    return Plan(version=str(data.get("version", "1")), protocol=dict(data.get("protocol") or {}),
                k_threshold=k, l_threshold=l_, redact=dict(data.get("redact") or {}),
                variables={str(k): dict(v) for k, v in variables.items()})


def load_plan(path: Path) -> Plan:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AnonymisationError(f"cannot read the plan {path} ({exc.strerror})") from None
    except yaml.YAMLError:
        raise AnonymisationError(f"the plan {path} is not valid YAML; fix it and export again") \
            from None
    return plan_from_dict(data, str(path))
