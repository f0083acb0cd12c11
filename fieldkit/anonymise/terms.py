"""The words to redact from a dataset's free text: people, delegations, places, organisations."""

from __future__ import annotations

from typing import Any

from fieldkit.anonymise.capitals import CAPITALS
from fieldkit.anonymise.generalise import fold
from fieldkit.anonymise.redact import Term
from fieldkit.dataset.tables import Dataset

SPECIAL = (".r", ".d", ".n")


def _as_text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _on(options: dict[str, Any], name: str) -> bool:
    return options.get(name, True) is not False


def marked_names(data: Dataset) -> list[str]:
    """Names an interviewer or the lead marked as a name in a text."""
    return [n.strip() for n in getattr(data, "marked_names", None) or []
            if isinstance(n, str) and n.strip()]


def redaction_terms(data: Dataset, options: dict[str, Any]) -> list[Term]:
    """Terms from the population, the dataset's identifiers, names marked in texts and the
    plan's extra terms (a person's name as a string, or ``{text, kind}``)."""
    states = sorted({e["member_state"] for e in data.population if e.get("member_state")})
    terms: list[Term] = []
    if _on(options, "roster"):
        for e in data.population:
            label = _as_text(e.get("label"))
            if not label:
                continue
            if fold(label) == fold(e.get("member_state") or ""):
                terms.append(Term(label, "COUNTRY"))
            else:
                terms.append(Term(label, "PERSON", f"roster:{e['id']}"))
    if _on(options, "respondents"):
        ids = [v.name for v in data.variables_of("interviews")
               if v.disclosure == "identifier" and v.type == "string" and v.item_id]
        for row in data.interviews:
            for name in ids:
                text = _as_text(row.get(name))
                if text and text not in SPECIAL:
                    terms.append(Term(text, "PERSON", f"respondent:{fold(text)}"))
        for row in data.people:
            text = _as_text(row.get("name"))
            if text and row.get("free_entry"):
                terms.append(Term(text, "PERSON", f"named:{fold(text)}"))
    for name in marked_names(data):
        terms.append(Term(name, "PERSON", f"marked:{fold(name)}", strong=True))
    if _on(options, "member_states"):
        terms += [Term(s, "COUNTRY") for s in states]
    if _on(options, "capitals"):
        terms += [Term(CAPITALS[s], "CITY") for s in states if s in CAPITALS]
    if _on(options, "organisations") and options.get("organisations") != "keep":
        orgs = {e["organisation"] for e in data.population if e.get("organisation")}
        terms += [Term(o, "ORGANISATION") for o in sorted(orgs)]
    for extra in options.get("extra_terms") or []:
        if isinstance(extra, str) and extra.strip():
            terms.append(Term(extra, "PERSON", f"extra:{fold(extra)}", strong=True))
        elif isinstance(extra, dict) and extra.get("text"):
            kind = str(extra.get("kind", "PERSON")).upper()
            terms.append(Term(str(extra["text"]), kind, f"extra:{fold(str(extra['text']))}",
                              strong=kind == "PERSON"))
    return terms


def phone_regions(data: Dataset) -> list[str]:
    """ISO codes of the roster's member states: where a local phone number may be from."""
    from fieldkit.anonymise.gazetteer import countries, phrase

    names = countries()
    out: list[str] = []
    for e in data.population:
        code = names.get(phrase(e.get("member_state") or ""))
        if code and code not in out:
            out.append(code)
    return out


def redactor_options(options: dict[str, Any]) -> dict[str, Any]:
    """The plan's ``redact`` options as :class:`~fieldkit.anonymise.redact.Redactor` keywords
    (``countries``/``cities`` follow ``member_states``/``capitals`` unless set)."""
    out: dict[str, Any] = {k: options.get(k, True) is not False for k in
                           ("emails", "phones", "urls", "handles", "dates", "ids", "addresses",
                            "nationalities", "name_patterns")}
    out["countries"] = options.get("countries", options.get("member_states", True)) is not False
    out["cities"] = options.get("cities", options.get("capitals", True)) is not False
    org = options.get("organisations", True)
    out["organisations"] = org if isinstance(org, list) else org is not False and org != "keep"
    return out
