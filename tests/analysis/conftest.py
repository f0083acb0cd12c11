"""Shared set-up for analysis tests: the synthetic Study A helpers are importable."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "dataset"))  # Study A's synthetic rosters
