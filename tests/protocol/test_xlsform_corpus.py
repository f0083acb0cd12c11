"""Every real XLSForm of the corpus imports, or is refused with located one-sentence problems."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from fieldkit.errors import ProtocolError
from fieldkit.protocol.model import Protocol
from fieldkit.protocol.xlsform import import_xlsform
from fieldkit.protocol.xlsform_read import read_workbook
from fieldkit.protocol.xlsform_types import parse_type

# shared/ stands beside the checkout (as in CI); FIELDKIT_SHARED points elsewhere if needed.
SHARED = Path(os.environ.get("FIELDKIT_SHARED") or Path(__file__).resolve().parents[3] / "shared")
CORPUS = SHARED / "corpus" / "xlsform"
FORMS = sorted(CORPUS.glob("*.xlsx")) if CORPUS.is_dir() else []
MUST_REFUSE = {"duplicate_columns.xlsx", "include.xlsx", "include_json.xlsx"}
STRUCTURE = {"begin_group", "end_group", "begin_repeat", "end_repeat"}

pytestmark = [
    pytest.mark.skipif(not FORMS, reason="the XLSForm corpus is not on this machine"),
    pytest.mark.filterwarnings("ignore::UserWarning"),  # openpyxl on unknown extensions
]


def _one_sentence(message: str) -> bool:
    return bool(message) and "\n" not in message and not re.search(r"[.!?] [A-Z]", message)


@pytest.mark.parametrize("path", FORMS, ids=[p.name for p in FORMS])
def test_corpus_form_imports_or_is_refused_with_located_problems(path):
    sheets, _ = read_workbook(path)
    titles = {s.title for s in sheets.values()} | {"survey", "choices", "settings"}
    try:
        result = import_xlsform(path)
    except ProtocolError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.file == str(path)
            sheet = re.sub(r" row \d+$", "", problem.location)
            assert sheet in titles, problem
            assert _one_sentence(problem.message), problem
        return
    assert path.name not in MUST_REFUSE
    protocol = result.protocol
    assert Protocol.model_validate(protocol.model_dump()) == protocol
    # nothing dropped silently: every survey row is an item, or has a problem at its row
    noted = {w.location for w in result.warnings}
    survey = sheets.get("survey") or next(iter(sheets.values()))  # or the only sheet
    for row in survey.rows:
        if parse_type(row.get("type")).kind in STRUCTURE:
            continue
        assert row.get("name") in protocol.items_by_id or survey.where(row.number) in noted, row


@pytest.mark.parametrize("name", sorted(MUST_REFUSE))
def test_invalid_corpus_forms_are_refused(name):
    with pytest.raises(ProtocolError):
        import_xlsform(CORPUS / name)
