"""Key slots: the passphrase wraps the key, the lead's age key recovers it, tampering is caught."""

from __future__ import annotations

import json
import time

import pytest

from fieldkit.crypto import (
    CryptoError,
    KdfParams,
    KeySlots,
    KeySlotsDamaged,
    LeadIdentity,
    calibrate,
    fast_params,
    new_database_key,
)
from fieldkit.errors import WrongPassphrase

PASS = "harbor velvet quartz lantern"


def test_unlock_recover_and_rewrap():
    key, lead = new_database_key(), LeadIdentity.generate()
    slots = KeySlots.create("store-1", key, PASS, lead.public_key, fast_params())
    again = KeySlots.from_json(slots.to_json())
    assert again.unlock(PASS) == key and again.recover(lead) == key
    with pytest.raises(WrongPassphrase):
        again.unlock(PASS + " ")
    moved = again.with_passphrase(key, "a different passphrase entirely", fast_params())
    assert moved.unlock("a different passphrase entirely") == key
    assert moved.recovery == again.recovery  # the recovery slot survives a passphrase change
    with pytest.raises(WrongPassphrase):
        moved.unlock(PASS)


def test_file_holds_no_secret_and_is_bound_to_its_store():
    key = new_database_key()
    slots = KeySlots.create("store-1", key, PASS, params=fast_params())
    text = slots.to_json()
    assert PASS not in text and key.hex() not in text and not slots.has_recovery
    data = json.loads(text)
    data["store_id"] = "store-2"  # a slot copied onto another store no longer opens
    with pytest.raises(WrongPassphrase):
        KeySlots.from_json(json.dumps(data)).unlock(PASS)
    with pytest.raises(CryptoError, match="no recovery slot"):
        slots.recover(LeadIdentity.generate())


@pytest.mark.parametrize("change", [
    lambda d: d.update(format="other/9"),
    lambda d: d["slots"][0]["kdf"].update(memory_cost=64 * 1024 * 1024),
    lambda d: d["slots"][0]["kdf"].update(algorithm="pbkdf2"),
    lambda d: d["slots"][0].pop("salt"),
    lambda d: d["slots"][0].update(wrapped="not base64!"),
])
def test_malformed_slot_files_are_refused(change):
    data = json.loads(KeySlots.create("s", new_database_key(), PASS, params=fast_params()).to_json())
    change(data)
    with pytest.raises(KeySlotsDamaged):
        KeySlots.from_json(json.dumps(data))


def test_params_are_recorded_and_used():
    params = KdfParams(time_cost=3, memory_cost=2048, parallelism=1)
    slots = KeySlots.create("s", new_database_key(), PASS, params=params)
    assert KeySlots.from_json(slots.to_json()).kdf == params


def test_fast_params_are_injected_by_the_tests_never_read_from_the_environment(monkeypatch):
    from pathlib import Path

    from fieldkit.crypto import keyslots

    assert keyslots.default_params() == fast_params()  # injected by tests/conftest.py
    production = keyslots.default_params.__wrapped__
    small = calibrate.__wrapped__(target_seconds=0.05, memory_cost=4096)
    monkeypatch.setattr(keyslots, "calibrate", lambda: small)
    for name in ("FIELDKIT_TEST_FAST_KDF", "FIELDKIT_FAST_KDF"):
        monkeypatch.setenv(name, "1")
    assert production() == small and small != fast_params()
    package = Path(keyslots.__file__).resolve().parents[1]
    assert not [p for p in package.rglob("*.py") if "FIELDKIT_TEST" in p.read_text("utf-8")]


def test_calibration_aims_at_the_target():
    params = calibrate.__wrapped__(target_seconds=0.1, memory_cost=8192)
    start = time.perf_counter()
    params.derive(PASS, b"0" * 16)
    took = time.perf_counter() - start
    assert params.time_cost >= 2 and 0.01 < took < 2.0
