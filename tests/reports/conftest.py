"""Shared set-up for report tests: the synthetic Study A and record helpers are importable."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "analysis"))
sys.path.insert(0, str(Path(__file__).parents[1] / "dataset"))
sys.path.insert(0, str(Path(__file__).parents[1] / "exports"))

# The CLI tests use the export command tests' synthetic encrypted store rather than a copy.
from test_cli_export import store_dir  # noqa: E402, F401
