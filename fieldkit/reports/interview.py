"""The interview summary PDF: facts, answers by section with their times, people, quotes, notes."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldkit.analysis.quotes import CitationMapping, cite_quotes
from fieldkit.analysis.values import missing_kind, value_label
from fieldkit.dataset.tables import Dataset, Row
from fieldkit.protocol.model import GROUP_TYPES, Item, Protocol
from fieldkit.timefmt import format_elapsed

from .errors import ReportError
from .page import MARGIN, PAPER, Cancelled, Progress, Tracker, build_pdf
from .study import identified_warning, masthead_for
from .theme import key_values, para, table

Story = list[Flowable]


def find_interview(dataset: Dataset, key: str | int) -> Row:
    """The interview by number (``20``) or by its id or a unique start of it."""
    text = str(key).strip()
    rows = dataset.interviews
    if text.isdigit():
        hit = [r for r in rows if str(r.get("number")) == text]
    else:
        hit = [r for r in rows if str(r.get("interview_id", "")).startswith(text)] if text else []
    if len(hit) == 1:
        return hit[0]
    if not hit:
        raise ReportError(f"there is no interview '{text}' in the study; give its number "
                          "(as on the home screen) or its id")
    raise ReportError(f"'{text}' matches {len(hit)} interviews; give more of the id")


#: (item, person) -> elapsed ms of the latest answer.
Times = dict[tuple[str, str | None], int]


def _times(dataset: Dataset, interview_id: str) -> Times:
    """(item, person) -> elapsed ms of the latest answer."""
    out: Times = {}
    for t in dataset.timings:
        if t.get("interview_id") == interview_id and t.get("elapsed_ms") is not None:
            key = (t["item_id"], t.get("person_id"))
            out[key] = max(out.get(key, 0), int(t["elapsed_ms"]))
    return out


def _answer(dataset: Dataset, table_name: str, item: Item, value: object) -> Flowable:
    text = value_label(dataset, table_name, item.id, value)
    if item.units and not missing_kind(value):
        text = f"{text} {item.units}"
    return para(text, "small" if missing_kind(value) else "cell")


def _people(dataset: Dataset, protocol: Protocol, item: Item, row: Row,
            times: Times, width: float) -> Story:
    people = sorted((p for p in dataset.people if p.get("interview_id") == row["interview_id"]
                     and p.get("item_id") == item.id), key=lambda p: p.get("position") or 0)
    if not people:
        return []
    # Follow-up questions are long, so columns are lettered and the letters explained above.
    follow = [c for c in item.items if c.takes_answer and any(p.get(c.id) is not None
                                                              for p in people)]
    letters = [chr(ord("A") + i) for i in range(len(follow))]
    key = "; ".join(f"{letter}: {protocol.text(c.label, dataset.language)}"
                    for letter, c in zip(letters, follow, strict=True))
    rows: list[list[object]] = [["#", "Person", "Group · alliance", *letters, "Time"]]
    for p in people:
        group = " · ".join(x for x in (p.get("group"), p.get("alliance")) if x) or "–"
        name = p.get("name") or "–"
        if p.get("free_entry"):
            name += " (not on the roster)"
        rows.append([p.get("position") or "", name, group,
                     *(_answer(dataset, "people", c, p.get(c.id)) if p.get(c.id) is not None
                       else "–" for c in follow),
                     format_elapsed(times.get((item.id, p.get("person_id"))))])
    rest = width * 0.14
    widths = [width * 0.05, width * 0.25, width * 0.22] + [rest] * len(follow) + [width * 0.08]
    scale = width / sum(widths)
    return [para(key, "small") if key else Spacer(1, 1),
            table(rows, [w * scale for w in widths]), Spacer(1, 6)]


def _section_story(dataset: Dataset, protocol: Protocol, row: Row, times: Times,
                   width: float) -> Story:
    story: Story = []
    lang = dataset.language
    for section in protocol.sections:
        rows: list[list[object]] = [["Question", "Answer", "Time"]]
        after: Story = []
        for item in section.items:
            value = row.get(item.id)
            if not item.takes_answer or value is None or item.id not in row:
                continue
            label = protocol.text(item.label, lang)
            if item.type in GROUP_TYPES and not missing_kind(value):
                rows.append([label, f"{value} named (below)" if value else "None named",
                             format_elapsed(times.get((item.id, None)))])
                after += [para(f"People named: {label}", "h3"), *_people(dataset, protocol, item, row, times,
                                                      width)]
                continue
            rows.append([label, _answer(dataset, "interviews", item, value),
                         format_elapsed(times.get((item.id, None)))])
        if len(rows) > 1:
            story += [para(protocol.text(section.title, lang), "h2"),
                      table(rows, [width * 0.5, width * 0.4, width * 0.1], numeric_from=2),
                      *after]
    return story


def build_interview_report(dataset: Dataset, protocol: Protocol, interview: str | int,
                           out: Path | str, *, paper: str = "a4", identified: bool = False,
                           citation: CitationMapping | None = None,
                           progress: Progress | None = None,
                           cancelled: Cancelled | None = None) -> Path:
    """Write the summary of one interview (by number or id) to ``out``.

    An identified dataset is refused unless ``identified`` is set; then every page says so."""
    if not dataset.anonymised and not identified:
        raise ReportError("this dataset is not anonymised; anonymise it first, or ask for an "
                          "identified report (--identified) for the team only")
    if paper not in PAPER:
        raise ReportError(f"paper '{paper}' is not known; use a4 or letter")
    tracker = Tracker(progress, cancelled)
    tracker.phase(0, 20, 1)
    row = find_interview(dataset, interview)
    width = PAPER[paper][0] - 2 * MARGIN
    lang = dataset.language
    started = str(row.get("started_at") or "")
    facts = [
        ("Protocol", f"{protocol.text(protocol.title, lang)} ({protocol.id} v{protocol.version})"),
        ("Interview number", str(row.get("number", "–"))),
        ("Interviewer", str(row.get("interviewer") or "–")),
        ("Date", f"{started[:10]} at {started[11:16]} UTC" if len(started) >= 16 else "–"),
        ("Duration", format_elapsed((row.get("duration_s") or 0) * 1000)
         + " (pauses excluded)"),
        ("Language", value_label(dataset, "interviews", "language", row.get("language"))),
        ("Status", str(row.get("status") or "–").replace("_", " ")),
    ]
    story: Story = [para(f"Interview {row.get('number', '')}", "title"),
                    para("Interview summary", "subtitle"), key_values(facts, width),
                    Spacer(1, 8)]
    if not dataset.anonymised:
        story += [identified_warning(width), Spacer(1, 8)]
    times = _times(dataset, row["interview_id"])
    story += [para("Answers", "h1"), *_section_story(dataset, protocol, row, times, width)]
    tracker.step()
    quotes = [q for q in cite_quotes(dataset, protocol.citation, citation)
              if q.interview_id == row["interview_id"]]
    if quotes:
        story.append(para("Quotes", "h1"))
        story += [KeepTogether([para(f"“{q.text}”", "quote"), para(q.citation, "cite")])
                  for q in quotes]
    notes = sorted((n for n in dataset.notes if n.get("interview_id") == row["interview_id"]),
                   key=lambda n: n.get("elapsed_ms") or 0)
    if notes:
        story.append(para("Notes", "h1"))
        rows: list[list[object]] = [["Time", "About", "Note"]]
        for n in notes:
            about = n.get("item_id")
            item = protocol.items_by_id.get(about or "")
            rows.append([n.get("elapsed") or format_elapsed(n.get("elapsed_ms")),
                         protocol.text(item.label, lang) if item else "The interview",
                         n.get("text") or ""])
        story.append(table(rows, [width * 0.1, width * 0.35, width * 0.55]))
    tracker.phase(20, 100, 1)
    title = f"Interview {row.get('number', '')} · {protocol.text(protocol.title, lang)}"
    return build_pdf(story, out, masthead_for(dataset, protocol, title[:90]), paper=paper,
                     tracker=tracker)
