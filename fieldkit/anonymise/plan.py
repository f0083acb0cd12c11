"""The anonymisation plan: per variable action, derived from disclosure classes, YAML, hashed."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fieldkit.anonymise.generalise import DEFAULT_BANDS
from fieldkit.dataset.variables import protocol_variables
from fieldkit.errors import AnonymisationError, ProtocolError
from fieldkit.protocol.model import TEXT_TYPES, Protocol
from fieldkit.protocol.yaml_io import parse_yaml

FORMAT = "fieldkit-anonymisation-plan/1"
ACTIONS = ("drop", "keep", "pseudonymise", "generalise", "top_code", "suppress", "redact")
GENERALISATIONS = ("month", "bands", "rank", "mapping")
REDACT_KINDS = ("respondents", "roster", "member_states", "capitals", "organisations",
                "emails", "phones", "urls", "name_patterns", "handles", "dates", "ids",
                "addresses", "countries", "cities", "nationalities")

# Identifier columns that keep their links across tables under a keyed pseudonym.
PSEUDONYMS = {
    "interview_id": ("interview", "I"), "person_id": ("entry", "E"),
    "roster_id": ("person", "P"), "source": ("person", "P"), "target": ("person", "P"),
    "quote_id": ("quote", "Q"), "coding_id": ("coding", "C"), "memo_id": ("memo", "M"),
}
STATE_WORDS = ("state", "country", "delegation", "nationality")
ROLE_WORDS = ("role", "rank", "post", "title")
GENDER_WORDS = ("gender", "sex")
TENURE_WORDS = ("in_post", "in post", "tenure", "accredit", "in_office", "years_post")
L_MEASURES = ("distinct", "entropy")
DEFAULT_ACTIONS = {"identifier": "drop", "free_text": "redact"}  # by class, where a plan is silent

HEADER = """\
# fieldkit anonymisation plan. Edit the actions, then export with --plan.
# Actions per variable (table.column):
#   drop          remove the column
#   keep          keep as is (quasi-identifiers kept as is are counted in the k figures)
#   pseudonymise  keyed HMAC-SHA256 code (domain/prefix: same person -> same code everywhere)
#   generalise    to: month | bands (bands: [[low, high or null, label], ...]) | rank |
#                 mapping (mapping: {value: group}, default: label for unmapped values;
#                 match: country also maps other names of a listed country, in English,
#                 French or Spanish: "Slovak Republic", "Slovaquie", "Eslovaquia")
#   top_code      at: N  (values above N become N, labelled N+)
#   suppress      blank the cell for records whose quasi-identifiers are shared by fewer
#                 than k_threshold respondents (or roster entries); with a 'to' or 'at' the
#                 value is generalised for everyone else. 'suppress: true' on a generalise,
#                 top_code or keep entry does the same.
#   redact        replace names, places, organisations, e-mails, phones and URLs in text
# redact: each kind true or false; organisations: false keeps AU, EU, OAS, OSCE, UN, NATO
#   in quotes (or a list of the organisations to keep); extra_terms: names (or {text, kind})
#   to remove besides those the data know; the record counts them and never lists them.
# class: the disclosure class from the protocol; quasi_identifier and sensitive variables of
# the interviews table enter the k-anonymity, k-map and l-diversity figures.
# public: true marks a quasi-identifier an outsider can look up (diplomatic lists); with
#   roster_field (organisation, member_state, group, alliance, role, rank, gender,
#   accredited) k-map compares it with the rosters' public attributes.
# suppression_limit: the largest share of interviews whose cells may be suppressed (0.1 = 10%).
# l_measure: distinct or entropy, the l-diversity that must reach l_threshold.
# reference_year: the year years in post are counted to from the year of accreditation
#   (default: each interview's own year).
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
    suppression_limit: float = 0.1  # at most this share of interviews may be suppressed
    l_measure: str = "distinct"  # or "entropy": which l must reach l_threshold
    reference_year: int | None = None  # years in post counted to; None: each interview's year

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": self.version, "protocol": dict(self.protocol),
                "k_threshold": self.k_threshold, "l_threshold": self.l_threshold,
                "l_measure": self.l_measure, "suppression_limit": self.suppression_limit,
                "reference_year": self.reference_year,
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


def _roster_groups(protocol: Protocol, names: list[str]) -> dict[str, str]:
    return {e.id: e.group for n in names if n in protocol.rosters
            for e in protocol.rosters[n].entries if e.group}


