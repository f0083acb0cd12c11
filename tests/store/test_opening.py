"""Opening a store: each way it can fail says so in one sentence and changes nothing."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldkit.crypto import KdfParams, LeadIdentity, WeakPassphrase
from fieldkit.errors import StoreError, StoreLocked, WrongPassphrase
from fieldkit.store import Store
from fieldkit.store.schema import SCHEMA_VERSION

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, make_protocol


def snapshot(directory: Path) -> dict[str, str]:
    """The content hash of every file in ``directory`` (the lock file is empty by design)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.iterdir()) if p.is_file()}


def filled_store(store_dir: Path, lead: LeadIdentity | None = None, events: int = 300) -> str:
    with Store.create(store_dir, PASSPHRASE, lead_public_key=lead and lead.public_key) as s:
        iv = s.create_interview(make_protocol())
        with s.transaction():
            for n in range(events):
                s.append_event(iv.id, "answer", item_id="q1", value=f"answer number {n} " * 4)
        return iv.id


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=60)


def test_wrong_passphrase_is_named_as_such(store_dir):
    filled_store(store_dir, events=1)
    before = snapshot(store_dir)
    with pytest.raises(WrongPassphrase) as err:
        Store.open(store_dir, "not the right passphrase at all")
    assert str(err.value).startswith("wrong passphrase") and "not a database" not in str(err.value)
    assert snapshot(store_dir) == before
    with Store.open(store_dir, PASSPHRASE) as s:  # the failed attempt left no lock behind
        assert s.info.interviews == 1


def test_missing_store_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="there is no store at .*fieldkit store init"):
        Store.open(tmp_path / "nowhere", PASSPHRASE)


def test_missing_key_slot_file(store_dir):
    filled_store(store_dir, events=1)
    (store_dir / "keyslots.json").unlink()
    with pytest.raises(StoreError, match="key-slot file .* missing"):
        Store.open(store_dir, PASSPHRASE)


def test_second_process_is_told_the_store_is_open(store_dir):
    filled_store(store_dir, events=1)
    probe = f"""
        from fieldkit.store import Store
        from fieldkit.errors import StoreLocked
        try:
            Store.open({str(store_dir)!r}, {PASSPHRASE!r}).close()
            print("OPENED")
        except StoreLocked as exc:
            print("LOCKED:", exc)
    """
    with Store.open(store_dir, PASSPHRASE):
        r = run_python(probe)
        assert r.stdout.startswith("LOCKED: this store is open in another window"), r.stderr
        with pytest.raises(StoreLocked):  # a second Store in the same process too
            Store.open(store_dir, PASSPHRASE)
    r = run_python(probe)
    assert r.stdout.strip() == "OPENED", r.stderr


@pytest.mark.parametrize("where", ["first_page", "data_page", "last_page", "truncated"])
def test_damaged_file_is_reported_and_left_alone(store_dir, where):
    filled_store(store_dir)
    db = store_dir / "fieldkit.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 4 * 4096
    if where == "truncated":
        data = data[: len(data) - 4096 - 100]
    else:
        offset = {"first_page": 100, "data_page": 2 * 4096 + 1000, "last_page": len(data) - 2000}
        data[offset[where]] ^= 0x5A
    db.write_bytes(bytes(data))
    before = snapshot(store_dir)
    r = run_python(f"""
        from fieldkit.store import Store
        from fieldkit.errors import StoreError
        try:
            Store.open({str(store_dir)!r}, {PASSPHRASE!r})
            print("OPENED")
        except StoreError as exc:
            print(exc)
    """)
    assert "is damaged" in r.stdout and "restore the store from a backup" in r.stdout, r.stdout
    assert r.stderr == ""  # no SQLCipher "hmac check failed" noise
    assert snapshot(store_dir) == before


def test_newer_schema_is_refused(store_dir):
    filled_store(store_dir, events=1)
    with Store.open(store_dir, PASSPHRASE) as s:
        s.db.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                          (str(SCHEMA_VERSION + 1),))
    before = snapshot(store_dir)
    with pytest.raises(StoreError, match="newer fieldkit .*run a newer fieldkit"):
        Store.open(store_dir, PASSPHRASE)
    assert snapshot(store_dir) == before


