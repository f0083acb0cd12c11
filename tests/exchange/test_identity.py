"""Interview numbers: never reused on a laptop after a purge; one study numbering on the master."""

from __future__ import annotations

import itertools

from fieldkit.cli import main
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.exchange import merge_files, purge_handed_over, withdraw

from .conftest import PASSPHRASE


def test_a_purge_never_frees_a_number(three):
    f = three
    a = f.laptops["A"]
    assert [iv.number for iv in a.interviews()] == [1, 2]
    assert purge_handed_over(a) == 2 and a.interviews() == []
    third = f.interview("A")
    assert a.interview(third).number == 3
    f.export("A", "A2.fksession")
    purge_handed_over(a)
    a.close()
    f.laptops["A"] = a = type(a).open(a.path, PASSPHRASE)  # the mark survives closing
    assert a.interview(f.interview("A")).number == 4


def test_study_numbers_do_not_depend_on_merge_order(three):
    f = three
    seen = set()
    for order in itertools.permutations(f.files.values()):
        master = f.master()
        merge_files(master, list(order), accept_new_signer=True)
        entries = master.exchange.study_numbers()
        seen.add(tuple((e.study_number, e.interview_id, e.source, e.laptop) for e in entries))
        # sealed on the laptop (start time blanked there), readable in the master
        started = {iv.id: iv.started_at for iv in master.interviews()}
        dataset = dataset_from_store(master)
        master.close()
    assert len(seen) == 1
    (numbering,) = seen
    assert [iid for _, iid, _, _ in numbering] == sorted(started, key=lambda i: (started[i], i))
    assert None not in started.values()
    assert [n for n, *_ in numbering] == [1, 2, 3, 4, 5]
    # laptops each count from 1, so their own numbers collide; the source tells them apart
    assert sorted(source for _, _, source, _ in numbering) == ["A-1", "A-2", "B-1", "B-2", "C-1"]
    laptops = {iid: laptop for _, iid, _, laptop in numbering}
    for code, ids in f.interviews.items():
        assert {laptops[i] for i in ids} == {f.laptops[code].info.store_id}
    # the dataset (what reports cite) carries the study number, unique across laptops
    by_id = {iid: n for n, iid, _, _ in numbering}
    assert {r["interview_id"]: r["number"] for r in dataset.interviews} == by_id


def test_a_withdrawal_on_the_master_renumbers_nothing_and_numbers_show_in_the_cli(
        three, monkeypatch, capsys):
    f = three
    master = f.master("master")
    merge_files(master, list(f.files.values()), accept_new_signer=True)
    before = [e.interview_id for e in master.exchange.study_numbers()]
    withdraw(master, before[1])
    after = master.exchange.study_numbers()
    assert [e.interview_id for e in after] == before[:1] + before[2:]
    # numbers are permanent: a withdrawn interview leaves its number unused, none moves
    assert [e.study_number for e in after] == [1, 3, 4, 5]
    master.close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["merge", "numbers", "--store", str(master.path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4 and out[0].startswith("Interview 1: ") and before[0] in out[0]
    assert all(f"laptop {f.laptops[e.source[0]].info.store_id[:8]}" in line
               for e, line in zip(after, out, strict=True))


def test_a_late_merge_renumbers_nothing(three):
    f = three
    files = list(f.files.values())
    for late in range(len(files)):
        master = f.master()
        merge_files(master, files[:late] + files[late + 1:], accept_new_signer=True)
        first = {e.interview_id: e.study_number for e in master.exchange.study_numbers()}
        merge_files(master, [files[late]], accept_new_signer=True)
        entries = master.exchange.study_numbers()
        after = {e.interview_id: e.study_number for e in entries}
        dataset = {r["interview_id"]: r["number"] for r in dataset_from_store(master).interviews}
        master.close()
        assert {i: after[i] for i in first} == first  # the earlier numbers stand
        new = sorted(set(after) - set(first), key=after.get)
        assert [after[i] for i in new] == list(range(len(first) + 1, len(after) + 1))
        assert dataset == after  # every command uses the same number
