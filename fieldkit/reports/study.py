"""The study report PDF: title page, executive summary, sample, one section per construct,
networks, codes, quotes and an appendix."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from fieldkit.analysis.categorical import categorical_items, categorical_summary
from fieldkit.analysis.coding import code_counts
from fieldkit.analysis.composition import composition
from fieldkit.analysis.descriptive import numeric_by_group, numeric_items
from fieldkit.analysis.episodes import episode_tables
from fieldkit.analysis.group_tests import categorical_groups_test, numeric_groups_test
from fieldkit.analysis.network import (
    Network,
    name_generators,
    network_summary,
    place_respondents,
    study_networks,
)
from fieldkit.analysis.quotes import CitationMapping, cite_quotes
from fieldkit.analysis.values import rows_by_group, short_label
from fieldkit.counting import counted
from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.model import Protocol
from fieldkit.timefmt import format_elapsed

from . import study_sections as sections
from . import study_summary as front
from .episodes import episodes_section
from .errors import ReportError
from .page import MARGIN, PAPER, Cancelled, Masthead, Progress, Tracker, build_pdf
from .study_cases import cases_section
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


def _fieldwork(dataset: Dataset, by: str | None, width: float,
               interviewers: int | None) -> Story:
    rows: list[list[object]] = [["Group", "Interviews", "Completed", "Other status",
                                 "Median length", "Fieldwork"]]
    groups = rows_by_group(dataset, by) if by else []
    for label, group in [*groups, ("All interviews", dataset.interviews)]:
        finished = [r for r in group if r.get("status") in ("completed", "finished")]
        # an interview stopped half-way is not a length anyone plans fieldwork by
        lengths = [r["duration_s"] for r in finished or group
                   if isinstance(r.get("duration_s"), int)]
        days = sorted(str(r.get("started_at") or "")[:10] for r in group if r.get("started_at"))
        span = f"{days[0]} to {days[-1]}" if days else "–"
        rows.append([short_label(label), len(group), len(finished), len(group) - len(finished),
                     format_elapsed(int(statistics.median(lengths)) * 1000) if lengths else "–",
                     span])
    languages = sorted({str(r["language"]) for r in dataset.interviews if r.get("language")})
    by_whom = f" by {counted(interviewers, 'interviewer')}" if interviewers else ""
    return [para(f"{counted(len(dataset.interviews), 'interview')}{by_whom}, recorded in "
                 f"{', '.join(languages) or 'an unrecorded language'}. Length is the time "
                 "spent interviewing, pauses excluded (h:mm:ss), the median of completed "
                 "interviews.", "body"),
            # "Completed" whole: a column narrower than the word broke it ("Complete" / "d")
            table(rows, [width * 0.22, width * 0.11, width * 0.14, width * 0.12, width * 0.13,
                         width * 0.28], numeric_from=1, total_row=bool(groups))]


def _contents() -> Story:
    toc = TableOfContents()
    toc.levelStyles = [styles()["toc1"], styles()["toc2"]]
    toc.dotsMinLevel = 0
    toc.tableStyle = TableStyle([*FONT_COMMANDS, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return [para("Contents", "contents"), toc, PageBreak()]


def _network_title(protocol: Protocol, item_id: str, fallback: str) -> str:
    """Name a network by its roster ("African Union Peace and Security Council"): the four
    generators of one protocol often share a question text. When several generators ask over
    one roster (friends, biggest players, difficult relations), the question follows."""
    item = protocol.items_by_id.get(item_id)
    roster = protocol.rosters.get(item.roster or "") if item else None
    if item is None or roster is None or roster.label is None:
        return fallback
    title = short_label(protocol.text(roster.label).split(";")[0])
    sharing = [i for i in protocol.iter_items() if i.roster == item.roster]
    if len(sharing) > 1:
        question = short_label(protocol.text(item.label))
        title += f": {question if len(question) <= 70 else question[:69].rstrip() + '…'}"
    return title


@dataclass
class _Plan:
    """Which item goes where: the summary, a construct's section, the appendix, or nowhere."""

    numeric: list[str]
    yes_no: list[str]
    choices: list[str]
    summary: list[str]
    appendix: list[str]
    composition: list[str]

    @classmethod
    def of(cls, dataset: Dataset, protocol: Protocol, by: str | None) -> _Plan:
        hidden = {v.name for v in dataset.variables_of("interviews")
                  if v.disclosure == "identifier"} | ({by} if by else set())
        # a choice from a roster places the respondent (their own delegation): not a finding,
        # and a table of it would list who was interviewed
        hidden |= {i.id for i in protocol.iter_items() if i.roster_choices} - {by}
        settings = protocol.report
        present = set(numeric_items(dataset)) | set(categorical_items(dataset))
        # consent answers are a record of the interview, not a finding
        appendix = [*(settings.appendix if settings else []),
                    *(i.id for i in protocol.iter_items() if i.gates)]
        composition = [i for i in (settings.composition if settings else []) if i in present]
        return cls([i for i in numeric_items(dataset) if i not in hidden],
                   [i for i in categorical_items(dataset, yes_no=True) if i not in hidden],
                   [i for i in categorical_items(dataset, yes_no=False) if i not in hidden],
                   [i for i in (settings.summary if settings else []) if i in present
                    and i not in hidden], [i for i in dict.fromkeys(appendix) if i in present
                                           and i not in hidden], composition)

    def in_body(self, items: list[str]) -> list[str]:
        return [i for i in items if i not in self.appendix]


