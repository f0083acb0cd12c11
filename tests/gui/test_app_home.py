"""Home lists the interviews (filter, sort, organisation); resume after a kill lands where it was."""

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt

from .app_support import PASSPHRASE, ROOT, app_factory, make_store  # noqa: F401

SPECS = [
    {"code": "R-201", "answers": {"organisation": "eu", "role": "deputy"}},
    {"code": "R-202", "answers": {"organisation": "au"}},
    {"code": "R-203"},
]


def cell(home, row: int, col: int) -> str:
    return home.proxy.index(row, col).data()


def test_home_lists_filters_and_sorts_interviews(qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store", SPECS))
    app.unlock()
    home = app.window.home
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 3, timeout=10000)
    qtbot.waitUntil(lambda: len(home.model.orgs) == 2, timeout=10000)
    rows = {cell(home, r, 1): (cell(home, r, 0), cell(home, r, 2), cell(home, r, 5),
                               cell(home, r, 6)) for r in range(3)}
    assert rows["R-201"][1].startswith("European Union")
    assert rows["R-202"][1].startswith("African Union")
    assert rows["R-203"][1] == ""
    assert all(len(v[2]) == 5 and v[2][2] == ":" and v[3] == "in progress" for v in rows.values())
    assert [cell(home, r, 0) for r in range(3)] == ["3", "2", "1"]  # newest first
    home.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [cell(home, r, 1) for r in range(3)] == ["R-201", "R-202", "R-203"]
    home.filter.setText("african")
    assert home.proxy.rowCount() == 1 and cell(home, 0, 1) == "R-202"
    home.filter.clear()
    assert home.proxy.rowCount() == 3


KILLED = textwrap.dedent("""
    import os, signal, sys
    from fieldkit.store.store import Store
    from fieldkit.interview.session import InterviewSession
    from fieldkit.protocol.loader import load_protocol
    store = Store.open(sys.argv[1], sys.argv[2])
    protocol = load_protocol(sys.argv[3])
    session = InterviewSession.start(store, protocol, respondent_code="R-KILL")
    session.record_consent(True)
    session.answer("organisation", "osce")
    session.jump("decision_speed")
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_resume_after_a_kill_lands_on_the_item_where_it_was(qtbot, tmp_path,
                                                            app_factory):  # noqa: F811
    path = make_store(tmp_path / "store")
    done = subprocess.run([sys.executable, "-c", KILLED, str(path), PASSPHRASE,
                           str(ROOT / "forms" / "informal-relations.yaml")],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == -9
    app = app_factory(path)
    app.unlock()
    home = app.window.home
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 1, timeout=10000)
    home.table.selectRow(0)
    assert home.resume.isEnabled()
    home.resume.click()
    qtbot.waitUntil(lambda: app.window.current_screen == "interview", timeout=10000)
    session = app.window.interview.session
    assert session.current.id == "decision_speed"
    assert session.content.value("organisation") == "osce"
