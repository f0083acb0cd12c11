"""The coding report's tables as CSV: segments by code, codes rolled up, matrices, pairs.

Written as one folder, whole or not at all (as an export): ``segments.csv`` (one row per coded
segment with its citation; no words of a respondent who refused quotation in a shared output),
``codes.csv`` (the codebook with rolled-up counts), ``matrix.csv`` (long: compared by, group,
code, segments, interviews) and ``co_occurrence.csv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fieldkit.analysis.code_segments import CodedSegment, CodeMatrix, CodeSegments, CoOccurrence

from .atomic import atomic_dir
from .csv_out import write_table

SEGMENT_COLUMNS = ["code", "number", "item_id", "quote_id", "start", "end", "passage",
                   "withheld", "citation", "coder"]
CODE_COLUMNS = ["code", "label", "depth", "segments_rolled_up", "interviews", "segments_own"]
MATRIX_COLUMNS = ["compared_by", "group", "interviews_in_group", "code", "segments",
                  "interviews"]
PAIR_COLUMNS = ["code", "with_code", "overlapping", "same_text", "interviews_overlapping"]
NAMES = ("segments.csv", "codes.csv", "matrix.csv", "co_occurrence.csv")


def write_coding_tables(out: Path, segments: Sequence[CodedSegment],
                        codes: Sequence[CodeSegments], matrices: Sequence[CodeMatrix],
                        pairs: Sequence[CoOccurrence], *, overwrite: bool = False) -> list[Path]:
    """The four CSVs in the folder ``out``; returns their paths."""
    with atomic_dir(Path(out), overwrite=overwrite) as tmp:
        write_table(tmp / "segments.csv", SEGMENT_COLUMNS, [
            {"code": s.code, "number": s.number, "item_id": s.item_id, "quote_id": s.quote_id,
             "start": s.start, "end": s.end, "passage": s.text, "withheld": s.withheld,
             "citation": s.citation, "coder": s.coder} for s in segments])
        write_table(tmp / "codes.csv", CODE_COLUMNS, [
            {"code": c.code, "label": c.label, "depth": c.depth,
             "segments_rolled_up": c.rolled_up, "interviews": c.interviews,
             "segments_own": len(c.segments)} for c in codes])
        write_table(tmp / "matrix.csv", MATRIX_COLUMNS, [
            {"compared_by": " × ".join(m.by), "group": group, "interviews_in_group": size,
             "code": code, "segments": cells[i][0], "interviews": cells[i][1]}
            for m in matrices for code, _, _, cells in m.rows
            for i, (group, size) in enumerate(m.groups)])
        write_table(tmp / "co_occurrence.csv", PAIR_COLUMNS, [
            {"code": p.first, "with_code": p.second, "overlapping": p.overlapping,
             "same_text": p.same_text, "interviews_overlapping": p.interviews} for p in pairs])
    return [Path(out) / n for n in NAMES]
