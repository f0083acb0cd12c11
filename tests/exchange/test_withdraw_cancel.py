"""Withdrawal on the master (nothing of the respondent left, never revived) and cancelled merges."""

from __future__ import annotations

import pytest

from fieldkit.cli import main
from fieldkit.errors import ExchangeError
from fieldkit.exchange import conflicts, merge_files, withdraw
from fieldkit.interview.session import InterviewSession

from .conftest import PASSPHRASE, dump


def _tables_holding(master, needle: str) -> list[str]:
    """Every table.column of the master whose text holds ``needle``."""
    conn = master.db.conn
    hits = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for column in [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]:
            found = conn.execute(f"SELECT 1 FROM {table} WHERE CAST({column} AS TEXT) LIKE ? "
                                 "LIMIT 1", (f"%{needle}%",)).fetchone()
            if found:
                hits.append(f"{table}.{column}")
    return hits


def _conflicted(f):
    """B's readable interview corrected differently on B and on a copy of B: two versions."""
    iid = f.interviews["B"][1]
    f.copy_laptop("B", "Bcopy")
    for code, value in (("B", 9), ("Bcopy", 11)):
        session = InterviewSession.resume(f.laptops[code], iid, running=False)
        session.answer("contacts", value, reason="typing error")
    return iid, [f.export("B", "B2.fksession"), f.export("Bcopy", "Bcopy2.fksession")]


def test_withdrawal_on_the_master_removes_every_version_and_nothing_brings_it_back(three):
    f = three
    iid, second = _conflicted(f)
    marker = f.markers[3]  # the marker in that interview's answers and quote
    master = f.master()
    merge_files(master, [*f.files.values(), *second], accept_new_signer=True)
    assert [c.interview_id for c in conflicts(master)] == [iid]
    assert _tables_holding(master, marker)
    when = withdraw(master, iid)
    assert master.interview(iid).status == "withdrawn" and master.events(iid) == []
    assert master.exchange.versions(iid) == [] and master.exchange.provenance(iid) == []
    assert conflicts(master, include_resolved=True) == []
    assert _tables_holding(master, marker) == []
    assert [t.interview_id for t in master.tombstones()] == [iid]
    assert withdraw(master, iid) == when  # twice is harmless
    state = dump(master)
    # the old files again, and a new one sending everything from B: nothing comes back
    again = f.export("B", "B3.fksession", everything=True)
    report = merge_files(master, [*f.files.values(), *second, again])
    assert [r.status for r in report.files] == ["already merged"] * 5 + ["merged"]
    assert report.files[-1].withdrawn == 1 and report.files[-1].new == 0
    assert _tables_holding(master, marker) == []
    assert master.events(iid) == [] and master.exchange.versions(iid) == []
    assert dump(master)[:2] == state[:2]  # interview rows and events as they were
    with pytest.raises(ExchangeError, match="no interview nosuch"):
        withdraw(master, "nosuch")
    assert master.check().ok
    master.close()


def test_merge_withdraw_cli_asks_then_withdraws(three, monkeypatch, capsys):
    f = three
    master = f.master("master")
    merge_files(master, list(f.files.values()), accept_new_signer=True)
    master.close()
    iid = f.interviews["A"][0]
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    store = ["--store", str(master.path)]
    assert main(["merge", "withdraw", iid, *store]) == 2  # no terminal to ask on, no --yes
    assert "--yes" in capsys.readouterr().err
    assert main(["merge", "withdraw", *store]) == 2
    assert main(["merge", "withdraw", iid, *store, "--yes"]) == 0
    assert "no session file can bring it back" in capsys.readouterr().out
    assert main(["merge", "withdraw", "nosuch", *store, "--yes"]) == 1
    assert capsys.readouterr().err.startswith("fieldkit: there is no interview nosuch")


def test_a_cancel_between_files_leaves_a_consistent_master(three):
    f = three
    files = list(f.files.values())
    whole = f.master()
    merge_files(whole, files, accept_new_signer=True)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # the person presses cancel while the first file merges

    master = f.master()
    report = merge_files(master, files, accept_new_signer=True, cancelled=cancelled)
    assert [r.status for r in report.files] == ["merged"] and report.cancelled
    assert report.not_started == [str(p) for p in files[1:]]
    assert report.to_dict()["not_started"] == report.not_started
    assert master.check().ok
    first_only = f.master()
    merge_files(first_only, files[:1], accept_new_signer=True)
    assert dump(master) == dump(first_only)
    rest = merge_files(master, report.not_started, accept_new_signer=True)
    assert [r.status for r in rest.files] == ["merged", "merged"] and not rest.cancelled
    assert dump(master) == dump(whole)


def test_the_stores_own_withdraw_on_a_master_leaves_no_version_either(three):
    f = three
    iid, second = _conflicted(f)
    master = f.master()
    merge_files(master, [*f.files.values(), *second], accept_new_signer=True)
    master.withdraw(iid)  # what 'fieldkit interview withdraw' does
    assert _tables_holding(master, f.markers[3]) == []
    assert master.exchange.versions(iid) == [] and master.exchange.provenance(iid) == []
    master.close()
