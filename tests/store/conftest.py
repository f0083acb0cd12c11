"""Shared fixtures for store tests: a small protocol, fresh stores, and a plaintext scanner."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.crypto import LeadIdentity
from fieldkit.protocol.model import Protocol
from fieldkit.store import Store

PASSPHRASE = "velvet harbor quartz lantern"
OTHER_PASSPHRASE = "otter bamboo glacier trumpet"


def make_protocol(version: str = "1") -> Protocol:
    return Protocol(
        id="demo", version=version, title="Demo", cover="c", research_aim="r",
        sections=[{"id": "s1", "title": "S", "items": [
            {"id": "q1", "type": "text", "label": "Q1"},
            {"id": "q2", "type": "integer", "label": "Q2"},
        ]}],
    )


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def find_markers(markers: list[str], *roots: Path) -> list[tuple[str, str]]:
    """Every (file, marker) where a marker's UTF-8 or UTF-16 bytes occur in a file's bytes."""
    hits = []
    for path in files_under(*roots):
        data = path.read_bytes()
        for marker in markers:
            for form in (marker.encode("utf-8"), marker.encode("utf-16-le")):
                if form in data:
                    hits.append((str(path), marker))
    return hits


@pytest.fixture
def protocol() -> Protocol:
    return make_protocol()


@pytest.fixture
def lead() -> LeadIdentity:
    return LeadIdentity.generate()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path, lead: LeadIdentity):
    s = Store.create(store_dir, PASSPHRASE, lead_public_key=lead.public_key, interviewer="IV07")
    yield s
    s.close()


def dump_all(store) -> str:
    """Every row of every table of an unlocked store, as text (sqlcipher3 has no iterdump)."""
    conn = store.db.conn
    out = []
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in conn.execute(f'SELECT * FROM "{name}"').fetchall():
            out.append(f"{name}: " + " | ".join(
                bytes(v).decode("utf-8", "replace") if isinstance(v, bytes | memoryview) else str(v)
                for v in row))
    return "\n".join(out)
