"""The anonymisation record said in sentences, for an ethics reviewer who is not a statistician."""

from __future__ import annotations

from typing import Any

REDACT_OPTIONS = {
    "respondents": "the respondents' own names", "roster": "the names on the committee rosters",
    "member_states": "the member states", "capitals": "capitals and other cities",
    "organisations": "organisations", "emails": "e-mail addresses", "phones": "phone numbers",
    "urls": "web addresses and domains", "name_patterns": "names after a title (Mr, Ambassador…)",
}
GATES = {"quotation": "to be quoted", "attribution": "to be cited by role and organisation",
         "open_answers": "for their open answers to be used"}


def _bands(bands: Any) -> str:
    labels = [str(b[2]) for b in bands or [] if isinstance(b, list | tuple) and len(b) == 3]
    return ", ".join(labels)


def action_text(action: dict[str, Any]) -> str:
    """What was done to one variable, in words (never the plan's raw settings)."""
    kind = action.get("action")
    p = action.get("params") or {}
    to = p.get("to")
    if kind == "drop":
        return "removed from the data"
    if kind == "keep":
        return "kept as given"
    if kind == "pseudonymise":
        return "replaced by a code (the same person or record keeps the same code in every file)"
    if kind == "redact":
        return "names, places and contact details replaced by placeholders such as [PERSON-1]"
    if kind == "top_code":
        return f"values above {p.get('at')} shown as {p.get('at')}+"
    text = ""
    if to == "month":
        text = "cut to the month"
    elif to == "bands":
        text = f"put in bands ({_bands(p.get('bands'))})"
    elif to == "rank":
        text = "grouped into ranks (head of delegation, deputy head, diplomatic staff, other)"
    elif to == "mapping":
        groups = sorted({str(v) for v in (p.get("mapping") or {}).values()})
        text = f"grouped into {len(groups)} broader categories"
        if p.get("default"):
            text += f" (anything else: {p['default']})"
    if kind == "suppress":
        text = (text + "; " if text else "") + \
            "blanked for the few respondents still too easy to single out"
    elif kind == "generalise" and p.get("suppress"):
        text += "; blanked where a respondent was still too easy to single out"
    return text or str(kind).replace("_", " ")


def _was(value: Any, threshold: Any, what: str) -> str:
    if value is None:
        return f"{what} could not be measured (no quasi-identifier in the data)"
    ok = threshold is None or value >= threshold
    return f"{what} is {value}" + ("" if threshold is None else
                                    f" (the plan asks for at least {threshold}"
                                    f"{'' if ok else ': BELOW IT'})")


def risk_sentences(data: dict[str, Any]) -> list[str]:
    """The remaining risk in plain words."""
    after = data.get("risk_after") or {}
    k_thr, l_thr = data.get("k_threshold"), data.get("l_threshold")
    population = (data.get("population") or {}).get("size")
    out = []
    k = after.get("k")
    out.append(_was(k, k_thr, "k, the smallest group of respondents who look alike on every "
                              "identifying answer,") + ".")
    if k is not None:
        out.append(f"Put simply: whatever combination of identifying answers one looks at, at "
                   f"least {k} respondent{'s share' if k != 1 else ' shares'} it.")
    k_map = after.get("k_map")
    if k_map is not None:
        seats = f" of the {population} roster seats" if population else " on the public rosters"
        out.append(_was(k_map, k_thr, "k-map, the fewest people on the public lists who fit a "
                                      "respondent's public description,") + ".")
        out.append(f"Someone holding the public committee lists who knows a person was "
                   f"interviewed finds at least {k_map} candidate{'s' if k_map != 1 else ''}"
                   f"{seats} for each record: at worst a 1 in {k_map} chance of naming "
                   "them.")
    for name, value in sorted((after.get("l") or {}).items()):
        out.append(_was(value, l_thr, f"l-diversity of '{name}' (how many different answers "
                                      "each group of look-alike respondents gave)") + ".")
    at_risk = sorted(set(after.get("at_risk") or []) | set(after.get("k_map_at_risk") or []))
    if at_risk:
        out.append(f"{len(at_risk)} interview{'s' if len(at_risk) != 1 else ''} remain below the "
                   f"plan's k: {', '.join(str(n) for n in at_risk[:20])}"
                   f"{'…' if len(at_risk) > 20 else ''}.")
    numbering = numbering_sentence(data.get("numbering"))
    if numbering:
        out.append(numbering)
    if data.get("overridden") or data.get("override"):
        out.append("These data were written below a threshold of the plan on the lead's "
                   "recorded reason (kept in the team's encrypted audit log, not here).")
    return out


NUMBERING_ACTIONS = {"drop": "removes", "pseudonymise": "replaces by a code",
                     "generalise": "generalises", "top_code": "top-codes", "suppress": "blanks "
                     "for the respondents still too easy to single out", "redact": "redacts",
                     "keep": "blanks for the respondents still too easy to single out"}


def numbering_sentence(numbering: Any) -> str | None:
    """What became of interview numbers a lead gave in blocks by an answer; None without them."""
    if not isinstance(numbering, dict) or not numbering.get("item"):
        return None
    label = str(numbering.get("label") or numbering["item"])
    what = label[0].lower() + label[1:] if label[1:2].islower() else label  # "organisation"
    if not numbering.get("reassigned"):
        return (f"Interview numbers are the study's own: they were given in blocks by {what}, "
                "which this plan publishes as answered.")
    action = NUMBERING_ACTIONS.get(str(numbering.get("action")), "does not publish as answered")
    if numbering.get("suppress") and numbering.get("action") == "generalise":
        action += " (and blanks where a respondent is still too easy to single out)"
    return (f"Interview numbers were reassigned because they were given in blocks by {what}, "
            f"which this plan {action}; the new numbers follow no block and are the same in "
            "every file made with this plan.")


def redaction_sentence(plan: dict[str, Any]) -> str:
    options = plan.get("redact") or {}
    looked = [text for key, text in REDACT_OPTIONS.items() if options.get(key, True) is not False]
    skipped = [text for key, text in REDACT_OPTIONS.items() if options.get(key, True) is False]
    extra = options.get("extra_terms_count")
    text = "Open answers, quotes and notes were searched for " + ", ".join(looked)
    if extra:
        text += f", and {extra} further name{'s' if extra != 1 else ''} listed in the plan (not " \
                "shown here)"
    text += "; names caught once were replaced wherever they recur, in every script and " \
            "spelling; names marked by the interviewer or the lead were replaced everywhere."
    if skipped:
        text += f" Not searched for, by the plan's choice: {', '.join(skipped)}."
    return text


def consent_sentences(consent: list[dict[str, Any]]) -> list[str]:
    if not consent:
        return ["The protocol declares no consent items for quotation, attribution or open "
                "answers."]
    out = []
    for entry in consent:
        n = entry.get("withheld", 0)
        what = GATES.get(str(entry.get("gate")), str(entry.get("gate")))
        out.append(f"{n} respondent{'s' if n != 1 else ''} did not consent {what} "
                   f"(asked in: {', '.join(entry.get('items') or [])}); their material was "
                   "left out of these files accordingly.")
    return out
