"""Absurd numbers and codes in a validly signed file: one sentence, bounded time, master unchanged."""

from __future__ import annotations

import json
import time

import pytest

from fieldkit.crypto import encrypt
from fieldkit.exchange import merge_files
from fieldkit.exchange.export import build, collect, pending

from .conftest import dump


def _file(f, code: str, name: str, *, edit_content=None, **fields):
    store = f.laptops[code]
    payload = collect(store, *pending(store, everything=True))
    if edit_content:
        part = next(x["part"] for x in payload.listings if not x["sealed"])
        content = json.loads(payload.blobs[part])
        edit_content(content)
        payload.blobs[part] = json.dumps(content).encode()
    info = store.info
    base = {"store_id": info.store_id, "interviewer": info.interviewer,
            "project": f.lead.public_key, "sequence": 2, "previous": "", "scope": "all",
            "store_heads": []}
    base.update(fields)
    plain, _ = build(payload, store.signing_key, **base)
    path = f.root / "files" / name
    path.write_bytes(encrypt(plain, [f.lead.public_key]))
    return path


def _elapsed(content):
    content["interview"]["elapsed_ms"] = 2**70


def _elapsed_event(content):
    content["events"][0]["elapsed_ms"] = 2**70


@pytest.mark.parametrize(("fields", "reason"), [
    ({"sequence": 2**63}, "beyond"),
    ({"sequence": 2**70}, "beyond"),
    ({"sequence": 2**40}, "malformed sequence number"),
    ({"interviewer": "I" * 1_000_000}, "names the interviewer wrongly"),
    ({"interviewer": ["INT-03"]}, "names the interviewer wrongly"),
    ({"interviewer": {"code": "INT-03"}}, "names the interviewer wrongly"),
    ({"edit_content": _elapsed}, "beyond"),
    ({"edit_content": _elapsed_event}, "beyond"),
])
def test_absurd_values_are_refused_in_one_sentence(three, fields, reason):
    f = three
    master = f.master()
    assert merge_files(master, [f.files["B"]], accept_new_signer=True).files[0].status == "merged"
    path = _file(f, "B", "hostile.fksession", **fields)
    before = dump(master)
    started = time.monotonic()
    (r,) = merge_files(master, [path]).files
    assert time.monotonic() - started < 5
    assert r.status == "rejected" and reason in r.reason, r.reason
    assert r.reason.endswith(".") and "\n" not in r.reason and "internal" not in r.reason
    assert dump(master) == before
    assert master.check().ok


def test_elapsed_times_out_of_range_but_representable_are_refused(three):
    f = three
    master = f.master()
    merge_files(master, [f.files["A"]], accept_new_signer=True)

    def month(content):
        content["interview"]["elapsed_ms"] = 2**50

    path = _file(f, "B", "long.fksession", edit_content=month)
    (r,) = merge_files(master, [path], accept_new_signer=True).files
    assert r.status == "rejected" and "elapsed time out of range" in r.reason, r.reason
