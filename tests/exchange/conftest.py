"""Field set-up for exchange tests: a lead, three interviewer laptops, real interviews."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from fieldkit.crypto import LeadIdentity
from fieldkit.exchange import export_session
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store import Store

PASSPHRASE = "copper meadow violin saturn"
PROTOCOL = {
    "id": "field", "version": "1", "title": "Field", "cover": "c", "research_aim": "a",
    "rosters": {"c": {"entries": [{"id": "d1", "label": "Alpha"}, {"id": "d2", "label": "Beta"}]}},
    "sections": [{"id": "s1", "title": "S1", "items": [
        {"id": "org", "type": "select_one", "label": "Org",
         "choices": [{"name": "au", "label": "AU"}, {"name": "eu", "label": "EU"}]},
        {"id": "contacts", "type": "integer", "label": "Contacts", "min": 0, "max": 100},
        {"id": "view", "type": "long_text", "label": "View"},
        {"id": "friends", "type": "name_generator", "label": "Friends", "roster": "c",
         "items": [{"id": "f_contacts", "type": "integer", "label": "C"}]},
    ]}],
}


def new_marker() -> str:
    return f"PLAINTEXT-{uuid.uuid4().hex[:12]}"


def record(store: Store, protocol, marker: str, *, seal: bool | None = None) -> str:
    """One interview as an interviewer records it, with the marker in an answer and a quote."""
    s = InterviewSession.start(store, protocol, interviewer=store.interviewer)
    s.answer("org", "eu")
    s.answer("contacts", 7)
    s.answer("view", f"{marker} in an open answer")
    person = s.add_person("friends", roster_id="d1")
    s.answer("f_contacts", 3, instance_id=person.instance_id)
    s.add_quote(f"{marker} said in a quote")
    s.finish(force=True, seal=seal)
    return s.interview_id


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def find_markers(markers: list[str], paths: list[Path]) -> list[tuple[str, str]]:
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for marker in markers:
            if marker.encode() in data or marker.encode("utf-16-le") in data:
                hits.append((str(path), marker))
    return hits


def dump(master: Store) -> list[tuple]:
    """The master's content in a fixed order, without the times at which merges happened."""
    conn = master.db.conn
    queries = [
        "SELECT * FROM interviews ORDER BY id",
        "SELECT * FROM events ORDER BY interview_id, seq",
        "SELECT * FROM quotes ORDER BY id", "SELECT * FROM notes ORDER BY id",
        "SELECT hash, id, version, snapshot, added_at FROM protocols ORDER BY hash",
        "SELECT * FROM tombstones ORDER BY interview_id", "SELECT * FROM sealed",
        "SELECT * FROM interview_versions ORDER BY interview_id, head_hash",
        "SELECT interview_id, head_hash, note FROM conflict_resolutions ORDER BY interview_id",
        "SELECT * FROM provenance ORDER BY interview_id, manifest_sha256",
        "SELECT public_key, store_id, interviewer, last_seq FROM signers ORDER BY public_key",
        "SELECT manifest_sha256, signer, store_id, seq, previous, file_name FROM merged_files "
        "ORDER BY manifest_sha256",
        "SELECT * FROM interview_owners ORDER BY interview_id",
    ]
    return [(q, tuple(conn.execute(q).fetchall())) for q in queries]


@dataclass
class Field:
    root: Path
    lead: LeadIdentity
    protocol: object
    laptops: dict[str, Store] = field(default_factory=dict)
    markers: list[str] = field(default_factory=list)
    masters: list[Store] = field(default_factory=list)
    interviews: dict[str, list[str]] = field(default_factory=dict)

    def laptop(self, code: str, lead_key: str | None = None) -> Store:
        store = Store.create(self.root / f"laptop-{code}", PASSPHRASE, interviewer=code,
                             lead_public_key=lead_key or self.lead.public_key)
        self.laptops[code] = store
        return store

    def interview(self, code: str, *, seal: bool | None = None) -> str:
        marker = new_marker()
        self.markers.append(marker)
        iid = record(self.laptops[code], self.protocol, marker, seal=seal)
        self.interviews.setdefault(code, []).append(iid)
        return iid

    def export(self, code: str, name: str, **kw) -> Path:
        out = self.root / "files"
        out.mkdir(exist_ok=True)
        return export_session(self.laptops[code], out / name, **kw).path

    def master(self, name: str | None = None) -> Store:
        path = self.root / (name or f"master-{uuid.uuid4().hex[:8]}")
        store = Store.create(path, PASSPHRASE, role="lead", lead_identity=self.lead)
        self.masters.append(store)
        return store

    def copy_laptop(self, code: str, new_code: str) -> Store:
        """The same store on a second laptop (a copied backup): same id, same key."""
        src = self.laptops[code]
        path = src.path
        src.close()
        shutil.copytree(path, self.root / f"laptop-{new_code}")
        self.laptops[code] = Store.open(path, PASSPHRASE)
        self.laptops[new_code] = Store.open(self.root / f"laptop-{new_code}", PASSPHRASE)
        return self.laptops[new_code]

    def close(self) -> None:
        for store in [*self.laptops.values(), *self.masters]:
            store.close()


@pytest.fixture
def field_setup(tmp_path):
    f = Field(tmp_path, LeadIdentity.generate(),
              protocol_from_data(PROTOCOL, file="field.yaml", base_dir=tmp_path))
    yield f
    f.close()


@pytest.fixture
def three(field_setup):
    """Three laptops: A two sealed interviews; B one sealed, one kept readable; C one sealed."""
    f = field_setup
    for code in ("A", "B", "C"):
        f.laptop(code)
    f.interview("A")
    f.interview("A")
    f.interview("B")
    f.interview("B", seal=False)
    f.interview("C")
    f.files = {code: f.export(code, f"{code}1.fksession") for code in ("A", "B", "C")}
    return f


@pytest.fixture
def temp_watch():
    """Files appearing in the system temp directory during a test (to scan for plaintext)."""
    tmp = Path(tempfile.gettempdir())

    def files() -> set[Path]:
        # os.walk skips folders that other processes remove while it looks (rglob raises)
        return {Path(top, name) for top, _dirs, names in os.walk(tmp) for name in names}

    before = files()

    def new_files() -> list[Path]:
        return [p for p in files() if p not in before and p.is_file()]

    return new_files
