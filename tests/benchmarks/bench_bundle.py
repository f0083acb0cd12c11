"""The frozen bundle against the source run: size on disk, and start-to-first-question time.

    python tests/benchmarks/bench_bundle.py [RUNS]      (make bundle-bench, after make bundle)

`fieldkit gui --smoke` is the measure: the program starts, makes a temporary store, loads the
default protocol and shows an interview's first question (Qt offscreen), then cleans up. Each
side runs once to warm the disk cache, then RUNS times (default 5); the median is reported.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "fieldkit"


def size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def start_to_first_question(command: list[str], runs: int) -> float:
    times = []
    for n in range(runs + 1):
        with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as home:
            env = {"PATH": os.environ.get("PATH", ""), "HOME": home, "QT_QPA_PLATFORM": "offscreen",
                   "LANG": "C.UTF-8"}
            start = time.perf_counter()
            subprocess.run(command, env=env, cwd=home, check=True, capture_output=True)
            if n:  # the first run only warms the cache
                times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int) -> int:
    program = BUNDLE / "fieldkit"
    if not program.is_file():
        print(f"bench_bundle: {program} does not exist; run make bundle first", file=sys.stderr)
        return 1
    tarballs = sorted((ROOT / "dist").glob("fieldkit-*.tar.gz"))
    packages = ROOT / "fieldkit"
    print(f"bundle folder      {size(BUNDLE) / 1e6:8.1f} MB  ({sum(1 for _ in BUNDLE.rglob('*'))} files)")
    if tarballs:
        print(f"bundle tarball     {tarballs[-1].stat().st_size / 1e6:8.1f} MB  ({tarballs[-1].name})")
    print(f"source package     {size(packages) / 1e6:8.1f} MB  (fieldkit/, without its libraries)")
    print(f"source venv        {size(Path(sys.prefix)) / 1e6:8.1f} MB  ({sys.prefix}: the libraries, "
          "with the test and build tools)")
    frozen = start_to_first_question([str(program), "gui", "--smoke"], runs)
    source = start_to_first_question([sys.executable, "-m", "fieldkit", "gui", "--smoke"], runs)
    print(f"first question     bundle {frozen:5.2f} s, source {source:5.2f} s "
          f"(bundle/source {frozen / source:4.2f}; median of {runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
