"""A store holding planted markers (an answer, a name, the passphrase) for crash-report tests."""

from __future__ import annotations

from pathlib import Path

from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
# Invented markers: if any of them reaches a crash report, a value leaked into it.
PASSPHRASE = "synthetic crash passphrase MARKERPASS 7 owls"
NAME = "Markerina Namesworth"
ANSWER = "MARKERANSWER the ambassador said so"
MARKERS = ("MARKERPASS", "Markerina", "Namesworth", "MARKERANSWER")


def study_form() -> Path:
    try:
        from fieldkit.data import forms_dir
    except ImportError:  # the forms folder before it moved into the package
        return ROOT / "forms" / "informal-relations.yaml"
    return forms_dir() / "informal-relations.yaml"


def make_marked_store(path: Path) -> str:
    """A store with one interview whose answers hold the markers; returns the interview id."""
    protocol = load_protocol(study_form())
    with Store.create(path, PASSPHRASE, interviewer="T01") as store:
        store.add_protocol(protocol)
        session = InterviewSession.start(store, protocol, interviewer="T01",
                                         respondent_code="R-1")
        if session.consent_needed:
            session.record_consent(True)
        session.answer("respondent_name", NAME)
        session.answer("routines", ANSWER)  # an open answer (long text)
        return session.interview_id


def assert_report_clean(text: str) -> None:
    for marker in MARKERS:
        assert marker not in text, f"{marker!r} is in the crash report"
