"""The lead's age identity (in-memory encryption only) and Ed25519 signatures."""

from __future__ import annotations

import pytest

from fieldkit.crypto import (
    DecryptionFailed,
    InvalidKey,
    LeadIdentity,
    SigningKey,
    check_recipient,
    encrypt,
    verify,
)


def test_identity_round_trip_and_in_memory_decryption():
    lead = LeadIdentity.generate()
    assert lead.public_key.startswith("age1") and lead.secret not in repr(lead)
    again = LeadIdentity.from_string("# a comment\n" + lead.to_string())
    assert again == lead
    sealed = encrypt(b"SECRET-PAYLOAD", [lead.public_key])
    assert b"SECRET-PAYLOAD" not in sealed and again.decrypt(sealed) == b"SECRET-PAYLOAD"


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_damaged_or_foreign_ciphertext_is_refused(damage):
    lead = LeadIdentity.generate()
    sealed = bytearray(encrypt(b"x" * 100_000, [lead.public_key]))
    if damage == "truncate":
        sealed = sealed[: len(sealed) // 2]
    else:
        sealed[-50] ^= 1
    with pytest.raises(DecryptionFailed):
        lead.decrypt(bytes(sealed))
    with pytest.raises(DecryptionFailed):
        LeadIdentity.generate().decrypt(encrypt(b"data", [lead.public_key]))


def test_bad_keys_say_what_they_should_look_like():
    with pytest.raises(InvalidKey, match="starts with 'age1'"):
        check_recipient("ssh-ed25519 AAAA")
    with pytest.raises(InvalidKey, match="AGE-SECRET-KEY-1"):
        LeadIdentity.from_string("nothing here")
    assert check_recipient("  " + LeadIdentity.generate().public_key + "\n").startswith("age1")


def test_signatures():
    key = SigningKey.generate()
    sig = key.sign(b"manifest")
    assert len(key.public_key) == 32 and verify(key.public_key, b"manifest", sig)
    assert not verify(key.public_key, b"manifest!", sig)
    assert not verify(SigningKey.generate().public_key, b"manifest", sig)
    assert SigningKey(key.private_bytes).public_key == key.public_key
