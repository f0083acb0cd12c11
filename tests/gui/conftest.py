"""Soak tests here run only when asked for (``-m soak``, ``make soak``), as pyproject promises."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collection_modifyitems(config, items):
    if "soak" in (config.getoption("markexpr") or ""):
        return
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason="soak test: run with -m soak (make soak)")
    for item in items:
        if item.get_closest_marker("soak") and here in Path(str(item.path)).parents:
            item.add_marker(skip)
