"""Consent as law: what each respondent's consent items permit, in identified and shared outputs."""

from __future__ import annotations

import copy

import pytest
import synth_study as s

from fieldkit.analysis.quotes import cite_quotes
from fieldkit.dataset import InterviewInput, InterviewMeta, build_dataset
from fieldkit.dataset.consent import consent_items, withheld, withhold
from fieldkit.protocol.model import Protocol
from fieldkit.store.content import replay

GATED = {"consent_quotes": ["quotation"], "consent_role": ["attribution"],
         "consent_open": ["open_answers"]}
# interview number -> answers to the three consent items (None: not asked)
ANSWERS = {1: ("yes", "yes", "yes"), 2: ("no", "yes", "yes"), 3: ("yes", "no", "yes"),
           4: ("yes", "yes", "no"), 5: (None, "yes", "yes"), 6: ("yes", "yes", "yes")}


def _protocol(gates: bool = True) -> Protocol:
    data = copy.deepcopy(s.PROTOCOL)
    items = data["sections"][0]["items"]
    for item_id, gate in GATED.items():
        item = {"id": item_id, "type": "yes_no", "label": f"May we ({gate[0]})?"}
        if gates:
            item["gates"] = gate
        items.insert(0, item)
    data["sections"][0]["items"] = items
    data["citation"] = "{role}. ({year}). Interview {number}. {elapsed}. {city}."
    return Protocol.model_validate(data)


def _dataset(protocol: Protocol):
    inputs = []
    for base in s.interviews():
        n = base.meta.number
        events = list(base.events)
        seq = max(e.seq for e in events)
        for item_id, answer in zip(GATED, ANSWERS[n], strict=True):
            if answer is not None:
                seq += 1
                events.append(s.Ev(f"c{n}-{seq}", seq, "answer", item_id, None, answer))
        quotes = list(base.quotes) + [s.Rec(f"q{n}b", base.meta.interview_id, "why", None,
                                            3_000_000, "2009-04-02T10:50:00Z",
                                            f"QUOTE-OF-{n}: informal talks decide.")]
        meta = InterviewMeta(**{**base.meta.__dict__, "protocol_hash": ""})
        inputs.append(InterviewInput(meta, replay(events), events, quotes, base.notes))
    return build_dataset(protocol, inputs)


def test_consent_items_come_from_gates_or_from_legacy_ids():
    assert consent_items(_protocol()) == {"quotation": ["consent_quotes"],
                                          "attribution": ["consent_role"],
                                          "open_answers": ["consent_open"]}
    # A protocol from before gates existed: its consent_quot* item still gates quotation.
    assert consent_items(_protocol(gates=False)) == {"quotation": ["consent_quotes"],
                                                     "open_answers": ["consent_open"]}


def test_gates_only_on_yes_no_items():
    data = copy.deepcopy(s.PROTOCOL)
    data["sections"][0]["items"][0]["gates"] = ["quotation"]  # resp_name is a text item
    with pytest.raises(ValueError, match="only a yes_no item can"):
        Protocol.model_validate(data)


def test_anything_but_yes_withholds():
    p = _protocol()
    assert withheld(p, {"consent_quotes": "yes", "consent_role": "yes", "consent_open": "yes"}) \
        == set()
    assert withheld(p, {"consent_quotes": ".r", "consent_role": "yes", "consent_open": None}) \
        == {"quotation", "open_answers"}


def test_identified_data_keep_everything_and_mark_what_was_refused():
    p = _protocol()
    data = _dataset(p)
    marks = {q["number"]: q["consent"] for q in data.quotes}
    assert marks[1] == "" and marks[6] == ""
    assert marks[2] == "not for quotation"
    assert marks[3] == "not to be attributed"
    assert marks[4] == "open answers not to be used"
    assert marks[5] == "not for quotation"  # never asked is never given
    cited = {q.number: q.citation for q in cite_quotes(data, p.citation)}
    assert cited[2].endswith("[NOT FOR QUOTATION]")
    assert any(q["number"] == 2 and "QUOTE-OF-2" in q["text"] for q in data.quotes)


def test_shared_outputs_drop_refused_quotes_and_open_answers_and_unattribute():
    p = _protocol()
    data = withhold(_dataset(p), p)
    numbers = {q["number"] for q in data.quotes}
    assert numbers == {1, 3, 6}  # 2 and 5 refused quotation, 4 the use of open answers
    assert not any("QUOTE-OF-2" in (q["text"] or "") for q in data.quotes)
    four = next(r for r in data.interviews if r["number"] == 4)
    assert four["why"] is None
    assert all(p_.get("friend_note") is None for p_ in data.people
               if p_["interview_id"] == four["interview_id"])
    assert not any(n["interview_id"] == four["interview_id"] for n in data.notes)
    one = next(r for r in data.interviews if r["number"] == 1)
    assert one["why"]  # a consenting respondent's open answer stays
    cited = {q.number: q for q in cite_quotes(data, p.citation)}
    assert cited[3].role == "Interviewee" and "OSCE" not in cited[3].citation
    assert cited[3].citation.startswith("Interviewee. (2009). Interview 3.")
