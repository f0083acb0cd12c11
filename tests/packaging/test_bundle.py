"""The frozen bundle made by `make bundle` (dist/): run only by `make bundle-test` (-m bundle).

The round trip is packaging/test_bundle.sh (no Python on PATH, no network); these tests add the
artefacts' promises: checksums that hold, a tarball with fixed times and owners, an SBOM that
names what the bundle carries and no build or test tool.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import tarfile
from pathlib import Path

import pytest

import fieldkit

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
PROGRAM = DIST / "fieldkit" / "fieldkit"

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(900)]


@pytest.fixture(autouse=True)
def _asked_for(request):
    if "bundle" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("bundle test: run with -m bundle (make bundle-test) after make bundle")
    if not PROGRAM.is_file():
        pytest.fail(f"{PROGRAM} does not exist: run make bundle first")


def _artefact(pattern: str) -> Path:
    [path] = DIST.glob(pattern)
    return path


def test_round_trip_from_the_bundle(round_trip):
    round_trip(PROGRAM)


def test_checksums_cover_every_artefact_and_hold():
    sums = (DIST / "SHA256SUMS").read_text(encoding="utf-8").split("\n")
    named = {line.split()[1] for line in sums if line}
    assert {p.name for p in (_artefact("*.tar.gz"), _artefact("*.cdx.json"),
                             _artefact("fieldkit-*.whl"))} == named
    subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=DIST, check=True)


def test_tarball_has_the_commit_time_and_no_owner():
    epoch = int(subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True,
                               capture_output=True, text=True).stdout)
    tarball = _artefact("*.tar.gz")
    with gzip.open(tarball) as raw:
        raw.read(1)
        assert raw.mtime == 0  # gzip -n: no name, no time
    with tarfile.open(tarball) as tar:
        members = tar.getmembers()
    assert members[0].name == "fieldkit" and len(members) > 100
    assert {m.mtime for m in members} == {epoch}
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "", "")}
    assert "fieldkit/fieldkit" in {m.name for m in members}


def test_sbom_names_what_the_bundle_carries():
    bom = json.loads(_artefact("*.cdx.json").read_text(encoding="utf-8"))
    assert bom["bomFormat"] == "CycloneDX"
    assert bom["metadata"]["component"]["version"] == fieldkit.__version__
    names = {c["name"].lower().replace("_", "-") for c in bom["components"]}
    assert {"pyside6-essentials", "sqlcipher3", "reportlab", "babel", "wordfreq", "cpython"} <= names
    assert not names & {"pytest", "pyinstaller", "mypy", "ruff", "hypothesis", "cyclonedx-bom"}
