"""The anonymisation report PDF: the plan, what was done per variable, risk, redacted texts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

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


def highlighted(text: str, spans: list) -> Paragraph:
    """The redacted text with each placeholder marked, so a reviewer sees what was replaced."""
    parts, at = [], 0
    for start, end, _placeholder in sorted((int(s[0]), int(s[1]), s[2]) for s in spans):
        if start < at or end > len(text):
            continue
        parts.append(escape(text[at:start]))
        parts.append(f'<font backColor="{MARK.hexval().replace("0x", "#")}"><b>'
                     f"{escape(text[start:end])}</b></font>")
        at = end
    parts.append(escape(text[at:]))
    return Paragraph("".join(parts), styles()["body"])


def _risk(before: dict | None, after: dict | None) -> list[list[object]]:
    def get(d: dict | None, key: str) -> object:
        value = (d or {}).get(key)
        if isinstance(value, list):
            return len(value)
        return "–" if value is None else value

    rows: list[list[object]] = [["Measure", "Before", "After"]]
    for key, label in (("k", "k (smallest group sharing all quasi-identifiers)"),
                       ("k_map", "k-map (against the roster population)"),
                       ("classes", "Distinct combinations"),
                       ("at_risk", "Interviews below the k threshold"),
                       ("k_map_at_risk", "Interviews below it against the roster")):
        rows.append([label, get(before, key), get(after, key)])
    for name in sorted(set((before or {}).get("l", {})) | set((after or {}).get("l", {}))):
        rows.append([f"l-diversity of {name}", (before or {}).get("l", {}).get(name, "–"),
                     (after or {}).get("l", {}).get(name, "–")])
    return rows


def _params(params: dict) -> str:
    text = json.dumps(params, ensure_ascii=False, sort_keys=True) if params else ""
    return text if len(text) <= 90 else text[:89] + "…"


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
    facts = [("Protocol", f"{proto.get('id', '–')} version {proto.get('version', '–')}"),
             ("Protocol hash", str(proto.get("hash", "–"))[:32]),
             ("Plan hash", data["plan_hash"]),
             ("k threshold", str(data.get("k_threshold", "–"))),
             ("l threshold", str(data.get("l_threshold", "–")))]
    if data.get("override"):
        facts.append(("Exported below the k threshold because", data["override"]))
    story: Story = [para(title, "title"),
                    para("What was done to the data before it left the team", "subtitle"),
                    key_values(facts, width), Spacer(1, 8)]
    story += [para("Disclosure risk before and after", "h1"),
              table(_risk(data.get("risk_before"), data.get("risk_after")),
                    [width * 0.6, width * 0.2, width * 0.2], numeric_from=1)]
    actions = [["Table", "Variable", "Class", "Action", "Settings", "Cells changed"]]
    for a in data.get("actions", []):
        actions.append([a.get("table", ""), a.get("name", ""),
                        str(a.get("disclosure", "")).replace("_", " "),
                        str(a.get("action", "")).replace("_", " "), _params(a.get("params", {})),
                        a.get("changed", 0)])
    story += [para("What was done to each variable", "h1"),
              table(actions, [width * r for r in (0.13, 0.2, 0.15, 0.12, 0.28, 0.12)],
                    numeric_from=5)]
    replaced = [["Kind of placeholder", "Replacements"]]
    replaced += [[kind, count] for kind, count in (data.get("replacements") or {}).items()]
    story += [para("Replacements in open text", "h1"),
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
    for heading, key in (("Warnings", "warnings"),):
        if data.get(key):
            story += [para(heading, "h1"), *(para(f"• {w}") for w in data[key])]
    residual = data.get("residual_names") or []
    if residual:
        rows = [["Interview", "Where", "Possible name left in the text"]]
        rows += [[r.get("number", "–"), f"{r.get('table', '')}.{r.get('column', '')}",
                  r.get("candidate", "")] for r in residual]
        story.append(KeepTogether([
            para("Left for the reviewer to check", "h1"),
            para("Capitalised words that look like names and were not replaced. They are in "
                 "the anonymised output as shown; check each.", "small"),
            table(rows, [width * 0.15, width * 0.35, width * 0.5])]))
    tracker.step()
    texts = data.get("redacted_texts") or []
    if texts:
        story += [para("Redacted open answers", "h1"),
                  para("Each text as it leaves the team, placeholders highlighted. The removed "
                       "originals are not in this report.", "small")]
        for t in texts:
            where = f"Interview {t.get('number', '–')} · {t.get('item_id') or t.get('column')}"
            story.append(KeepTogether([para(where, "h3"),
                                       highlighted(t.get("text", ""), t.get("spans", []))]))
    tracker.phase(20, 100, 1)
    masthead = Masthead(title=title, protocol=f"{proto.get('id', '')} v{proto.get('version', '')}",
                        plan_hash=data["plan_hash"], generated=date.today().isoformat())
    return build_pdf(story, out, masthead, paper=paper, tracker=tracker)
