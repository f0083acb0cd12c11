"""Print the red-team figures: python tests/anonymise/redteam/run.py [main|heldout|heldout2|all]
[N] (N: interviews of the main corpus)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "dataset"))  # synth_study

import harness  # noqa: E402


def main(argv: list[str]) -> int:
    which = argv[0] if argv else "all"
    n = int(argv[1]) if len(argv) > 1 else None
    corpora = []
    if which in ("main", "all"):
        import main_corpus
        corpora.append(("main corpus", main_corpus.build(n or main_corpus.N_INTERVIEWS)))
    if which in ("heldout", "all"):
        import heldout_corpus
        corpora.append(("held-out corpus", heldout_corpus.build()))
    if which in ("heldout2", "all"):
        import heldout2_corpus
        corpora.append(("second held-out corpus", heldout2_corpus.build()))
    failed = False
    for title, corpus in corpora:
        start = time.perf_counter()
        figures = harness.score(corpus, pdf=True)
        print("\n".join(figures.lines(title)))
        print(f"  ({time.perf_counter() - start:.1f} s)")
        failed |= not figures.passed()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
