"""``fieldkit code``: list, apply, remove, and codings files out and back in (all or nothing)."""

from __future__ import annotations

import csv

import pytest

from fieldkit.cli import main
from fieldkit.data import forms_dir
from fieldkit.interview.coding import Coder
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store import Store

PASSPHRASE = "synthetic-correct-horse-battery-staple-42"
TEXT = "MARKER-CLI We needed their trucks and they needed our mandate."
STUDY_B = load_protocol(forms_dir() / "field-cooperation.yaml")


@pytest.fixture
def laptop(tmp_path):
    with Store.create(tmp_path / "laptop", PASSPHRASE, interviewer="K1") as store:
        for text in (TEXT, "MARKER-CLI Headquarters decided."):
            s = InterviewSession.start(store, STUDY_B)
            s.record_consent(True)
            s.answer("emergence_start", text)
            s.add_quote("MARKER-CLI We met every Tuesday.", item_id="emergence_start")
            s.finish(force=True, seal=False)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    return ["--store", str(tmp_path / "laptop"), "--passphrase-file", str(passfile)]


def code(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["code", *args])
    out, err = capsys.readouterr()
    return status, out, err


def _csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_apply_list_remove_and_a_codings_file_round_trip(laptop, tmp_path, capsys):
    assert code(capsys, "apply", "1", "emergence_start", "mutual_benefit", "--start", "11",
                "--end", "20", *laptop)[0] == 0
    status, out, _ = code(capsys, "apply", "1", "emergence_start", "identity", "--coder",
                          "RA", *laptop)
    assert status == 0 and "identity by RA in interview 1" in out
    status, out, err = code(capsys, "apply", "2", "emergence_start", "mutal_benefit", *laptop)
    assert status == 1 and "did you mean 'mutual_benefit'?" in err and "Traceback" not in err
    status, out, _ = code(capsys, "list", "--coder", "K1", *laptop)
    assert status == 0 and '"We needed"' in out and "identity" not in out
    status, out, _ = code(capsys, "list", "--code", "identity", "--json", *laptop)
    assert '"coder": "RA"' in out and '"passage": "MARKER-CLI We needed' in out

    out_file = tmp_path / "codings.csv"
    assert code(capsys, "export", "-o", str(out_file), *laptop)[0] == 0
    rows = _csv(out_file)
    # consent_citation was not asked: the team's own file says what may not be used
    assert {r["consent"] for r in rows} == {"not for quotation; not to be attributed"}
    assert [(r["interview"], r["item"], r["code"], r["coder"], r["start"], r["end"],
             r["passage"]) for r in rows] == [
        ("1", "emergence_start", "identity", "RA", "", "", TEXT),
        ("1", "emergence_start", "mutual_benefit", "K1", "11", "20", "We needed")]

    # importing the file again makes nothing twice
    status, out, _ = code(capsys, "import", str(out_file), *laptop)
    assert status == 0 and "imported 0 codings" in out and "(2 were already there)" in out
    # a coder removes only their own; then the file brings the coding back
    rid = next(r["coding_id"] for r in rows if r["coder"] == "RA")
    status, _, err = code(capsys, "remove", rid[:8], *laptop)
    assert status == 1 and "made by RA, not K1" in err
    assert code(capsys, "remove", rid[:8], "--coder", "RA", *laptop)[0] == 0
    status, out, _ = code(capsys, "import", str(out_file), *laptop)
    assert status == 0 and "imported 1 codings" in out
    assert len(_csv_rows_now(capsys, laptop, tmp_path)) == 2


def _csv_rows_now(capsys, laptop, tmp_path) -> list[dict[str, str]]:
    path = tmp_path / "now.csv"
    path.unlink(missing_ok=True)
    assert code(capsys, "export", "-o", str(path), *laptop)[0] == 0
    return _csv(path)


def test_a_codings_file_with_bad_rows_is_refused_whole_each_row_named(laptop, tmp_path,
                                                                      capsys):
    bad = tmp_path / "bad.csv"
    lines = ["interview,item,instance,quote,code,coder,start,end,passage",
             "2,emergence_start,,,identity,K2,,,",                      # good
             "9,emergence_start,,,identity,,,,",                        # no interview 9
             "1,emergence_start,,,no_such_code,,,,",                    # unknown code
             "1,emergence_start,,,identity,,5,500,",                    # offsets outside
             "1,emergence_start,,,identity,,0,10,Something else",       # passage differs
             "1,case,,,identity,,,,",                                   # not an open answer
             "1,emergence_start,,,identity,bad/name,,,"]                # not a coder name
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, _, err = code(capsys, "import", str(bad), *laptop)
    assert status == 1 and "Traceback" not in err
    for row, reason in [(3, "interview 9 is not held"), (4, "no code 'no_such_code'"),
                        (5, "not within"), (6, "passage is not the text"),
                        (7, "not an open answer"), (8, "not a coder name")]:
        assert f"{bad}:row {row}: " in err and reason in err, (row, err)
    assert f"{bad}:row 2" not in err and "nothing of it was imported" in err
    assert _csv_rows_now(capsys, laptop, tmp_path) == []  # the good row was not kept either
    missing = tmp_path / "missing.csv"
    missing.write_text("interview,code\n1,identity\n", encoding="utf-8")
    status, _, err = code(capsys, "import", str(missing), *laptop)
    assert status == 1 and "has no column item" in err


def test_an_answer_edited_after_coding_is_listed_for_recoding(laptop, tmp_path, capsys):
    assert code(capsys, "apply", "1", "emergence_start", "mutual_benefit", "--start", "11",
                "--end", "20", *laptop)[0] == 0
    with Store.open(tmp_path / "laptop", PASSPHRASE) as store:
        iid = next(i.id for i in store.interviews() if i.number == 1)
        InterviewSession.resume(store, iid).answer(
            "emergence_start", "MARKER-CLI They had trucks.", reason="corrected from notes")
        assert Coder(store, iid).needs_recoding(Coder(store, iid).codings()[0])
    status, out, _ = code(capsys, "list", "--recoding", *laptop)
    assert status == 0 and "NEEDS RE-CODING" in out and "1 coding needs re-coding: its text changed after it was made" in out
    assert "They had" not in out  # never the text now at the old offsets
