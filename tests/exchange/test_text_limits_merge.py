"""A session file whose readable interview carries a quote over the limit is set aside."""

from __future__ import annotations

import hashlib
import json

from fieldkit.crypto import encrypt
from fieldkit.exchange import merge_files
from fieldkit.exchange.container import Limits, pack, unpack
from fieldkit.exchange.manifest import canonical_bytes
from fieldkit.store.texts import MAX_TEXT_CHARS


def test_a_quote_over_the_limit_is_set_aside_at_merge(three):
    f = three
    laptop = f.laptops["B"]  # one interview kept readable, so its content is plain JSON
    plain = f.lead.decrypt(f.files["B"].read_bytes())
    unpacked = unpack(plain, Limits())
    manifest = json.loads(unpacked.manifest)
    parts = dict(unpacked.parts)
    (name,) = [n for n in parts if n.startswith("interview/") and n.endswith(".json")] or \
        [n for n, data in parts.items() if data.startswith(b"{") and b'"quotes"' in data]
    content = json.loads(parts[name])
    content["quotes"][0]["text"] = "q" * (MAX_TEXT_CHARS + 1)
    parts[name] = canonical_bytes(content)
    for entry in manifest["parts"]:
        if entry["name"] == name:
            entry["size"] = len(parts[name])
            entry["sha256"] = hashlib.sha256(parts[name]).hexdigest()
    body = canonical_bytes(manifest)
    key = laptop.signing_key
    forged = f.root / "files" / "B-long-quote.fksession"
    forged.write_bytes(encrypt(pack(key.public_key, key.sign(body), body,
                                    [(n, parts[n]) for n in unpacked.order]),
                               [f.lead.public_key]))
    master = f.master()
    report = merge_files(master, [forged], accept_new_signer=True)
    (outcome,) = report.files
    assert outcome.status == "rejected" and "over 20,000 characters" in outcome.reason
    assert master.interviews() == []
