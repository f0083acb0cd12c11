"""The sections of the study report: numbers, shares, networks, codes, quotes, method."""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from fieldkit.analysis.categorical import CategoricalTable, Share, categorical_summary
from fieldkit.analysis.coding import CodingTable
from fieldkit.analysis.descriptive import NumericTable, numeric_by_group
from fieldkit.analysis.network import Network
from fieldkit.analysis.quotes import CitedQuote
from fieldkit.analysis.values import (
    MISSING_KINDS,
    MISSING_LABELS,
    format_interval,
    format_mean,
    format_number,
    format_share,
    short_label,
)
from fieldkit.counting import counted
from fieldkit.dataset.tables import Dataset

from .charts import box_plot, share_bars
from .sociogram import sociogram
from .theme import para, styles, table

Story = list[Flowable]


def numeric_section(t: NumericTable, width: float, test: str = "") -> Story:
    head: list[object] = ["Group", "n", "Mean", "Median", "Mode", "SD", "Min", "Max",
            "Refused", "Don't know", "N/A", "No answer"]
    rows: list[list[object]] = [head]
    for r in [*t.rows, t.total]:
        rows.append([short_label(r.group), r.n, format_mean(r.mean), format_number(r.median),
                     ", ".join(format_number(m) for m in r.modes) or "–",
                     format_number(r.sd), format_number(r.min), format_number(r.max),
                     *(r.missing[k] for k in MISSING_KINDS)])
    shares = [0.17, 0.045, 0.06, 0.075, 0.065, 0.055, 0.05, 0.05, 0.085, 0.075, 0.05, 0.08]
    out: Story = [para(t.label, "h2")]
    units = f" Units: {t.units}." if t.units else ""
    grouped = f"Grouped by the answer to “{t.by_label}”. " if t.by_label else ""
    out.append(para(f"{grouped}n counts valid answers; missing answers are counted by kind."
                    f"{units} Means are rounded to two decimals; where several values tie as "
                    "most frequent, every mode is listed.", "small"))
    out.append(table(rows, [width * s / sum(shares) for s in shares], numeric_from=1,
                     total_row=bool(t.rows)))
    if test:
        out.append(para(test, "small"))
    plotted = [replace(r, group=short_label(r.group)) for r in (t.rows or [t.total])]
    if any(r.values for r in plotted):
        out += [Spacer(1, 6), box_plot(plotted, width, t.units),
                para("Box: middle half of answers; thick line: median; +: mean; whiskers: "
                     "up to 1.5 times the box length; circles: answers beyond.", "small")]
    return [KeepTogether(out), Spacer(1, 6)]


WIDE_GROUPS = 6  # more groups than this go down the page rather than across


def yes_no_section(tables: list[CategoricalTable], width: float,
                   tests: list[tuple[str, str]] | None = None) -> Story:
    rows: list[list[object]] = [["Item", "Yes", "n", "Share yes", "95% CI", "Missing"]]
    bars: list[tuple[str, Share]] = []
    for t in tables:
        yes = t.share_of("yes")
        rows.append([t.label, yes.count, yes.n, format_share(yes.share),
                     format_interval(yes.low, yes.high), sum(t.total.missing.values())])
        bars.append((t.label, yes))
    out: Story = [para("Share of yes among valid answers (refusals, don't know and skipped "
                       "questions are left out of n and counted under Missing). The interval is "
                       "the 95% Wilson score interval.", "small"),
                  table(rows, [width * r for r in (0.5, 0.08, 0.08, 0.1, 0.13, 0.11)],
                        numeric_from=1),
                  Spacer(1, 8), share_bars([(_clip(label, 60), s) for label, s in bars], width)]
    groups = tables[0].groups if tables else []
    if groups:
        out += [Spacer(1, 8), para("Share yes by group", "h3"), _by_group(tables, width)]
    for label, sentence in tests or []:
        out.append(para(f"“{_clip(label, 80)}”: {sentence}", "small"))
    return out


def _yes(t: CategoricalTable, index: int) -> str:
    yes = next(s for s in t.groups[index].shares if s.value == "yes")
    return f"{format_share(yes.share)} (n={yes.n})"


