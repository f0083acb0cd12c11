"""Hostile input to coding: codings files, codebooks, memos, coder names and interviews that
cannot be coded. Each is one sentence naming what is wrong and where, exit 1, no traceback,
nothing written."""

from __future__ import annotations

import pytest

from fieldkit.cli import main
from fieldkit.crypto import LeadIdentity
from fieldkit.interview.session import InterviewSession
from fieldkit.operations import memos
from fieldkit.store import Store
from fieldkit.store.memos import MAX_MEMO

from .test_cli_code import PASSPHRASE, STUDY_B, TEXT, _csv_rows_now, code, laptop  # noqa: F401

HEADER = "interview,item,instance,quote,code,coder,start,end,passage"


def _refused(capsys, laptop, tmp_path, path) -> str:  # noqa: F811
    status, out, err = code(capsys, "import", str(path), *laptop)
    assert status == 1, (out, err)
    assert "Traceback" not in err and "internal error" not in err.lower()
    assert _csv_rows_now(capsys, laptop, tmp_path) == []  # nothing of it was kept
    return err


@pytest.mark.parametrize(("row", "says"), [
    ("1,emergence_start,,,identity,,-5,10,", "start '-5' is not a character offset"),
    ("1,emergence_start,,,identity,,0,99999999999999999999,", "end '9999999999999999999"),
    ("1,emergence_start,,,identity,,0,100000,", "not within"),
    ("1,emergence_start,,,identity,,20,10,", "the passage 20-10 is not within"),
    ("1,emergence_start,,,identity,,²,3,", "start '²' is not a character offset"),
    ("1,emergence_start,,,identity,,1.5,3,", "start '1.5' is not a character offset"),
    ("²,emergence_start,,,identity,,,,", "'²' is not an interview number"),
    ("-1,emergence_start,,,identity,,,,", "'-1' is not an interview number"),
    ("0,emergence_start,,,identity,,,,", "interview 0 is not held"),
    ("1e3,emergence_start,,,identity,,,,", "'1e3' is not an interview number"),
    ("99999999999,emergence_start,,,identity,,,,", "is not an interview number"),
    ("=1+1,emergence_start,,,identity,,,,", "'=1+1' is not an interview number"),
    ("1,emergence_start,,,=cmd|' /C calc'!A0,,,,", "no code '=cmd|' /C calc'!A0'"),
    ("1,emergence_start,,,identity,@SUM(A1),,,", "not a coder name"),
    ("1,emergence_start,,,identity,-2+3,,,", "not a coder name"),
    ("1,emergence_start,,,identity,,0,10,=HYPERLINK(\"http://x\")",
     "passage is not the text"),
    ("1,=A1,,,identity,,,,", "=A1"),
    ("1,emergence_start,,,identity,,,,,extra", "more cells than the header has columns"),
    ("1,emergence_start,,no-such-quote,identity,,,,", "no-such-quote"),
])
def test_a_hostile_row_is_named_and_nothing_is_imported(laptop, tmp_path, capsys,  # noqa: F811
                                                        row, says):
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\n2,emergence_start,,,identity,,,,\n{row}\n", encoding="utf-8")
    err = _refused(capsys, laptop, tmp_path, bad)
    assert f"{bad}:row 3: " in err and says in err, err
    assert f"{bad}:row 2:" not in err  # the good row is not blamed (and not kept either)


def test_a_huge_cell_is_named_in_one_short_line(laptop, tmp_path, capsys):  # noqa: F811
    big = "x" * 100_000
    bad = tmp_path / "big.csv"
    bad.write_text(f"{HEADER}\n1,emergence_start,,,{big},,,,\n", encoding="utf-8")
    err = _refused(capsys, laptop, tmp_path, bad)
    line = next(x for x in err.splitlines() if f"{bad}:row 2: " in x)
    assert "no code 'xxxx" in line and len(line) < 400
    huge = tmp_path / "huge.csv"
    huge.write_text(f"{HEADER}\n1,emergence_start,,,identity,,0,10,{'y' * 1_048_576}\n",
                    encoding="utf-8")
    err = _refused(capsys, laptop, tmp_path, huge)
    assert f"{huge}: is not a readable CSV file" in err and len(err) < 1000


