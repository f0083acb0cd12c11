"""Study A: a memo naming a delegation of the committee's roster and a person the respondents
mentioned is redacted in shared outputs as an open answer would be (the data export's memos
table and the REFI-QDA project's notes), and kept whole in the team's identified export."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import xmlschema

sys.path.insert(0, str(Path(__file__).parent))

from test_outputs import OVERRIDE, PASS, STRANGER, decide_all, lead  # noqa: E402, F401

from fieldkit.operations import memos  # noqa: E402
from fieldkit.operations.outputs import (  # noqa: E402
    OutputRequest,
    produce,
    write_export,
    write_qdpx,
)
from fieldkit.store import Store  # noqa: E402

SCHEMA = Path(__file__).parents[1] / "fixtures" / "refi-qda" / "Project.xsd"
MEMO = f"Austria's ambassador and {STRANGER} both describe the Tuesday lunches"


def test_a_memo_naming_roster_members_is_redacted_in_shared_outputs(lead, tmp_path):  # noqa: F811
    with Store.open(lead, PASS) as store:
        memos.write(store, "project", None, MEMO, author="RA Maria")
        memos.write(store, "interview", 1, f"{STRANGER} again, as in every interview",
                    author="RA Maria")
    decide_all(lead)
    shared, team, project = tmp_path / "shared", tmp_path / "team", tmp_path / "p.qdpx"
    with Store.open(lead, PASS) as store:
        produce(store, OutputRequest("export", override=OVERRIDE),
                lambda p: write_export(p, shared, ["csv"]))
        produce(store, OutputRequest("export", identified=True),
                lambda p: write_export(p, team, ["csv"]))
        produce(store, OutputRequest("qdpx", override=OVERRIDE),
                lambda p: [write_qdpx(p, project)])
    table = (shared / "memos.csv").read_text(encoding="utf-8-sig")
    assert "both describe the Tuesday lunches" in table and "again, as in every" in table
    with zipfile.ZipFile(project) as z:
        xml = z.read("project.qde").decode("utf-8")
    xmlschema.XMLSchema(SCHEMA).validate(xml)
    assert "both describe the Tuesday lunches" in xml
    for output in (table, xml):
        assert "Austria" not in output and "Thorngrove" not in output
        assert "RA Maria" not in output
    kept = (team / "memos.csv").read_text(encoding="utf-8-sig")
    assert MEMO in kept and "RA Maria" in kept  # the team's own file keeps them
