"""Study B's codebook carries the framework's patterns of interaction and the conclusion's
conditions; its postings include UN headquarters and SHAPE; its missions' facts live in an
attribute table that the protocol checks."""

from __future__ import annotations

import pytest
import yaml

from fieldkit.data import forms_dir
from fieldkit.errors import ProtocolError
from fieldkit.protocol.loader import load_protocol

STUDY_B = forms_dir() / "field-cooperation.yaml"


@pytest.fixture(scope="module")
def study_b():
    return load_protocol(STUDY_B)


def test_patterns_of_interaction_and_conditions_are_codes(study_b):
    codes = {c.id: c for c in study_b.codebook.flat()}
    tree = {c.id: [k.id for k in c.codes] for c in study_b.codebook.flat() if c.codes}
    assert tree["interaction"] == ["interaction_mode", "dependency", "institutional_form"]
    assert tree["interaction_mode"] == ["informal_tacit", "explicit_negotiated", "imposed"]
    assert tree["dependency"] == ["symmetric_dependency", "asymmetric_dependency",
                                  "resource_competition"]
    assert tree["institutional_form"] == ["centralised", "decentralised"]
    assert tree["conditions"] == ["resources", "mandate_clarity", "leadership"]
    for code in codes.values():
        assert set(code.label) == {"en", "fr"} and code.description, code.id


def test_postings_include_un_headquarters_and_shape(study_b):
    postings = [c.name for c in study_b.choices_for(study_b.item("posting"))]
    assert postings == ["hq_brussels", "pristina", "kabul", "un_hq_new_york", "shape", "other"]
    words = study_b.citation_map["words"]["posting"]
    assert words["shape"] == "SHAPE, Mons, Belgium"
    assert words["un_hq_new_york"] == "UN Headquarters, New York, United States"


def test_the_missions_table_is_keyed_by_case(study_b):
    missions = study_b.attribute_tables["missions"]
    assert missions.item == "case"
    assert [c.id for c in missions.columns][:3] == ["case", "mission", "organisation"]
    assert {(r["case"], r["mission"]) for r in missions.rows} >= {
        ("kosovo", "KFOR"), ("kosovo", "UNMIK"), ("afghanistan", "ISAF")}
    # figures not known from a source are left empty, never guessed
    assert all(r.get("troops") is None for r in missions.rows)


def _with_table(tmp_path, table):
    data = yaml.safe_load(STUDY_B.read_text(encoding="utf-8"))
    data["attribute_tables"] = {"missions": table}
    path = tmp_path / "rosters"
    path.mkdir()
    out = tmp_path / "b.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return out


@pytest.mark.parametrize(("row", "message"), [
    ({"case": "iraq", "mission": "X"}, "row 1 of attribute table 'missions' is for 'iraq', "
                                        "which is not a choice of 'case'"),
    ({"case": "kosovo", "troop": 5}, "has 'troop', which is not one of its columns"),
])
def test_a_bad_row_is_named_with_its_table(tmp_path, row, message):
    table = {"label": "M", "item": "case", "columns": [{"id": "case", "label": "Case"},
                                                       {"id": "mission", "label": "M"},
                                                       {"id": "troops", "label": "T"}],
             "rows": [row]}
    with pytest.raises(ProtocolError, match=message):
        load_protocol(_with_table(tmp_path, table))


def test_protocols_without_tables_keep_their_hash(study_b):
    assert "attribute_tables" not in load_protocol(
        forms_dir() / "informal-relations.yaml").canonical_json()
    assert '"attribute_tables"' in study_b.canonical_json()
