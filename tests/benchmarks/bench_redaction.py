"""Benchmark: anonymising 5,000 interviews of red-team text, against a bare word scan.

Run: ``.venv/bin/python tests/benchmarks/bench_redaction.py`` (FIELDKIT_BENCH_SCALE=0.1 for
a quick run). The baseline splits the same free texts into words and looks each one up in a
set of names, the least any word-level redaction does, in the same run.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "anonymise" / "redteam"))

import harness  # noqa: E402
import main_corpus  # noqa: E402

from fieldkit.anonymise import anonymise, default_plan  # noqa: E402

SCALE = float(os.environ.get("FIELDKIT_BENCH_SCALE", "1"))
INTERVIEWS = max(60, round(5000 * SCALE))


def corpus() -> harness.Corpus:
    base = main_corpus.build()
    ivs = []
    for n in range(INTERVIEWS):
        src = base.interviews[n % len(base.interviews)]
        ivs.append(dataclasses.replace(src, number=n + 1,
                                       cells=[dataclasses.replace(c) for c in src.cells]))
    return harness.Corpus(base.roster, ivs)


def baseline(texts: list[str], names: set[str]) -> float:
    start = time.perf_counter()
    word = regex.compile(r"[\p{L}\p{M}]+")
    hits = 0
    for text in texts:
        hits += sum(1 for w in word.findall(text) if w.lower() in names)
    return time.perf_counter() - start


def main() -> None:
    c = corpus()
    data = harness.dataset(c)
    plan = default_plan(harness.protocol(c.roster))
    texts = [cell.text for iv in c.interviews for cell in iv.cells]
    names = {w.lower() for p in c.roster for w in p.name.split()}
    start = time.perf_counter()
    anonymise(data, plan, harness.KEY, override="benchmark")
    took = time.perf_counter() - start
    base = baseline(texts, names)
    chars = sum(len(t) for t in texts)
    print(f"anonymise {INTERVIEWS} interviews ({len(texts)} free texts, {chars:,} characters): "
          f"{took:.1f} s, {1000 * took / len(texts):.2f} ms per text; bare word scan "
          f"{base:.2f} s; ratio {took / base:.0f}x")


if __name__ == "__main__":
    main()
