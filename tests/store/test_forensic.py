"""After sealing or withdrawal, even someone holding the database key finds nothing in any page.

A compelled unlock hands over the key; so every page of the database file and its WAL is
decrypted here with it (SQLCipher 4 layout: AES-256-CBC, 80 reserved bytes per page holding the
IV and HMAC, the file salt in page 1's first 16 bytes) and searched for the planted markers.
"""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from fieldkit.store import Store

from .conftest import PASSPHRASE, make_protocol

PAGE, RESERVE, IV = 4096, 80, 16
WAL_HEADER, FRAME_HEADER = 32, 24


def decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE: PAGE - RESERVE + IV]
    body = page[start: PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(key: bytes, store_dir) -> bytes:
    """Every page of the database and every frame of its WAL, decrypted, concatenated."""
    out = []
    db = (store_dir / "fieldkit.db").read_bytes()
    for n in range(len(db) // PAGE):
        out.append(decrypt_page(key, db[n * PAGE:(n + 1) * PAGE], first=n == 0))
    wal_path = store_dir / "fieldkit.db-wal"
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    pos = WAL_HEADER
    while pos + FRAME_HEADER + PAGE <= len(wal):
        number = int.from_bytes(wal[pos:pos + 4], "big")
        frame = wal[pos + FRAME_HEADER: pos + FRAME_HEADER + PAGE]
        out.append(decrypt_page(key, frame, first=number == 1))
        pos += FRAME_HEADER + PAGE
    return b"".join(out)


def record(store: Store, marker: str, answers: int = 60) -> str:
    iv = store.create_interview(make_protocol(), respondent_code=f"{marker}-resp")
    for n in range(answers):
        store.append_event(iv.id, "answer", item_id="q1", value=f"{marker}-answer-{n}")
    store.add_quote(iv.id, f"{marker}-quote", elapsed_ms=1000)
    store.add_note(iv.id, f"{marker}-note", elapsed_ms=2000)
    return iv.id


def test_sealed_and_withdrawn_content_is_in_no_decrypted_page(tmp_path, lead):
    store_dir = tmp_path / "store"
    tag = secrets.token_hex(3)
    kept, sealed, withdrawn = f"KEEP{tag}", f"SEAL{tag}", f"GONE{tag}"
    with Store.create(store_dir, PASSPHRASE, lead_public_key=lead.public_key) as store:
        key = bytes(store._key)
        record(store, kept)
        to_seal = record(store, sealed)
        to_withdraw = record(store, withdrawn)
        before = plaintext_pages(key, store_dir)
        # The decryption works: every marker is there before sealing and withdrawal.
        assert all(m.encode() in before for m in (kept, sealed, withdrawn))
        store.seal(to_seal)
        store.withdraw(to_withdraw)
        after = plaintext_pages(key, store_dir)
        assert kept.encode() in after
        assert sealed.encode() not in after and withdrawn.encode() not in after
    after_close = plaintext_pages(key, store_dir)
    assert kept.encode() in after_close
    assert sealed.encode() not in after_close and withdrawn.encode() not in after_close