def _by_group(tables: list[CategoricalTable], width: float) -> Flowable:
    """Items across and groups down when the groups are many (a member state each), so the
    table fits the page however fine the grouping."""
    groups = tables[0].groups
    if len(groups) <= WIDE_GROUPS:
        grid: list[list[object]] = [["Item", *(short_label(g.group) for g in groups)]]
        grid += [[t.label, *(_yes(t, i) for i in range(len(groups)))] for t in tables]
        first = width * 0.36
        return table(grid, [first] + [(width - first) / len(groups)] * len(groups),
                     numeric_from=1)
    grid = [["Group", *(_clip(t.label, 40) for t in tables)]]
    grid += [[short_label(g.group), *(_yes(t, i) for t in tables)] for i, g in enumerate(groups)]
    first = width * 0.3
    return table(grid, [first] + [(width - first) / len(tables)] * len(tables), numeric_from=1)


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def choice_section(t: CategoricalTable, width: float, *, test: str = "",
                   bars: bool = True) -> Story:
    """A choice item: every answer's share overall, then by group when there are groups."""
    note = (" Respondents could choose several answers, so shares add up to more than 100%."
            if t.multiple else "")
    rows: list[list[object]] = [["Answer", "Count", "Share", "95% CI"]]
    for s in t.total.shares:
        rows.append([s.label, s.count, format_share(s.share), format_interval(s.low, s.high)])
    missing = ", ".join(f"{MISSING_LABELS[k].lower()} {v}" for k, v in t.total.missing.items() if v)
    block: Story = [para(t.label, "h2"),
                    para(f"n = {t.total.n} valid answers{'; ' + missing if missing else ''}."
                         f"{note}", "small"),
                    table(rows, [width * 0.58] + [width * 0.42 / 3] * 3, numeric_from=1)]
    if bars and len(t.total.shares) <= 10 and not t.groups:
        block += [Spacer(1, 4), share_bars([(_clip(s.label, 48), s) for s in t.total.shares],
                                           width)]
    out: Story = [CondPageBreak(140), KeepTogether(block)]
    answered = [g for g in t.groups if g.n]
    if answered and len(answered) <= WIDE_GROUPS:
        grid: list[list[object]] = [["Answer", *(short_label(g.group) for g in answered)]]
        for index, s in enumerate(t.total.shares):
            grid.append([s.label, *(f"{format_share(g.shares[index].share)} "
                                    f"({g.shares[index].count})" for g in answered)])
        grid.append(["Valid answers (n)", *(g.n for g in answered)])
        first = width * 0.34
        out += [KeepTogether([para("By group: share of the group's valid answers (count)",
                                   "h3"),
                              table(grid, [first] + [(width - first) / len(answered)]
                                    * len(answered), numeric_from=1, total_row=True),
                              *([para(test, "small")] if test else [])])]
    elif answered:
        out.append(para(f"{len(answered)} groups are too many to show side by side here; the "
                        "data export holds every group's answers.", "small"))
    return [*out, Spacer(1, 4)]


def plural(item_id: str) -> str:
    """The groups a grouping item makes, in words: organisation -> organisations."""
    words = item_id.replace("_", " ")
    return words if words.endswith("s") else f"{words}s"


def key_findings(dataset: Dataset, items: list[str], networks: list[Network],
                 by: str | None) -> Story:
    """One sentence per key finding, above the summary's tables."""
    out: Story = []
    for item in items:
        sentence = _finding(dataset, item, by)
        if sentence:
            out.append(_bullet(sentence))
    counts = [c for n in networks for c in n.named_counts]
    questions = {n.label for n in networks}
    if counts:
        asked = f" in answer to “{questions.pop()}”" if len(questions) == 1 else ""
        out.append(_bullet(f"{counted(len(counts), 'respondent')} named "
                           f"{format_mean(sum(counts) / len(counts))} people on average{asked} "
                           f"(fewest {min(counts)}, most {max(counts)}), across "
                           f"{counted(len(networks), 'network')}."))
    return out


def _bullet(text: str) -> Flowable:
    return Paragraph(escape(text), styles()["bullet"], bulletText="•")


def _finding(dataset: Dataset, item: str, by: str | None) -> str:
    variable = dataset.variable("interviews", item)
    if variable is not None and variable.type in ("integer", "decimal"):
        t = numeric_by_group(dataset, item, by)
        if not t.total.n:
            return ""
        rows = sorted((r for r in t.rows if r.mean is not None), key=lambda r: r.mean or 0)
        spread = (f"; by group the mean runs from {format_mean(rows[0].mean)} "
                  f"({short_label(rows[0].group)}) to {format_mean(rows[-1].mean)} "
                  f"({short_label(rows[-1].group)})" if len(rows) > 1 else "")
        return (f"“{t.label}”: mean {format_mean(t.total.mean)}, median "
                f"{format_number(t.total.median)} (n = {t.total.n}){spread}.")
    c = categorical_summary(dataset, item)
    if not c.total.n:
        return ""
    if [s.value for s in c.total.shares] == ["yes", "no"]:
        yes = c.share_of("yes")
        return (f"{format_share(yes.share)} answered yes (95% CI "
                f"{format_interval(yes.low, yes.high)}, n = {yes.n}) to “{c.label}”")
    top = max(c.total.shares, key=lambda s: s.count)
    return (f"“{c.label}”: the most frequent answer is {top.label.lower()} "
            f"({format_share(top.share)} of {top.n} valid answers).")


