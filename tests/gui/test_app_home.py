"""Home lists the interviews (filter, sort, organisation); resume after a kill lands where it was."""

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt

from fieldkit.data import forms_dir

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
                           str(forms_dir() / "informal-relations.yaml")],
                          env={**os.environ, "PYTHONPATH": os.environ["PYTHONPATH"]}, timeout=60)
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


def test_start_dialog_remembers_the_protocol_and_warns_of_a_code_in_use(qtbot, tmp_path,
                                                                       app_factory):  # noqa: F811
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = app_factory(make_store(tmp_path / "store", SPECS))
    app.unlock()
    home = app.window.home
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 3, timeout=10000)
    # a second protocol, so there is a choice to remember
    from fieldkit.protocol.loader import load_protocol
    app.writer.call(app.window.store.add_protocol,
                    load_protocol(forms_dir() / "field-cooperation.yaml"))
    home.refresh()
    qtbot.waitUntil(lambda: len(home.protocols) == 2, timeout=10000)
    seen = []

    def in_dialog(then):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, lambda: in_dialog(then))
            return
        then(dialog)

    def first(dialog):
        index = next(n for n, p in enumerate(home.protocols) if p.id == "field-cooperation")
        dialog.protocol.setCurrentIndex(index)
        qtbot.keyClicks(dialog.respondent, "r-202")  # in use, whatever the case
        seen.append((dialog.warning.isVisible(), dialog.warning.text()))
        dialog.respondent.clear()
        qtbot.keyClicks(dialog.respondent, "R-300")
        seen.append(dialog.warning.isVisible())
        qtbot.keyClick(dialog.respondent, Qt.Key.Key_Return)

    QTimer.singleShot(0, lambda: in_dialog(first))
    home.ask_start()
    qtbot.waitUntil(lambda: app.window.current_screen == "interview", timeout=10000)
    assert seen[0][0] and "already the code of interview 2" in seen[0][1]
    assert seen[1] is False
    assert app.window.settings.last_protocol() == "field-cooperation"
    assert "R-300" not in app.settings_path.read_text()  # a study's name, never a code
    app.window.interview.leave()
    qtbot.waitUntil(lambda: app.window.current_screen == "home", timeout=10000)

    def second(dialog):
        seen.append(dialog.chosen_protocol.id)
        dialog.reject()

    QTimer.singleShot(0, lambda: in_dialog(second))
    home.ask_start()
    assert seen[2] == "field-cooperation"


def test_a_sealed_interview_shows_no_length_rather_than_zero(qtbot, tmp_path):
    from fieldkit.gui.home_rows import InterviewRow

    row = InterviewRow("x", 4, "", "p", "", 0, "completed", True)
    assert row.duration_text == "—"  # the Sealed column says why
    assert InterviewRow("y", 5, "R", "p", "", 61000, "paused", False).duration_text == "01:01"
