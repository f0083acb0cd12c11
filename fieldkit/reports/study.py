"""The study summary PDF: fieldwork, tables and charts of every item, networks, codes, quotes."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from fieldkit.analysis.categorical import categorical_items, categorical_summary
from fieldkit.analysis.coding import code_counts
from fieldkit.analysis.descriptive import numeric_by_group, numeric_items
from fieldkit.analysis.network import (
    Network,
    name_generators,
    network_summary,
    place_respondents,
    study_networks,
)
from fieldkit.analysis.quotes import CitationMapping, cite_quotes
from fieldkit.analysis.values import rows_by_group, short_label
from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.model import Protocol
from fieldkit.timefmt import format_elapsed

from . import study_sections as sections
from .errors import ReportError
from .page import MARGIN, PAPER, Cancelled, Masthead, Progress, Tracker, build_pdf
from .theme import ALERT, FONT_COMMANDS, para, styles, table

Story = list[Flowable]


def masthead_for(dataset: Dataset, protocol: Protocol, title: str) -> Masthead:
    return Masthead(title=title, protocol=f"{protocol.id} v{protocol.version}",
                    plan_hash=dataset.plan_hash, generated=date.today().isoformat())


def identified_warning(width: float) -> Table:
    """A red box saying the data are identified, for the first page of such reports."""
    box = Table([[para("IDENTIFIED DATA — for the research team only. This report was made "
                       "without anonymisation: do not send it outside the team.", "head")]],
                colWidths=[width])
    box.setStyle(TableStyle([*FONT_COMMANDS, ("BOX", (0, 0), (-1, -1), 1.2, ALERT),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def _fieldwork(dataset: Dataset, by: str | None, width: float) -> Story:
    rows: list[list[object]] = [["Group", "Interviews", "Completed", "Other status",
                                 "Median length", "Fieldwork"]]
    groups = rows_by_group(dataset, by) if by else []
    for label, group in [*groups, ("All interviews", dataset.interviews)]:
        finished = sum(1 for r in group if r.get("status") in ("completed", "finished"))
        lengths = [r["duration_s"] for r in group if isinstance(r.get("duration_s"), int)]
        days = sorted(str(r.get("started_at") or "")[:10] for r in group if r.get("started_at"))
        span = f"{days[0]} to {days[-1]}" if days else "–"
        rows.append([short_label(label), len(group), finished, len(group) - finished,
                     format_elapsed(int(statistics.median(lengths)) * 1000) if lengths else "–",
                     span])
    interviewers = len({r.get("interviewer") for r in dataset.interviews if r.get("interviewer")})
    languages = sorted({r.get("language") for r in dataset.interviews if r.get("language")})
    return [para(f"{len(dataset.interviews)} interviews by {interviewers} interviewer(s), in "
                 f"{', '.join(languages) or 'an unrecorded language'}. Length is the time "
                 "spent interviewing, pauses excluded (h:mm:ss).", "body"),
            table(rows, [width * 0.26, width * 0.11, width * 0.11, width * 0.12, width * 0.13,
                         width * 0.27], numeric_from=1, total_row=bool(groups))]


def _front(dataset: Dataset, protocol: Protocol, by: str | None, width: float) -> Story:
    from .theme import key_values

    status = (f"Anonymised with plan {dataset.plan_hash}" if dataset.plan_hash
              else "IDENTIFIED — team only")
    facts = [("Protocol", f"{protocol.id} version {protocol.version}"),
             ("Protocol hash", protocol.content_hash[:32]),
             ("Data", status),
             ("Interviews", str(len(dataset.interviews))),
             ("Grouped by", short_label(by or "not grouped")),
             ("Made on", date.today().isoformat())]
    story: Story = [para(protocol.text(protocol.title, dataset.language), "title"),
                    para("Study summary", "subtitle"), key_values(facts, width), Spacer(1, 10)]
    if not dataset.anonymised:
        story += [identified_warning(width), Spacer(1, 10)]
    toc = TableOfContents()
    toc.levelStyles = [styles()["toc1"], styles()["toc2"]]
    toc.dotsMinLevel = 0
    toc.tableStyle = TableStyle([*FONT_COMMANDS, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story += [para("Contents", "contents"), toc, PageBreak()]
    return story


def _network_title(protocol: Protocol, item_id: str, fallback: str) -> str:
    """Name a network by its roster ("African Union Peace and Security Council"): the four
    generators of one protocol often share a question text."""
    item = protocol.items_by_id.get(item_id)
    roster = protocol.rosters.get(item.roster or "") if item else None
    if roster is None or roster.label is None:
        return fallback
    return short_label(protocol.text(roster.label).split(";")[0])


def study_story(dataset: Dataset, protocol: Protocol, *, by: str | None = "organisation",
                paper: str = "a4", identified: bool = False, max_quotes: int = 60,
                citation: CitationMapping | None = None,
                tracker: Tracker | None = None,
                networks: list[Network] | None = None,
                citations: dict[str, tuple[str, str]] | None = None) -> Story:
    """The flowables of the study report (the analysis is done here; layout is not)."""
    if not dataset.anonymised and not identified:
        raise ReportError("this dataset is not anonymised; anonymise it first, or ask for an "
                          "identified report (--identified) for the team only")
    if paper not in PAPER:
        raise ReportError(f"paper '{paper}' is not known; use a4 or letter")
    tracker = tracker or Tracker(None, None)
    width = PAPER[paper][0] - 2 * MARGIN
    hidden = {v.name for v in dataset.variables_of("interviews")
              if v.disclosure == "identifier"} | ({by} if by else set())
    numeric = [i for i in numeric_items(dataset) if i not in hidden]
    yes_no = [i for i in categorical_items(dataset, yes_no=True) if i not in hidden]
    choices = [i for i in categorical_items(dataset, yes_no=False) if i not in hidden]
    if networks is None and not dataset.anonymised:
        networks = study_networks(place_respondents(dataset, protocol), protocol)
    if networks is None:  # anonymised without the identities' figures: the best it can do
        networks = [n for n in (network_summary(dataset, i, protocol)
                                for i in name_generators(dataset)) if n.ties]
    steps: list[Callable[[], Story]] = []
    story = _front(dataset, protocol, by, width)
    story += [para("Fieldwork", "h1"), *_fieldwork(dataset, by, width)]

    def numbers() -> Story:
        out: Story = [para("Numbers by group", "h1")]
        for item in numeric:
            out += sections.numeric_section(numeric_by_group(dataset, item, by), width)
        return out

    def shares() -> Story:
        tables = [categorical_summary(dataset, i, by) for i in yes_no]
        tables = [t for t in tables if t.total.n]
        out: Story = [PageBreak(), para("Yes/no questions", "h1")]
        out += sections.yes_no_section(tables, width) if tables else [para("None answered.")]
        answered = [t for t in (categorical_summary(dataset, i) for i in choices) if t.total.n]
        if answered:
            out += [PageBreak(), para("Choice questions", "h1")]
            for t in answered:
                out += sections.choice_section(t, width)
        return out

    def network() -> Story:
        out: Story = sections.pooled_friends(networks) if networks else []
        for n in networks:
            out += sections.network_section(n, _network_title(protocol, n.item_id, n.label),
                                            width)
        return [PageBreak(), para("Networks", "h1"), *out] if networks else []

    def coding() -> Story:
        if not dataset.codings:
            return []
        return [PageBreak(), para("Coding of open answers", "h1"),
                *sections.coding_section(code_counts(dataset, protocol, by), width)]

    def quotes() -> Story:
        cited = cite_quotes(dataset, protocol.citation, citation, protocol=protocol,
                            identities=citations)
        if not cited:
            return []
        return [PageBreak(), para("Quotes", "h1"), *sections.quotes_section(cited, max_quotes)]

    def method() -> Story:
        return [para("Notes on method", "h1"), *(para(t, "small") for t in sections.METHOD)]

    steps = [numbers, shares, network, coding, quotes, method]
    tracker.phase(0, 30, len(steps))
    for step in steps:
        story += step()
        tracker.step()
    return story


def build_study_report(dataset: Dataset, protocol: Protocol, out: Path | str, *,
                       by: str | None = "organisation", paper: str = "a4",
                       identified: bool = False, max_quotes: int = 60,
                       citation: CitationMapping | None = None,
                       networks: list[Network] | None = None,
                       citations: dict[str, tuple[str, str]] | None = None,
                       progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> Path:
    """Write the study summary of ``dataset`` to ``out``.

    ``networks``: the name generators' networks computed on identities (the operations flow
    passes them, pseudonymised for an anonymised report); without them they are computed here.
    The dataset should be anonymised; an identified one is refused unless ``identified`` is
    set, and then every page says so. ``progress(done, total)`` is called in percent;
    ``cancelled()`` returning True stops the work with ReportCancelled and writes nothing."""
    tracker = Tracker(progress, cancelled)
    story = study_story(dataset, protocol, by=by, paper=paper, identified=identified,
                        max_quotes=max_quotes, citation=citation, tracker=tracker,
                        networks=networks, citations=citations)
    tracker.phase(30, 100, 1)
    title = short_label(protocol.text(protocol.title, dataset.language))
    return build_pdf(story, out, masthead_for(dataset, protocol, title), paper=paper,
                     tracker=tracker, contents=True)
