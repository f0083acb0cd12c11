"""Memos in outputs: the dataset's memos table, anonymised as open answers are (names redacted,
consent honoured, authors dropped by the plan), carried as notes in a .qdpx and listed per code
in the coding report."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
import xmlschema
from defusedxml.ElementTree import fromstring

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))

import coding_study as cs  # noqa: E402
import pdf_text  # noqa: E402

from fieldkit.dataset.from_store import dataset_from_store  # noqa: E402
from fieldkit.interview.coding import Coder  # noqa: E402
from fieldkit.operations import memos  # noqa: E402
from fieldkit.operations.outputs import (  # noqa: E402
    OutputRequest,
    list_candidates,
    produce,
    write_coding,
    write_export,
    write_qdpx,
)
from fieldkit.store import Store  # noqa: E402

SCHEMA = Path(__file__).parents[1] / "fixtures" / "refi-qda" / "Project.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}
RESPONDENT = "Halvard Quistgaard"  # the respondent of interview 2, marked as a name
AUTHOR = "Imogen Vasquez-Rook"  # a coder's name: an identifier
CODE_MEMO = f"Identity comes up when {RESPONDENT} speaks of the old unit"
INTERVIEW_MEMO = f"{RESPONDENT} was guarded about the donors"
REFUSED_MEMO = "Interview three talks about parking arrangements at length"
PROJECT_MEMO = f"Ask {RESPONDENT} for a second session on trust"


@pytest.fixture(scope="module")
def lead(tmp_path_factory):
    path = cs.make_store(tmp_path_factory.mktemp("memos") / "lead")
    with Store.open(path, cs.PASS) as store:
        two = next(i for i in store.interviews() if i.number == 2)
        Coder(store, two.id).mark_name(RESPONDENT)
        memos.write(store, "code", "identity", CODE_MEMO, author=AUTHOR)
        memos.write(store, "interview", 2, INTERVIEW_MEMO, author=AUTHOR)
        memos.write(store, "interview", 3, REFUSED_MEMO, author=AUTHOR)
        memos.write(store, "project", None, PROJECT_MEMO, author=AUTHOR)
        found = list_candidates(store, OutputRequest("export"))
        store.record_decisions([{"key": c.key, "text": c.text, "kind": c.kind,
                                 "decision": "redact"} for c in found])
    return path


def qdpx_text(path: Path) -> tuple[object, str]:
    with zipfile.ZipFile(path) as z:
        xml = z.read("project.qde")
        xmlschema.XMLSchema(SCHEMA).validate(xml.decode("utf-8"))
        return fromstring(xml), b"\n".join(z.read(n) for n in z.namelist()).decode("utf-8")


def notes(root) -> list[str]:
    return [n.find("q:PlainTextContent", NS).text for n in root.iterfind("q:Notes/q:Note", NS)]


def test_the_dataset_holds_every_memo_with_its_interview_and_consent(lead):
    with Store.open(lead, cs.PASS) as store:
        data = dataset_from_store(store, None)
    rows = {m["text"]: m for m in data.memos}
    assert set(rows) == {CODE_MEMO, INTERVIEW_MEMO, REFUSED_MEMO, PROJECT_MEMO}
    assert rows[CODE_MEMO]["code"] == "identity" and rows[CODE_MEMO]["interview_id"] is None
    assert rows[INTERVIEW_MEMO]["number"] == 2 and rows[INTERVIEW_MEMO]["consent"] == ""
    assert rows[REFUSED_MEMO]["consent"] == "not for quotation; not to be attributed"
    assert {m["author"] for m in data.memos} == {AUTHOR}


def test_identified_project_carries_every_memo_as_a_note(lead, tmp_path):
    out = tmp_path / "team.qdpx"
    with Store.open(lead, cs.PASS) as store:
        produce(store, OutputRequest("qdpx", identified=True), lambda p: [write_qdpx(p, out)])
    root, everything = qdpx_text(out)
    assert sorted(notes(root)) == sorted([CODE_MEMO, INTERVIEW_MEMO, REFUSED_MEMO,
                                          PROJECT_MEMO])
    assert RESPONDENT in everything and AUTHOR in everything  # the test can fail


def test_shared_project_and_report_carry_memos_without_names_or_refused_interviews(lead,
                                                                                  tmp_path):
    project, report = tmp_path / "shared.qdpx", tmp_path / "coding.pdf"
    with Store.open(lead, cs.PASS) as store:
        produce(store, OutputRequest("qdpx", override=cs.OVERRIDE),
                lambda p: [write_qdpx(p, project)])
        produce(store, OutputRequest("coding", override=cs.OVERRIDE),
                lambda p: write_coding(p, report))
    root, everything = qdpx_text(project)
    shared = notes(root)
    assert len(shared) == 3  # the memo about interview 3 went with its respondent's quotes
    assert any(n.startswith("Identity comes up when") for n in shared)
    assert any(n.endswith("was guarded about the donors") for n in shared)
    text = " ".join(pdf_text.pages(report))
    assert "Identity comes up when" in text and "second session on trust" in text
    for output in (everything, text):
        for word in ("Quistgaard", "Halvard", "Vasquez", "parking arrangements"):
            assert word not in output
    # the code's memo is referred to from the code, the interview's from its source
    code = root.find(".//q:Code[@name='Identity']", NS)
    assert code.find("q:NoteRef", NS) is not None
    source = root.find("q:Sources/q:TextSource[@name='Interview 2']", NS)
    assert source.find("q:NoteRef", NS) is not None


def test_shared_export_has_a_memos_table_without_authors(lead, tmp_path):
    out = tmp_path / "export"
    with Store.open(lead, cs.PASS) as store:
        produce(store, OutputRequest("export", override=cs.OVERRIDE),
                lambda p: write_export(p, out, ["csv"]))
    table = (out / "memos.csv").read_text(encoding="utf-8-sig")
    assert "author" not in table.splitlines()[0] and "Identity comes up when" in table
    assert "Quistgaard" not in table and "parking" not in table
