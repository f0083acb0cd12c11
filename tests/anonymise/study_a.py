"""Study A's real protocol with synthetic rosters (tests/fixtures/rosters-synthetic) and
synthetic interview rows: one respondent per roster seat chosen, answering as the roster's
invented public attributes say."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from study_a_rosters import study_a_synthetic

from fieldkit.dataset import build_dataset
from fieldkit.dataset.tables import Dataset
from fieldkit.protocol.model import Protocol

ROOT = Path(__file__).resolve().parents[2]
RANKS = {"ambassador": "ambassador", "chargé d'affaires": "charge_d_affaires",
         "deputy": "deputy"}
CALLS = ("capital", "fellow_ambassador")


@cache
def protocol() -> Protocol:
    return study_a_synthetic()


def entries(roster: str) -> list:
    return list(protocol().rosters[roster].entries)


def row(number: int, entry, **answers) -> dict:
    """An interview row for the head of ``entry``'s delegation, interviewed in May 2009."""
    years = 2009 - entry.accredited if entry.accredited else None
    out = {
        "interview_id": f"00000000-0000-4000-8000-{number:012d}", "number": number,
        "protocol_id": "informal-relations", "protocol_version": protocol().version,
        "interviewer": "INT-01", "language": "en", "status": "completed",
        "started_at": f"2009-05-{number % 28 + 1:02d}T10:00:00Z",
        "ended_at": f"2009-05-{number % 28 + 1:02d}T11:10:00Z", "duration_s": 4200,
        "interview_date": f"2009-05-{number % 28 + 1:02d}", "interview_language": "en",
        "organisation": entry.organisation.lower(), "role": RANKS.get(entry.rank, "other"),
        "member_state": entry.member_state, "gender": entry.gender, "city": {
            "AU": "addis_ababa", "EU": "brussels", "OAS": "washington",
            "OSCE": "vienna"}[entry.organisation],
        "years_in_post": None if years is None else years + 0.5,
        "first_call": CALLS[number % 2], "informal_contacts_week": 5,
    }
    out.update(answers)
    return out


def dataset(rows: list[dict]) -> Dataset:
    data = build_dataset(protocol(), [])
    data.interviews = rows
    return data


def oas_dataset() -> Dataset:
    """Every OAS seat with an ambassador interviewed, Jamaica's (the only woman among the
    Caribbean ambassadors in the synthetic roster) among them."""
    seated = [e for e in entries("oas_pc") if e.rank]
    return dataset([row(n, e) for n, e in enumerate(seated, start=1)])
