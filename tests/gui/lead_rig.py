"""Shared rig for the lead-side GUI tests: a lead, interviewer laptops, real session files, a master."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from fieldkit.crypto import LeadIdentity
from fieldkit.data import forms_dir
from fieldkit.exchange import export_session
from fieldkit.gui.writer import Writer
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
STUDY_A = forms_dir() / "informal-relations.yaml"
PASSPHRASE = "synthetic lantern quarry mosaic 19"  # invented for these tests only
ORGS = ("eu", "au", "osce", "oas")
_protocol: list[Any] = []


def study_a() -> Any:
    if not _protocol:
        _protocol.append(load_protocol(STUDY_A))
    return _protocol[0]


def record(store: Store, marker: str, n: int, code: str, seal: bool | None = None) -> str:
    """One finished interview, as an interviewer records it, with ``marker`` in an open answer
    and ``code`` as the respondent's identifier (which anonymised outputs must not carry)."""
    s = InterviewSession.start(store, study_a(), interviewer=store.interviewer,
                               respondent_code=code)
    if s.consent_needed:
        s.record_consent(True)
    s.answer("interview_date", f"2009-03-{10 + n % 18:02d}")
    s.answer("organisation", ORGS[n % len(ORGS)])
    s.answer("role", "ambassador")
    s.answer("formal_meetings_month", 4 + n % 5)
    s.answer("formal_preparation", f"{marker} prepares on Mondays")
    s.finish(force=True, seal=seal)
    return s.interview_id


class LeadRig:
    """A master store open on a real writer thread, and laptops that write session files."""

    def __init__(self, root: Path):
        self.root = root
        self.lead = LeadIdentity.generate()
        self.markers: list[str] = []
        self.codes: list[str] = []
        self.files_dir = root / "usb"
        self.files_dir.mkdir()
        self.writer = Writer()
        self.master = self.writer.call(Store.create, root / "master", PASSPHRASE, role="lead",
                                       lead_identity=self.lead)
        self._count = 0

    def laptop(self, code: str) -> Store:
        return Store.create(self.root / f"laptop-{code}-{uuid.uuid4().hex[:6]}", PASSPHRASE,
                            interviewer=code, lead_public_key=self.lead.public_key)

    def interviews(self, store: Store, count: int, seal: bool | None = None) -> list[str]:
        store.add_protocol(study_a())
        ids = []
        for _ in range(count):
            self._count += 1
            marker = f"MARKER-{uuid.uuid4().hex[:10]}"
            self.markers.append(marker)
            code = f"RESP-{uuid.uuid4().hex[:10]}"
            self.codes.append(code)
            ids.append(record(store, marker, self._count, code, seal))
        return ids

    def session_file(self, code: str, count: int) -> Path:
        """A laptop with ``count`` finished interviews, handed over to a file, then closed."""
        with self.laptop(code) as store:
            self.interviews(store, count)
            return export_session(store, self.files_dir).path

    def master_interviews(self) -> list[Any]:
        return self.writer.call(self.master.interviews)

    def close(self) -> None:
        QApplication.processEvents()
        self.writer.call(self.master.close)
        self.writer.stop()


def scan(root: Path, markers: list[str]) -> list[tuple[str, str]]:
    """Every (file, marker) where a marker is readable in a file under ``root``."""
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [(str(path), m) for m in markers
                     if m.encode() in data or m.encode("utf-16-le") in data]
    return hits
