"""The front of the study report: title page, executive summary, sample composition."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from fieldkit.analysis.categorical import CategoricalTable
from fieldkit.analysis.composition import CompositionTable
from fieldkit.analysis.descriptive import NumericTable
from fieldkit.analysis.group_tests import GroupTest
from fieldkit.analysis.values import (
    format_interval,
    format_mean,
    format_number,
    format_share,
    short_label,
)
from fieldkit.counting import counted
from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.model import Protocol

from .theme import key_values, para, table

Story = list[Flowable]
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def format_p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def test_sentence(t: GroupTest | None, groups: str) -> str:
    """What a test says, in figures and in words a reader outside statistics can follow."""
    if t is None:
        return f"Too few answers in too few groups to compare the {groups}."
    verdict = (f"the {groups} differ more than chance would easily explain" if t.p < 0.05
               else f"no difference between the {groups} beyond what chance explains")
    return (f"{t.name} test across {t.groups} {groups} (n = {t.n}): {t.statistic_name} = "
            f"{t.statistic:.2f}, df = {t.df}, {format_p(t.p)} ({t.method}; χ² approximation "
            f"{format_p(t.p_asymptotic)[2:]}); {t.effect_name} = {t.effect:.2f}. In words: "
            f"{verdict}.")


def fieldwork_period(dataset: Dataset) -> str:
    """"March to June 2009" from the interviews' start dates; "" when none is recorded."""
    months = sorted({str(r.get("started_at"))[:7] for r in dataset.interviews
                     if str(r.get("started_at") or "")[:7].count("-") == 1})
    months = [m for m in months if m[:4].isdigit() and m[5:7].isdigit()]
    if not months:
        return ""

    def name(month: str, year: bool) -> str:
        word = MONTHS[int(month[5:7]) - 1]
        return f"{word} {month[:4]}" if year else word

    first, last = months[0], months[-1]
    if first == last:
        return name(first, True)
    return f"{name(first, first[:4] != last[:4])} to {name(last, True)}"


def title_page(dataset: Dataset, protocol: Protocol, width: float, warning: Flowable | None,
               interviewers: int | None) -> Story:
    settings = protocol.report
    lang = dataset.language
    study = protocol.text(settings.study, lang) if settings and settings.study else ""
    title = study or protocol.text(protocol.title, lang)
    period = (protocol.text(settings.period, lang) if settings and settings.period
              else fieldwork_period(dataset))
    institution = protocol.text(settings.institution, lang) if settings else ""
    facts: list[tuple[str, object]] = []
    if study:
        facts.append(("Instrument", protocol.text(protocol.title, lang)))
    facts += [("Fieldwork", period or "not recorded")]
    if institution:
        facts.append(("Institution", institution))
    who = counted(len(dataset.interviews), "interview")
    if interviewers:
        who += f" by {counted(interviewers, 'interviewer')}"
    facts += [("Interviews", who),
              ("Data", f"anonymised with plan {dataset.plan_hash[:16]}" if dataset.plan_hash
               else "IDENTIFIED — for the research team only"),
              ("Protocol", f"{protocol.id} version {protocol.version} "
                           f"(hash {protocol.content_hash[:16]})"),
              ("Made on", date.today().isoformat())]
    story: Story = [para(title, "cover"), para("Study report", "cover_sub"),
                    key_values(facts, width), Spacer(1, 18)]
    if warning is not None:
        story.append(warning)
    return [*story, PageBreak()]


def _caption(number: int, text: str) -> Flowable:
    return para(f"Table {number}. {text}", "h3")


def numeric_table(t: NumericTable, test: GroupTest | None, number: int, width: float,
                  groups: str) -> Story:
    """The paper's Table 2: mean, median and mode by group, with n, and the group test."""
    rows: list[list[object]] = [[short_label(t.by_label) or "Group", "n", "Mean", "Median",
                                 "Mode"]]
    for r in [*t.rows, t.total]:
        rows.append([short_label(r.group), r.n, format_mean(r.mean), format_number(r.median),
                     ", ".join(format_number(m) for m in r.modes) or "–"])
    units = f" ({t.units})" if t.units else ""
    block: Story = [_caption(number, f"{t.label}{units}"),
                    table(rows, [width * 0.4] + [width * 0.15] * 4, numeric_from=1,
                          total_row=bool(t.rows))]
    if t.rows:
        block.append(para(test_sentence(test, groups), "small"))
    return [KeepTogether(block), Spacer(1, 8)]


def categorical_table(t: CategoricalTable, test: GroupTest | None, number: int, width: float,
                      groups: str) -> Story:
    """Shares by group with 95% Wilson intervals: yes for a yes/no item, every answer for a
    choice item; the group test below."""
    yes_no = [s.value for s in t.total.shares] == ["yes", "no"]
    values = [s for s in t.total.shares if s.value == "yes"] if yes_no else t.total.shares
    head: list[object] = ["Group", "n"]
    for s in values:
        head += ["Share yes", "95% CI"] if yes_no else [short_label(s.label)]
    rows: list[list[object]] = [head]
    for g in [*t.groups, t.total]:
        cells: list[object] = [short_label(g.group), g.n]
        for s in values:
            share = next(x for x in g.shares if x.value == s.value)
            cells += ([format_share(share.share), format_interval(share.low, share.high)]
                      if yes_no else [f"{format_share(share.share)} ({share.count})"])
        rows.append(cells)
    first = width * 0.34
    rest = (width - first - width * 0.08) / (len(head) - 2)
    note = ("Share of valid answers, with its 95% Wilson interval." if yes_no else
            "Share of valid answers (count); the shares of a group add up to 100%"
            + (" or more, as several answers could be chosen." if t.multiple else "."))
    block: Story = [_caption(number, t.label),
                    table(rows, [first, width * 0.08] + [rest] * (len(head) - 2),
                          numeric_from=1, total_row=bool(t.groups)),
                    para(note, "small")]
    if t.groups:
        block.append(para("Several answers per respondent: no single test applies."
                          if t.multiple else test_sentence(test, groups), "small"))
    return [KeepTogether(block), Spacer(1, 8)]


def heading(item_id: str | None) -> str:
    """A column heading from an item id (role -> Role, member_state -> Member state)."""
    return (item_id or "group").replace("_", " ").capitalize()


def composition_section(c: CompositionTable, by: str | None, items: list[str],
                        width: float) -> Story:
    *down, across = items
    head: list[object] = [heading(by), *(heading(i) for i in down), *c.columns, "Total"]
    rows: list[list[object]] = [head]
    last = None
    for r in c.rows:
        rows.append([short_label(r.group) if r.group != last else "", *r.within, *r.counts,
                     r.total])
        last = r.group
    rows.append(["All respondents", *([""] * len(down)), *c.totals, c.total])
    first, middle = width * 0.24, width * 0.3
    rest = (width - first - middle * len(down)) / (len(c.columns) + 1)
    words = " and ".join(heading(i).lower() for i in down)
    return [para(f"Respondents by {heading(by).lower()}{', ' + words if words else ''} (down) "
                 f"and {heading(across).lower()} (across).", "small"),
            table(rows, [first] + [middle] * len(down) + [rest] * (len(c.columns) + 1),
                  numeric_from=1 + len(down), total_row=True)]
