"""The wheel built from this repository works once installed: no source checkout in sight.

The wheel is built once (offline: --no-build-isolation with the venv's setuptools) from a copy of
the sources and installed with --no-deps into a new venv. The new venv reaches the project
venv's libraries through a .pth line, so nothing is downloaded, while fieldkit itself can only
come from the wheel: the commands run from a temporary folder with PYTHONPATH holding only the
tests' fast key derivation. The round trip (--version, gui --smoke, stores, import, session
file, merge, export, study report) is packaging/test_bundle.sh, the bundle's own test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FAST_KDF = ROOT / "tests" / "fastkdf"

pytestmark = pytest.mark.timeout(600)


def _run(args: list, **kw) -> subprocess.CompletedProcess:
    # Never the tests' PYTHONPATH (it holds the checkout, where pip would find fieldkit installed)
    kw.setdefault("env", {k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A new venv with the built wheel installed; returns the venv folder."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "fieldkit", src / "fieldkit",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheels = tmp / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "--no-cache-dir", "--quiet", "-w", wheels, src], cwd=tmp)
    [wheel] = wheels.glob("fieldkit-*.whl")

    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", venv])
    python = venv / "bin" / "python"
    _run([python, "-m", "pip", "install", "--no-deps", "--no-index", "--no-cache-dir", "--quiet",
          wheel], cwd=tmp)
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
                   ).stdout.strip()
    # The dependencies, already installed in the project venv (a .pth line is only a path: the
    # editable install's own .pth there is not processed, so the checkout stays out of reach).
    (Path(purelib) / "project-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv


def _env(home: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "TMPDIR")}
    return {**keep, "PYTHONPATH": str(FAST_KDF), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def test_fieldkit_and_its_data_come_from_the_wheel(installed, tmp_path):
    probe = ("import json, fieldkit, fieldkit.data as d; print(json.dumps([fieldkit.__file__, "
             "str(d.fonts_dir()), [p.name for p in d.shipped_protocols()]]))")
    done = _run([installed / "bin" / "python", "-c", probe], cwd=tmp_path, env=_env(tmp_path))
    package, fonts, protocols = json.loads(done.stdout)
    assert Path(package).is_relative_to(installed) and Path(fonts).is_relative_to(installed)
    assert not Path(package).is_relative_to(ROOT)
    assert protocols == ["field-cooperation.yaml", "informal-relations.yaml"]
    assert (Path(fonts) / "DejaVuSans.ttf").is_file()


def test_version_smoke_and_round_trip_with_a_study_report(installed, round_trip):
    round_trip(installed / "bin" / "fieldkit", {"PYTHONPATH": str(FAST_KDF)})
