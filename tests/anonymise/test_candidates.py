"""What redaction leaves for a person to decide: keys, places, decisions, and what the record
and the outputs may (never) say."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "redteam"))

from harness import KEY, Cell, Corpus, Interview, Person, dataset, protocol, read_outputs  # noqa: E402

from fieldkit.anonymise import anonymise, default_plan  # noqa: E402
from fieldkit.exports import export  # noqa: E402

ROSTER = [Person("a", "Zorana Mrkvička", "Serbia", "OSCE"),
          Person("b", "Tomas Vexholm", "Austria", "OSCE")]
THIRD = "name:bogdan petrovski"


def corpus() -> Corpus:
    return Corpus(ROSTER, [
        Interview(1, "Zorana Mrkvička", "a", "OSCE", "en", cells=[
            Cell("why", "I often call Bogdan Petrovski before meetings."),
            Cell("trust", "Ask the chair of the committee in 2009 about it."),
            Cell("note", "Code XK4471920 was on the form.")]),
        Interview(2, "Tomas Vexholm", "b", "OSCE", "fr", cells=[
            Cell("why", "Bogdan Petrovski était là. Secret Person aussi.")])])


def run(decisions=None, extra=()):
    c = corpus()
    plan = default_plan(protocol(c.roster))
    plan.redact["extra_terms"] = list(extra)
    return anonymise(dataset(c), plan, KEY, override="test", decisions=decisions)


def everything(record, out, folder: Path) -> str:
    export(out, folder, ("csv", "dta", "sav", "graphml"), record)
    return json.dumps(record.to_dict(), ensure_ascii=False) + "\n".join(
        read_outputs(folder).values())


def test_candidates_have_a_key_a_kind_and_their_places():
    _out, record = run()
    undecided = {c.key: c for c in record.undecided()}
    third = undecided[THIRD]
    assert third.text == "Bogdan Petrovski" and third.kind in ("capitalised", "opener")
    assert {w.number for w in third.where} == {1, 2} and third.decided is None
    assert any(k.startswith("role:the chair of the committee") for k in undecided)
    assert "number:XK4471920" in undecided
    data = record.to_dict()
    assert {c["key"] for c in data["candidates"]} == set(undecided)
    assert {r["key"] for r in data["residual_names"]} == set(undecided)


def test_a_redact_decision_replaces_the_candidate_everywhere_and_leaves_no_trace(tmp_path):
    out, record = run({THIRD: "redact", "number:XK4471920": "redact"})
    texts = [r["why"] for r in out.interviews]
    assert not any("Petrovski" in t or "Bogdan" in t for t in texts)
    labels = {re.search(r"\[PERSON-\d+\]", t).group() for t in texts}
    assert len(labels) == 1  # one placeholder for the one person in both interviews
    assert "[IDNUMBER]" in out.notes[0]["text"]
    assert THIRD not in {c.key for c in record.candidates}
    blob = everything(record, out, tmp_path / "out")
    assert "Petrovski" not in blob and "XK4471920" not in blob


def test_a_keep_decision_keeps_the_text_and_closes_the_question():
    out, record = run({THIRD: "keep"})
    assert "Bogdan Petrovski" in out.interviews[0]["why"]
    [kept] = [c for c in record.candidates if c.key == THIRD]
    assert kept.decided == "keep" and kept not in record.undecided()
    assert {"key": THIRD, "decided": "keep"}.items() <= \
        next(c for c in record.to_dict()["candidates"] if c["key"] == THIRD).items()


def test_extra_terms_never_reach_the_record_or_any_output(tmp_path):
    out, record = run(extra=["Secret Person"])
    assert "extra_terms" not in record.plan["redact"]
    assert record.plan["redact"]["extra_terms_count"] == 1
    assert "Secret" not in out.interviews[1]["why"]
    assert "Secret Person" not in everything(record, out, tmp_path / "out")


def test_capitals_and_dotted_initials_left_are_listed_unless_known_acronyms():
    from fieldkit.anonymise.candidates import scan

    text = "Then QX called, and R.-T. and L. W. signed; the EU, NATO, OSCE and TV were fine. I. K."
    found = {text[f.start:f.end]: f.kind for f in scan(text)}
    assert found.get("QX") == "initials" and found.get("R.-T.") == "initials"
    assert found.get("L. W.") == "initials"
    assert not {"EU", "NATO", "OSCE", "TV"} & set(found)
    assert not any(k.startswith("I.") for k in found)


def test_unique_roles_with_modifiers_between_are_listed():
    from fieldkit.anonymise.candidates import scan

    for text in ("Back then she was the sole Caribbean woman ambassador there.",
                 "He became the first Asian male president of the board.",
                 "Elle était la seule femme noire ambassadrice.", "Fue la primera mujer africana embajadora."):
        assert "role" in [f.kind for f in scan(text)], text
    assert scan("He was the first to leave.") == []
