"""What the public knows: which quasi-identifiers an outsider can look up, matched on which
roster attribute, the population k-map counts in, and the attacker model in one sentence.

Population choice: every roster entry is one seat, standing for the person who heads that
delegation (an ambassador, or a chargé d'affaires or deputy where there was no ambassador, as
the roster's ``rank`` says; an older roster without ranks falls back on ``role``). Rank is
matched through the plan's own generalisation of the respondent's role, so a chargé matches
the delegations headed by a chargé and, once ranks are banded, every head of delegation. A
respondent who is not the head of their delegation matches no seat on rank and shows k-map
0: counted at risk, never as safe. A roster attribute left empty cannot rule its seat out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.anonymise.generalise import entry_transform
from fieldkit.anonymise.plan import Plan
from fieldkit.anonymise.risk import PublicField
from fieldkit.dataset.tables import Row

YEARS_FIELD = "accredited"
RANK_WORDS = {"ambassador": "ambassador", "charg": "chargé d'affaires", "deput": "deputy"}
PLURALS = {"ambassador": "ambassadors", "deputy": "deputies", "other": "others",
           "chargé d'affaires": "chargés d'affaires", "not given": "not given"}


def _same(value: Any) -> Any:
    return value


def is_public(entry: dict[str, Any]) -> bool:
    """Public when the plan says so; by default when it names a roster attribute."""
    flag = entry.get("public")
    return bool(entry.get("roster_field")) if flag is None else flag is True


def answerable(population: Sequence[Row], roster_field: str) -> bool:
    """Whether the rosters give this attribute for at least one entry."""
    probe = PublicField("", roster_field)
    return any(probe.attribute(e) not in (None, "") for e in population)


@dataclass(frozen=True)
class Public:
    """The public side of one anonymisation run."""

    fields: dict[str, PublicField]  # output values matched on the rosters (after)
    raw_fields: dict[str, PublicField]  # identified answers matched on the rosters (before)
    quasi_identifiers: list[dict[str, Any]]  # per QI: name, public, roster_field, in_k_map
    population: dict[str, Any]
    attacker_model: str


def public_side(plan: Plan, qis: Sequence[str], population: Sequence[Row]) -> Public:
    fields: dict[str, PublicField] = {}
    raw: dict[str, PublicField] = {}
    described = []
    for q in qis:
        e = plan.entry("interviews", q)
        rf = str(e.get("roster_field") or "") or None
        public = is_public(e)
        used = bool(public and rf and answerable(population, rf))
        if used:
            assert rf is not None
            fields[q] = PublicField(q, rf, entry_transform(e, strict=False) or _same,
                                    years=rf == YEARS_FIELD)
            raw[q] = PublicField(q, rf, _same, years=rf == YEARS_FIELD)
        if used:
            note = f"matched on the rosters' {rf}"
        elif public and rf:
            note = f"public, but the rosters do not give {rf}: not in k-map"
        elif public:
            note = "public, but no roster attribute answers it: not in k-map"
        else:
            note = "not public: in k (the sample) only"
        described.append({"name": q, "public": public, "roster_field": rf, "in_k_map": used,
                          "action": str(e.get("action", "keep")), "note": note})
    return Public(fields, raw, described, describe_population(population),
                  attacker_model(described))


def _rank(value: Any) -> str:
    folded = re.sub(r"\s+", " ", str(value or "").lower())
    return next((name for stem, name in RANK_WORDS.items() if stem in folded),
                "other" if folded else "not given")


def describe_population(population: Sequence[Row]) -> dict[str, Any]:
    """Size and make-up of the population k-map counts in: no names, only counts."""
    probe = PublicField("", "rank")
    heads = Counter(_rank(probe.attribute(e)) for e in population)
    rosters = Counter(str(e.get("roster") or "") for e in population)
    attributes = [f for f in ("organisation", "member_state", "group", "alliance", "rank",
                              "gender", YEARS_FIELD) if answerable(population, f)]
    parts = ", ".join(f"{n} {PLURALS.get(name, name) if n != 1 else name}"
                      for name, n in sorted(heads.items(), key=lambda x: -x[1]))
    return {
        "size": len(population), "rosters": dict(sorted(rosters.items())),
        "heads": dict(sorted(heads.items())), "attributes": attributes,
        "includes": (f"every seat on the protocol's rosters ({len(population)} delegations), "
                     f"each standing for the person heading it: {parts or 'no ranks given'}. "
                     "A respondent who does not head the delegation matches no seat on rank "
                     "and counts as at risk."),
    }


def attacker_model(described: Sequence[dict[str, Any]]) -> str:
    public = [d["name"] for d in described if d["in_k_map"]]
    hidden = [d["name"] for d in described if not d["public"]]
    return ("An outsider who knows that someone was interviewed and holds the public lists of "
            "the committees (the rosters: organisation, member state, sub-region, alliance and, "
            "for each delegation's head, gender, rank and year of accreditation) looks for "
            "that person's record in the anonymised files. k-map counts the roster seats that "
            f"share a record's public values ({', '.join(public) or 'none'}); k counts the "
            "respondents that share all its quasi-identifier values, including those the "
            f"public cannot look up ({', '.join(hidden) or 'none'}).")


def reference_years(plan: Plan, rows: Sequence[Row], date_columns: Sequence[str]) -> list[Any]:
    """Per interview, the year years in post are counted to: the plan's reference_year, else
    the year the interview took place."""
    out: list[int | None] = []
    for row in rows:
        year = plan.reference_year
        for col in ("started_at", *date_columns):
            if year is not None:
                break
            text = row.get(col)
            if isinstance(text, str) and re.match(r"\d{4}-", text):
                year = int(text[:4])
        out.append(year)
    return out
