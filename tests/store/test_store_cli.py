"""``fieldkit store``: init, passwd, check, recover, info, identity; exit codes and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from fieldkit.cli import main
from fieldkit.crypto import LeadIdentity

from .conftest import OTHER_PASSPHRASE, PASSPHRASE

THIRD = "saffron pelican tundra ribbon"


@pytest.fixture(autouse=True)
def _no_ambient_secrets(monkeypatch):
    for name in ("FIELDKIT_PASSPHRASE", "FIELDKIT_NEW_PASSPHRASE", "FIELDKIT_LEAD_PASSPHRASE",
                 "FIELDKIT_STORE"):
        monkeypatch.delenv(name, raising=False)


def run(capsys, *argv, passphrase=None, new=None, lead=None, monkeypatch=None):
    env = {"FIELDKIT_PASSPHRASE": passphrase, "FIELDKIT_NEW_PASSPHRASE": new,
           "FIELDKIT_LEAD_PASSPHRASE": lead}
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fieldkit: ") and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def lead_store(tmp_path, capsys, monkeypatch):
    """A lead store made through the CLI; returns (dir, identity file, public key)."""
    lead_dir, identity_file = tmp_path / "lead", tmp_path / "lead.key"
    code, out, err = run(capsys, "store", "init", "--role", "lead", "--store", str(lead_dir),
                         "--identity-file", str(identity_file), passphrase=THIRD,
                         monkeypatch=monkeypatch)
    assert code == 0, err
    public = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("lead public key"))
    return lead_dir, identity_file, public


def test_init_lead_writes_identity_and_prints_key(lead_store):
    lead_dir, identity_file, public = lead_store
    assert public.startswith("age1")
    assert identity_file.stat().st_mode & 0o077 == 0
    assert LeadIdentity.from_string(identity_file.read_text()).public_key == public


def test_init_interviewer_then_passwd_check_info(tmp_path, capsys, monkeypatch, lead_store):
    _, _, public = lead_store
    store = str(tmp_path / "iv")
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text(PASSPHRASE + "\n")
    code, out, err = run(capsys, "store", "init", "--store", store, "--lead-key", public,
                         "--interviewer", "IV07", "--passphrase-file", str(pw_file),
                         monkeypatch=monkeypatch)
    assert code == 0 and "created interviewer store" in out and err == ""

    code, out, _ = run(capsys, "store", "check", "--store", store, passphrase=PASSPHRASE,
                       monkeypatch=monkeypatch)
    assert code == 0
    assert "integrity_check: ok" in out and "cipher_integrity_check: ok" in out

    slots = tmp_path / "iv" / "keyslots.json"
    old_slots = slots.read_bytes()
    code, out, err = run(capsys, "store", "passwd", "--store", store, passphrase=PASSPHRASE,
                         new=OTHER_PASSPHRASE, monkeypatch=monkeypatch)
    assert code == 0 and "passphrase changed" in out, err
    new_slots = slots.read_bytes()
    slots.write_bytes(old_slots)  # the old slot file kept aside opens nothing now
    code, _, err = run(capsys, "store", "info", "--store", store, passphrase=PASSPHRASE,
                       monkeypatch=monkeypatch)
    assert code == 1 and "older than the store's last passphrase change" in one_line_error(err)
    slots.write_bytes(new_slots)
    code, _, err = run(capsys, "store", "info", "--store", store, passphrase=PASSPHRASE,
                       monkeypatch=monkeypatch)
    assert code == 1 and "wrong passphrase" in one_line_error(err)
    code, out, _ = run(capsys, "store", "info", "--json", "--store", store,
                       passphrase=OTHER_PASSPHRASE, monkeypatch=monkeypatch)
    info = json.loads(out)
    assert code == 0 and info["role"] == "interviewer" and info["lead_public_key"] == public
    assert info["recovery_slot"] is True and info["interviewer"] == "IV07"


def test_recover_with_identity_file_or_lead_store(tmp_path, capsys, monkeypatch, lead_store):
    lead_dir, identity_file, public = lead_store
    store = str(tmp_path / "iv")
    assert run(capsys, "store", "init", "--store", store, "--lead-key", public,
               passphrase=PASSPHRASE, monkeypatch=monkeypatch)[0] == 0

    code, out, err = run(capsys, "store", "recover", "--store", store, "--lead-identity",
                         str(identity_file), new=OTHER_PASSPHRASE, monkeypatch=monkeypatch)
    assert code == 0 and "new passphrase set" in out, err
    assert run(capsys, "store", "check", "--store", store, passphrase=OTHER_PASSPHRASE,
               monkeypatch=monkeypatch)[0] == 0

    code, out, err = run(capsys, "store", "recover", "--store", store, "--lead-store",
                         str(lead_dir), lead=THIRD, new=PASSPHRASE, monkeypatch=monkeypatch)
    assert code == 0, err
    assert run(capsys, "store", "check", "--store", store, passphrase=PASSPHRASE,
               monkeypatch=monkeypatch)[0] == 0

    other = tmp_path / "other.key"
    other.write_text(LeadIdentity.generate().to_string())
    code, _, err = run(capsys, "store", "recover", "--store", store, "--lead-identity",
                       str(other), new=THIRD, monkeypatch=monkeypatch)
    assert code == 1 and "does not open the recovery slot" in one_line_error(err)


def test_user_errors_are_one_line(tmp_path, capsys, monkeypatch):
    store = str(tmp_path / "s")
    code, _, err = run(capsys, "store", "init", "--store", store, passphrase="short",
                       monkeypatch=monkeypatch)
    assert code == 1 and "too short" in one_line_error(err)
    code, _, err = run(capsys, "store", "init", "--store", store, "--lead-key", "age1nonsense",
                       passphrase=PASSPHRASE, monkeypatch=monkeypatch)
    assert code == 1 and "not a valid age public key" in one_line_error(err)
    code, _, err = run(capsys, "store", "check", "--store", str(tmp_path / "none"),
                       passphrase=PASSPHRASE, monkeypatch=monkeypatch)
    assert code == 1 and "fieldkit store init" in one_line_error(err)
    code, _, err = run(capsys, "store", "init", "--store", store, "--role", "lead",
                       "--lead-key", "age1x", passphrase=PASSPHRASE, monkeypatch=monkeypatch)
    assert code == 2 and "--lead-key" in one_line_error(err)


def test_check_reports_damage(tmp_path, capsys, monkeypatch):
    store = tmp_path / "s"
    assert run(capsys, "store", "init", "--store", str(store), passphrase=PASSPHRASE,
               monkeypatch=monkeypatch)[0] == 0
    db = store / "fieldkit.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0xFF
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "store", "check", "--store", str(store), passphrase=PASSPHRASE,
                       monkeypatch=monkeypatch)
    assert code == 1 and "damaged" in one_line_error(err)


def test_no_passphrase_and_no_terminal_is_a_usage_error(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDKIT_PASSPHRASE")}
    r = subprocess.run([sys.executable, "-m", "fieldkit", "store", "init", "--store",
                        str(tmp_path / "s")], capture_output=True, text=True,
                       stdin=subprocess.DEVNULL, env=env, timeout=60)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "no passphrase" in r.stderr
    assert not (tmp_path / "s" / "fieldkit.db").exists()
