"""REFI-QDA exchange: a .qdpx project and a .qdc codebook, validated against the published
schemas (tests/fixtures/refi-qda) and read back."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
import xmlschema
from defusedxml.ElementTree import fromstring

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))

import coding_study as cs  # noqa: E402

from fieldkit.cli import main  # noqa: E402
from fieldkit.dataset.from_store import dataset_from_store  # noqa: E402
from fieldkit.exports.qdpx import WITHHELD_TEXT  # noqa: E402
from fieldkit.operations.outputs import OutputRequest, produce, write_qdpx  # noqa: E402
from fieldkit.protocol.loader import load_protocol  # noqa: E402
from fieldkit.protocol.qdc import (  # noqa: E402
    CodebookError,
    code_guid,
    qdc_bytes,
    read_qdc,
    with_codebook,
)
from fieldkit.store import Store  # noqa: E402

SCHEMAS = Path(__file__).parents[1] / "fixtures" / "refi-qda"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def lead(tmp_path_factory):
    return cs.make_store(tmp_path_factory.mktemp("qdpx") / "lead")


@pytest.fixture(scope="module")
def project_schema():
    return xmlschema.XMLSchema(SCHEMAS / "Project.xsd")


def write(lead: Path, out: Path, **request) -> Path:
    with Store.open(lead, cs.PASS) as store:
        produce(store, OutputRequest("qdpx", **request), lambda p: [write_qdpx(p, out)])
    return out


def read_back(path: Path, schema) -> tuple[object, dict[str, str]]:
    """The validated project.qde and each source's text by source GUID."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("project.qde")
        schema.validate(xml.decode("utf-8"))
        root = fromstring(xml)
        texts = {}
        for src in root.iterfind("q:Sources/q:TextSource", NS):
            target = src.get("plainTextPath").removeprefix("internal://")
            texts[src.get("guid")] = z.read(f"Sources/{target}").decode("utf-8")
    return root, texts


def selections(root, texts) -> list[tuple[str, str, str]]:
    """(source name, code GUID, selected text) of every coding."""
    out = []
    for src in root.iterfind("q:Sources/q:TextSource", NS):
        for sel in src.iterfind("q:PlainTextSelection", NS):
            text = texts[src.get("guid")][int(sel.get("startPosition")):
                                          int(sel.get("endPosition"))]
            for ref in sel.iterfind("q:Coding/q:CodeRef", NS):
                out.append((src.get("name"), ref.get("targetGUID"), text))
    return out


def test_identified_project_validates_and_holds_every_coding(lead, tmp_path, project_schema):
    out = write(lead, tmp_path / "team.qdpx", identified=True)
    root, texts = read_back(out, project_schema)
    with Store.open(lead, cs.PASS) as store:
        data = dataset_from_store(store, None)
    expected = sorted((f"Interview {n}", code_guid(r["code"]), r["passage"])
                      for r in data.codings
                      for n in [next(i["number"] for i in data.interviews
                                     if i["interview_id"] == r["interview_id"])])
    assert sorted(selections(root, texts)) == expected and len(expected) == 12
    # the codebook keeps its tree; each interview is a case with its attributes
    emergence = root.find(f"q:CodeBook/q:Codes/q:Code[@guid='{code_guid('emergence')}']", NS)
    assert [c.get("name") for c in emergence.iterfind("q:Code", NS)] == [
        "Mutual benefit", "Psychological dispositions", "Identity"]
    variables = {v.get("guid"): v.get("name") for v in root.iterfind("q:Variables/q:Variable",
                                                                      NS)}
    case = root.find("q:Cases/q:Case[@name='Interview 2']", NS)
    values = {variables[v.find("q:VariableRef", NS).get("targetGUID")]:
              v.find("q:TextValue", NS).text if v.find("q:TextValue", NS) is not None
              else v.find("q:IntegerValue", NS).text
              for v in case.iterfind("q:VariableValue", NS)}
    assert values["Which case does the interview cover?"] == "Afghanistan"
    assert values["Which organisation do you work for?"] == "NATO"
    assert values["Interview number"] == "2"
    # the team's project keeps the refused respondent's words (for the team only)
    assert cs.SECRET in "".join(texts.values())
    assert [u.get("name") for u in root.iterfind("q:Users/q:User", NS)]