def _quasi_entry(var: Any, states: dict[str, str]) -> dict[str, Any]:
    """A quasi-identifier's default: generalised where a rule is known, matched against the
    rosters where the public can look it up (gender and years in post are on diplomatic
    lists), and suppressible for the few records still at risk."""
    words = f"{var.name} {var.item_id or ''}".lower()
    # whole words: "post" is a role word, "posting" (a duty station) is not
    tokens = set(re.split(r"[^a-z0-9]+", words))
    if var.type in ("date", "datetime"):
        return {"action": "generalise", "to": "month", "public": False}
    tenure = any(w in words for w in TENURE_WORDS)
    if var.type in ("integer", "decimal") and "year" in tokens and not tenure:
        # a calendar year (Study B's year of the interview) is a date's year, not a count
        return {"action": "keep", "public": False}
    if "band" in tokens or "bands" in tokens:
        # the protocol asked for a band already (Study B's role_band): its choices are the
        # study's categories, and generalising them again would turn them into "other"
        return {"action": "keep", "public": False}
    if var.type in ("integer", "decimal"):
        entry: dict[str, Any] = {"action": "generalise", "to": "bands",
                                 "bands": [list(b) for b in DEFAULT_BANDS]}
        if tenure:
            entry.update(roster_field="accredited", public=True, suppress=True)
        else:
            entry["public"] = False
        return entry
    if states and any(w in words for w in STATE_WORDS):
        return {"action": "generalise", "to": "mapping", "mapping": dict(states),
                "match": "country", "holds": "sub-region or caucus",
                "roster_field": "member_state", "public": True, "suppress": True}
    if tokens & set(ROLE_WORDS):
        return {"action": "generalise", "to": "rank", "roster_field": "rank", "public": True,
                "suppress": True}
    entry = {"action": "keep",
             "warning": "kept as is: no generalisation known; check the k figures"}
    if any(w in words for w in GENDER_WORDS):
        entry.update(roster_field="gender", public=True, suppress=True)
    elif "org" in words:
        entry.update(roster_field="organisation", public=True)
    else:
        entry["public"] = False
    return entry


def default_plan(protocol: Protocol) -> Plan:
    """The plan the protocol's disclosure classes imply; the lead edits it from here."""
    states = _member_state_mapping(protocol)
    respondent = {i.id for i in protocol.iter_items() if "respondent" in (i.appearance or "")}
    from_rosters = {i.id: i for i in protocol.items_by_id.values() if i.roster_choices}
    typed = {i.id for i in protocol.items_by_id.values() if i.type in TEXT_TYPES}
    variables: dict[str, dict[str, Any]] = {}
    for var in protocol_variables(protocol, protocol.default_language):
        cls = var.disclosure
        if var.name in PSEUDONYMS and var.item_id is None:
            domain, prefix = PSEUDONYMS[var.name]
            entry: dict[str, Any] = {"action": "pseudonymise", "domain": domain,
                                     "prefix": prefix}
        elif var.item_id in respondent and var.type != "count":
            entry = {"action": "pseudonymise", "domain": "person", "prefix": "P"}
        elif var.table == "people" and var.name == "member_state":
            entry = {"action": "generalise", "to": "mapping", "mapping": dict(states),
                     "match": "country", "holds": "sub-region or caucus"}
        elif var.table == "people" and var.name == "role":
            entry = {"action": "generalise", "to": "rank"}
        elif var.table == "people" and var.item_id in from_rosters:
            # roster ids named in a follow-up (who a friend is close to): coded as the ties
            # are, so the one-mode structure survives and no delegation is named
            entry = {"action": "pseudonymise", "domain": "person", "prefix": "P"}
        elif cls == "identifier":
            entry = {"action": "drop"}
        elif cls == "quasi_identifier":
            entry = _quasi_entry(var, states) if var.table in ("interviews", "timings") \
                else {"action": "keep"}
            if var.item_id in typed and entry["action"] == "keep":
                # typed with no generalisation known (another organisation, another city): a
                # name or an address in it is redacted, and the value still enters the k figures
                entry = {k: v for k, v in entry.items() if k != "warning"} | {"action": "redact"}
            if var.item_id in from_rosters:
                entry = _roster_choice_entry(protocol, from_rosters[var.item_id], var, entry)
        elif cls == "free_text":
            entry = {"action": "redact"}
        else:
            entry = {"action": "keep"}
        variables[f"{var.table}.{var.name}"] = {"class": cls, **entry}
    return Plan(version="1", protocol={"id": protocol.id, "version": protocol.version,
                                       "hash": protocol.content_hash},
                k_threshold=protocol.policy.k_threshold, l_threshold=2,
                redact={kind: True for kind in REDACT_KINDS} | {"extra_terms": []}
                | _studied_organisations(protocol),
                variables=variables)


