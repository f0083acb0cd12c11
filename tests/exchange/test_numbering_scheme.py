"""A lead's numbering scheme: study numbers in blocks by organisation, assigned once, kept."""

from __future__ import annotations

import csv
import re

import pytest

from fieldkit.cli import main
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.exchange import merge_files, withdraw
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store import Store

from .conftest import PASSPHRASE, PROTOCOL

ORGS = ["au", "eu", "oas", "osce", "un"]
STUDY = {**PROTOCOL, "sections": [{**PROTOCOL["sections"][0], "items": [
    {"id": "org", "type": "select_one", "label": "Org",
     "choices": [{"name": o, "label": o.upper()} for o in ORGS]},
    *PROTOCOL["sections"][0]["items"][1:]]}]}
BLOCKS = "AU=1,EU=20,oas=40,OSCE=60"  # choice names, case aside


def record(store: Store, protocol, org: str) -> str:
    s = InterviewSession.start(store, protocol, interviewer=store.interviewer)
    s.answer("org", org)
    s.answer("contacts", 7)
    s.add_quote(f"what the {org.upper()} ambassador said")
    s.finish(force=True)
    return s.interview_id


@pytest.fixture
def study(field_setup):
    """Laptops A, B, C with Study A-like interviews of four organisations, recorded in turn."""
    f = field_setup
    f.protocol = protocol_from_data(STUDY, file="field.yaml", base_dir=f.root)
    for code in "ABC":
        f.laptop(code)
    f.org = {}
    for code, org in [("A", "eu"), ("B", "au"), ("A", "osce"), ("C", "oas"), ("B", "eu"),
                      ("C", "au"), ("A", "oas"), ("B", "osce")]:
        iid = record(f.laptops[code], f.protocol, org)
        f.org[iid] = org
        f.interviews.setdefault(code, []).append(iid)
    return f


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def numbers(master: Store) -> dict[str, int]:
    return {e.interview_id: e.study_number for e in master.exchange.study_numbers()}


def test_numbers_fall_in_their_blocks_and_never_change(study, monkeypatch, capsys):
    f = study
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    master = f.master("master")
    master.add_protocol(f.protocol)
    master.close()
    store = ["--store", str(master.path)]
    code, out, _ = cli(capsys, "merge", "numbering", "field", "--by", "org", "--blocks", BLOCKS,
                       *store)
    assert code == 0 and "au 1–19, eu 20–39, oas 40–59, osce 60–79" in out
    # mixed order: C's file first, then B's, then A's a day late
    files = {c: f.export(c, f"{c}1.fksession") for c in "ABC"}
    for c in "CB":
        assert cli(capsys, "merge", str(files[c]), "--accept-new-signer", *store)[0] == 0
    master = Store.open(master.path, PASSPHRASE)
    first = numbers(master)
    # C's and B's, each block counted from its start in order of starting
    assert first == {f.interviews["C"][1]: 1, f.interviews["B"][0]: 2,
                     f.interviews["B"][1]: 20, f.interviews["C"][0]: 40,
                     f.interviews["B"][2]: 60}
    withdraw(master, f.interviews["B"][0])  # the first AU interview leaves; 2 is never reused
    master.close()
    assert cli(capsys, "merge", str(files["A"]), "--accept-new-signer", *store)[0] == 0
    # a later interview of an AU diplomat, merged later still
    late = record(f.laptops["C"], f.protocol, "au")
    f.org[late] = "au"
    later = f.export("C", "C2.fksession")
    assert cli(capsys, "merge", str(later), *store)[0] == 0
    master = Store.open(master.path, PASSPHRASE)
    after = numbers(master)
    kept = {i: n for i, n in first.items() if i != f.interviews["B"][0]}
    assert {i: after[i] for i in kept} == kept  # nothing renumbered
    assert after[f.interviews["A"][0]] == 21 and after[f.interviews["A"][1]] == 61
    assert after[f.interviews["A"][2]] == 41 and after[late] == 3
    blocks = {"au": range(1, 20), "eu": range(20, 40), "oas": range(40, 60),
              "osce": range(60, 80)}
    assert all(after[i] in blocks[f.org[i]] for i in after)
    # every command uses the same number: the dataset and the quotes' citations
    dataset = {r["interview_id"]: r["number"] for r in dataset_from_store(master).interviews}
    assert dataset == after
    master.close()
    out_csv = f.root / "quotes.csv"
    code, _, err = cli(capsys, "report", "quotes", "--identified", "--out", str(out_csv), *store)
    assert code == 0, err
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    cited = {}
    for row in rows:
        text = " ".join(row.values())
        org = re.search(r"the (\w+) ambassador said", text)[1].lower()
        cited.setdefault(org, set()).update(int(n) for n in re.findall(r"Interview (\d+)", text))
    assert {org: sorted(ns) for org, ns in cited.items()} == {
        org: sorted(n for i, n in after.items() if f.org[i] == org) for org in cited}


