"""Redaction stays linear on long unbroken words: a 200 kB word (an open answer at the limit)
takes about ten times what a 20 kB one takes, never the hundred times a quadratic scan would."""

from __future__ import annotations

import time

import pytest

from fieldkit.anonymise.candidates import scan
from fieldkit.anonymise.redact import Redactor, residual_names


def timed(run, text: str) -> float:
    started = time.perf_counter()
    run(text)
    return time.perf_counter() - started


@pytest.mark.parametrize("word", ["Ab1", pytest.param("a", marks=pytest.mark.soak),
                                  pytest.param("x.y-", marks=pytest.mark.soak)])
def test_a_200_kb_word_is_redacted_in_linear_time(word):
    redactor = Redactor([])
    for run in (redactor.redact, residual_names, scan):
        small = timed(run, word * (20_000 // len(word)))
        large = timed(run, word * (200_000 // len(word)))
        assert large < 30 * small + 1.0, (run, small, large)  # 10x the text, not 100x the time
        assert large < 20.0  # fast even on a loaded machine