def _roster_choice_entry(protocol: Protocol, item: Any, var: Any,
                         entry: dict[str, Any]) -> dict[str, Any]:
    """A choice from a roster names a delegation (and so its head): entries named together
    are coded as the ties are; one entry chosen goes out as its group (the state chosen
    from the roster, whatever the item is called, as its sub-region)."""
    groups = _roster_groups(protocol, item.roster_choices or [])
    if var.type == "multi":
        return {"action": "pseudonymise", "domain": "person", "prefix": "P"}
    if entry.get("to") == "mapping":
        return {**entry, "mapping": {**entry["mapping"], **groups}}
    return {"action": "generalise", "to": "mapping", "mapping": groups, "default": "other",
            "holds": "sub-region or caucus"}


def _studied_organisations(protocol: Protocol) -> dict[str, Any]:
    """The organisations the study is about stay in quotes ("the EU decides over lunch"):
    they name no one, and the citations name them anyway. Others are still redacted."""
    names: set[str] = set()
    for roster in protocol.rosters.values():
        names |= {e.organisation for e in roster.entries if e.organisation}
    item = protocol.items_by_id.get("organisation")
    if item is not None and item.choices:
        for choice in protocol.choices_for(item):
            if choice.name.lower() in ("other", "none", "dont_know", "not_applicable"):
                continue
            label = protocol.text(choice.label)
            names |= {choice.name.upper()} if len(choice.name) <= 5 else set()
            names |= {label} if label and len(label) <= 12 else set()
    return {"organisations": sorted(names)} if names else {}


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
        if entry["action"] == "suppress" and "to" in entry \
                and entry["to"] not in GENERALISATIONS:
            raise _fail(f"{source} at '{key}'",
                        f"suppresses with a 'to' that is not one of {', '.join(GENERALISATIONS)}")
        for flag in ("public", "suppress"):
            if flag in entry and not isinstance(entry[flag], bool):
                raise _fail(f"{source} at '{key}'", f"has '{flag}' that is not true or false")
    try:
        k, l_ = int(data.get("k_threshold", 3)), int(data.get("l_threshold", 2))
    except (TypeError, ValueError):
        raise _fail(source, "has a k_threshold or l_threshold that is not a whole number") from None
    limit = data.get("suppression_limit", 0.1)
    if isinstance(limit, bool) or not isinstance(limit, int | float) or not 0 <= limit <= 1:
        raise _fail(source, "has a suppression_limit that is not a share between 0 and 1")
    measure = data.get("l_measure", "distinct")
    if measure not in L_MEASURES:
        raise _fail(source, f"has an l_measure that is not one of {', '.join(L_MEASURES)}")
    year = data.get("reference_year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise _fail(source, "has a reference_year that is not a year")
    for part in ("protocol", "redact"):
        if not isinstance(data.get(part) or {}, dict):
            raise _fail(source, f"has '{part}' that is not a mapping of names to values")
    return Plan(version=str(data.get("version", "1")), protocol=dict(data.get("protocol") or {}),
                k_threshold=k, l_threshold=l_, redact=dict(data.get("redact") or {}),
                variables={str(k): dict(v) for k, v in variables.items()},
                suppression_limit=float(limit), l_measure=str(measure), reference_year=year)


MAX_PLAN_BYTES = 1024 * 1024


def load_plan(path: Path) -> Plan:
    """A plan from YAML: read within bounds (size, depth, aliases, numbers), then checked."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_PLAN_BYTES + 1)
    except OSError as exc:
        raise AnonymisationError(f"cannot read the plan {path} ({exc.strerror})") from None
    if len(raw) > MAX_PLAN_BYTES:
        raise AnonymisationError(f"the plan {path} is larger than 1 MB, too large for a plan")
    try:
        data, _lines = parse_yaml(raw.decode("utf-8-sig"), str(path))
    except UnicodeDecodeError as exc:
        raise AnonymisationError(f"the plan {path} is not UTF-8 text (byte {exc.start})") \
            from None
    except ProtocolError as exc:
        first = exc.problems[0]
        where = f" at {first.location}" if first.location else ""
        raise AnonymisationError(f"the plan {path} cannot be read{where}: {first.message}; "
                                 "fix it and export again") from None
    return plan_from_dict(data, str(path))
