"""An unlocked laptop store tells no time of day about a sealed interview: not in its row, the
audit log, the hand-over marks, the export records or a withdrawal's tombstone."""

from __future__ import annotations

import re

from fieldkit.exchange import export_session, purge_handed_over

TIME_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def rows_with_times(store) -> list[tuple[str, str, tuple]]:
    conn = store.db.conn
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        for row in conn.execute(f"SELECT * FROM {table}"):
            for col, value in zip(cols, row, strict=True):
                if isinstance(value, str) and TIME_OF_DAY.search(value):
                    found.append((table, col, row))
    return found


def test_no_time_of_day_about_sealed_interviews_after_hand_over_withdrawal_and_purge(three):
    f = three
    laptop = f.laptops["A"]
    sealed = f.interviews["A"]
    laptop.withdraw(sealed[0])
    f.interview("A")  # one more, sealed, handed over in a second file and purged
    export_session(laptop, f.root / "files" / "A2.fksession")
    purge_handed_over(laptop)
    leaks = [(t, c) for t, c, row in rows_with_times(laptop)
             if any(isinstance(v, str) and any(i in v for i in f.interviews["A"]) for v in row)]
    assert leaks == []
    # Hand-overs are dated to the day; they would say when the interviews in them had ended.
    tables = {t for t, _c, _row in rows_with_times(laptop)}
    assert not tables & {"handed_over", "exchange_exports", "tombstones", "interviews"}
    timed_actions = {row[2] for t, _c, row in rows_with_times(laptop) if t == "audit"}
    assert not timed_actions & {"session_exported", "session_purged"}
