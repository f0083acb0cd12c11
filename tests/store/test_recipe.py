"""The connection recipe: every pragma is set, read back at open, and a wrong one is refused."""

from __future__ import annotations

import pytest

from fieldkit.errors import StoreError
from fieldkit.store.connection import RECIPE, read_pragma, self_test
from fieldkit.store.schema import SCHEMA_VERSION


def test_recipe_holds_on_an_open_store(store):
    conn = store.db.conn
    assert read_pragma(conn, "journal_mode") == "wal"
    assert read_pragma(conn, "synchronous") == 2
    assert read_pragma(conn, "temp_store") == 2  # MEMORY, set explicitly
    assert read_pragma(conn, "secure_delete") == 1
    assert read_pragma(conn, "foreign_keys") == 1
    assert read_pragma(conn, "cipher_plaintext_header_size") == "0"
    assert read_pragma(conn, "cipher_log_level") == "NONE"
    for name, expected in RECIPE.items():
        assert str(read_pragma(conn, name)).lower() == str(expected).lower(), name


def test_no_plaintext_header(store, store_dir):
    store.close()
    head = (store_dir / "fieldkit.db").read_bytes()[:16]
    assert head != b"SQLite format 3\x00"


@pytest.mark.parametrize("pragma, value", [
    ("temp_store", "FILE"), ("synchronous", "NORMAL"), ("secure_delete", "OFF"),
    ("foreign_keys", "OFF"), ("journal_mode", "DELETE"),
])
def test_self_test_refuses_a_wrong_setting(store, pragma, value):
    conn = store.db.conn
    self_test(conn, store.path / "fieldkit.db")
    conn.execute(f"PRAGMA {pragma}={value}")
    with pytest.raises(StoreError, match=f"not opened safely .*{pragma}"):
        self_test(conn, store.path / "fieldkit.db")


def test_foreign_keys_are_enforced(store):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        store.db.conn.execute(
            "INSERT INTO events (id, interview_id, seq, kind, recorded_at, prev_hash, hash) "
            "VALUES ('e', 'no-such-interview', 1, 'answer', 'now', 'p', 'h')")


def test_meta_records_schema_cipher_and_kdf(store):
    conn = store.db.conn
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert "cipher_page_size" in meta["cipher_settings"] and "argon2id" in meta["kdf"]
    assert meta["database_key"].startswith("raw 256-bit")
