"""Test set-up shared by every part: Qt offscreen, a private temp dir, fast key slots."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests unlock stores many times: the key slot's Argon2id cost is lowered for them only (the
# production cost is chosen by calibration and recorded in each slot). It is injected here and,
# for child processes, by tests/fastkdf/sitecustomize.py on PYTHONPATH; the program reads no
# switch for it.
FAST_KDF_DIR = str(Path(__file__).resolve().parent / "fastkdf")
sys.path.insert(0, FAST_KDF_DIR)
import sitecustomize as _fast_kdf  # noqa: E402  (tests/fastkdf, first on the path)

_fast_kdf.install()
os.environ["PYTHONPATH"] = os.pathsep.join(
    [FAST_KDF_DIR, str(Path(__file__).resolve().parents[1]),
     *filter(None, [os.environ.get("PYTHONPATH")])])


def pytest_collection_modifyitems(config, items):
    """Soak tests run only when asked for (``-m soak``, ``make soak``), as pyproject promises,
    and then with an hour's timeout instead of the default two minutes."""
    import pytest

    asked = "soak" in (config.getoption("markexpr") or "")
    mark = pytest.mark.timeout(3600) if asked else pytest.mark.skip(
        reason="soak test: run with -m soak (make soak)")
    for item in items:
        if item.get_closest_marker("soak"):
            item.add_marker(mark)
