"""The study report's section on dated episodes (Study B's cooperation or friction by year)."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from fieldkit.analysis.episodes import EpisodeTable
from fieldkit.counting import counted

from .theme import para, table

Story = list[Flowable]


def episodes_section(t: EpisodeTable, width: float) -> Story:
    """Episodes by year and kind, then by group, each with totals."""
    kinds = [label for _, label in t.kinds]
    first = width * 0.3
    rest = (width - first) / (len(kinds) + 1)
    years: list[list[object]] = [["Year", *kinds, "Episodes"]]
    years += [[year, *cells, sum(cells)] for year, cells in t.by_year]
    years.append(["All years", *t.total, sum(t.total)])
    out: Story = [CondPageBreak(160), para(t.label, "h2"),
                  para(f"{counted(sum(t.total), 'episode')} described in "
                       f"{counted(t.interviews, 'interview')}, each "
                       "counted once by its year and its kind.", "small"),
                  table(years, [first] + [rest] * (len(kinds) + 1), numeric_from=1,
                        total_row=True)]
    if t.by_group:
        name = t.by.replace("_", " ") if t.by else "group"
        groups: list[list[object]] = [[name.capitalize(), *kinds, "Episodes", "Interviews"]]
        groups += [[label, *cells, sum(cells), n] for label, n, cells in t.by_group]
        rest = (width - first) / (len(kinds) + 2)
        out += [Spacer(1, 6), para(f"By {name}", "h3"),
                para("An interview about several cases counts its episodes in each of them; "
                     "Interviews counts those that described at least one.", "small"),
                table(groups, [first] + [rest] * (len(kinds) + 2), numeric_from=1)]
    return out
