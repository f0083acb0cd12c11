"""``fieldkit --version`` starts without loading any command (start-up under 0.25 s is
measured in tests/benchmarks/bench_xlsform.py); a command loads its own group only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import sys
from fieldkit.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("MODULES", " ".join(sorted(sys.modules)))
"""


def _loaded(*args: str) -> set[str]:
    run = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    line = next(x for x in run.stdout.splitlines() if x.startswith("MODULES "))
    return set(line.split()[1:])


def test_version_loads_no_command_and_a_command_only_its_group():
    version = _loaded("--version")
    assert not {m for m in version if m.startswith(("fieldkit.cli.", "fieldkit.protocol",
                                                    "fieldkit.store", "pydantic"))} - {
        "fieldkit.cli.commands"}
    validate = _loaded("protocol", "validate", "--help")
    assert "fieldkit.cli.protocol_cmd" in validate
    assert not {m for m in validate if m.startswith(("fieldkit.cli.export_cmd",
                                                     "fieldkit.anonymise", "fieldkit.analysis"))}