def test_a_cell_with_a_line_break_is_named_on_one_line(laptop, tmp_path, capsys):  # noqa: F811
    bad = tmp_path / "lines.csv"
    bad.write_text(f'{HEADER}\n"1\n2",emergence_start,,,identity,,,,\n', encoding="utf-8")
    err = _refused(capsys, laptop, tmp_path, bad)
    assert f"{bad}:row 2: '1 2' is not an interview number" in err


def test_encodings_a_bom_is_read_and_other_encodings_are_named(laptop, tmp_path,  # noqa: F811
                                                               capsys):
    row = "1,emergence_start,,,identity,Ré,,,"
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text(f"{HEADER}\n{row}\n", encoding="utf-16")
    assert f"{utf16}: is not UTF-8 text" in _refused(capsys, laptop, tmp_path, utf16)
    latin = tmp_path / "latin1.csv"
    latin.write_text(f"{HEADER}\n{row}\n", encoding="latin-1")
    assert f"{latin}: is not UTF-8 text" in _refused(capsys, laptop, tmp_path, latin)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "has no column interview, item, code" in _refused(capsys, laptop, tmp_path, empty)
    bom = tmp_path / "bom.csv"
    bom.write_text(f"{HEADER}\r\n{row}\r\n", encoding="utf-8-sig")
    status, out, err = code(capsys, "import", str(bom), *laptop)
    assert status == 0 and "imported 1 codings" in out, err
    assert [r["coder"] for r in _csv_rows_now(capsys, laptop, tmp_path)] == ["Ré"]


def test_a_coder_named_like_a_formula_or_with_control_characters(laptop, tmp_path,  # noqa: F811
                                                                 capsys):
    for name in ("=1+1", "+cmd", "@A1", "-2", "a\x00b", "a\tb=c", "x" * 65):
        status, _, err = code(capsys, "apply", "1", "emergence_start", "identity", "--coder",
                              name, *laptop)
        assert status == 1 and "is not a coder name" in err and "Traceback" not in err, name
    # line breaks inside a name are spaces: the name is kept as one line
    status, out, _ = code(capsys, "apply", "1", "emergence_start", "identity", "--coder",
                          "RA\nMaria", *laptop)
    assert status == 0 and "by RA Maria in interview 1" in out
    assert [r["coder"] for r in _csv_rows_now(capsys, laptop, tmp_path)] == ["RA Maria"]


def test_sealed_and_withdrawn_interviews_cannot_be_coded(tmp_path, capsys):
    lead = LeadIdentity.generate()
    with Store.create(tmp_path / "laptop", PASSPHRASE, interviewer="K1",
                      lead_public_key=lead.public_key) as store:
        for seal in (True, False):
            s = InterviewSession.start(store, STUDY_B)
            s.record_consent(True)
            s.answer("emergence_start", TEXT)
            s.finish(force=True, seal=seal)
        assert next(i for i in store.interviews() if i.number == 1).sealed
        two = next(i for i in store.interviews() if i.number == 2)
        store.withdraw(two.id)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    args = ["--store", str(tmp_path / "laptop"), "--passphrase-file", str(passfile)]
    for number in ("1", "2"):
        status, _, err = code(capsys, "apply", number, "emergence_start", "identity", *args)
        assert status == 1 and f"interview {number} is sealed for the project lead or " \
            "withdrawn in this store, so it cannot be coded here" in err, err
        status = main(["code", "memo", "add", "--interview", number, "a memo", *args])
        err = capsys.readouterr().err
        assert status == 1 and "cannot be coded here" in err and "Traceback" not in err
    rows = tmp_path / "rows.csv"
    rows.write_text(f"{HEADER}\n1,emergence_start,,,identity,,,,\n", encoding="utf-8")
    status, _, err = code(capsys, "import", str(rows), *args)
    assert status == 1 and f"{rows}:row 2: interview 1 is sealed" in err
    with Store.open(tmp_path / "laptop", PASSPHRASE) as store:
        assert memos.read(store) == []


def test_a_memo_of_ten_megabytes_is_one_sentence(laptop, capsys):  # noqa: F811
    status = main(["code", "memo", "add", "--project", "m" * 10_000_000, *laptop])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err and len(err) < 400
    assert f"the memo has 10,000,000 characters; a memo holds at most {MAX_MEMO:,}" in err
    status = main(["code", "memo", "list", "--json", *laptop])
    assert status == 0 and capsys.readouterr().out.strip() in ("[]", "")
