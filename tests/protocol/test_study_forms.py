"""The two study protocols in forms/ load and carry the facts of STUDY.md; the XLSForm matches."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from fieldkit.data import forms_dir
from fieldkit.protocol.loader import load_protocol, protocol_warnings
from fieldkit.protocol.model import DEFAULT_CITATION, Disclosure, Item, ItemType, Protocol

ROOT = Path(__file__).resolve().parents[2]
FORMS = forms_dir()
STUDY_A = FORMS / "informal-relations.yaml"
STUDY_B = FORMS / "field-cooperation.yaml"
STUDY_A_XLSX = FORMS / "informal-relations.xlsx"
LANGS = ("en", "fr")

T = ItemType
Q = Disclosure.quasi_identifier

#: Study A's questions (STUDY.md) by item id: (type, disclosure class).
STUDY_A_ITEMS = {
    "organisation": (T.select_one, Q),
    "role": (T.select_one, Q),
    "member_state": (T.select_one, Q),
    "gender": (T.select_one, Q),
    "city": (T.select_one, Q),
    "years_in_post": (T.decimal, Q),
    "respondent_name": (T.text, Disclosure.identifier),
    "interview_date": (T.date, Q),
    "informal_contacts_week": (T.integer, Disclosure.none),
    "friendships_matter": (T.yes_no, Disclosure.none),
    "negotiations_informal": (T.yes_no, Disclosure.none),
    "first_call": (T.select_one, Disclosure.sensitive),
    "friends_au": (T.name_generator, Disclosure.sensitive),
    "friends_eu": (T.name_generator, Disclosure.sensitive),
    "friends_oas": (T.name_generator, Disclosure.sensitive),
    "friends_osce": (T.name_generator, Disclosure.sensitive),
    "informal_contacts_crisis": (T.integer, Disclosure.none),
    "negotiations_outside_share": (T.integer, Disclosure.none),
    "capital_instructions": (T.select_one, Disclosure.sensitive),
    "room_for_manoeuvre": (T.likert, Disclosure.sensitive),
    "prestige_weight": (T.likert, Disclosure.none),
    "peer_pressure": (T.likert, Disclosure.sensitive),
    **{f"{kind}_{org}": (T.name_generator, Disclosure.sensitive)
       for kind in ("players", "difficult") for org in ("au", "eu", "oas", "osce")},
    **{f"friend_knows_{org}": (T.select_multiple, Disclosure.sensitive)
       for org in ("au", "eu", "oas", "osce")},
    "informal_groups": (T.select_multiple, Q),
    "routines": (T.long_text, Disclosure.free_text),
    "practices_informal": (T.long_text, Disclosure.free_text),
    "trust_building": (T.long_text, Disclosure.free_text),
    "privacy_informal": (T.long_text, Disclosure.free_text),
    "delegation_relations": (T.long_text, Disclosure.free_text),
    "trust_overall": (T.likert, Disclosure.none),
    "intro_note": (T.note, Disclosure.none),
}

#: Study B's respondent block and structured items: (type, disclosure class).
STUDY_B_ITEMS = {
    "organisation": (T.select_one, Q),
    "role_band": (T.select_one, Q),
    "posting": (T.select_one, Q),
    "case": (T.select_multiple, Q),
    "interview_month": (T.select_one, Q),
    "interview_year": (T.integer, Q),
    "years_in_post": (T.decimal, Q),
    "contact_frequency": (T.select_one, Disclosure.none),
    "formal_agreements": (T.yes_no, Disclosure.none),
    "trust_other_org": (T.likert, Disclosure.none),
    "episodes": (T.repeat, Disclosure.none),
}

STUDY_B_CODEBOOK = {
    "emergence": ["mutual_benefit", "psychological_dispositions", "identity"],
    "dynamics": ["organisational_cultures", "bureaucratic_politics", "environment"],
    "institutionalisation": ["member_states", "headquarters", "field_staff_partners",
                             "individual_mediators"],
    # the framework's patterns of interaction, and the conditions its conclusion names
    "interaction": ["interaction_mode", "dependency", "institutional_form"],
    "conditions": ["resources", "mandate_clarity", "leadership"],
}

#: committee -> (name generator, roster, roster size in 2009, sub-regions or regions used)
COMMITTEES = {
    "au": ("friends_au", "au_psc", 15,
           {"North Africa", "West Africa", "Central Africa", "East Africa", "Southern Africa"}),
    "eu": ("friends_eu", "eu_psc", 27,
           {"Nordic", "Benelux", "Baltic", "Central Europe", "Southern Europe",
            "South-Eastern Europe", "Western Europe"}),
    "oas": ("friends_oas", "oas_pc", 35,
            {"North America", "Central America", "Caribbean (CARICOM)",
             "Caribbean (non-CARICOM)", "Andean", "Southern Cone"}),
    "osce": ("friends_osce", "osce_pc", 56,
             {"North America", "Nordic", "Baltic", "Benelux", "Western Europe", "Central Europe",
              "Southern Europe", "South-Eastern Europe", "Eastern Europe", "South Caucasus",
              "Central Asia"}),
}
ALLIANCES = {
    "au_psc": {"ECOWAS", "SADC", "EAC", "ECCAS", "AMU", "IGAD", "COMESA", "none"},
    "eu_psc": {"NATO", "none"},
    "oas_pc": {"ALBA", "CARICOM", "MERCOSUR", "NAFTA", "SICA", "none"},
    "osce_pc": {"EU", "NATO", "CSTO", "none"},
}


@pytest.fixture(scope="module")
def study_a() -> Protocol:
    return load_protocol(STUDY_A)


@pytest.fixture(scope="module")
def study_b() -> Protocol:
    return load_protocol(STUDY_B)


def _all_items(protocol: Protocol) -> list[Item]:
    return list(protocol.items_by_id.values())


def _assert_bilingual(value: object, where: str) -> None:
    assert isinstance(value, dict), f"{where} is not given per language"
    for lang in LANGS:
        assert str(value.get(lang, "")).strip(), f"{where} has no {lang} text"


def _assert_every_text_bilingual(p: Protocol) -> None:
    for field in ("title", "cover", "research_aim"):
        _assert_bilingual(getattr(p, field), field)
    assert p.consent is not None and p.consent.required
    _assert_bilingual(p.consent.text, "consent")
    for section in p.sections:
        _assert_bilingual(section.title, f"section {section.id}")
    for item in _all_items(p):
        _assert_bilingual(item.label, f"label of {item.id}")
        for field in ("hint", "constraint_message"):
            if getattr(item, field) is not None:
                _assert_bilingual(getattr(item, field), f"{field} of {item.id}")
        # a roster's entries are states, named alike in every language
        for choice in [] if item.roster_choices else p.choices_for(item):
            _assert_bilingual(choice.label, f"choice {choice.name} of {item.id}")
    for name, choices in p.choice_lists.items():
        for choice in choices:
            _assert_bilingual(choice.label, f"choice {choice.name} of list {name}")
    for name, roster in p.rosters.items():
        _assert_bilingual(roster.label, f"roster {name}")


@pytest.mark.parametrize("path", [STUDY_A, STUDY_B], ids=["study-a", "study-b"])
def test_protocol_loads_without_warnings(path: Path) -> None:
    protocol = load_protocol(path)
    assert protocol.languages == ["en", "fr"] and protocol.default_language == "en"
    assert protocol_warnings(protocol, str(path)) == []


@pytest.mark.parametrize("path", [STUDY_A, STUDY_B], ids=["study-a", "study-b"])
def test_every_text_and_choice_is_in_english_and_french(path: Path) -> None:
    _assert_every_text_bilingual(load_protocol(path))


@pytest.mark.parametrize("path", [STUDY_A, STUDY_B], ids=["study-a", "study-b"])
def test_every_answer_item_declares_its_disclosure_class(path: Path) -> None:
    protocol = load_protocol(path)
    undeclared = [i.id for i in _all_items(protocol) if i.takes_answer and i.disclosure is None]
    assert undeclared == []


def test_study_a_has_every_question_of_study_md_with_its_type_and_class(study_a: Protocol) -> None:
    assert study_a.id == "informal-relations"
    found = {iid: (study_a.item(iid).type, study_a.item(iid).disclosure_class)
             for iid in STUDY_A_ITEMS if iid in study_a.items_by_id}
    assert found == STUDY_A_ITEMS
    assert study_a.section_of["respondent_name"] == study_a.section_of["organisation"] == "respondent"


def test_study_a_cover_does_not_reveal_the_research_aim(study_a: Protocol) -> None:
    told = [study_a.title, study_a.cover, study_a.consent.text, study_a.item("intro_note").label]
    hidden = {"en": ("informal", "friend", "speed", "quick"),
              "fr": ("informel", "amiti", "ami ", "amis ", "vitesse", "rapid")}
    for lang in LANGS:
        text = " ".join(study_a.text(t, lang) for t in told).lower()
        assert "cision" in text  # decision, décision: what respondents are told about
        for word in hidden[lang]:
            assert f" {word}" not in text, f"the {lang} cover reveals '{word}'"
        assert study_a.text(study_a.research_aim, lang) not in text
    assert "informal" in study_a.text(study_a.research_aim, "en")
    assert study_a.citation == DEFAULT_CITATION


def test_study_a_weekly_informal_contacts_is_the_checked_key_metric(study_a: Protocol) -> None:
    item = study_a.item("informal_contacts_week")
    assert item.required and item.min == 0 and item.max == 100
    assert item.units == "contacts per week"
    assert item.constraint and item.constraint_message
    assert {s.value for s in item.special} == {"refused", "dont_know"}


def test_study_a_yes_no_items_and_their_follow_ups(study_a: Protocol) -> None:
    assert study_a.item("friendships_example").relevant == "${friendships_matter} = 'yes'"
    assert study_a.item("negotiations_where").relevant == "${negotiations_informal} = 'yes'"
    crisis = study_a.text(study_a.item("friendships_matter").label, "en")
    assert "friendship" in crisis.lower() and "crisis" in crisis.lower()
    calls = [c.name for c in study_a.choices_for(study_a.item("first_call"))]
    assert calls == ["capital", "fellow_ambassador", "other"]
    assert study_a.item("first_call_other").relevant == "${first_call} = 'other'"
    assert "not_applicable" in {s.value for s in study_a.item("first_call").special}


def test_study_a_respondent_choices(study_a: Protocol) -> None:
    def names(item_id: str) -> list[str]:
        return [c.name for c in study_a.choices_for(study_a.item(item_id))]

    assert names("organisation") == ["au", "eu", "oas", "osce"]
    assert names("role") == ["ambassador", "charge_d_affaires", "deputy", "secretariat", "other"]
    assert names("city") == ["addis_ababa", "brussels", "vienna", "washington"]


@pytest.mark.parametrize("org", list(COMMITTEES))
def test_study_a_one_name_generator_per_committee(study_a: Protocol, org: str) -> None:
    item_id, roster_name, size, regions = COMMITTEES[org]
    gen = study_a.item(item_id)
    assert gen.roster == roster_name and gen.relevant == f"${{organisation}} = '{org}'"
    hint = study_a.text(gen.hint, "en")
    assert "outside meetings" in hint and "trust" in hint
    follow_ups = {child.id: child.type for child in gen.items}
    assert follow_ups == {f"friend_contacts_{org}": T.integer, f"friend_close_{org}": T.yes_no,
                          f"friend_trust_{org}": T.likert, f"friend_met_{org}": T.select_one,
                          f"friend_met_other_{org}": T.text,
                          f"friend_knows_{org}": T.select_multiple}
    # ties among the friends named: a follow-up over the same roster
    assert study_a.item(f"friend_knows_{org}").roster_choices == [roster_name]
    for kind in ("players", "difficult"):  # biggest players; negative relations
        other = study_a.item(f"{kind}_{org}")
        assert other.roster == roster_name and not other.free_entry
        assert other.relevant == gen.relevant
    trust = study_a.choices_for(study_a.item(f"friend_trust_{org}"))
    assert [c.name for c in trust] == ["1", "2", "3", "4", "5"]
    roster = study_a.rosters[roster_name]
    assert roster.file == f"rosters/{roster_name}.csv"
    assert len(roster.entries) == size
    assert {e.group for e in roster.entries} == regions
    assert {e.alliance for e in roster.entries} <= ALLIANCES[roster_name]
    assert {e.organisation for e in roster.entries} == {org.upper()}
    for entry in roster.entries:
        # delegations, never named persons
        assert entry.id.startswith(f"{org}-") and entry.label == entry.member_state
        assert entry.group and entry.alliance and entry.role
    assert len({e.member_state for e in roster.entries}) == size


def test_study_a_rosters_hold_the_2009_memberships(study_a: Protocol) -> None:
    states = {name: {e.member_state: e for e in r.entries} for name, r in study_a.rosters.items()}
    au, eu, oas, osce = (states[n] for n in ("au_psc", "eu_psc", "oas_pc", "osce_pc"))
    assert (au["Nigeria"].group, au["Nigeria"].alliance) == ("West Africa", "ECOWAS")
    # the Peace and Security Council's 15 seats, not the AU's 53 states; the five three-year
    # seats of 2007-2010
    assert {"Algeria", "Angola", "Ethiopia", "Gabon", "Nigeria"} <= set(au)
    assert "Egypt" not in au and "South Africa" not in au
    assert [sum(e.group == g for e in au.values()) for g in (
        "Central Africa", "East Africa", "Southern Africa", "North Africa", "West Africa")] \
        == [3, 3, 3, 2, 4]
    assert "Croatia" not in eu  # joined the EU in 2013
    assert eu["Sweden"].alliance == "none" and eu["Poland"].alliance == "NATO"
    assert sum(e.alliance == "NATO" for e in eu.values()) == 21
    assert "Canada" in oas and oas["Jamaica"].alliance == "CARICOM"
    assert oas["Venezuela"].alliance == "ALBA"
    assert "Mongolia" not in osce  # joined the OSCE in 2012
    assert osce["Serbia"].alliance == "none" and osce["Russian Federation"].alliance == "CSTO"
    assert osce["Turkey"].alliance == "NATO" and osce["United States"].alliance == "NATO"
    assert {s for s, e in osce.items() if e.alliance == "EU"} == set(eu)
    # overlapping memberships and seat status
    assert osce["Georgia"].memberships == "GUAM" and osce["Germany"].memberships == "EU;NATO"
    assert oas["Dominica"].memberships == "CARICOM;ALBA"
    assert not oas["Cuba"].seated and oas["Honduras"].seated  # suspended only from July 2009


def test_study_a_rosters_name_their_sources_beside_them(study_a: Protocol) -> None:
    readme = (FORMS / "rosters" / "README.md").read_text(encoding="utf-8")
    for name, roster in study_a.rosters.items():
        assert f"`{Path(roster.file or '').name}`" in readme, name
    for fact in ("15 members", "27 member states", "35 member states", "56 participating"):
        assert fact in readme


def test_study_a_informal_groups_and_how_often_they_meet(study_a: Protocol) -> None:
    kinds = [c.name for c in study_a.choices_for(study_a.item("informal_groups"))]
    assert kinds[:5] == ["sub_regional_caucus", "language", "gender", "sport", "like_minded"]
    asked_when = {i.relevant for i in _all_items(study_a) if i.id.startswith("group_freq_")}
    for kind in [*kinds[:5], "other"]:
        assert f"selected(${{informal_groups}}, '{kind}')" in asked_when
    assert "count-selected(.)" in study_a.item("informal_groups").constraint


def test_study_b_respondent_block_structured_items_and_citation(study_b: Protocol) -> None:
    assert study_b.id == "field-cooperation"
    found = {iid: (study_b.item(iid).type, study_b.item(iid).disclosure_class)
             for iid in STUDY_B_ITEMS if iid in study_b.items_by_id}
    assert found == STUDY_B_ITEMS
    orgs = [c.name for c in study_b.choices_for(study_b.item("organisation"))]
    assert orgs == ["un", "nato", "eu", "other"]
    postings = [c.name for c in study_b.choices_for(study_b.item("posting"))]
    assert postings == ["hq_brussels", "pristina", "kabul", "un_hq_new_york", "shape", "other"]
    cases = [c.name for c in study_b.choices_for(study_b.item("case"))]
    assert cases == ["kosovo", "afghanistan"]
    assert study_b.citation == "Author's interview with {role}, at {place}, {month} {year}."
    for section in ("emergence", "dynamics", "institutionalisation"):
        prompts = [i for i in _all_items(study_b) if study_b.section_of.get(i.id) == section]
        assert any(i.type == T.long_text for i in prompts), section


def test_study_b_codebook_is_the_framework(study_b: Protocol) -> None:
    assert study_b.codebook is not None
    tree = {code.id: [child.id for child in code.codes] for code in study_b.codebook.codes}
    assert tree == STUDY_B_CODEBOOK
    _assert_bilingual(study_b.codebook.label, "codebook")
    for code in study_b.codebook.flat():
        _assert_bilingual(code.label, f"code {code.id}")
        _assert_bilingual(code.description, f"description of code {code.id}")


def test_committed_xlsform_is_what_the_script_writes(tmp_path: Path) -> None:
    out = tmp_path / "fresh.xlsx"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_study_xlsform.py"), "-o",
                    str(out)], check=True, capture_output=True)

    def cells(path: Path) -> dict[str, list[tuple]]:
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
        finally:
            book.close()

    committed = cells(STUDY_A_XLSX)
    assert set(committed) == {"survey", "choices", "settings"}
    assert committed == cells(out), "run scripts/make_study_xlsform.py and commit the result"


#: How the XLSForm spells types that have no XLSForm name of their own.
_XLSFORM_SPELLING = {T.yes_no: {T.yes_no, T.select_one}, T.long_text: {T.long_text, T.text}}


def test_study_a_xlsform_imports_to_the_same_instrument(study_a: Protocol) -> None:
    from fieldkit.protocol.xlsform import import_xlsform

    result = import_xlsform(STUDY_A_XLSX)
    imported = result.protocol
    assert [str(w) for w in result.warnings] == []
    assert imported.id == "informal-relations" and imported.default_language == "en"
    assert set(imported.languages) == set(LANGS)
    for field in ("title", "cover", "research_aim"):
        for lang in LANGS:
            assert imported.text(getattr(imported, field), lang) == \
                   study_a.text(getattr(study_a, field), lang), field
    assert list(imported.items_by_id) == list(study_a.items_by_id)
    for item in _all_items(study_a):
        twin = imported.item(item.id)
        assert twin.type in _XLSFORM_SPELLING.get(item.type, {item.type}), item.id
        assert twin.disclosure_class == item.disclosure_class, item.id
        assert twin.relevant == item.relevant, item.id
        for lang in LANGS:
            assert imported.text(twin.label, lang) == study_a.text(item.label, lang), item.id
        assert [c.name for c in imported.choices_for(twin)] == \
               [c.name for c in study_a.choices_for(item)], item.id
    assert {n: len(r.entries) for n, r in imported.rosters.items()} == \
           {n: len(r.entries) for n, r in study_a.rosters.items()}
    assert imported.item("friends_au").roster == "au_psc"


def test_study_a_xlsform_imports_to_yaml_that_loads(tmp_path: Path) -> None:
    from fieldkit.protocol.xlsform import import_xlsform

    out = tmp_path / "imported" / "informal-relations.yaml"
    out.parent.mkdir()
    done = subprocess.run([sys.executable, "-m", "fieldkit", "protocol", "import",
                           str(STUDY_A_XLSX), "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    again = load_protocol(out)
    direct = import_xlsform(STUDY_A_XLSX).protocol
    # the same protocol, but for where the roster files are found from the new YAML
    assert again.model_dump(exclude={"rosters"}) == direct.model_dump(exclude={"rosters"})
    for name, roster in direct.rosters.items():
        assert again.rosters[name].entries == roster.entries
        # the rosters lie outside the new YAML's folder, which a protocol may not read from:
        # their entries are written into it instead
        assert again.rosters[name].file is None
