"""The words to redact from a dataset's free text: people, delegations, places, organisations."""

from __future__ import annotations

from typing import Any

from fieldkit.anonymise.capitals import CAPITALS, ORGANISATIONS
from fieldkit.anonymise.generalise import fold
from fieldkit.anonymise.redact import COMMON_CAPITALISED, Term
from fieldkit.dataset.tables import Dataset

MIN_TOKEN = 3


def _person(name: str, entity: str, skip: set[str]) -> list[Term]:
    """A full name and each of its words (a surname alone still names the person)."""
    out = [Term(name, "PERSON", entity)]
    for word in name.replace("-", " ").split():
        word = word.strip(".,'’")
        if len(word) >= MIN_TOKEN and fold(word) not in skip:
            out.append(Term(word, "PERSON", entity))
    return out


def _as_text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def redaction_terms(data: Dataset, options: dict[str, Any]) -> list[Term]:
    """Terms from the population, the dataset's identifiers and the plan's extra terms."""
    on = {k: options.get(k, True) is not False for k in
          ("respondents", "roster", "member_states", "capitals", "organisations")}
    states = sorted({e["member_state"] for e in data.population if e.get("member_state")})
    skip = set(COMMON_CAPITALISED) | {fold(s) for s in states}
    terms: list[Term] = []
    if on["roster"]:
        for e in data.population:
            label = _as_text(e.get("label"))
            if not label:
                continue
            if fold(label) == fold(e.get("member_state") or ""):
                terms.append(Term(label, "DELEGATION", f"roster:{e['id']}"))
            else:
                terms += _person(label, f"roster:{e['id']}", skip)
    if on["respondents"]:
        ids = [v.name for v in data.variables_of("interviews")
               if v.disclosure == "identifier" and v.type == "string" and v.item_id]
        for row in data.interviews:
            for name in ids:
                text = _as_text(row.get(name))
                if text and text not in (".r", ".d", ".n"):
                    terms += _person(text, f"respondent:{fold(text)}", skip)
        for row in data.people:
            text = _as_text(row.get("name"))
            if text and row.get("free_entry"):
                terms += _person(text, f"named:{fold(text)}", skip)
    if on["member_states"]:
        terms += [Term(s, "COUNTRY") for s in states]
    if on["capitals"]:
        terms += [Term(CAPITALS[s], "CITY") for s in states if s in CAPITALS]
    if on["organisations"]:
        orgs = {e["organisation"] for e in data.population if e.get("organisation")}
        terms += [Term(o, "ORGANISATION") for o in sorted(orgs | set(ORGANISATIONS))]
    for extra in options.get("extra_terms") or []:
        if isinstance(extra, str):
            terms.append(Term(extra, "PERSON", f"extra:{fold(extra)}"))
        elif isinstance(extra, dict) and extra.get("text"):
            kind = str(extra.get("kind", "PERSON")).upper()
            terms.append(Term(str(extra["text"]), kind, f"extra:{fold(str(extra['text']))}"))
    return terms
