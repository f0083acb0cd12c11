"""Coverage-guided fuzzing of one reader with atheris (libFuzzer), beside the hypothesis suite.

Usage: ``python atheris_driver.py TARGET -runs=N [libFuzzer options]``. The seed input of the
target starts the corpus; any exception that is not fieldkit's own error is a crash, and
libFuzzer's -timeout and -rss_limit_mb turn a slow or greedy case into one as well.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
with atheris.instrument_imports(include=["fieldkit"]):
    import fieldkit.anonymise.plan  # noqa: F401
    import fieldkit.bounded  # noqa: F401
    import fieldkit.exchange.reader  # noqa: F401
    import fieldkit.interview.importer  # noqa: F401
    import fieldkit.protocol.loader  # noqa: F401
    import fieldkit.protocol.xlsform  # noqa: F401
from targets import TARGETS  # noqa: E402

from fieldkit.errors import FieldkitError  # noqa: E402


def main() -> None:
    name = sys.argv.pop(1)
    target = TARGETS[name]()
    work = Path(tempfile.mkdtemp(prefix=f"fieldkit-atheris-{name}-"))

    def one_input(data: bytes) -> None:
        try:
            target.read(data, work)
        except FieldkitError:
            pass

    corpus = work / "corpus"
    corpus.mkdir()
    (corpus / "seed").write_bytes(target.seed)
    atheris.Setup([*sys.argv, str(corpus)], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
