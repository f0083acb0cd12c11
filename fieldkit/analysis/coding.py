"""Codes applied to open answers and quotes, counted per interview and compared across groups.

Counts roll up the codebook's tree: a parent code counts every passage coded with it or with
any code below it, and a passage coded with a parent and a child (or two children) counts once
for the parent. A passage (a *segment*) is one coded text span: an interview's answer to an
item (for a person or entry) or a quote, whole or ``start:end``. Two coders who coded the same
segment with the same code make one coded segment, not two.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from fieldkit.dataset.tables import Dataset, Row
from fieldkit.protocol.model import Code, Protocol

from .values import rows_by_group

Segment = tuple[Any, ...]  # (interview_id, item_id, person_id, quote_id, start, end)


@dataclass(frozen=True)
class CodeRow:
    """One code: how often it was applied and in how many interviews, overall and per group.

    ``codings`` and ``interviews`` are rolled up (the code and every code below it, each coded
    segment once); ``direct`` counts the segments coded with this very code."""

    code: str
    label: str
    depth: int  # 0 for a top-level code of the codebook, 1 for its children, ...
    codings: int
    interviews: int
    by_group: dict[str, tuple[int, int]]  # group -> (codings, interviews), rolled up
    direct: int = 0


@dataclass(frozen=True)
class CodingTable:
    by: str | None
    groups: list[tuple[str, int]]  # (group label, interviews in the group)
    rows: list[CodeRow]
    total_codings: int
    needs_recoding: int = 0  # codings left out because their text changed since they were made


def segment_of(row: Row) -> Segment:
    """The coded text span a coding row stands for (the unit codes are counted in)."""
    return (row["interview_id"], row.get("item_id"), row.get("person_id"), row.get("quote_id"),
            row.get("start"), row.get("end"))


def descendants(protocol: Protocol | None) -> dict[str, set[str]]:
    """code id -> itself and every code below it in the codebook."""
    out: dict[str, set[str]] = {}
    if protocol is None or protocol.codebook is None:
        return out

    def walk(code: Code) -> set[str]:
        below = {code.id}
        for child in code.codes:
            below |= walk(child)
        out[code.id] = below
        return below

    for top in protocol.codebook.codes:
        walk(top)
    return out


def usable(dataset: Dataset, coder: str | None = None) -> list[Row]:
    """The coding rows to count: of one coder if given, never those flagged for re-coding."""
    return [r for r in dataset.codings if not r.get("needs_recoding")
            and (coder is None or r.get("coder") == coder)]


def rolled_up_segments(dataset: Dataset, protocol: Protocol | None = None,
                       coder: str | None = None) -> dict[str, set[Segment]]:
    """code -> the segments coded with it or any code below it (each segment once)."""
    by_code: dict[str, set[Segment]] = defaultdict(set)
    for row in usable(dataset, coder):
        by_code[row["code"]].add(segment_of(row))
    out: dict[str, set[Segment]] = {}
    tree = descendants(protocol)
    for code in set(tree) | set(by_code):
        found: set[Segment] = set()
        for below in tree.get(code, {code}):
            found |= by_code.get(below, set())
        out[code] = found
    return out


def rolled_up_counts(dataset: Dataset, protocol: Protocol | None = None,
                     coder: str | None = None) -> dict[str, int]:
    """code -> how many segments carry it or a code below it (the roll-up to parents)."""
    return {code: len(found) for code, found in
            rolled_up_segments(dataset, protocol, coder).items()}


def codes_per_interview(dataset: Dataset, protocol: Protocol | None = None,
                        coder: str | None = None) -> dict[str, Counter[str]]:
    """interview_id -> how many segments carry each code (rolled up to parents)."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for code, found in rolled_up_segments(dataset, protocol, coder).items():
        for segment in found:
            out[segment[0]][code] += 1
    return dict(out)


def _codebook_order(protocol: Protocol | None) -> list[tuple[str, str, int]]:
    if protocol is None or protocol.codebook is None:
        return []
    out: list[tuple[str, str, int]] = []

    def walk(codes: list[Any], depth: int) -> None:
        for code in codes:
            out.append((code.id, protocol.text(code.label), depth))
            walk(code.codes, depth + 1)

    walk(protocol.codebook.codes, 0)
    return out


def code_counts(dataset: Dataset, protocol: Protocol | None = None,
                by: str | None = None, coder: str | None = None) -> CodingTable:
    """Every code of the codebook (and any other code used) with its rolled-up counts, by
    ``by``; of one ``coder``'s codings if given. Codings flagged for re-coding are left out."""
    rows_used = usable(dataset, coder)
    per_interview = codes_per_interview(dataset, protocol, coder)
    direct = Counter(code for code, _ in {(r["code"], segment_of(r)) for r in rows_used})
    groups = rows_by_group(dataset, by) if by else []
    known = _codebook_order(protocol)
    used = sorted({row["code"] for row in rows_used} - {c for c, _, _ in known})
    rows = []
    for code, label, depth in known + [(c, c, 0) for c in used]:
        def tally(interview_ids: list[str], code: str = code) -> tuple[int, int]:
            hits = [per_interview[i][code] for i in interview_ids
                    if i in per_interview and per_interview[i][code]]
            return sum(hits), len(hits)

        codings, interviews = tally(list(per_interview))
        by_group = {label_: tally([r["interview_id"] for r in rows_])
                    for label_, rows_ in groups}
        rows.append(CodeRow(code, label, depth, codings, interviews, by_group, direct[code]))
    flagged = sum(1 for r in dataset.codings if r.get("needs_recoding")
                  and (coder is None or r.get("coder") == coder))
    return CodingTable(by=by, groups=[(label, len(rows_)) for label, rows_ in groups],
                       rows=rows, total_codings=len({(r["code"], segment_of(r))
                                                     for r in rows_used}),
                       needs_recoding=flagged)
