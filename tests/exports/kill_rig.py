"""SIGKILL a real ``fieldkit export`` at random moments; after the next start the destination
holds the complete output (its manifest's files, intact) or nothing, and no partial file is left."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from fieldkit.atomic import OLD_PREFIX, PARTIAL_PREFIX, PENDING


def _env(base: Path) -> dict[str, str]:
    return {**os.environ, "FIELDKIT_STATE_DIR": str(base / "state"),
            "FIELDKIT_LOG_DIR": str(base / "logs")}  # PYTHONPATH from tests/conftest.py


def complete(out: Path) -> bool:
    """Every file the manifest lists, with its hash, and nothing else."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    names = {p.name for p in out.iterdir()}
    assert names == {*manifest["files"], "manifest.json"}, names
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name
    return True


def next_start(base: Path) -> None:
    """Any start of the command cleans what killed runs left."""
    done = subprocess.run([sys.executable, "-m", "fieldkit", "--version"], env=_env(base),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir()
            if p.name.startswith((PARTIAL_PREFIX, OLD_PREFIX, "."))]


def _until_writing(child: subprocess.Popen, dest: Path) -> bool:
    """Wait until the run has begun writing (a partial folder appears); False if it ended."""
    while child.poll() is None:
        if any(p.name.startswith(PARTIAL_PREFIX) for p in dest.iterdir()):
            return True
        time.sleep(0.002)
    return False


def kill_exports(base: Path, command: list[str], rounds: int, seed: int) -> Counter:
    """Run ``command`` (writing ``base/out/export``) ``rounds`` times, killing it at a random
    moment within a full run's duration; returns what was found each time."""
    rng = random.Random(seed)
    dest = base / "out"
    dest.mkdir(exist_ok=True)
    out = dest / "export"
    env = _env(base)
    first = subprocess.Popen([*command, "--out", str(out), "--force"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    writing = _until_writing(first, dest)
    started = time.monotonic()
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    window = time.monotonic() - started  # from the first partial file to the finished output
    assert writing and complete(out)
    seen: Counter = Counter()
    for n in range(rounds):
        if n % 3 == 0 and out.exists():
            import shutil

            shutil.rmtree(out)  # sometimes into nothing, otherwise replacing an older output
        child = subprocess.Popen([*command, "--out", str(out), "--force"], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if _until_writing(child, dest):
            time.sleep(rng.uniform(0.0, 1.2) * window)  # mostly while it writes
        child.kill()
        child.wait(timeout=60)
        seen["left partial files before the next start"] += bool(leftovers(dest))
        next_start(base)
        assert leftovers(dest) == [], leftovers(dest)
        assert not list((base / "state" / PENDING).glob("*"))
        if out.exists():
            assert complete(out)
            seen["complete output"] += 1
        else:
            seen["nothing"] += 1
    seen["kills"] = rounds
    seen["writing window (ms)"] = round(window * 1000)
    return seen