def test_shared_project_is_anonymised_and_quotes_no_one_who_refused(lead, tmp_path,
                                                                   project_schema):
    out = write(lead, tmp_path / "shared.qdpx", override=cs.OVERRIDE)
    root, texts = read_back(out, project_schema)
    with zipfile.ZipFile(out) as z:
        everything = b"".join(z.read(n) for n in z.namelist()).decode("utf-8")
    assert "pilot parking" not in everything
    found = selections(root, texts)
    three = [t for name, _, t in found if name == "Interview 3"]
    assert three and set(three) == {WITHHELD_TEXT}
    assert ("Interview 1", code_guid("mutual_benefit"),
            "Both sides needed each other's trucks and mandate.") in found
    # every coding of a shared text (the quote of interview 3 is not shared at all)
    assert len(found) == 11


def test_qdpx_command_refuses_to_overwrite(lead, tmp_path, capsys):
    passfile = tmp_path / "pass"
    passfile.write_text(cs.PASS + "\n")
    out = tmp_path / "p.qdpx"
    args = ["export", "qdpx", "--store", str(lead), "--passphrase-file", str(passfile),
            "--identified", "-o", str(out)]
    assert main(args) == 0 and zipfile.is_zipfile(out)
    capsys.readouterr()
    assert main(args) != 0
    assert "already exists" in capsys.readouterr().err


def test_qdc_round_trip_keeps_ids_tree_and_descriptions(tmp_path):
    protocol = cs.protocol()
    data = qdc_bytes(protocol)
    xmlschema.XMLSchema(SCHEMAS / "Codebook.xsd").validate(data.decode("utf-8"))
    path = tmp_path / "book.qdc"
    path.write_bytes(data)
    again = with_codebook(protocol, read_qdc(path))
    assert again.version == "1.3" and again.id == protocol.id  # Study B is at 1.2
    assert again.codebook.model_dump() == protocol.codebook.model_dump()
    assert again.content_hash != protocol.content_hash


def test_a_codebook_edited_elsewhere_keeps_known_ids_and_names_new_codes(tmp_path):
    protocol = cs.protocol()
    text = qdc_bytes(protocol).decode("utf-8")
    text = text.replace('name="Identity"', 'name="Shared identity"')
    new = ('<Code guid="9b0e3c52-4c1e-4f0e-9d7a-2f5a1c3b4d6e" name="Trust in persons" '
           'isCodable="true"><Description>Named people trusted.</Description></Code>')
    text = text.replace("</Codes>", new + "</Codes>")
    path = tmp_path / "edited.qdc"
    path.write_text(text, encoding="utf-8")
    again = with_codebook(protocol, read_qdc(path), version="2.0")
    codes = {c.id: c for c in again.codebook.flat()}
    assert again.text(codes["identity"].label, "en") == "Shared identity"
    assert again.text(codes["identity"].label, "fr") == "Identité"  # the French label kept
    assert again.text(codes["trust_in_persons"].description) == "Named people trusted."
    assert again.version == "2.0"


