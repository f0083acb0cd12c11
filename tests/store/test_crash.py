"""Crash safety: a writer killed with SIGKILL at random moments never loses a reported event."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldkit.store import Store, chain_problems

from .conftest import PASSPHRASE, make_protocol

WRITER = Path(__file__).with_name("crash_writer.py")
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def verify(store_dir: Path, interview_id: str, reported: list[str]) -> None:
    with Store.open(store_dir, PASSPHRASE) as s:
        events = s.events(interview_id)
        ids = {e.id for e in events}
        missing = [r for r in reported if r not in ids]
        assert not missing, f"{len(missing)} acknowledged events lost"
        # No half-applied transaction: the sequence has no gap and the row agrees with it.
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        row = s.interview(interview_id)
        assert row.event_count == len(events)
        assert chain_problems(interview_id, events, row.head_hash, row.event_count) == []
        result = s.check()
        assert result.integrity == ["ok"] and result.cipher_integrity == [], result
        assert result.ok


def kill_and_verify(store_dir: Path, interview_id: str, rounds: int, seed: int) -> int:
    rng = random.Random(seed)
    reported: list[str] = []
    server = subprocess.Popen(
        [sys.executable, str(WRITER), str(store_dir), PASSPHRASE, interview_id],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        env=dict(os.environ))  # PYTHONPATH set by tests/conftest.py
    try:
        for _ in range(rounds):
            server.stdin.write("go\n")
            server.stdin.flush()
            if rng.random() < 0.2:
                time.sleep(rng.uniform(0.0, 0.03))  # sometimes while it is still opening
            else:
                line = server.stdout.readline()
                assert line == "OPEN\n", line + server.stdout.readline()
                time.sleep(rng.uniform(0.0, 0.12))
            server.stdin.write("kill\n")
            server.stdin.flush()
            while True:
                line = server.stdout.readline()
                assert line, "the crash-test server died"
                assert not line.startswith("ERROR"), line
                if line.startswith("DONE"):
                    assert line == "DONE killed\n", line
                    break
                # Only whole lines count: a line cut short by the kill was never acknowledged.
                if line.endswith("\n") and len(line) == 37:
                    reported.append(line[:-1])
            verify(store_dir, interview_id, reported)
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    return len(reported)


def _new_store(store_dir: Path) -> str:
    with Store.create(store_dir, PASSPHRASE) as s:
        return s.create_interview(make_protocol()).id


def test_sigkill_loses_nothing_acknowledged(tmp_path):
    store_dir = tmp_path / "store"
    interview_id = _new_store(store_dir)
    assert kill_and_verify(store_dir, interview_id, rounds=20, seed=20) > 20


@pytest.mark.soak
def test_sigkill_soak(tmp_path):
    store_dir = tmp_path / "store"
    interview_id = _new_store(store_dir)
    seed = int(os.environ.get("FIELDKIT_SOAK_SEED", "200"))
    started = time.monotonic()
    kept = kill_and_verify(store_dir, interview_id, rounds=200, seed=seed)
    print(f"\nanswer recording killed 200 times: {kept} acknowledged answers, "
          f"every one kept, store check passed each time ({time.monotonic() - started:.0f} s)")
    assert kept > 200
