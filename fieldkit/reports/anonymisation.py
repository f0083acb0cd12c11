"""The anonymisation report PDF: the plan, what was done per variable, risk, redacted texts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from .anonymisation_text import action_text, consent_sentences, redaction_sentence, risk_sentences
from .bidi import PLACEHOLDER, is_rtl, rtl_lines
from .errors import ReportError
from .page import MARGIN, PAPER, Cancelled, Masthead, Progress, Tracker, build_pdf
from .theme import MARK, key_values, para, styles, table

Story = list[Flowable]


def record_data(record: Any) -> dict[str, Any]:
    """The record as plain data: an ``AnonymisationRecord`` (through its ``to_dict``, which
    leaves out the original-to-placeholder mapping) or a dict of the same JSON shape."""
    data = record.to_dict() if hasattr(record, "to_dict") else record
    if not isinstance(data, dict) or "plan_hash" not in data:
        raise ReportError("the anonymisation record has no plan hash; make it with "
                          "'fieldkit anonymise' and try again")
    data = dict(data)
    data.pop("mapping", None)  # the originals never reach a report, whatever the caller passed
    return data


def highlighted(text: str, spans: list[Any], width: float | None = None) -> list[Flowable]:
    """The redacted text with each placeholder marked, so a reviewer sees what was replaced;
    right-to-left text is laid out line by line in visual order."""
    if is_rtl(text) and width:
        st = styles()["body"]
        rtl = ParagraphStyle("rtl", st, alignment=TA_RIGHT, spaceAfter=0)
        lines = rtl_lines(text, st.fontName, st.fontSize, width)
        return [Paragraph(_marked_placeholders(line), rtl) for line in lines]
    parts, at = [], 0
    for start, end, _placeholder in sorted((int(s[0]), int(s[1]), s[2]) for s in spans):
        if start < at or end > len(text):
            continue
        parts.append(escape(text[at:start]))
        parts.append(_mark(text[start:end]))
        at = end
    parts.append(escape(text[at:]))
    return [Paragraph("".join(parts), styles()["body"])]


def _mark(placeholder: str) -> str:
    return (f'<font backColor="{MARK.hexval().replace("0x", "#")}"><b>'
            f"{escape(placeholder)}</b></font>")


def _marked_placeholders(line: str) -> str:
    out, at = [], 0
    for m in PLACEHOLDER.finditer(line):
        out += [escape(line[at:m.start()]), _mark(m.group())]
        at = m.end()
    out.append(escape(line[at:]))
    return "".join(out)


def _risk(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[list[object]]:
    def get(d: dict[str, Any] | None, key: str) -> object:
        value = (d or {}).get(key)
        if isinstance(value, list):
            return len(value)
        return "–" if value is None else value

    rows: list[list[object]] = [["Measure", "Before", "After"]]
    for key, label in (("k", "k: fewest respondents sharing all identifying answers"),
                       ("k_map", "k-map: fewest roster seats fitting a public description"),
                       ("classes", "Distinct combinations of identifying answers"),
                       ("at_risk", "Interviews below the plan's k"),
                       ("k_map_at_risk", "Interviews below it against the public rosters")):
        rows.append([label, get(before, key), get(after, key)])
    for name in sorted(set((before or {}).get("l", {})) | set((after or {}).get("l", {}))):
        rows.append([f"l: different answers to {name} in each look-alike group",
                     (before or {}).get("l", {}).get(name, "–"),
                     (after or {}).get("l", {}).get(name, "–")])
    return rows


def _quasi_rows(data: dict[str, Any]) -> list[list[object]]:
    actions = {(a.get("table"), a.get("name")): a for a in data.get("actions", [])}
    rows: list[list[object]] = [["Identifying answer", "Can an outsider look it up?",
                                 "What was done"]]
    for q in data.get("quasi_identifiers") or []:
        action = actions.get(("interviews", q.get("name")), {})
        public = ("yes, on the public rosters" if q.get("in_k_map") else
                  "yes" if q.get("public") else "no: only the sample knows it")
        rows.append([q.get("name", ""), public, action_text(action) if action else "–"])
    return rows


def _record_rows(after: dict[str, Any] | None, threshold: int | None) -> list[list[object]]:
    rows: list[list[object]] = [["Interview", "k", "k-map", "Chance of naming (worst)", ""]]
    records = sorted((after or {}).get("records") or [],
                     key=lambda r: (-(r.get("risk_k_map") or r.get("risk_k") or 0),
                                    r.get("number") or 0))
    for r in records:
        worst = max(r.get("risk_k") or 0, r.get("risk_k_map") or 0)
        low = min(x for x in (r.get("k"), r.get("k_map")) if x is not None) \
            if r.get("k") is not None or r.get("k_map") is not None else None
        flag = "at risk" if threshold and low is not None and low < threshold else ""
        rows.append([r.get("number", "–"), r.get("k", "–"), r.get("k_map", "–"),
                     f"{worst:.0%}" if worst else "–", flag])
    return rows


def build_anonymisation_report(record: Any, out: Path | str, *, paper: str = "a4",
                               title: str = "Anonymisation report",
                               progress: Progress | None = None,
                               cancelled: Cancelled | None = None) -> Path:
    """Write the reviewer's account of an anonymisation run to ``out``."""
    data = record_data(record)
    if paper not in PAPER:
        raise ReportError(f"paper '{paper}' is not known; use a4 or letter")
    tracker = Tracker(progress, cancelled)
    tracker.phase(0, 20, 1)
    width = PAPER[paper][0] - 2 * MARGIN
    proto = data.get("protocol") or {}
    after = data.get("risk_after") or {}
    story: Story = [para(title, "title"),
                    para("What was done to the data before they left the team, and how "
                         "identifiable the respondents still are", "subtitle")]
    story += [para("In brief", "h1"), *(para(f"• {s}") for s in risk_sentences(data))]
    if data.get("attacker_model"):
        story += [para("Who we assume is trying to identify a respondent", "h1"),
                  para(data["attacker_model"])]
    population = data.get("population") or {}
    if population.get("includes"):
        story += [para("The public lists the risk is measured against", "h2"),
                  para(f"{population.get('size', '–')} people: {population['includes']}")]
    if data.get("quasi_identifiers"):
        story += [para("Identifying answers and what was done to them", "h1"),
                  table(_quasi_rows(data), [width * 0.25, width * 0.27, width * 0.48])]
    story += [para("Disclosure risk before and after", "h1"),
              table(_risk(data.get("risk_before"), after),
                    [width * 0.6, width * 0.2, width * 0.2], numeric_from=1)]
    if after.get("records"):
        story += [para("Risk per interview", "h2"),
                  para("The worst chance that someone holding the public lists names the "
                       "respondent: 1 in k-map (or 1 in k within the sample). Highest first.",
                       "small"),
                  table(_record_rows(after, data.get("k_threshold")),
                        [width * r for r in (0.15, 0.12, 0.12, 0.3, 0.2)], numeric_from=1)]
    suggestions = [s for s in data.get("suggestions") or [] if s.get("text")]
    if suggestions:
        story += [para("Ways to lower the risk further", "h2"),
                  *(para(f"• {s['text']}") for s in suggestions[:6])]
    story += [para("Consent", "h1"), *(para(s) for s in consent_sentences(data.get("consent")
                                                                       or []))]
    actions = [["Table", "Variable", "Class", "What was done", "Cells changed"]]
    for a in data.get("actions", []):
        actions.append([a.get("table", ""), a.get("name", ""),
                        str(a.get("disclosure", "")).replace("_", " "), action_text(a),
                        a.get("changed", 0)])
    story += [para("What was done to each variable", "h1"),
              table(actions, [width * r for r in (0.13, 0.2, 0.14, 0.41, 0.12)],
                    numeric_from=4)]
    replaced = [["Kind of placeholder", "Replacements"]]
    replaced += [[kind, count] for kind, count in (data.get("replacements") or {}).items()]
    story += [para("Replacements in open text", "h1"),
              para(redaction_sentence(data.get("plan") or {})),
              table(replaced, [width * 0.6, width * 0.2], numeric_from=1)
              if len(replaced) > 1 else para("No text needed replacing.")]
    suppressed = data.get("suppressed") or []
    story.append(para("Suppressed records", "h1"))
    if suppressed:
        rows = [["Interview", "Values suppressed"]]
        rows += [[s.get("number", "–"), ", ".join(s.get("variables", []))] for s in suppressed]
        story.append(table(rows, [width * 0.2, width * 0.8]))
    else:
        story.append(para("No record had to be suppressed."))
    if data.get("warnings"):
        story += [para("Warnings", "h1"), *(para(f"• {w}") for w in data["warnings"])]
    kept = [c for c in data.get("candidates") or [] if c.get("decided") == "keep"]
    if kept:
        rows = [["Word kept", "Kind", "Decided"]]
        rows += [[c.get("text", ""), c.get("kind", ""), "kept by the team"] for c in kept]
        story.append(KeepTogether([
            para("Words the scan flagged and the team kept", "h1"),
            para("The scan flags words that might name someone; a person decided each. These "
                 "were judged not to identify anyone and are in the data as shown.", "small"),
            table(rows, [width * 0.45, width * 0.25, width * 0.3])]))
    tracker.step()
    texts = data.get("redacted_texts") or []
    if texts:
        story += [para("Redacted open answers", "h1"),
                  para("Each text as it leaves the team, placeholders highlighted. The removed "
                       "originals are not in this report.", "small")]
        for t in texts:
            where = f"Interview {t.get('number', '–')} · {t.get('item_id') or t.get('column')}"
            story.append(KeepTogether([para(where, "h3"),
                                       *highlighted(t.get("text", ""), t.get("spans", []),
                                                    width)]))
    story += [para("Identity of these files", "h2"),
              key_values([("Protocol", f"{proto.get('id', '–')} version "
                                       f"{proto.get('version', '–')}"),
                          ("Protocol hash", str(proto.get("hash", "–"))[:32]),
                          ("Plan hash", data["plan_hash"]),
                          ("Thresholds", f"k {data.get('k_threshold', '–')}, "
                                         f"l {data.get('l_threshold', '–')}")], width)]
    tracker.phase(20, 100, 1)
    masthead = Masthead(title=title, protocol=f"{proto.get('id', '')} v{proto.get('version', '')}",
                        plan_hash=data["plan_hash"], generated=date.today().isoformat())
    return build_pdf(story, out, masthead, paper=paper, tracker=tracker)
