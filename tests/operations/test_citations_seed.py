"""Citations of planted quotes match the seeds' strings character for character, identified and
anonymised: the role word as the paper writes it, unpadded minutes, hours past an hour."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fieldkit.analysis.quotes import cite_quotes  # noqa: E402
from fieldkit.data import forms_dir
from fieldkit.dataset import InterviewInput, InterviewMeta, build_dataset  # noqa: E402
from fieldkit.operations.outputs import OutputRequest, Study, prepare, write_quotes  # noqa: E402
from fieldkit.protocol.loader import load_protocol  # noqa: E402
from fieldkit.store.content import replay  # noqa: E402
from fieldkit.timefmt import format_cited  # noqa: E402

FORMS = forms_dir()
KEY = b"citation-test-key-0123456789ab"


class _Ev:
    def __init__(self, seq: int, kind: str, item_id=None, instance_id=None, value=None):
        self.id, self.seq, self.kind = f"e{seq}", seq, kind
        self.item_id, self.instance_id, self.value, self.special = item_id, instance_id, value, None
        self.elapsed_ms, self.recorded_at = seq * 1000, "2009-06-02T10:00:00Z"


@dataclass
class _Quote:
    id: str
    interview_id: str
    item_id: str | None
    instance_id: str | None
    elapsed_ms: int
    recorded_at: str
    text: str


def _interview(number: int, answers: dict[str, Any], quotes: list[tuple[int, str]],
               started: str, protocol_id: str) -> InterviewInput:
    events = [_Ev(1, "status", value="in_progress")]
    for item, value in answers.items():
        events.append(_Ev(len(events) + 1, "answer", item, None, value))
    events.append(_Ev(len(events) + 1, "status", value="completed"))
    iid = f"00000000-0000-4000-8000-{number:012d}"
    recs = [_Quote(f"q{number}-{i}", iid, None, None, ms, started, text)
            for i, (ms, text) in enumerate(quotes)]
    meta = InterviewMeta(interview_id=iid, number=number, protocol_id=protocol_id,
                         interviewer="INT-01", language="en", status="completed",
                         started_at=started, ended_at=started, elapsed_ms=5_000_000)
    return InterviewInput(meta, replay(events), events, recs, [])


STUDY_A = {"consent_quotes": "yes", "interview_language": "en", "informal_contacts_week": 5}


def study_a():
    protocol = load_protocol(FORMS / "informal-relations.yaml")
    interviews = [
        _interview(20, {**STUDY_A, "organisation": "eu", "role": "ambassador", "city": "brussels",
                        "interview_date": "2009-06-12", "member_state": "Austria"},
                   [(2_276_000, "Friendship is the oil of this committee."),
                    (225_000, "We settle most things over lunch."),
                    (4_210_000, "In a crisis, I call my friends first.")],
                   "2009-06-12T09:00:00Z", protocol.id),
        _interview(7, {**STUDY_A, "organisation": "au", "role": "other",
                       "role_other": "Minister Counsellor", "city": "addis_ababa",
                       "interview_date": "2009-03-20", "member_state": "Nigeria"},
                   [(600_000, "The caucus meets before every session.")],
                   "2009-03-20T09:00:00Z", protocol.id),
    ]
    return build_dataset(protocol, interviews), protocol


EXPECTED_A = [
    "AU Minister Counsellor. (2009). Personal communication. Interview 7. 10:00. Addis Ababa. "
    "March.",
    "EU Ambassador. (2009). Personal communication. Interview 20. 3:45. Brussels. June.",
    "EU Ambassador. (2009). Personal communication. Interview 20. 37:56. Brussels. June.",
    "EU Ambassador. (2009). Personal communication. Interview 20. 1:10:10. Brussels. June.",
]


def study_b():
    protocol = load_protocol(FORMS / "field-cooperation.yaml")
    answers = {"consent_citation": "yes", "interview_month": "may", "interview_year": 2013,
               "organisation": "nato", "role_band": "official", "posting": "hq_brussels",
               "case": "afghanistan"}
    interviews = [_interview(3, answers, [(1_500_000, "Cooperation grew from the field up.")],
                             "2013-05-14T09:00:00Z", protocol.id)]
    return build_dataset(protocol, interviews), protocol


EXPECTED_B = ["Author's interview with NATO Official, at NATO HQ, Brussels, Belgium, May 2013."]


@pytest.mark.parametrize("ms,text", [(225_000, "3:45"), (2_276_000, "37:56"),
                                     (4_210_000, "1:10:10"), (0, "0:00")])
def test_cited_times(ms, text):
    assert format_cited(ms) == text


@pytest.mark.parametrize("make,expected", [(study_a, EXPECTED_A), (study_b, EXPECTED_B)])
def test_identified_citations_match_the_seed(make, expected):
    data, protocol = make()
    assert [q.citation for q in cite_quotes(data, protocol.citation, protocol=protocol)] \
        == expected


@pytest.mark.parametrize("make,expected", [(study_a, EXPECTED_A), (study_b, EXPECTED_B)])
def test_anonymised_citations_match_the_seed(make, expected, tmp_path):
    data, protocol = make()
    prepared = prepare(Study(data, protocol, KEY, {}),
                       OutputRequest("quotes", override="two planted interviews"))
    assert prepared.dataset.anonymised
    cited = cite_quotes(prepared.dataset, protocol.citation, protocol=protocol,
                        identities=prepared.citations)
    assert [q.citation for q in cited] == expected
    out = write_quotes(prepared, tmp_path / "quotes.csv")
    text = out.read_text(encoding="utf-8-sig")
    for citation in expected:
        assert citation in text
