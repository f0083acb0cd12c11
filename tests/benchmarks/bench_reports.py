"""Benchmark: the study PDF for 5,000 interviews and one interview PDF, against bare reportlab.

Run: ``.venv/bin/python tests/benchmarks/bench_reports.py`` (FIELDKIT_BENCH_SCALE=0.1 for a
quick run). The baseline is a bare reportlab document (built-in Helvetica, one plain table)
with as many table rows as the report's tables hold, laid out in the same run.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dataset"))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Table  # noqa: E402
from study_a_data import study_a  # noqa: E402

from fieldkit.reports.interview import build_interview_report  # noqa: E402
from fieldkit.reports.study import build_study_report, study_story  # noqa: E402

SCALE = float(os.environ.get("FIELDKIT_BENCH_SCALE", "1"))
COPIES = max(1, round(100 * SCALE))  # 50 interviews each: 5,000 at scale 1


def table_rows(story: list) -> int:
    rows = 0
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            rows += table_rows(flowable._content)
        elif isinstance(flowable, Table):
            rows += len(flowable._cellvalues)
    return rows


def bare(rows: int) -> float:
    start = time.perf_counter()
    data = [[f"row {i}", str(i), f"{i / 7:.2f}", "7", "5", "x"] for i in range(rows)]
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([Table(data, repeatRows=1)])
    return time.perf_counter() - start


def main() -> None:
    started = time.perf_counter()
    data, protocol = study_a(copies=COPIES)
    data.plan_hash = "0" * 64
    made = time.perf_counter() - started
    print(f"dataset: {len(data.interviews)} interviews, {len(data.ties)} ties "
          f"(made in {made:.2f} s)")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        out = build_study_report(data, protocol, Path(tmp) / "study.pdf")
        study = time.perf_counter() - start
        start = time.perf_counter()
        story = study_story(data, protocol)  # the analysis alone, no layout
        analysis = time.perf_counter() - start
        rows = table_rows(story)
        size = out.stat().st_size
        raw = bare(rows)
        print(f"study PDF: {study:.2f} s ({size / 1024:.0f} KiB); of which analysis "
              f"{analysis:.2f} s; {rows} table rows")
        print(f"bare reportlab, {rows} table rows: {raw:.2f} s; ratio {study / raw:.1f}x")

        small, _ = study_a()
        start = time.perf_counter()
        build_interview_report(small, protocol, 20, Path(tmp) / "one.pdf", identified=True)
        one = time.perf_counter() - start
        rows_one = 60
        raw_one = bare(rows_one)
        print(f"interview PDF: {one:.3f} s; bare reportlab, {rows_one} rows: {raw_one:.3f} s; "
              f"ratio {one / raw_one:.1f}x")


if __name__ == "__main__":
    main()
