"""Nothing readable at rest: planted markers never reach any file, and sealing hides them."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import textwrap

import pytest

from fieldkit.errors import StoreError
from fieldkit.store import Store

from .conftest import PASSPHRASE, dump_all, find_markers


def test_no_marker_in_any_file_and_sealed_content_is_gone(tmp_path, lead):
    store_dir, tmp_dir = tmp_path / "store", tmp_path / "tmp"
    tmp_dir.mkdir()
    tag = secrets.token_hex(4)
    open_markers = [f"OPENANS{tag}", f"OPENNEST{tag}", f"OPENWHY{tag}", f"OPENQUOTE{tag}",
                    f"OPENNOTE{tag}", f"OPENRESP{tag}"]
    sealed_markers = [m.replace("OPEN", "SEAL") for m in open_markers]
    script = f"""
        import os
        from fieldkit.store import Store
        from tests.store.conftest import make_protocol
        s = Store.create({str(store_dir)!r}, {PASSPHRASE!r}, lead_public_key={lead.public_key!r})
        def record(m):
            iv = s.create_interview(make_protocol(), respondent_code=m[5])
            for n in range(150):
                s.append_event(iv.id, "answer", item_id="q1", value=f"{{m[0]}} {{n}}")
            s.append_event(iv.id, "answer", item_id="q2", value={{"deep": [m[1]]}},
                           reason=m[2], special=None)
            s.add_quote(iv.id, m[3], item_id="q1", elapsed_ms=61000)
            s.add_note(iv.id, m[4], elapsed_ms=62000)
            return iv
        record({open_markers!r})
        sealed = record({sealed_markers!r})
        s.seal(sealed.id)
        conn = s.db.conn
        # Work that spills to temp storage when temp_store is FILE: big sorts, a temp table.
        conn.execute("SELECT value FROM events ORDER BY value || id DESC").fetchall()
        conn.execute("CREATE TEMP TABLE scratch AS SELECT value, reason FROM events")
        conn.execute("SELECT * FROM scratch ORDER BY reason, value").fetchall()
        conn.execute("VACUUM")
        print(sealed.id, flush=True)
        os._exit(0)  # no clean close: the WAL and shared-memory files stay for the scan
    """
    env = dict(os.environ, TMPDIR=str(tmp_dir), TEMP=str(tmp_dir), TMP=str(tmp_dir),
               SQLITE_TMPDIR=str(tmp_dir))
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True,
                       text=True, env=env, cwd=os.getcwd(), timeout=120)
    assert r.returncode == 0, r.stderr
    sealed_id = r.stdout.strip()
    everything = open_markers + sealed_markers
    assert {p.name for p in store_dir.iterdir()} >= {"fieldkit.db", "keyslots.json"}
    assert find_markers(everything, store_dir, tmp_dir) == []

    with Store.open(store_dir, PASSPHRASE) as s:
        dump = dump_all(s)
        for marker in open_markers:  # the dump does show what was written and not sealed
            assert marker in dump, marker
        for marker in sealed_markers:
            assert marker not in dump, marker
        row = s.interview(sealed_id)
        assert row.sealed and row.respondent_code is None and row.started_at is None
        assert s.lead_identity is None  # an interviewer store cannot read what it sealed
        with pytest.raises(StoreError, match="does not hold the lead's identity"):
            s.unseal(sealed_id)
    assert find_markers(everything, store_dir, tmp_dir) == []
    # The lead can read what was sealed, from the blob alone.
    with Store.open(store_dir, PASSPHRASE) as s:
        from fieldkit.store.sealing import open_content
        content = open_content(s.sealed_blob(sealed_id), lead)
        assert sealed_markers[3] in content["quotes"][0]["text"]


def test_the_scanner_finds_plaintext(tmp_path):
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "leak.bin").write_bytes(b"\x00abc" + "LEAKED-É".encode("utf-16-le"))
    assert find_markers(["LEAKED-É"], tmp_path) == [(str(tmp_path / "deep" / "leak.bin"), "LEAKED-É")]
