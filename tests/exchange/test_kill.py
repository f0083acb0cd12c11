"""Merge and session export killed (SIGKILL) at random moments, in real subprocesses.

A killed merge leaves a master that passes 'store check' and, merged again, equals a master
that was never interrupted; a killed session export never marks interviews as handed over
without a complete file, and the next export goes on.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from fieldkit.exchange.container import Limits
from fieldkit.exchange.reader import open_session, read_contents
from fieldkit.store import Store

from .conftest import PASSPHRASE, dump

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs SIGKILL")
SOAK_KILLS = int(os.environ.get("FIELDKIT_SOAK_KILLS", "30"))


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "fieldkit", *args]


def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "FIELDKIT_PASSPHRASE": PASSPHRASE,
            "FIELDKIT_STATE_DIR": str(tmp_path / "state"),
            "FIELDKIT_LOG_DIR": str(tmp_path / "logs")}  # PYTHONPATH from tests/conftest.py


def opened(store_dir: Path) -> bool:
    """The store is open for writing: SQLite's write-ahead log is there."""
    return any(p.name.endswith("-wal") for p in store_dir.iterdir())


def run_killed(command: list[str], environ: dict, store_dir: Path, window: float,
               rng: random.Random) -> bool:
    """Start ``command``, wait until it opened the store, kill it within ``window`` s; True
    if it was killed (not already finished)."""
    child = subprocess.Popen(command, env=environ, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    while child.poll() is None and not opened(store_dir):
        time.sleep(0.002)
    time.sleep(rng.uniform(0.0, 1.1) * window)
    killed = child.poll() is None
    child.kill()
    child.wait(timeout=60)
    return killed


def timed(command: list[str], environ: dict, store_dir: Path) -> float:
    """Seconds from the store's opening to the command's end, in an uninterrupted run."""
    child = subprocess.Popen(command, env=environ, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    while child.poll() is None and not opened(store_dir):
        time.sleep(0.002)
    started = time.monotonic()
    child.wait(timeout=300)
    assert child.returncode in (0, 1), child.stderr.read() if child.stderr else ""
    return time.monotonic() - started


def check_passes(store_dir: Path, environ: dict) -> None:
    done = subprocess.run(cli("store", "check", "--store", str(store_dir)), env=environ,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def kill_merges(f, tmp_path: Path, rounds: int, seed: int) -> Counter:
    rng = random.Random(seed)
    environ = env(tmp_path)
    files = [str(p) for p in f.files.values()]
    reference, master = f.master("reference"), f.master("killed")
    reference.close()
    master.close()
    merge = [*files, "--accept-new-signer"]
    window = timed(cli("merge", *merge, "--store", str(reference.path)), environ,
                   reference.path)
    seen: Counter = Counter()
    for _ in range(rounds):
        seen["killed while running"] += run_killed(
            cli("merge", *merge, "--store", str(master.path)), environ, master.path, window, rng)
        check_passes(master.path, environ)
        seen["store check passed"] += 1
    done = subprocess.run(cli("merge", *merge, "--store", str(master.path)), env=environ,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    with Store.open(reference.path, PASSPHRASE) as ref, Store.open(master.path, PASSPHRASE) as m:
        assert dump(m) == dump(ref)
    seen["kills"] = rounds
    seen["merge window (ms)"] = round(window * 1000)
    return seen


def kill_session_exports(f, tmp_path: Path, rounds: int, seed: int) -> Counter:
    rng = random.Random(seed)
    environ = env(tmp_path)
    laptop = f.laptops["A"]
    out = tmp_path / "handed"
    out.mkdir()
    store_dir = laptop.path
    laptop.close()
    command = cli("session", "export", "--store", str(store_dir), "--out", str(out), "--all")
    window = timed(command, environ, store_dir)
    seen: Counter = Counter()
    for _ in range(rounds):
        seen["killed while running"] += run_killed(command, environ, store_dir, window, rng)
        with Store.open(store_dir, PASSPHRASE) as store:
            recorded = store.exchange.last_export()
        if recorded:  # a recorded hand-over has its complete file
            (written,) = out.glob(f"session-*-{recorded[0]:05d}.fksession")
            opened_file = open_session(written.read_bytes(), f.lead, Limits(), written.name)
            read_contents(opened_file, f.lead, Limits())
            seen["recorded with a complete file"] += 1
        check_passes(store_dir, environ)
    done = subprocess.run(command, env=environ, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr  # the next export goes on
    seen["kills"] = rounds
    seen["export window (ms)"] = round(window * 1000)
    return seen


def test_a_killed_merge_resumes_to_the_same_master(three, tmp_path):
    seen = kill_merges(three, tmp_path, rounds=3, seed=9)
    assert seen["store check passed"] == 3


def test_a_killed_session_export_marks_nothing_without_its_file(three, tmp_path):
    kill_session_exports(three, tmp_path, rounds=3, seed=9)


@pytest.mark.soak
def test_merge_kill_soak(three, tmp_path):
    seen = kill_merges(three, tmp_path, rounds=SOAK_KILLS, seed=90)
    print(f"\nmerge killed: {dict(seen)}")
    assert seen["killed while running"] > 0


@pytest.mark.soak
def test_session_export_kill_soak(three, tmp_path):
    seen = kill_session_exports(three, tmp_path, rounds=SOAK_KILLS, seed=90)
    print(f"\nsession export killed: {dict(seen)}")
    assert seen["killed while running"] > 0


def test_a_file_left_by_a_run_killed_before_it_recorded_the_hand_over_is_replaced(three):
    from fieldkit.exchange import export_session
    from fieldkit.exchange.export import file_name

    f = three
    laptop = f.laptops["A"]
    out = f.root / "again"
    out.mkdir()
    sequence = laptop.exchange.last_export()[0] + 1
    left = out / file_name(laptop.info.store_id, sequence)
    left.write_bytes(b"a session file cut off before its hand-over was recorded")
    result = export_session(laptop, out, everything=True)
    assert result.path == left and result.sequence == sequence
    opened = open_session(left.read_bytes(), f.lead, Limits(), left.name)
    assert opened.manifest.sequence == sequence