def _pct(value: float | None) -> str:
    return "–" if value is None else format_share(value)


def network_section(n: Network, title: str, width: float, top: int = 12) -> Story:
    facts: list[list[object]] = [["Measure", "Value"],
             ["Respondents asked", n.respondents],
             ["People named per respondent (mean / median)",
              f"{format_mean(n.named_mean)} / {format_number(n.named_median)}"],
             ["Ties to roster entries", n.ties],
             ["Named off the roster", n.free_entries],
             ["Density (ties / possible ties)", _pct(n.density)],
             ["Reciprocity (ties to interviewed entries that were returned)",
              _pct(n.reciprocity)],
             ["Mutual pairs", n.mutual_pairs]]
    out: Story = [CondPageBreak(200), para(title, "h2"), para(n.label, "small"),
                  table(facts, [width * 0.7, width * 0.3], numeric_from=1)]
    ranked: list[list[object]] = [
        ["Rank", "Roster entry", "Sub-region / group", "Alliance", "Named by"]]
    for rank, node in enumerate(n.nodes[:top], 1):
        ranked.append([rank, node.label, node.group or "–", node.alliance or "–",
                       f"{node.named_by} of {node.eligible}"])
    out += [Spacer(1, 6), para("Most named (in-degree)", "h3"),
            para("“Named by 5 of 10” means five of the ten respondents asked this question "
                 "named the entry (an entry that was itself interviewed cannot name itself).",
                 "small"),
            table(ranked, [width * 0.08, width * 0.3, width * 0.28, width * 0.16, width * 0.18],
                  numeric_from=4)]
    mix: list[list[object]] = [["Ties", "Within", "Across", "Share within", "Expected at random"]]
    for m in n.mixing:
        name = "Same alliance" if m.attribute == "alliance" else "Same sub-region / group"
        mix.append([name, m.within, m.across, _pct(m.share_within), _pct(m.expected_within)])
    out += [Spacer(1, 6), para("Did ties follow alliances and sub-regions?", "h3"),
            para(_mixing_sentence(n), "body"),
            table(mix, [width * 0.32] + [width * 0.17] * 4, numeric_from=1)]
    out += _alter_section(n, width)
    out += structure_section(n, width)
    if n.nodes:
        out += [PageBreak(), KeepTogether([para(f"Sociogram: {title}", "h3"),
                                           sociogram(n, width)])]
    return out


def _alter_section(n: Network, width: float) -> Story:
    """Ties among the people each respondent named, and delegations left out of densities."""
    rows: list[list[object]] = [["Measure", "Value"]]
    a = n.alter_ties
    if a is not None:
        rows += [["Respondents who named two or more", a.respondents],
                 ["Pairs among the people they named / pairs reported close",
                  f"{a.pairs} / {a.ties}"],
                 ["Density among the people named (mean of respondents / pooled)",
                  f"{_pct(a.mean_density)} / {_pct(a.pooled_density)}"],
                 ["Reported close to someone not named (left out)", a.outside]]
    if n.unseated:
        rows.append(["Roster entries not seated in the period (left out of density)",
                     len(n.unseated)])
    if len(rows) == 1:
        return []
    return [Spacer(1, 6), para("Ties among the people named", "h3"),
            table(rows, [width * 0.7, width * 0.3], numeric_from=1)]


def pooled_friends(networks: list[Network]) -> Story:
    counts = [c for n in networks for c in n.named_counts]
    if not counts:
        return []
    across = (f"Across the {counted(len(networks), 'network')}, "
              if len(networks) != 1 else "In the one network, ")
    return [para(f"{across}{counted(len(counts), 'respondent')} named "
                 f"{format_mean(sum(counts) / len(counts))} people on average (pooled mean; "
                 f"fewest named by one respondent: {min(counts)}, most: {max(counts)}).",
                 "body")]