def test_weak_passphrase_makes_no_store(store_dir):
    with pytest.raises(WeakPassphrase, match="too short"):
        Store.create(store_dir, "short")
    with pytest.raises(WeakPassphrase, match="interviewer code"):
        Store.create(store_dir, "kx99 orchard velvet lantern", interviewer="KX99")
    assert not (store_dir / "fieldkit.db").exists() and not (store_dir / "keyslots.json").exists()


def test_existing_store_is_not_overwritten(store_dir):
    filled_store(store_dir, events=1)
    before = snapshot(store_dir)
    with pytest.raises(StoreError, match="already a store"):
        Store.create(store_dir, OTHER_PASSPHRASE)
    assert snapshot(store_dir) == before


def test_passphrase_change_rekeys_so_old_slots_open_nothing(store_dir, lead):
    iv = filled_store(store_dir, lead=lead, events=3)
    old_slots = (store_dir / "keyslots.json").read_bytes()
    with Store.open(store_dir, PASSPHRASE) as s:
        with pytest.raises(WeakPassphrase):
            s.change_passphrase("abc")
        s.change_passphrase(OTHER_PASSPHRASE)
        assert len(s.events(iv)) == 3  # the open store goes on with the new key
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, PASSPHRASE)
    with Store.open(store_dir, OTHER_PASSPHRASE) as s:
        assert len(s.events(iv)) == 3 and "passphrase_changed" in [a.action for a in s.audit_log()]
    new_slots = (store_dir / "keyslots.json").read_bytes()
    # an old key-slot file kept aside, with the old passphrase, no longer opens the store
    (store_dir / "keyslots.json").write_bytes(old_slots)
    with pytest.raises(StoreError, match="older than"):
        Store.open(store_dir, PASSPHRASE)
    (store_dir / "keyslots.json").write_bytes(new_slots)
    # the recovery slot was re-wrapped with the new key too
    Store.recover(store_dir, lead, PASSPHRASE + " again")
    with Store.open(store_dir, PASSPHRASE + " again") as s:
        assert len(s.events(iv)) == 3
    assert not (store_dir / "keyslots.json.next").exists()


def test_a_rekey_cut_short_is_finished_on_opening(store_dir, monkeypatch):
    from fieldkit.store import slotfile
    from fieldkit.store import store as store_module

    iv = filled_store(store_dir, events=2)
    # killed after the database took its new key, before the new slots replaced the old
    monkeypatch.setattr(store_module, "promote_pending_slots", lambda path: None)
    with Store.open(store_dir, PASSPHRASE) as s:
        s.change_passphrase(OTHER_PASSPHRASE)
    monkeypatch.setattr(store_module, "promote_pending_slots", slotfile.promote_pending_slots)
    assert (store_dir / "keyslots.json.next").exists()
    with Store.open(store_dir, OTHER_PASSPHRASE) as s:
        assert len(s.events(iv)) == 2
    assert not (store_dir / "keyslots.json.next").exists()
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, PASSPHRASE)


def test_recover_through_the_lead_key(store_dir, lead):
    iv = filled_store(store_dir, lead=lead, events=2)
    with pytest.raises(StoreError, match="does not open the recovery slot"):
        Store.recover(store_dir, LeadIdentity.generate(), OTHER_PASSPHRASE)
    Store.recover(store_dir, lead, OTHER_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, PASSPHRASE)
    with Store.open(store_dir, OTHER_PASSPHRASE) as s:
        assert len(s.events(iv)) == 2
        assert "passphrase_recovered" in [a.action for a in s.audit_log()]


def test_recover_without_a_recovery_slot(store_dir, lead):
    filled_store(store_dir, events=1)
    with pytest.raises(StoreError, match="no recovery slot"):
        Store.recover(store_dir, lead, OTHER_PASSPHRASE)


def test_recorded_kdf_params_are_used_on_unlock(store_dir):
    params = KdfParams(time_cost=2, memory_cost=1024)
    Store.create(store_dir, PASSPHRASE, kdf=params).close()
    slot = json.loads((store_dir / "keyslots.json").read_text())["slots"][0]
    assert slot["kdf"]["time_cost"] == 2 and slot["kdf"]["memory_cost"] == 1024
    assert PASSPHRASE not in (store_dir / "keyslots.json").read_text()
    with Store.open(store_dir, PASSPHRASE) as s:
        assert s.info.kdf["memory_cost"] == 1024


def test_store_files_are_owner_only(store_dir):
    filled_store(store_dir, events=1)
    assert store_dir.stat().st_mode & 0o777 == 0o700
    for path in store_dir.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path