def study_story(dataset: Dataset, protocol: Protocol, *, by: str | None = "organisation",
                paper: str = "a4", identified: bool = False, max_quotes: int = 60,
                citation: CitationMapping | None = None,
                tracker: Tracker | None = None,
                networks: list[Network] | None = None,
                citations: dict[str, tuple[str, str]] | None = None,
                interviewers: int | None = None) -> Story:
    """The flowables of the study report (the analysis is done here; layout is not)."""
    if not dataset.anonymised and not identified:
        raise ReportError("this dataset is not anonymised; anonymise it first, or ask for an "
                          "identified report (--identified) for the team only")
    if paper not in PAPER:
        raise ReportError(f"paper '{paper}' is not known; use a4 or letter")
    tracker = tracker or Tracker(None, None)
    width = PAPER[paper][0] - 2 * MARGIN
    plan = _Plan.of(dataset, protocol, by)
    groups = f"{sections.plural(by)}" if by else "groups"
    if networks is None and not dataset.anonymised:
        networks = study_networks(place_respondents(dataset, protocol), protocol)
    if networks is None:  # anonymised without the identities' figures: the best it can do
        networks = [n for n in (network_summary(dataset, i, protocol)
                                for i in name_generators(dataset)) if n.ties]
    if interviewers is None:  # the identified data say; anonymised data no longer do
        interviewers = len({r.get("interviewer") for r in dataset.interviews
                            if r.get("interviewer")}) or None
    warning = None if dataset.anonymised else identified_warning(width)
    story = [*front.title_page(dataset, protocol, width, warning, interviewers), *_contents()]

    def summary() -> Story:
        out: Story = [para("Executive summary", "h1")]
        out += sections.key_findings(dataset, plan.summary, networks, by)
        for number, item in enumerate(plan.summary, 1):
            if item in plan.numeric:
                t = numeric_by_group(dataset, item, by)
                out += front.numeric_table(t, numeric_groups_test(t), number, width, groups)
            else:
                c = categorical_summary(dataset, item, by)
                out += front.categorical_table(c, categorical_groups_test(c), number, width,
                                               groups)
        return out

    def sample() -> Story:
        out: Story = [PageBreak(), para("The sample", "h1"),
                      *_fieldwork(dataset, by, width, interviewers)]
        table = composition(dataset, by, plan.composition)
        if table is not None:
            out += [para("Sample composition", "h2"),
                    *front.composition_section(table, by, plan.composition, width)]
        return out

    def constructs() -> Story:
        out: Story = []
        for section in protocol.sections:
            ids = [i.id for i in section.items]
            block = _construct(dataset, by, groups, width, plan, ids,
                               [n for n in networks if n.item_id in ids], protocol)
            if block:
                out += [PageBreak(), para(protocol.text(section.title, dataset.language), "h1"),
                        *block]
        return out

    def episodes() -> Story:
        tables = episode_tables(dataset, protocol)
        out: Story = [PageBreak(), para("Episodes", "h1")] if tables else []
        for t in tables:
            out += episodes_section(t, width)
        return out

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

    def appendix() -> Story:
        out: Story = [PageBreak(), para("Appendix", "h1")]
        for item in plan.appendix:
            if item in plan.numeric:
                out += sections.numeric_section(numeric_by_group(dataset, item, None), width)
            else:
                t = categorical_summary(dataset, item)
                if t.total.n:
                    out += sections.choice_section(t, width, bars=False)
        return [*out, para("Notes on method", "h2"),
                *(para(t, "small") for t in sections.METHOD)]

    def cases() -> Story:
        return cases_section(protocol, width, dataset.language)

    steps: list[Callable[[], Story]] = [summary, sample, cases, constructs, episodes, coding,
                                        quotes, appendix]
    tracker.phase(0, 30, len(steps))
    for step in steps:
        story += step()
        tracker.step()
    return story


