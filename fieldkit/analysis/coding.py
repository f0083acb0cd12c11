"""Codes applied to open answers and quotes, counted per interview and compared across groups."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.model import Protocol

from .values import rows_by_group


@dataclass(frozen=True)
class CodeRow:
    """One code: how often it was applied and in how many interviews, overall and per group."""

    code: str
    label: str
    depth: int  # 0 for a top-level code of the codebook, 1 for its children, ...
    codings: int
    interviews: int
    by_group: dict[str, tuple[int, int]]  # group -> (codings, interviews)


@dataclass(frozen=True)
class CodingTable:
    by: str | None
    groups: list[tuple[str, int]]  # (group label, interviews in the group)
    rows: list[CodeRow]
    total_codings: int


def codes_per_interview(dataset: Dataset) -> dict[str, Counter[str]]:
    """interview_id -> how many times each code was applied in it."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for row in dataset.codings:
        out[row["interview_id"]][row["code"]] += 1
    return dict(out)


def _codebook_order(protocol: Protocol | None) -> list[tuple[str, str, int]]:
    if protocol is None or protocol.codebook is None:
        return []
    out: list[tuple[str, str, int]] = []

    def walk(codes: list, depth: int) -> None:
        for code in codes:
            out.append((code.id, protocol.text(code.label), depth))
            walk(code.codes, depth + 1)

    walk(protocol.codebook.codes, 0)
    return out


def code_counts(dataset: Dataset, protocol: Protocol | None = None,
                by: str | None = None) -> CodingTable:
    """Every code of the codebook (and any other code used) with its counts, by ``by``."""
    per_interview = codes_per_interview(dataset)
    groups = rows_by_group(dataset, by) if by else []
    known = _codebook_order(protocol)
    used = sorted({row["code"] for row in dataset.codings} - {c for c, _, _ in known})
    rows = []
    for code, label, depth in known + [(c, c, 0) for c in used]:
        def tally(interview_ids: list[str], code: str = code) -> tuple[int, int]:
            hits = [per_interview[i][code] for i in interview_ids
                    if i in per_interview and per_interview[i][code]]
            return sum(hits), len(hits)

        codings, interviews = tally(list(per_interview))
        by_group = {label_: tally([r["interview_id"] for r in rows_])
                    for label_, rows_ in groups}
        rows.append(CodeRow(code, label, depth, codings, interviews, by_group))
    return CodingTable(by=by, groups=[(label, len(rows_)) for label, rows_ in groups],
                       rows=rows, total_codings=len(dataset.codings))
