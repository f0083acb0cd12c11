"""The import contracts fail on an import cycle between modules, even one hidden in a function."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CONTRACT = "No import cycles between the modules of any package"


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=120)


def _copy(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "fieldkit", tree / "fieldkit",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.ttf"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_the_tree_as_it_is_keeps_every_contract(tmp_path):
    done = _lint(_copy(tmp_path))
    assert done.returncode == 0, done.stdout[-3000:]
    assert f"{CONTRACT} KEPT" in done.stdout


def test_a_cycle_hidden_in_a_function_breaks_the_contract(tmp_path):
    tree = _copy(tmp_path)
    # the loader imports validate; validate importing the loader back, inside a function
    with (tree / "fieldkit" / "protocol" / "validate.py").open("a") as f:
        f.write("\n\ndef _back() -> None:\n    from .loader import load_protocol  # noqa: F401\n")
    done = _lint(tree)
    assert done.returncode != 0
    assert f"{CONTRACT} BROKEN" in done.stdout
    assert "No cycles are allowed in fieldkit.protocol." in done.stdout