def _figure(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _top(scores: dict[str, float], n: Network, k: int = 3) -> str:
    label = {node.id: node.label for node in n.nodes}
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return "; ".join(f"{label.get(i, i)} {v:.3f}" for i, v in best if v > 0) or "–"


def structure_section(n: Network, width: float) -> Story:
    """The figures of the one-mode committee graph (networkx's, on identities)."""
    s = n.stats
    if s is None:
        return []
    spread = ", ".join(f"{d}: {c}" for d, c in s.out_degree_distribution)
    rows: list[list[object]] = [
        ["Measure", "Value"],
        ["Nodes (roster entries) / ties", f"{s.nodes} / {s.edges}"],
        ["Out-degree distribution (ties sent: respondents)", spread or "–"],
        ["Freeman in-degree centralisation", _figure(s.in_centralisation)],
        ["Transitivity (ties as undirected)", _figure(s.transitivity)],
        ["Components among tied nodes / largest / isolates",
         f"{s.components} / {s.largest_component} / {s.isolates}"],
        ["Highest betweenness (directed, normalised)", _top(s.betweenness, n)],
        ["Highest eigenvector centrality (undirected)", _top(s.eigenvector, n)]]
    for a in s.assortment:
        name = "alliance" if a.attribute == "alliance" else "sub-region / group"
        p = "–" if a.p_value is None else f"{a.p_value:.3f}"
        rows.append([f"E-I index by {name} (internal / external ties)",
                     f"{_figure(a.ei_index)} ({a.internal} / {a.external})"])
        rows.append([f"Assortativity by {name} (permutation p, {a.permutations} draws)",
                     f"{_figure(a.assortativity)} (p = {p})"])
    return [Spacer(1, 6), para("Structure of the committee network", "h3"),
            table(rows, [width * 0.55, width * 0.45], numeric_from=1)]


def _mixing_sentence(n: Network) -> str:
    alliance = next((m for m in n.mixing if m.attribute == "alliance"), None)
    if alliance is None or alliance.share_within is None:
        return "Too few ties link respondents placed on the roster to compare with alliances."
    verb = ("mostly crossed alliances" if alliance.share_within < 0.5
            else "mostly stayed within alliances")
    expected = ("" if alliance.expected_within is None else
                f", against {_pct(alliance.expected_within)} if respondents had named "
                "colleagues at random")
    return (f"Ties {verb}: {_pct(alliance.share_within)} of ties joined two members of the same "
            f"alliance{expected}.")


def recoding_note(flagged: int) -> str:
    """What the counts leave out because the coded text changed since it was coded."""
    if not flagged:
        return ""
    return (f" {flagged} coding{'s' if flagged != 1 else ''} left out for re-coding: "
            f"{'their' if flagged != 1 else 'its'} text changed after coding ('fieldkit code "
            "list' shows which).")


def coding_section(t: CodingTable, width: float) -> Story:
    groups = [short_label(g) for g, _ in t.groups]
    head: list[object] = ["Code", "Codings", "Interviews", *groups]
    rows: list[list[object]] = [head]
    for r in t.rows:
        cells = [f"{r.by_group[g][0]} in {r.by_group[g][1]}" for g, _ in t.groups]
        rows.append(["   " * r.depth + r.label, r.codings, r.interviews, *cells])
    first = width * 0.34
    rest = (width - first) / (len(head) - 1)
    sizes = ", ".join(f"{short_label(g)} {size}" for g, size in t.groups)
    return [para(f"{counted(t.total_codings, 'coding')} of open answers and quotes. Group "
                 "columns read "
                 f"“codings in interviews”{'; interviews per group: ' + sizes if sizes else ''}."
                 f"{recoding_note(t.needs_recoding)}", "small"),
            table(rows, [first] + [rest] * (len(head) - 1), numeric_from=1)]


def quotes_section(quotes: list[CitedQuote], limit: int) -> Story:
    out: Story = []
    for q in quotes[:limit]:
        out.append(KeepTogether([para(f"“{q.text}”", "quote"), para(q.citation, "cite")]))
    if len(quotes) > limit:
        out.append(para(f"{len(quotes) - limit} further quotes are not shown here; "
                        "'fieldkit report quotes' writes all of them with their citations.",
                        "small"))
    return out


METHOD = [
    "Shares are of valid answers: refusals, don't know, not applicable and unanswered "
    "questions are counted separately and left out of n.",
    "95% intervals for shares are Wilson score intervals, which stay inside 0–100% and suit "
    "small samples.",
    "SD is the sample standard deviation (divisor n − 1). Medians of an even number of answers "
    "are the mean of the middle two.",
    "Density is the number of respondent-to-roster ties divided by the ties possible "
    "(respondents × roster entries other than themselves; delegations not seated in the "
    "period, such as a suspended member, are left out). Reciprocity counts ties to entries "
    "that were themselves interviewed, and the share of those returned.",
    "Ties among the people named: for each respondent who named two or more, the pairs among "
    "them said to be close (by either of the two), divided by the pairs possible; the mean of "
    "these densities and the pooled share are given.",
    "Group comparisons: numbers by the Kruskal–Wallis test (H corrected for ties, effect size "
    "ε² = H / (n − 1)); shares by the Fisher–Freeman–Halton test (Fisher's exact test for two "
    "groups and two answers), with Pearson's χ² and Cramér's V. p is exact when the "
    "arrangements of the answers are few enough to count (up to 20,000), otherwise the share "
    "of 9,999 random permutations of the answers between groups as extreme as the one "
    "observed (seed fixed, so the report made again prints the same p); the χ² "
    "approximation is given beside it. Small groups make exact or permuted p the one to "
    "read.",
    "“Expected at random” is the share of same-alliance (or same-group) ties if each respondent "
    "had named colleagues from the roster at random.",
]
