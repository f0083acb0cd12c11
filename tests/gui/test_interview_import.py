"""File > Import interviews from files: the command's import, in the app, on real stores.

Each file is imported, found already present, or refused with every problem shown; a refused
file writes nothing, the same file twice is one interview, and an attachment named outside the
file's folder is refused. Home's list shows what was imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldkit.gui.interview_import import open_import
from fieldkit.store.store import Store

from .app_support import PASSPHRASE, app_factory, make_store  # noqa: F401

GOOD = {"format": "fieldkit-interview/1", "protocol": "informal-relations",
        "interviewer": "T01", "started_at": "2009-06-12T07:30:00Z",
        "ended_at": "2009-06-12T08:30:00Z",
        "answers": {"formal_meetings_month": 3, "informal_contacts_week": 5}}
# A small protocol with an attachment, given as a file beside the interviews.
ATTACHING = """\
id: att
version: "1"
title: Attachments
cover: c
research_aim: a
sections:
  - id: s
    title: S
    items:
      - id: scan
        type: attachment
        label: Scanned notes
"""


def write(folder: Path, name: str, data: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def app(qtbot, tmp_path, app_factory):  # noqa: F811
    made = app_factory(make_store(tmp_path / "laptop"))
    made.unlock()
    return made


def run_import(qtbot, app, files, protocol: Path | None = None):
    """Open the dialog from the File menu's entry, give it the files, import, wait."""
    window = app.window
    assert window.import_action.isEnabled()
    window.import_action.trigger()
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.add_files(files)
    if protocol is not None:
        dialog.protocol.setText(str(protocol))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcomes is not None, timeout=20000)
    return dialog


def interviews(app) -> list:
    return app.writer.call(app.window.store.interviews)


def test_a_good_file_is_imported_and_home_lists_it(qtbot, app, tmp_path):
    home = app.window.home
    assert home.model.rows == []
    good = write(tmp_path / "paper", "good.json", GOOD)
    dialog = run_import(qtbot, app, [good])
    [row] = dialog.row_texts()
    assert row[:2] == ["good.json", "imported"]
    assert dialog.summary.text() == "1 imported, 0 already present, 0 refused."
    [record] = interviews(app)
    assert record.status == "completed" and record.protocol_id == "informal-relations"
    assert dialog.outcomes[0].interview == record.id
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 1, timeout=10000)
    assert [r.id for r in home.model.rows] == [record.id]


def test_a_file_with_three_problems_shows_all_three_and_writes_nothing(qtbot, app, tmp_path):
    bad = write(tmp_path / "paper", "bad.json",
                {**GOOD, "answers": {"organisation": "un", "formal_meetings_month": "many",
                                     "no_such_item": 1}})
    good = write(tmp_path / "paper", "good.json", GOOD)
    dialog = run_import(qtbot, app, [bad, good])
    refused, imported = dialog.row_texts()
    assert refused[:2] == ["bad.json", "refused; nothing of it was imported"]
    problems = refused[2:]
    assert len(problems) == 3
    assert problems[0].startswith("answers.organisation: 'un' is not one of the choices")
    assert problems[1] == "answers.formal_meetings_month: 'many' is not a whole number"
    assert "answers.no_such_item: there is no item 'no_such_item'" in problems[2]
    shown = dialog.results.toPlainText()
    assert dialog.results.isVisible() and all(p in shown for p in problems)
    assert "bad.json: refused; nothing of it was imported" in shown
    assert imported[:2] == ["good.json", "imported"]  # the bad file did not stop the next
    assert dialog.summary.text() == "1 imported, 0 already present, 1 refused."
    assert [o.status for o in dialog.outcomes] == ["refused", "imported"]
    assert len(interviews(app)) == 1


def test_the_same_file_twice_is_one_interview(qtbot, app, tmp_path):
    good = write(tmp_path / "paper", "good.json", GOOD)
    copy = write(tmp_path / "again", "good.json", GOOD)  # the same content under another folder
    dialog = run_import(qtbot, app, [good, copy])
    first, second = dialog.row_texts()
    assert first[:2] == ["good.json", "imported"]
    assert second[1] == "already present as interview 1; not imported again"
    dialog.close()
    dialog = run_import(qtbot, app, [good])
    assert dialog.row_texts()[0][1] == "already present as interview 1; not imported again"
    assert dialog.summary.text() == "0 imported, 1 already present, 0 refused."
    assert len(interviews(app)) == 1


