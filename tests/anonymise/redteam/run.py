"""Print the red-team figures: python tests/anonymise/redteam/run.py
[main|heldout|heldout2|planted|all] [N] (N: interviews of the main corpus). 'planted' writes
every shared output of a store with identifiers planted through calculations, rosters, name
generators, attachments, coordinates, coders and memos, and counts what each still holds."""

from __future__ import annotations

import sys
import tempfile
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
    if which in ("planted", "all"):
        failed |= planted()
    for title, corpus in corpora:
        start = time.perf_counter()
        figures = harness.score(corpus, pdf=True)
        print("\n".join(figures.lines(title)))
        print(f"  ({time.perf_counter() - start:.1f} s)")
        failed |= not figures.passed()
    return 1 if failed else 0


def planted() -> bool:
    """Print the planted identifiers' figures; True when any leaked."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "operations"))
    import test_planted_leaks

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as root:
        lines = test_planted_leaks.figures(Path(root))
    print("\n".join(lines))
    print(f"  ({time.perf_counter() - start:.1f} s)")
    return not lines[-1].rstrip().endswith(" 0 leaks")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
