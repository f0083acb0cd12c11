"""Benchmark: merging 200 session files (2,000 interviews of 150 answers) against raw inserts.

Run: ``.venv/bin/python tests/benchmarks/bench_merge.py`` (FIELDKIT_BENCH_SCALE=0.05 for a
quick run). Files are made directly through the session writer with synthetic content, signed
by ten synthetic laptops and sealed to the lead, as real exports would be.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fastkdf"))
import sitecustomize  # noqa: E402,F401  throwaway stores: tiny key-derivation costs

from fieldkit.crypto import LeadIdentity, SigningKey, encrypt  # noqa: E402
from fieldkit.exchange import merge_files  # noqa: E402
from fieldkit.exchange.export import Payload, build  # noqa: E402
from fieldkit.exchange.manifest import sealed_part  # noqa: E402
from fieldkit.protocol.loader import protocol_from_data  # noqa: E402
from fieldkit.store import Store, event_hash, genesis  # noqa: E402
from fieldkit.store.events import EVENT_COLUMNS, canonical  # noqa: E402

SCALE = float(os.environ.get("FIELDKIT_BENCH_SCALE", "1"))
FILES = max(2, round(200 * SCALE))
INTERVIEWS = max(FILES, round(2000 * SCALE))
ANSWERS = 150
LAPTOPS = 10
PASSPHRASE = "benchmark walnut orbit cello"


def _protocol(root: Path):
    data = {"id": "bench", "version": "1", "title": "B", "cover": "c", "research_aim": "a",
            "sections": [{"id": "s", "title": "S", "items": [
                {"id": f"q{n}", "type": "text", "label": f"Q{n}"} for n in range(ANSWERS)]}]}
    return protocol_from_data(data, file="bench.yaml", base_dir=root)


def _interview(protocol, number: int, interviewer: str) -> dict:
    iid = str(uuid.uuid4())
    events, prev = [], genesis(iid)
    for seq in range(1, ANSWERS + 1):
        e = {"id": str(uuid.uuid4()), "interview_id": iid, "seq": seq, "kind": "answer",
             "item_id": f"q{seq - 1}", "instance_id": None, "value": f"answer {seq} of {iid[:8]}",
             "special": None, "reason": None, "recorded_at": "2026-01-01T10:00:00.000Z",
             "elapsed_ms": seq * 1000, "prev_hash": prev}
        e["hash"] = prev = event_hash(e)
        events.append(e)
    row = {"id": iid, "number": number, "protocol_hash": protocol.content_hash,
           "protocol_id": protocol.id, "protocol_version": protocol.version,
           "interviewer": interviewer, "language": "en", "status": "completed",
           "respondent_code": None, "started_at": "2026-01-01T10:00:00.000Z",
           "ended_at": "2026-01-01T11:00:00.000Z", "updated_at": "2026-01-01T11:00:00.000Z",
           "last_item": None, "elapsed_ms": ANSWERS * 1000, "sealed": False,
           "event_count": ANSWERS, "head_hash": prev}
    quote = {"id": str(uuid.uuid4()), "interview_id": iid, "item_id": "q1", "instance_id": None,
             "elapsed_ms": 1000, "recorded_at": "2026-01-01T10:00:01.000Z", "text": "a quote"}
    return {"format": "fieldkit-interview-content/1", "interview": row,
            "protocol": {"hash": protocol.content_hash}, "events": events, "quotes": [quote],
            "notes": []}


def make_files(root: Path, lead: LeadIdentity, protocol) -> tuple[list[Path], list[dict]]:
    keys = [(SigningKey.generate(), str(uuid.uuid4())) for _ in range(LAPTOPS)]
    record = {"hash": protocol.content_hash, "id": protocol.id, "version": protocol.version,
              "snapshot": protocol.canonical_json(), "added_at": "2026-01-01T09:00:00.000Z"}
    paths, contents = [], []
    per_file = INTERVIEWS // FILES
    for n in range(FILES):
        key, store_id = keys[n % LAPTOPS]
        seq = n // LAPTOPS + 1
        items = [_interview(protocol, seq * 100 + i, f"IV{n % LAPTOPS}") for i in range(per_file)]
        contents += items
        listings, blobs = [], {}
        for c in items:
            row = c["interview"]
            part = sealed_part(row["id"])
            blobs[part] = encrypt(json.dumps(c).encode(), [lead.public_key])
            listings.append({"id": row["id"], "number": row["number"],
                             "protocol_hash": row["protocol_hash"], "protocol_id": "bench",
                             "protocol_version": "1", "status": "completed", "sealed": True,
                             "event_count": ANSWERS, "head_hash": row["head_hash"], "part": part})
        plain, _ = build(Payload([record], listings, [], blobs), key, store_id=store_id,
                         interviewer=f"IV{n % LAPTOPS}", project=lead.public_key, sequence=seq,
                         previous="", scope="pending", store_heads=[])
        path = root / f"session-{n:04d}.fksession"
        path.write_bytes(encrypt(plain, [lead.public_key]))
        paths.append(path)
    return paths, contents


def raw_insert(store: Store, protocol, contents: list[dict]) -> None:
    """The floor: the same rows written straight into the tables, one transaction per file."""
    store.add_protocol(protocol)
    conn = store.db.conn
    per_file = INTERVIEWS // FILES
    cols = list(contents[0]["interview"])
    for start in range(0, len(contents), per_file):
        with store.transaction():
            for c in contents[start:start + per_file]:
                conn.execute(f"INSERT INTO interviews ({', '.join(cols)}) VALUES "
                             f"({', '.join('?' for _ in cols)})", list(c["interview"].values()))
                conn.executemany(
                    f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({', '.join('?' * 13)})",
                    [(e["id"], e["interview_id"], e["seq"], e["kind"], e["item_id"],
                      e["instance_id"], canonical(e["value"]), e["special"], e["reason"],
                      e["recorded_at"], e["elapsed_ms"], e["prev_hash"], e["hash"])
                     for e in c["events"]])
                q = c["quotes"][0]
                conn.execute("INSERT INTO quotes (id, interview_id, item_id, instance_id, "
                             "elapsed_ms, recorded_at, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             tuple(q.values()))


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        lead = LeadIdentity.generate()
        protocol = _protocol(root)
        t0 = time.perf_counter()
        paths, contents = make_files(root, lead, protocol)
        made = time.perf_counter() - t0
        with Store.create(root / "raw", PASSPHRASE, role="lead", lead_identity=lead) as raw:
            t0 = time.perf_counter()
            raw_insert(raw, protocol, contents)
            t_raw = time.perf_counter() - t0
        with Store.create(root / "master", PASSPHRASE, role="lead", lead_identity=lead) as master:
            t0 = time.perf_counter()
            report = merge_files(master, paths, accept_new_signer=True)
            t_merge = time.perf_counter() - t0
            assert report.totals()["new"] == len(contents) and not report.rejected
            t0 = time.perf_counter()
            again = merge_files(master, paths)
            t_again = time.perf_counter() - t0
            assert all(f.status == "already merged" for f in again.files)
    results = {"files": FILES, "interviews": len(contents), "answers": ANSWERS,
               "make_s": made, "raw_insert_s": t_raw, "merge_s": t_merge, "remerge_s": t_again,
               "merge_vs_raw": t_merge / t_raw, "remerge_vs_merge": t_again / t_merge}
    return results


def test_merge_benchmark() -> None:
    results = run()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