def _construct(dataset: Dataset, by: str | None, groups: str, width: float, plan: _Plan,
               ids: list[str], networks: list[Network], protocol: Protocol) -> Story:
    """One section of the protocol (a construct): its numbers, shares, choices and networks."""
    out: Story = []
    for item in plan.in_body([i for i in plan.numeric if i in ids]):
        t = numeric_by_group(dataset, item, by)
        if not t.total.n:
            continue  # no one answered: nothing to show
        out += sections.numeric_section(t, width, front.test_sentence(numeric_groups_test(t),
                                                                      groups) if by else "")
    tables = [categorical_summary(dataset, i, by)
              for i in plan.in_body([i for i in plan.yes_no if i in ids])]
    tables = [t for t in tables if t.total.n]
    if tables:
        tests = [(t.label, categorical_groups_test(t)) for t in tables] if by else []
        out += sections.yes_no_section(tables, width, [(label, front.test_sentence(t, groups))
                                                       for label, t in tests])
    for item in plan.in_body([i for i in plan.choices if i in ids]):
        choices = categorical_summary(dataset, item, by)
        if choices.total.n:
            test = categorical_groups_test(choices) if by and not choices.multiple else None
            out += sections.choice_section(choices, width, test=front.test_sentence(test, groups)
                                           if test else "")
    if networks:
        out += sections.pooled_friends(networks)
    for n in networks:
        out += sections.network_section(n, _network_title(protocol, n.item_id, n.label), width)
    return out


def build_study_report(dataset: Dataset, protocol: Protocol, out: Path | str, *,
                       by: str | None = "organisation", paper: str = "a4",
                       identified: bool = False, max_quotes: int = 60,
                       citation: CitationMapping | None = None,
                       networks: list[Network] | None = None,
                       citations: dict[str, tuple[str, str]] | None = None,
                       interviewers: int | None = None,
                       progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> Path:
    """Write the study summary of ``dataset`` to ``out``.

    ``networks``: the name generators' networks computed on identities (the operations flow
    passes them, pseudonymised for an anonymised report); without them they are computed here.
    ``interviewers``: how many interviewers there were, counted on the identified data (an
    anonymised dataset no longer holds who interviewed).
    The dataset should be anonymised; an identified one is refused unless ``identified`` is
    set, and then every page says so. ``progress(done, total)`` is called in percent;
    ``cancelled()`` returning True stops the work with ReportCancelled and writes nothing."""
    tracker = Tracker(progress, cancelled)
    story = study_story(dataset, protocol, by=by, paper=paper, identified=identified,
                        max_quotes=max_quotes, citation=citation, tracker=tracker,
                        networks=networks, citations=citations, interviewers=interviewers)
    tracker.phase(30, 100, 1)
    title = short_label(protocol.text(protocol.title, dataset.language))
    return build_pdf(story, out, masthead_for(dataset, protocol, title), paper=paper,
                     tracker=tracker, contents=True)