def test_a_hostile_attachment_path_is_refused(qtbot, app, tmp_path):
    (tmp_path / "secret.txt").write_text("synthetic secret outside\n", encoding="utf-8")
    protocol = tmp_path / "paper" / "att.yaml"
    protocol.parent.mkdir(parents=True)
    protocol.write_text(ATTACHING, encoding="utf-8")
    base = {"format": "fieldkit-interview/1", "protocol": "att", "interviewer": "T01",
            "started_at": "2009-05-04T10:00:00Z"}
    climbing = write(tmp_path / "paper", "climbing.json",
                     {**base, "answers": {"scan": "../secret.txt"}})
    absolute = write(tmp_path / "paper", "absolute.json",
                     {**base, "respondent_code": "R2",
                      "answers": {"scan": str(tmp_path / "secret.txt")}})
    dialog = run_import(qtbot, app, [climbing, absolute], protocol=protocol)
    rows = dialog.row_texts()
    assert [r[1] for r in rows] == ["refused; nothing of it was imported"] * 2
    assert "'../secret.txt' of 'scan'" in rows[0][2]
    assert "of 'scan'" in rows[1][2] and str(tmp_path / "secret.txt") in rows[1][2]
    assert interviews(app) == []
    secret = b"synthetic secret outside"
    assert not any(secret in f.read_bytes() for f in (tmp_path / "laptop").rglob("*")
                   if f.is_file())


def test_the_entry_is_keyboard_reachable_and_off_while_locked(qtbot, app):
    window = app.window
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Import interviews from files…" in [a.text() for a in file_menu.actions()]
    file_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    qtbot.waitExposed(file_menu)
    qtbot.keyClick(file_menu, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: window.import_dialog is not None
                    and window.import_dialog.isVisible(), timeout=5000)
    window.lock()
    assert not window.import_dialog.isVisible()  # locking closes it, as every dialog
    assert not window.import_action.isEnabled()


def test_the_lead_store_imports_too(qtbot, tmp_path, app_factory):  # noqa: F811
    master = tmp_path / "master"
    Store.create(master, PASSPHRASE, role="lead").close()
    lead = app_factory(master)
    lead.window.entry.passphrase.setText(PASSPHRASE)
    lead.window.entry.submit()
    qtbot.waitUntil(lambda: lead.window.current_screen == "home", timeout=10000)
    protocol = Path(__file__).resolve().parents[1] / "fixtures" / "study-a-1.1" / \
        "informal-relations.yaml"
    good = write(tmp_path / "paper", "good.json", GOOD)
    dialog = run_import(qtbot, lead, [good], protocol=protocol)
    assert dialog.row_texts()[0][:2] == ["good.json", "imported"]
    assert len(interviews(lead)) == 1


@pytest.mark.parametrize("language", ("en", "fr", "es"))
def test_the_dialog_speaks_the_language_and_gives_each_letter_to_one_thing(qtbot, app, language):
    from fieldkit.gui import i18n

    from .test_translations import dialog_letters

    i18n.install(language)
    try:
        dialog = open_import(app.window)
        keys = dialog_letters(dialog)
        assert len(keys) >= 6 and len(keys) == len(set(keys)), keys
        if language != "en":
            assert dialog.import_button.text() != "I&mport"
        dialog.close()
    finally:
        i18n.uninstall()


def test_a_protocol_file_that_cannot_be_read_is_one_sentence_and_nothing_is_imported(
        qtbot, app, tmp_path):
    good = write(tmp_path / "paper", "good.json", GOOD)
    window = app.window
    window.import_action.trigger()
    dialog = window.import_dialog
    dialog.add_files([good])
    dialog.protocol.setText(str(tmp_path / "missing.yaml"))
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.panel.message.text()), timeout=10000)
    assert "missing.yaml" in dialog.panel.message.text()
    assert "Traceback" not in dialog.panel.message.text()
    assert dialog.outcomes is None and dialog.import_button.isEnabled()
    assert interviews(app) == []
