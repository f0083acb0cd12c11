"""The red-team figures on a slice of the corpora, so a regression fails make test
(the full corpora: make redteam)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "redteam"))

import harness  # noqa: E402
import heldout2_corpus  # noqa: E402
import heldout_corpus  # noqa: E402
import main_corpus  # noqa: E402


def _assert_targets(figures: harness.Figures) -> None:
    report = "\n".join(figures.lines("red team"))
    assert not figures.leaks.get(harness.KNOWN), report
    assert not figures.leaks.get(harness.PATTERN), report
    assert not figures.unreviewed, report
    assert len(figures.false_positives) <= 0.03 * figures.probes, report


def test_main_corpus_slice_meets_the_targets_in_csv_and_stata():
    corpus = main_corpus.build(24)
    assert len(corpus.plants()) >= 300 and len(corpus.probes()) >= 60
    kinds = {p.kind.split()[0] for _iv, _c, p in corpus.plants()}
    assert {"script", "variant", "case", "nickname", "initials", "two-letter", "hyphenated",
            "after", "later", "third", "e-mail", "phone", "domain", "handle", "address",
            "date", "passport", "MRZ", "nationality", "unique", "state"} <= kinds
    _assert_targets(harness.score(corpus, formats=("csv", "dta")))


def test_heldout_corpora_meet_the_targets():
    _assert_targets(harness.score(heldout_corpus.build(), formats=("csv",)))
    _assert_targets(harness.score(heldout2_corpus.build(), formats=("sav",)))


def test_the_harness_sees_a_leak_when_a_layer_is_off():
    corpus = main_corpus.build(12)
    figures = harness.score(corpus, formats=("csv",), redact={"emails": False, "phones": False})
    leaked = " ".join(figures.leaks.get(harness.PATTERN, []))
    assert "e-mail" in leaked and "phone" in leaked
