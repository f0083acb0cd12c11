"""A synthetic Study B lead store with coded answers and quotes, for the coding outputs' tests.

Four interviews entered from paper in the lead's store and coded there: two cases, three
organisations; interview 3 refused citation (no quotation, no attribution), so its coded words
must appear in no shared output. Nothing here is real: organisations and years only.
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.data import forms_dir
from fieldkit.interview.coding import Coder
from fieldkit.interview.importer import plan_interview, write_interview
from fieldkit.operations.outputs import OutputRequest, list_candidates
from fieldkit.protocol.loader import load_protocol
from fieldkit.store import Store

PASS = "synthetic-coding-outputs-passphrase-5521"
OVERRIDE = "synthetic reason: four test interviews are below any k"
SECRET = "the pilot parking arrangement that nobody wrote down"  # interview 3, no consent
START_1 = ("Both sides needed each other's trucks and mandate. We trusted the "
           "liaison officers because we had served together before.")
QUOTE_1 = "The mandate gave us the roads; they gave us the convoys."
START_2 = "Money from donors pushed us together. Attitudes were cold at first."
START_3 = f"It began with {SECRET}, and then the donors."
CHANGE_1 = "Different cultures: the military plans, the civilians negotiate."


def protocol():
    return load_protocol(forms_dir() / "field-cooperation.yaml")


def _interview(n: int, org: str, role: str, posting: str, case: str, consent: str,
               answers: dict, quotes: list[dict]) -> dict:
    return {
        "format": "fieldkit-interview/1", "protocol": "field-cooperation",
        "interviewer": "K1", "language": "en",
        "started_at": f"2012-05-1{n}T09:30:00+02:00", "ended_at": f"2012-05-1{n}T10:40:00+02:00",
        "answers": {"interview_month": "may", "interview_year": 2012,
                    "consent_citation": consent, "organisation": org, "role_band": role,
                    "posting": posting, "case": [case], **answers},
        "elapsed": {"emergence_start": f"1{n}:05", "dynamics_change": f"2{n}:40"},
        "quotes": quotes,
    }


INTERVIEWS = [
    _interview(1, "un", "official", "pristina", "kosovo", "yes",
               {"emergence_start": START_1, "dynamics_change": CHANGE_1,
                "episodes": [{"episode_summary": "Joint convoy", "episode_year": 2003,
                              "episode_outcome": "cooperation"},
                             {"episode_summary": "Dispute over a checkpoint",
                              "episode_year": 2004, "episode_outcome": "friction"}]},
               [{"item": "emergence_start", "at": "15:30", "text": QUOTE_1}]),
    _interview(2, "nato", "senior_official", "kabul", "afghanistan", "yes",
               {"emergence_start": START_2,
                "episodes": [{"episode_summary": "Shared base", "episode_year": 2008,
                              "episode_outcome": "friction"}]}, []),
    _interview(3, "nato", "official", "pristina", "kosovo", "no",
               {"emergence_start": START_3,
                "episodes": [{"episode_summary": "Road repairs", "episode_year": 2003,
                              "episode_outcome": "cooperation"}]},
               [{"item": "emergence_start", "at": "14:00", "text": f"About {SECRET}."}]),
    _interview(4, "eu", "adviser", "kabul", "afghanistan", "yes",
               {"emergence_start": "The EU took over police training from NATO."}, []),
]


def span(text: str, part: str) -> dict[str, int]:
    at = text.index(part)
    return {"start": at, "end": at + len(part)}


def make_store(path: Path) -> Path:
    """The lead's store, with the codings below; every residual-scan candidate decided."""
    p = protocol()
    with Store.create(path, PASS, role="lead", enforce_strength=False) as store:
        ids = []
        for n, data in enumerate(INTERVIEWS, 1):
            ids.append(write_interview(store, plan_interview(data, p, f"b{n}.json")))
        number = {i.number: i.id for i in store.interviews()}
        one = Coder(store, number[1])
        one.code_answer("emergence_start", "mutual_benefit",
                        **span(START_1, "Both sides needed each other's trucks and mandate."))
        one.code_answer("emergence_start", "psychological_dispositions",
                        **span(START_1, "We trusted the liaison officers"))
        one.code_answer("emergence_start", "identity",
                        **span(START_1, "because we had served together before"))
        one.code_answer("emergence_start", "individual_mediators",
                        **span(START_1, "liaison officers"))
        one.code_answer("dynamics_change", "organisational_cultures")
        one.code_quote(next(iter(one.quotes)), "mutual_benefit")
        two = Coder(store, number[2])
        two.code_answer("emergence_start", "environment",
                        **span(START_2, "Money from donors pushed us together."))
        two.code_answer("emergence_start", "psychological_dispositions",
                        **span(START_2, "Attitudes were cold at first."))
        two.code_answer("emergence_start", "emergence")
        three = Coder(store, number[3])
        three.code_answer("emergence_start", "mutual_benefit", **span(START_3, SECRET))
        three.code_quote(next(iter(three.quotes)), "identity")
        four = Coder(store, number[4])
        four.code_answer("emergence_start", "headquarters")
        found = list_candidates(store, OutputRequest("export"))
        store.record_decisions([{"key": c.key, "text": c.text, "kind": c.kind,
                                 "decision": "redact"} for c in found])
    return path
