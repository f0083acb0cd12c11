"""Passphrases read within bounds: an endless passphrase file and bytes that are not UTF-8 in
the environment are one sentence, at once."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from fieldkit.cli.passphrase import MAX_SECRET_BYTES


def run(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fieldkit", *args], env=env,
                          capture_output=True, timeout=60)


def test_an_endless_passphrase_file_is_refused_at_once(tmp_path):
    started = time.monotonic()
    done = run(["store", "info", "--store", str(tmp_path / "s"), "--passphrase-file",
                "/dev/zero"], dict(os.environ))
    assert time.monotonic() - started < 30
    assert done.returncode == 2
    assert f"longer than {MAX_SECRET_BYTES:,} bytes".encode() in done.stderr
    assert b"Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_passphrase_in_the_environment_that_is_not_utf8_is_named(tmp_path):
    env = {k.encode(): v.encode() for k, v in os.environ.items()}
    env[b"FIELDKIT_PASSPHRASE"] = b"caf\xe9 latin-1 passphrase"
    done = subprocess.run([sys.executable, "-m", "fieldkit", "store", "info", "--store",
                           str(tmp_path / "s")], env=env, capture_output=True, timeout=60)
    assert done.returncode == 2 and b"$FIELDKIT_PASSPHRASE is not UTF-8 text" in done.stderr
    assert b"Traceback" not in done.stderr
