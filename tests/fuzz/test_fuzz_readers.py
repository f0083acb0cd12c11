"""Fuzzing every reader of a file a user or colleague can hand the program: only fieldkit's own
one-sentence errors come back, each case within 5 s and 500 MB.

The default run feeds each reader a few cases; ``make soak`` feeds 10,000 each (or
$FIELDKIT_SOAK_CASES) and prints the figures: cases, refusals by kind, slowest case, peak memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("fuzz_child.py")
READERS = ["protocol", "xlsform", "interview", "roster", "plan", "session"]


def fuzz(reader: str, cases: int, tmp_path: Path) -> dict:
    out = tmp_path / f"{reader}.json"
    seed = int(os.environ.get("FIELDKIT_SOAK_SEED", "14"))
    done = subprocess.run([sys.executable, str(CHILD), reader, str(cases), str(seed), str(out)],
                          capture_output=True, text=True, timeout=60 + cases * 2,
                          env=dict(os.environ))  # PYTHONPATH from tests/conftest.py
    assert done.returncode == 0 and out.exists(), done.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


def figures(stats: dict) -> str:
    refused = ", ".join(f"{k} {v}" for k, v in sorted(stats["refused"].items()))
    return (f"{stats['reader']}: {stats['cases']} cases, {stats['ok']} read, refused: "
            f"{refused or 'none'}; failures: {stats['failures'] or 'none'}; slowest "
            f"{stats['slowest_s']:.3f} s; peak memory +{stats['peak_rss_mb']} MB over "
            f"{stats['baseline_rss_mb']} MB")


def check(stats: dict, cases: int) -> None:
    assert stats["cases"] >= cases * 0.9, stats  # hypothesis may stop a little short
    assert not stats["failures"], f"{stats['failures']}; inputs kept: {stats['examples']}"
    assert stats["slowest_s"] < 5.0 and stats["peak_rss_mb"] < 500
    assert stats["refused"], "no input was refused: the mutations do not reach the reader"


@pytest.mark.parametrize("reader", READERS)
def test_reader_gives_only_its_own_errors(reader, tmp_path):
    stats = fuzz(reader, 50, tmp_path)
    check(stats, 50)


@pytest.mark.soak
@pytest.mark.parametrize("reader", READERS)
def test_reader_soak(reader, tmp_path):
    cases = int(os.environ.get("FIELDKIT_SOAK_CASES", "10000"))
    stats = fuzz(reader, cases, tmp_path)
    print("\n" + figures(stats))
    check(stats, cases)


ATHERIS = Path(__file__).with_name("atheris_driver.py")


@pytest.mark.soak
@pytest.mark.parametrize("reader", READERS)
def test_reader_soak_coverage_guided(reader, tmp_path):
    """The same readers under atheris (libFuzzer): 5 s a case, 500 MB for one allocation,
    the whole process under 800 MB (it starts at about 100-200 MB)."""
    pytest.importorskip("atheris")
    runs = int(os.environ.get("FIELDKIT_SOAK_CASES", "10000"))
    done = subprocess.run(
        [sys.executable, str(ATHERIS), reader, f"-runs={runs}", "-timeout=5",
         "-malloc_limit_mb=500", "-rss_limit_mb=800", f"-artifact_prefix={tmp_path}/"],
        capture_output=True, text=True, timeout=120 + runs, cwd=tmp_path, env=dict(os.environ))
    tail = done.stderr.strip().splitlines()
    summary = [line for line in tail if line.startswith(("#", "Done"))][-2:]
    print(f"\n{reader} (atheris): " + " | ".join(summary))
    assert done.returncode == 0, "\n".join(tail[-40:])