@pytest.mark.parametrize("body, why", [
    (b"not xml at all", "not well-formed XML"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook '
     b'xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>', "without a DTD"),
    (b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>', "not a CodeBook"),
    (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="x" isCodable="true"/>'
     b'</Codes></CodeBook>', "no name or no guid"),
])
def test_bad_codebooks_are_refused_in_one_sentence(tmp_path, body, why):
    path = tmp_path / "bad.qdc"
    path.write_bytes(body)
    with pytest.raises(CodebookError) as refused:
        read_qdc(path)
    assert why in str(refused.value) and str(path) in str(refused.value)
    assert "\n" not in str(refused.value)


def test_import_codebook_command_writes_a_new_protocol_version(tmp_path, capsys):
    from fieldkit.data import forms_dir

    source = forms_dir() / "field-cooperation.yaml"
    qdc = tmp_path / "b.qdc"
    assert main(["protocol", "export-codebook", str(source), "-o", str(qdc)]) == 0
    out = tmp_path / "new.yaml"
    assert main(["protocol", "import-codebook", str(qdc), "--protocol", str(source), "-o",
                 str(out)]) == 0
    new = load_protocol(out)
    assert new.version == "1.3"  # the next version after Study B's 1.2
    assert [c.id for c in new.codebook.flat()] == [c.id for c in cs.protocol().codebook.flat()]
    bad = tmp_path / "bad.qdc"
    bad.write_text("<CodeBook", encoding="utf-8")
    capsys.readouterr()
    assert main(["protocol", "import-codebook", str(bad), "--protocol", str(source), "-o",
                 str(tmp_path / "x.yaml")]) != 0
    err = capsys.readouterr().err
    assert "bad.qdc" in err and "Traceback" not in err and not (tmp_path / "x.yaml").exists()


def test_memos_become_notes_referred_to_by_their_code_source_and_project(lead, tmp_path,
                                                                         project_schema):
    from fieldkit.exports.qdpx import qdpx_bytes

    with Store.open(lead, cs.PASS) as store:
        data = dataset_from_store(store, None)
    two = next(r["interview_id"] for r in data.interviews if r["number"] == 2)
    data.memos = [
        {"memo_id": "m1", "scope": "code", "code": "identity", "author": "AB", "text": "Check"},
        {"memo_id": "m2", "scope": "interview", "interview_id": two, "author": "CD",
         "text": "Cold"},
        {"memo_id": "m3", "scope": "project", "author": "AB", "text": "Plan"}]
    body, _ = qdpx_bytes(data, cs.protocol(), identified=True)
    out = tmp_path / "memos.qdpx"
    out.write_bytes(body)
    root, _ = read_back(out, project_schema)
    notes = {n.get("guid"): n.find("q:PlainTextContent", NS).text
             for n in root.iterfind("q:Notes/q:Note", NS)}
    code = root.find(f".//q:Code[@guid='{code_guid('identity')}']", NS)
    assert notes[code.find("q:NoteRef", NS).get("targetGUID")] == "Check"
    source = root.find("q:Sources/q:TextSource[@name='Interview 2']", NS)
    assert notes[source.find("q:NoteRef", NS).get("targetGUID")] == "Cold"
    assert notes[root.find("q:NoteRef", NS).get("targetGUID")] == "Plan"
    assert {"AB", "CD"} <= {u.get("name") for u in root.iterfind("q:Users/q:User", NS)}


def test_a_redacted_passage_is_found_again_in_its_redacted_answer(lead):
    """Anonymised texts are shorter or longer than the originals: a coding keeps its place by
    its redacted passage, nearest to where it was (here an officer's name made a placeholder)."""
    from fieldkit.exports.qdpx import project_xml

    with Store.open(lead, cs.PASS) as store:
        data = dataset_from_store(store, None)
    one = next(r for r in data.interviews if r["number"] == 1)
    one["emergence_start"] = cs.START_1.replace("the liaison officers", "[PERSON-1]")
    for row in data.codings:
        if row["interview_id"] == one["interview_id"] and row["item_id"] == "emergence_start":
            row["passage"] = row["passage"].replace("the liaison officers", "[PERSON-1]") \
                .replace("liaison officers", "[PERSON-1]")
    _, sources, summary = project_xml(data, cs.protocol(), identified=True)
    source = next(s for s in sources if s.number == 1)
    found = {row["code"]: source.content[start:end] for start, end, row in source.selections}
    assert found["psychological_dispositions"] == "We trusted [PERSON-1]"
    assert found["identity"] == "because we had served together before"
    assert summary.relocated >= 2 and summary.codings == 12


def test_a_project_without_codebook_or_codings_still_validates(lead, tmp_path, project_schema):
    from fieldkit.exports.qdpx import qdpx_bytes

    with Store.open(lead, cs.PASS) as store:
        data = dataset_from_store(store, None)
    data.codings = []
    body, summary = qdpx_bytes(data, cs.protocol().model_copy(update={"codebook": None}),
                               identified=True)
    out = tmp_path / "plain.qdpx"
    out.write_bytes(body)
    root, texts = read_back(out, project_schema)
    assert root.find("q:CodeBook", NS) is None and summary.codings == 0
    assert len(texts) == 4 and cs.START_2 in "".join(texts.values())
