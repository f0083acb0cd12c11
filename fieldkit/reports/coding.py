"""The coding report PDF: codes at a glance (rolled up), codes by attribute, codes that occur
together, every coded segment by code with its citation and the memos about the code, then the
memos about the project and the interviews."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from fieldkit.analysis.code_segments import (
    CodeMatrix,
    CodeSegments,
    CoOccurrence,
    by_code,
    co_occurrence,
    code_matrix,
    retrieve,
)
from fieldkit.dataset.tables import Dataset, Row
from fieldkit.protocol.model import Protocol

from .errors import ReportError
from .page import MARGIN, PAPER, Cancelled, Progress, Tracker, build_pdf
from .study import identified_warning, masthead_for
from .theme import FONT_COMMANDS, key_values, para, styles, table

Story = list[Flowable]
COLUMNS = 6  # groups per matrix table; more groups continue in a further table
PAIRS = 40  # co-occurring pairs listed


def _front(dataset: Dataset, protocol: Protocol, by: Sequence[str], coded: int,
           width: float, coder: str | None) -> Story:
    status = (f"Anonymised with plan {dataset.plan_hash}" if dataset.plan_hash
              else "IDENTIFIED — team only")
    coders = sorted({str(r["coder"]) for r in dataset.codings if r.get("coder")})
    flagged = sum(1 for r in dataset.codings if r.get("needs_recoding")
                  and (coder is None or r.get("coder") == coder))
    facts = [("Protocol", f"{protocol.id} version {protocol.version}"),
             ("Data", status), ("Interviews", str(len(dataset.interviews))),
             ("Coded segments", str(coded)),
             ("Left out for re-coding", f"{flagged} coding{'s' if flagged != 1 else ''} "
                                        "(text changed after coding)" if flagged else "none"),
             ("Coders", f"{coder} only (of {', '.join(coders)})" if coder
              else ", ".join(coders) if coders else "not recorded"),
             ("Compared by", ", ".join(by) if by else "not compared"),
             ("Made on", date.today().isoformat())]
    story: Story = [para(protocol.text(protocol.title, dataset.language), "title"),
                    para("Coding report", "subtitle"), key_values(facts, width), Spacer(1, 10)]
    if not dataset.anonymised:
        story += [identified_warning(width), Spacer(1, 10)]
    toc = TableOfContents()
    toc.levelStyles = [styles()["toc1"], styles()["toc2"]]
    toc.tableStyle = TableStyle([*FONT_COMMANDS, ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [*story, para("Contents", "contents"), toc, PageBreak()]


def _indent(depth: int) -> str:
    return "\u00a0" * 4 * depth  # spaces a paragraph keeps: sub-codes sit under their parent


def _glance(codes: list[CodeSegments], width: float) -> Story:
    rows: list[list[object]] = [["Code", "Segments (rolled up)", "Interviews", "Coded with "
                                 "this code itself"]]
    for c in codes:
        rows.append([_indent(c.depth) + c.label, c.rolled_up, c.interviews, len(c.segments)])
    return [para("Codes at a glance", "h1"),
            para("A parent code counts every segment coded with it or with any code below it, "
                 "each segment once; the last column counts the segments coded with the code "
                 "itself.", "small"),
            table(rows, [width * 0.46, width * 0.2, width * 0.14, width * 0.2], numeric_from=1)]


def _matrix(m: CodeMatrix, width: float) -> Story:
    name = " × ".join(b.replace("_", " ").replace(".", ": ") for b in m.by)
    out: Story = [CondPageBreak(160), para(f"Codes by {name}", "h2"),
                  para(f"Groups by {m.by_label}. Cells read “segments in "
                       "interviews”, rolled up to parent codes; the head gives the interviews in "
                       "each group.", "small")]
    for at in range(0, len(m.groups), COLUMNS):
        groups = m.groups[at:at + COLUMNS]
        rows: list[list[object]] = [["Code", *(f"{g} ({n})" for g, n in groups)]]
        for _, label, depth, cells in m.rows:
            rows.append([_indent(depth) + label,
                         *(f"{s} in {i}" if s else "–" for s, i in cells[at:at + COLUMNS])])
        first = width * 0.3
        out += [table(rows, [first] + [(width - first) / len(groups)] * len(groups),
                      numeric_from=1), Spacer(1, 6)]
    return out


def _pairs(pairs: list[CoOccurrence], labels: dict[str, str], width: float,
           rolled_up: bool = False) -> Story:
    how = ("Pairs of codes rolled up: a passage counts for its code and every code above it, "
           "so parents occur together when their children do (a code and a code below it are "
           "no pair). " if rolled_up else
           "Pairs of codes as applied (a code and a code below it are no pair). ")
    out: Story = [PageBreak(), para("Codes that occur together", "h1"),
                  para(how +
                       "Overlapping: answers or quotes where passages with the two codes "
                       "overlap (a code on the whole text overlaps every passage of it). Same "
                       "text: answers or quotes coded with both anywhere.", "small")]
    if not pairs:
        return [*out, para("No answer or quote carries two codes.")]
    rows: list[list[object]] = [["Code", "With code", "Overlapping", "Same text",
                                 "Interviews (overlapping)"]]
    for p in pairs[:PAIRS]:
        rows.append([labels.get(p.first, p.first), labels.get(p.second, p.second),
                     p.overlapping, p.same_text, p.interviews])
    out.append(table(rows, [width * 0.29, width * 0.29, width * 0.13, width * 0.12,
                            width * 0.17], numeric_from=2))
    if len(pairs) > PAIRS:
        out.append(para(f"{len(pairs) - PAIRS} further pairs are in co_occurrence.csv "
                        "('fieldkit report coding --csv DIR').", "small"))
    return out


def _memo(memo: Row) -> Flowable:
    """A memo: who wrote it (when the data still say) and when, then what it says."""
    author, when = memo.get("author"), str(memo.get("written_at") or "")[:10]
    head = "Memo" + (f" by {author}" if author else "") + (f", {when}" if when else "")
    return KeepTogether([para(head, "cite"), para(str(memo.get("text") or ""), "body")])


def _code_memos(dataset: Dataset) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for m in dataset.memos:
        if m.get("scope") == "code" and m.get("code") and m.get("text"):
            out.setdefault(str(m["code"]), []).append(m)
    return out


def _other_memos(dataset: Dataset) -> Story:
    """The memos about the project and about interviews (those a shared report may carry)."""
    project = [m for m in dataset.memos if m.get("scope") == "project" and m.get("text")]
    interviews = [m for m in dataset.memos if m.get("scope") == "interview" and m.get("text")]
    if not project and not interviews:
        return []
    out: Story = [PageBreak(), para("Memos", "h1")]
    if project:
        out += [para("About the project", "h2"), *(_memo(m) for m in project)]
    if interviews:
        out.append(para("About interviews", "h2"))
        for m in sorted(interviews, key=lambda m: (m.get("number") or 0,
                                                   str(m.get("written_at") or ""))):
            out += [para(f"Interview {m.get('number')}", "h3"), _memo(m)]
    return out


def _segments(codes: list[CodeSegments], coders: int,
              memos: dict[str, list[Row]] | None = None) -> Story:
    out: Story = [PageBreak(), para("Segments by code", "h1"),
                  para("Each code's segments in interview order, with the citation the paper "
                       "would use. A respondent who did not consent to quotation is counted but "
                       "never quoted in a shared report.", "small")]
    memos = memos or {}
    for c in codes:
        if not c.rolled_up and not memos.get(c.code):
            continue  # listed once below, not as an empty heading each
        parent = c.rolled_up - len(c.segments)
        head = f"{c.label} — {len(c.segments)} segment{'s' if len(c.segments) != 1 else ''}"
        if parent > 0:
            head += f" (and {parent} under its sub-codes)"
        block: Story = [para(head, "h2" if c.depth == 0 else "h3")]
        if c.description:
            block.append(para(c.description, "small"))
        out += [CondPageBreak(80), *block]
        for s in c.segments:
            # who coded it matters when several coders did
            where = f"{s.where}{' · coded by ' + s.coder if s.coder and coders > 1 else ''}"
            if s.withheld:
                out.append(para(f"[{s.withheld}] {s.citation} — {where}", "cite"))
            else:
                out.append(KeepTogether([para(f"“{s.text}”", "quote"),
                                         para(f"{s.citation} — {where}", "cite")]))
        out += [_memo(m) for m in memos.get(c.code, [])]
    unused = [c.label for c in codes if not c.rolled_up]
    if unused:
        out += [para("Codes with no segment", "h2"), para(", ".join(unused) + ".")]
    return out


METHOD = [
    "A segment is one coded text: an answer to an item (for a person or entry), or a quote, "
    "whole or a passage of it. Two coders who gave the same code to the same passage make one "
    "segment. Codings flagged for re-coding (their text changed after coding) are left out.",
    "Roll-up: a parent code counts the union of the segments coded with it or any code below "
    "it, so a segment coded with two children counts once for the parent.",
    "Groups follow the answers to the items compared; an interview with several answers to a "
    "multiple-choice item (two cases) is in each of their groups.",
    "Consent: a shared (anonymised) report leaves out the quotes of respondents who refused "
    "quotation, as every shared output does, and shows none of their coded words, so its "
    "counts can be lower than those of the team's identified report.",
]


def coding_story(dataset: Dataset, protocol: Protocol, *, by: Sequence[str] = (),
                 paper: str = "a4", identified: bool = False,
                 citations: dict[str, tuple[str, str]] | None = None,
                 tracker: Tracker | None = None, coder: str | None = None,
                 rolled_up_pairs: bool = False) -> Story:
    """The flowables of the coding report."""
    if not dataset.anonymised and not identified:
        raise ReportError("this dataset is not anonymised; anonymise it first, or ask for an "
                          "identified report (--identified) for the team only")
    if paper not in PAPER:
        raise ReportError(f"paper '{paper}' is not known; use a4 or letter")
    if protocol.codebook is None and not dataset.codings:
        raise ReportError(f"protocol '{protocol.id}' has no codebook and nothing is coded; "
                          "there is no coding to report")
    tracker = tracker or Tracker(None, None)
    width = PAPER[paper][0] - 2 * MARGIN
    segments = retrieve(dataset, protocol, identified=identified, identities=citations,
                        coder=coder)
    codes = by_code(dataset, protocol, segments, coder)
    labels = {c.code: c.label for c in codes}
    tracker.phase(0, 30, 4)
    story = _front(dataset, protocol, by, len(segments), width, coder)
    story += _glance(codes, width)
    tracker.step()
    if by:
        story += [PageBreak(), para("Codes by attribute", "h1")]
        for column in [[b] for b in by] + ([list(by)] if len(by) > 1 else []):
            story += _matrix(code_matrix(dataset, protocol, column, coder), width)
    tracker.step()
    story += _pairs(co_occurrence(dataset, protocol, coder, rolled_up=rolled_up_pairs), labels,
                    width, rolled_up_pairs)
    tracker.step()
    story += _segments(codes, len({r.get("coder") for r in dataset.codings if r.get("coder")}),
                       _code_memos(dataset))
    story += _other_memos(dataset)
    story += [para("Notes on method", "h1"), *(para(t, "small") for t in METHOD)]
    tracker.step()
    return story


def build_coding_report(dataset: Dataset, protocol: Protocol, out: Path | str, *,
                        by: Sequence[str] = (), paper: str = "a4", identified: bool = False,
                        citations: dict[str, tuple[str, str]] | None = None,
                        coder: str | None = None, rolled_up_pairs: bool = False,
                        progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> Path:
    """Write the coding report of ``dataset`` to ``out`` (anonymised unless ``identified``)."""
    tracker = Tracker(progress, cancelled)
    story = coding_story(dataset, protocol, by=by, paper=paper, identified=identified,
                         citations=citations, tracker=tracker, coder=coder,
                         rolled_up_pairs=rolled_up_pairs)
    tracker.phase(30, 100, 1)
    return build_pdf(story, out, masthead_for(dataset, protocol, "Coding report"),
                     paper=paper, tracker=tracker, contents=True)
