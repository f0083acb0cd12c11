"""Benchmark: recording an answer through the Store against a raw sqlcipher3 commit.

Run: ``.venv/bin/python -m pytest -s tests/benchmarks/bench_store.py``. Both sides use the same
SQLCipher recipe (raw key, WAL, synchronous=FULL, temp_store=MEMORY, secure_delete) on the same
disk, interleaved in rounds so machine noise falls on both. Also reports the unlock time with
production Argon2id parameters (calibrated on this machine).
"""

from __future__ import annotations

import os
import secrets
import statistics
import time
import uuid
from pathlib import Path

import sqlcipher3

from fieldkit.crypto import calibrate
from fieldkit.protocol.model import Protocol
from fieldkit.store import Store

ROUNDS = int(os.environ.get("FIELDKIT_BENCH_ROUNDS", "6"))
PER_ROUND = int(os.environ.get("FIELDKIT_BENCH_PER_ROUND", "100"))
PASSPHRASE = "velvet harbor quartz lantern"
GOAL = 1.5


def _protocol() -> Protocol:
    return Protocol(id="bench", version="1", title="B", cover="c", research_aim="r",
                    sections=[{"id": "s", "title": "S", "items": [
                        {"id": "q1", "type": "text", "label": "Q"}]}])


def _raw_connection(path: Path):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "temp_store=MEMORY",
                   "secure_delete=ON", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE events (id TEXT PRIMARY KEY, interview_id TEXT, item_id TEXT, "
                 "value TEXT, recorded_at TEXT, elapsed_ms INTEGER)")
    return conn


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def test_answer_latency_against_raw_commit(tmp_path):
    raw = _raw_connection(tmp_path / "raw.db")
    store = Store.create(tmp_path / "store", PASSPHRASE)
    interview = store.create_interview(_protocol())
    raw_times: list[float] = []
    api_times: list[float] = []
    for _ in range(ROUNDS):
        for n in range(PER_ROUND):
            start = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
                        (str(uuid.uuid4()), interview.id, "q1", f'"answer {n}"',
                         "2026-01-01T00:00:00.000Z", n))
            raw.execute("COMMIT")
            raw_times.append(time.perf_counter() - start)
        for n in range(PER_ROUND):
            start = time.perf_counter()
            store.append_event(interview.id, "answer", item_id="q1", value=f"answer {n}",
                               elapsed_ms=n)
            api_times.append(time.perf_counter() - start)
    raw.close()
    assert store.check().ok
    store.close()
    raw_med, raw_p99 = _stats(raw_times)
    api_med, api_p99 = _stats(api_times)
    ratio = api_med / raw_med
    print(f"\nrecord an answer ({len(api_times)} each, interleaved in {ROUNDS} rounds)")
    print(f"  raw sqlcipher3 INSERT+COMMIT: median {raw_med * 1e3:.3f} ms, p99 {raw_p99 * 1e3:.3f} ms")
    print(f"  Store.append_event:          median {api_med * 1e3:.3f} ms, p99 {api_p99 * 1e3:.3f} ms")
    print(f"  ratio (median): {ratio:.2f}x (goal <= {GOAL}x) "
          f"{'MET' if ratio <= GOAL else 'NOT MET'}; p99 ratio {api_p99 / raw_p99:.2f}x")


def test_unlock_time_with_production_params(tmp_path):
    params = calibrate()
    Store.create(tmp_path / "store", PASSPHRASE, kdf=params).close()
    times = []
    for _ in range(3):
        start = time.perf_counter()
        Store.open(tmp_path / "store", PASSPHRASE).close()
        times.append(time.perf_counter() - start)
    print(f"\nunlock with production Argon2id (t={params.time_cost}, "
          f"m={params.memory_cost // 1024} MiB, p={params.parallelism}): "
          f"median {statistics.median(times):.3f} s, min {min(times):.3f} s over {len(times)}")