def test_no_block_or_a_full_block_numbers_after_every_block_with_a_warning(
        field_setup, monkeypatch, capsys):
    f = field_setup
    f.protocol = protocol_from_data(STUDY, file="field.yaml", base_dir=f.root)
    f.laptop("A")
    ids = [record(f.laptops["A"], f.protocol, org) for org in ("au", "au", "un", "au", "eu")]
    master = f.master("master")
    master.add_protocol(f.protocol)
    master.exchange.set_numbering_scheme("field", "org", "au=1,eu=3,osce=5-6")
    master.close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    store = ["--store", str(master.path)]
    code, _, err = cli(capsys, "merge", str(f.export("A", "A1.fksession")),
                       "--accept-new-signer", *store)
    assert code == 0
    warnings = [line for line in err.splitlines() if "Interview" in line]
    assert warnings == [
        f"warning: Interview 7 ({ids[2]}): its answer to org (un) has no block; numbered "
        "after every block",
        f"warning: Interview 8 ({ids[3]}): block au (1–2) is full; numbered after every block"]
    code, out, _ = cli(capsys, "merge", "numbers", *store)
    assert [int(re.match(r"Interview (\d+)", line)[1]) for line in out.splitlines()] == \
        [1, 2, 3, 7, 8]
    assert "block au (1–2) is full" in out.splitlines()[-1]
    # a withdrawal leaves no trace of the answer the note named
    with Store.open(master.path, PASSPHRASE) as again:
        withdraw(again, ids[2])
        assert [e.study_number for e in again.exchange.study_numbers()] == [1, 2, 3, 8]
        assert again.db.conn.execute("SELECT count(*) FROM study_number_notes WHERE "
                                     "interview_id = ?", (ids[2],)).fetchone()[0] == 0


def test_setting_a_scheme_later_keeps_the_numbers_given_and_clear_goes_on_after(
        study, monkeypatch, capsys):
    f = study
    master = f.master("master")
    merge_files(master, [f.export(c, f"{c}1.fksession") for c in "ABC"], accept_new_signer=True)
    before = numbers(master)
    assert sorted(before.values()) == list(range(1, 9))
    master.close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    store = ["--store", str(master.path)]
    code, out, _ = cli(capsys, "merge", "numbering", "field", "--by", "org", "--blocks", BLOCKS,
                       *store)
    assert code == 0 and "the 8 interviews of field already numbered keep their numbers" in out
    late = record(f.laptops["B"], f.protocol, "eu")
    assert cli(capsys, "merge", str(f.export("B", "B2.fksession")), *store)[0] == 0
    assert cli(capsys, "merge", "numbering", "field", "--show", *store)[1].startswith(
        "field: numbered by org: au 1–19")
    master = Store.open(master.path, PASSPHRASE)
    after = numbers(master)
    assert {i: after[i] for i in before} == before and after[late] == 20
    master.close()
    code, out, _ = cli(capsys, "merge", "numbering", "field", "--clear", *store)
    assert code == 0 and "cleared" in out
    again = record(f.laptops["B"], f.protocol, "au")
    assert cli(capsys, "merge", str(f.export("B", "B3.fksession")), *store)[0] == 0
    with Store.open(master.path, PASSPHRASE) as master:
        assert numbers(master)[again] == 21
        assert master.exchange.numbering_scheme("field") is None


@pytest.mark.parametrize(("argv", "says"), [
    (["nosuch", "--by", "org", "--blocks", BLOCKS], "this store holds no protocol 'nosuch'"),
    (["nosuch", "--show"], "this store holds no protocol 'nosuch' (it holds: field)"),
    (["nosuch", "--clear"], "this store holds no protocol 'nosuch'"),
    (["field", "--by", "nosuch", "--blocks", BLOCKS], "protocol 'field' has no item 'nosuch'"),
    (["field", "--by", "contacts", "--blocks", BLOCKS], "is a integer item; number by a single"),
    (["field", "--by", "org", "--blocks", "au=1,eu=20,oas=15"], "increasing order"),
    (["field", "--by", "org", "--blocks", "au=1-10,eu=20"], "only the last block"),
    (["field", "--by", "org", "--blocks", "au=1-25,eu=20"], "without overlap"),
    (["field", "--by", "org", "--blocks", "au=1,eu=20,nato=40"],
     "block 'nato' is not a choice of item 'org'"),
    (["field", "--by", "org", "--blocks", "au=one"], "block 'au=one' is not VALUE=START"),
    (["field", "--by", "org"], "use: fieldkit merge numbering"),
    (["field", "--show", "--clear"], "use: fieldkit merge numbering"),
])
def test_a_wrong_scheme_is_one_sentence_and_nothing_is_stored(study, monkeypatch, capsys, argv,
                                                              says):
    master = study.master("master")
    master.add_protocol(study.protocol)
    master.close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    code, out, err = cli(capsys, "merge", "numbering", *argv, "--store", str(master.path))
    assert code != 0 and says in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    with Store.open(master.path, PASSPHRASE) as again:
        assert again.exchange.numbering_scheme("field") is None


def test_a_store_numbered_before_schemes_keeps_its_numbers(three):
    f = three
    master = f.master("master")
    merge_files(master, list(f.files.values()), accept_new_signer=True)
    before = numbers(master)
    conn = master.db.conn
    conn.execute("DROP TABLE numbering_schemes")
    conn.execute("DROP TABLE study_number_notes")
    conn.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'")
    master.close()
    with Store.open(master.path, PASSPHRASE) as again:
        assert numbers(again) == before
        assert again.exchange.numbering_scheme("field") is None
        assert all(e.note == "" for e in again.exchange.study_numbers())
