"""Bad session files are set aside with a reason; the good ones merge; the master is unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldkit.crypto import LeadIdentity, SigningKey, encrypt
from fieldkit.exchange import Limits, container, merge_files
from fieldkit.exchange.export import build, collect, pending

from .conftest import dump, find_markers


def _write(f, name: str, data: bytes) -> Path:
    path = f.root / "files" / name
    path.write_bytes(data)
    return path


def _forge(f, code: str, key: SigningKey | None = None, *, listing_edit=None, **overrides) -> bytes:
    """A well-formed payload from a laptop's real content, signed by ``key``, sealed to the lead."""
    store = f.laptops[code]
    payload = collect(store, *pending(store, everything=True))
    if listing_edit:
        listing_edit(payload.listings[0])
    info = store.info
    fields = {"store_id": info.store_id, "interviewer": info.interviewer,
              "project": f.lead.public_key, "sequence": 99, "previous": "", "scope": "all",
              "store_heads": []}
    fields.update({k: overrides.pop(k) for k in list(overrides) if k in fields})
    plain, _ = build(payload, key or store.signing_key, **fields, **overrides)
    return encrypt(plain, [f.lead.public_key])


def _reject(master, path: Path, reason: str, **kw) -> None:
    before = dump(master)
    report = merge_files(master, [path], **kw)
    (r,) = report.files
    assert r.status == "rejected" and reason in r.reason, r.reason
    assert r.reason.endswith(".") and "\n" not in r.reason
    assert dump(master) == before


@pytest.fixture
def accepted(three):
    """A master that already accepted A, B and C (by merging their first files)."""
    master = three.master()
    merge_files(master, list(three.files.values()), accept_new_signer=True)
    return three, master


def test_unknown_signer_is_refused_until_accepted(three):
    master = three.master()
    _reject(master, three.files["A"], "has not accepted")
    assert master.exchange.signers() == []
    report = merge_files(master, [three.files["A"]], accept_new_signer=True)
    assert report.files[0].status == "merged"
    (signer,) = master.exchange.signers()
    assert signer.public_key == three.laptops["A"].signing_key.public_key.hex()


def test_every_kind_of_bad_file_is_set_aside_while_good_ones_merge(accepted, temp_watch):
    f, master = accepted
    f.interview("A")
    good = f.export("A", "A2.fksession")
    data = good.read_bytes()
    other_lead = LeadIdentity.generate()
    attacker = SigningKey.generate()
    plain = f.lead.decrypt(data)
    parts = container.unpack(plain, Limits())
    tampered_parts = [(n, parts.parts[n]) for n in parts.order]
    tampered_parts[0] = (tampered_parts[0][0], tampered_parts[0][1] + b" ")
    bad = {
        "truncated": (data[: len(data) // 2], "cannot be decrypted"),
        "cut-one-byte": (data[:-1], "cannot be decrypted"),
        "empty": (b"", "empty"),
        "garbage": (os.urandom(5000), "cannot be decrypted"),
        "wrong-recipient": (encrypt(plain, [other_lead.public_key]), "cannot be decrypted"),
        "not-a-session": (encrypt(b"hello " * 100, [f.lead.public_key]), "not a fieldkit session"),
        "forged-by-lead-key-holder": (_forge(f, "A", attacker), "other than the one accepted"),
        "forged-new-store": (_forge(f, "A", attacker, store_id="ffffffff-0000"),
                             "already enrolled with another key"),
        "altered-part": (encrypt(container.pack(parts.signer, parts.signature, parts.manifest,
                                                tampered_parts), [f.lead.public_key]),
                         "does not match the hash"),
        "altered-manifest": (encrypt(container.pack(parts.signer, parts.signature,
                                                    parts.manifest.replace(b'"sequence":2',
                                                                           b'"sequence":7'),
                                                    tampered_parts), [f.lead.public_key]),
                             "signature does not match"),
        "other-project": (_forge(f, "A", project=other_lead.public_key), "another project"),
        "protocol-mismatch": (_forge(f, "A", listing_edit=lambda x: x.update(protocol_version="9")),
                              "protocol mismatch"),
        "newer-format": (_forge(f, "A", format_version=2), "newer fieldkit"),
        "newer-container": (encrypt(container.MAGIC + b"\x02" + plain[len(container.MAGIC) + 1:],
                                    [f.lead.public_key]), "newer fieldkit"),
        "absurd-counts": (_forge(f, "A", counts={"protocols": 1, "interviews": 10**9, "sealed": 0,
                                                 "readable": 0, "tombstones": 0}), "absurd"),
    }
    paths = {name: _write(f, f"{name}.fksession", blob) for name, (blob, _) in bad.items()}
    before = dump(master)
    report = merge_files(master, [*paths.values(), good])
    by_name = {Path(r.file).stem: r for r in report.files}
    for name, (_, reason) in bad.items():
        r = by_name[name]
        assert r.status == "rejected" and reason in r.reason, (name, r.reason)
    assert by_name["A2"].status == "merged" and by_name["A2"].new == 1
    assert dump(master) != before
    # Each bad file alone leaves the master exactly as it was.
    for name, (_, reason) in bad.items():
        _reject(master, paths[name], reason)
    assert find_markers(f.markers, temp_watch()) == []


def test_a_byte_flipped_anywhere_is_caught(accepted):
    f, master = accepted
    f.interview("C")
    good = f.export("C", "C2.fksession")
    data = good.read_bytes()
    for pos in (0, 10, 40, 100, len(data) // 3, len(data) // 2, len(data) - 40, len(data) - 1):
        flipped = bytearray(data)
        flipped[pos] ^= 0x01
        _reject(master, _write(f, f"flip-{pos}.fksession", bytes(flipped)), "cannot be decrypted")
    assert merge_files(master, [good]).files[0].status == "merged"


def test_absurd_sizes_are_refused_before_reading(accepted, tmp_path):
    f, master = accepted
    huge = f.root / "files" / "huge.fksession"
    with huge.open("wb") as fh:  # sparse: costs no disk, still over the 512 MB limit
        fh.truncate(600 * 1024 * 1024)
    _reject(master, huge, "over the limit")
    f.interview("B")
    f.interview("B")
    many = f.export("B", "B2.fksession")
    _reject(master, many, "more than 2 parts", limits=Limits(parts=2))
    _reject(master, many, "manifest is", limits=Limits(manifest_bytes=100))


def test_no_plaintext_is_left_in_temp_after_failures(accepted, temp_watch):
    f, master = accepted
    f.interview("A")
    good = f.export("A", "A2.fksession").read_bytes()
    for cut in (len(good) // 4, len(good) // 2, len(good) - 17):
        merge_files(master, [_write(f, f"cut-{cut}.fksession", good[:cut])])
    merge_files(master, [_write(f, "forged.fksession", _forge(f, "A", SigningKey.generate()))])
    new = temp_watch()
    assert new  # the test's own files are there, so the scan does look
    assert find_markers(f.markers, new) == []
