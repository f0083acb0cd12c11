"""The default plan, its hash and YAML round trip; redaction; pseudonyms that keep the network."""

from __future__ import annotations

import pytest
import synth_study as s
import yaml

from fieldkit.anonymise import anonymise, default_plan, load_plan, plan_from_dict
from fieldkit.anonymise.redact import Redactor, Term, residual_names
from fieldkit.errors import AnonymisationError

KEY = b"synthetic-key-0123456789abcdef"


def test_default_plan_follows_disclosure_classes_and_round_trips(tmp_path):
    plan = default_plan(s.protocol())
    v = plan.variables
    assert v["interviews.resp_name"]["action"] == "drop"
    assert v["interviews.interviewer"]["action"] == "drop"
    assert v["interviews.started_at"] == {"class": "quasi_identifier", "action": "generalise",
                                          "to": "month", "public": False}
    assert v["interviews.gender"]["roster_field"] == "gender" and v["interviews.gender"]["public"]
    assert v["interviews.state"]["mapping"]["Serbia"] == "South-Eastern Europe"
    assert v["interviews.years_in_post"]["to"] == "bands"
    assert v["interviews.gender"]["action"] == "keep" and "warning" in v["interviews.gender"]
    assert v["interviews.why"]["action"] == "redact"
    assert v["interviews.first_call"]["action"] == "keep"
    assert v["ties.target"]["domain"] == v["people.roster_id"]["domain"] == "person"
    path = tmp_path / "plan.yaml"
    path.write_text(plan.to_yaml(), encoding="utf-8")
    again = load_plan(path)
    assert again.hash == plan.hash and len(plan.hash) == 64
    again.variables["interviews.gender"]["action"] = "drop"
    assert again.hash != plan.hash


def test_a_broken_plan_says_where():
    data = yaml.safe_load(default_plan(s.protocol()).to_yaml())
    data["variables"]["interviews.gender"]["action"] = "blur"
    with pytest.raises(AnonymisationError, match="interviews.gender"):
        plan_from_dict(data)


def test_redaction_ignores_case_and_accents_and_keeps_placeholders_consistent():
    r = Redactor([Term("Zorana Mrkvička", "PERSON", "a"), Term("Mrkvička", "PERSON", "a"),
                  Term("Serbia", "COUNTRY"), Term("OSCE", "ORGANISATION"), Term("AU", "ORGANISATION")])
    one = r.redact("ZORANA MRKVICKA met mrkvička in Serbia; Ambassador Jane Doe-Smith too.")
    assert one.text == "[PERSON-1] met [PERSON-1] in [COUNTRY]; Ambassador [PERSON-2] too."
    two = r.redact("Il est au bureau de l'AU, mail z.m@mfa.example.org, tel +43 1 555 0101.")
    assert two.text == "Il est au bureau de l'[ORGANISATION], mail [EMAIL], tel [PHONE]."
    assert [two.text[a:b] for a, b, _ in two.spans] == ["[ORGANISATION]", "[EMAIL]", "[PHONE]"]
    assert r.counts["PERSON"] == 3 and r.counts["EMAIL"] == 1
    originals = {m["original"] for m in r.mapping()}
    assert {"ZORANA MRKVICKA", "mrkvička", "Jane Doe-Smith"} <= originals


def test_residual_scan_lists_leftover_capitalised_names():
    assert residual_names("We met [PERSON-1] and Bogdan Petrovski. Then lunch.") == \
        ["Bogdan Petrovski"]


def test_pseudonyms_are_keyed_consistent_and_keep_the_network(tmp_path):
    plan = default_plan(s.protocol())
    data, record = anonymise(s.dataset(), plan, KEY, override="test")
    people = {p["roster_id"] for p in data.people if p["roster_id"]}
    targets = {t["target"] for t in data.ties}
    sources = {t["source"] for t in data.ties}
    assert all(x.startswith("P-") for x in people | targets | sources)
    assert sources <= people  # respondents' own delegation entries share their codes
    other, _ = anonymise(s.dataset(), plan, b"another-key-0123456789abcdef", override="t")
    assert {t["target"] for t in other.ties}.isdisjoint(targets)
    again, _ = anonymise(s.dataset(), plan, KEY, override="test")
    assert again.ties == data.ties
    assert "mapping" not in record.to_dict() and record.mapping
    assert data.population == [] and data.plan_hash == plan.hash
    assert record.replacements["EMAIL"] > 0 and record.replacements["PHONE"] > 0
    assert all(row["started_at"] == "2009-04" for row in data.interviews)
    assert all("interviewer" not in row for row in data.interviews)


def test_a_short_key_is_refused():
    with pytest.raises(AnonymisationError, match="key"):
        anonymise(s.dataset(), default_plan(s.protocol()), b"short")
