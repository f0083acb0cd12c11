"""The app's side of coding: a .qdpx and the agreement between two coders from the lead's
Outputs screen (the same operations as the commands), memos about the project and a code in
the Coding tab, and the coder setting kept between runs."""

from __future__ import annotations

import csv
import sys
import zipfile
from pathlib import Path

import pytest
import xmlschema
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))

import coding_study as cs  # noqa: E402

from fieldkit.gui.lead_outputs import OutputsPage  # noqa: E402
from fieldkit.gui.review_dialog import ReviewDialog  # noqa: E402
from fieldkit.gui.settings import UiSettings  # noqa: E402
from fieldkit.gui.writer import Writer  # noqa: E402
from fieldkit.interview.coding import Coder  # noqa: E402
from fieldkit.operations import memos  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

from .test_coding_view import rig  # noqa: E402, F401 - the fixture

SCHEMA = Path(__file__).parents[1] / "fixtures" / "refi-qda" / "Project.xsd"


@pytest.fixture
def outputs(qtbot, tmp_path):
    path = cs.make_store(tmp_path / "lead")
    writer = Writer()
    store = writer.call(Store.open, path, cs.PASS)
    page = OutputsPage(writer, store)
    qtbot.addWidget(page)
    yield writer, store, page
    QApplication.processEvents()
    writer.call(store.close)
    writer.stop()


def test_a_qdpx_from_the_outputs_screen(qtbot, tmp_path, outputs):
    _, _, page = outputs
    page.show()
    qtbot.waitUntil(lambda: page.interview.count() == 4, timeout=10000)
    page.kind.setCurrentIndex(page.kind.findData("qdpx"))
    assert page.kind.currentText() == "REFI-QDA project (.qdpx)" and not page.paper.isEnabled()
    page.report_identified.setChecked(True)
    out = tmp_path / "team.qdpx"
    page.report_file.setText(str(out))
    with qtbot.waitSignal(page.finished, timeout=60000):
        page.report()
    assert page.panel.message.text() == "Wrote team.qdpx."
    with zipfile.ZipFile(out) as z:
        xml = z.read("project.qde").decode("utf-8")
    xmlschema.XMLSchema(SCHEMA).validate(xml)
    assert xml.count("<PlainTextSelection") == 12


def test_the_agreement_of_two_coders_from_the_outputs_screen(qtbot, tmp_path, outputs):
    writer, store, page = outputs

    def second_coder():
        one = next(i for i in store.interviews() if i.number == 1)
        other = Coder(store, one.id, "RA Second")
        other.code_answer("emergence_start", "mutual_benefit",
                          **cs.span(cs.START_1, "Both sides needed each other's trucks and "
                                                "mandate."))
        other.code_answer("emergence_start", "identity",
                          **cs.span(cs.START_1, "We trusted the liaison officers"))
        return other.coder, Coder(store, one.id).coder

    second, first = writer.call(second_coder)
    page.show()
    box = page.agreement
    qtbot.waitUntil(lambda: box.first.count() == 2, timeout=10000)
    assert sorted(box.first.itemText(i) for i in range(2)) == sorted([first, second])
    box.first.setCurrentText(first)
    box.second.setCurrentText(first)
    box.write()
    assert box.message.text() == "Choose two different coders."
    box.second.setCurrentText(second)
    out = tmp_path / "agreement.csv"
    box.file.setText(str(out))
    with qtbot.waitSignal(box.written, timeout=30000):
        qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert box.message.text() == "Wrote agreement.csv, agreement-disagreements.csv."
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[-1]["code"] == "ALL" and rows[-1]["label"] == "alpha"
    decisions = tmp_path / "agreement-disagreements.csv"
    disagreements = decisions.read_text(encoding="utf-8-sig")
    assert ",psychological_dispositions,lead,We trusted the liaison officers," in disagreements
    # resolving before every row is decided is refused, naming the file and the row
    box.resolve(decisions)
    qtbot.waitUntil(lambda: "decision must be keep or drop" in box.message.text(),
                    timeout=30000)
    assert str(decisions) in box.message.text()
    lines = disagreements.splitlines()
    decisions.write_text("\n".join([lines[0], *(f"{line}keep" for line in lines[1:])]) + "\n",
                         encoding="utf-8")
    with qtbot.waitSignal(box.resolved, timeout=30000) as made:
        box.resolve(decisions)
    assert box.message.text() == f"Wrote the resolved coding as 'resolved': {made.args[0]} " \
        "codings."

    def resolved():
        one = next(i for i in store.interviews() if i.number == 1)
        return sorted(c.code for c in Coder(store, one.id, "resolved").codings()
                      if c.coder == "resolved")

    assert "psychological_dispositions" in writer.call(resolved)


def test_agreement_without_a_file_says_so(qtbot, outputs):
    writer, store, page = outputs
    page.show()
    box = page.agreement
    qtbot.waitUntil(lambda: box.message.text() != "" or box.first.count() > 0, timeout=10000)
    assert not box.button.isEnabled()  # one coder only: nothing to compare
    assert "two coders" in box.message.text()


def _view(qtbot, writer, store, iid, owner):
    dialog = ReviewDialog("Interview 1", [("Q", "A")], owner, writer=writer, store=store,
                          interview_id=iid)
    qtbot.addWidget(dialog)
    dialog.show_coding()
    dialog.show()
    view = dialog.coding
    qtbot.waitUntil(lambda: view.tree is not None and view.passage_list.count() == 2,
                    timeout=5000)
    return dialog, view


def test_memos_about_the_project_and_a_code_in_the_coding_tab(qtbot, rig):  # noqa: F811
    writer, store, iid, _ = rig
    owner = QWidget()
    qtbot.addWidget(owner)
    _, view = _view(qtbot, writer, store, iid, owner)
    box = view.memo_box
    box.about.setCurrentIndex(box.about.findData("project"))
    box.edit.setPlainText("MARKER-PROJECT re-read the Kosovo interviews together")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.memos.count() == 1, timeout=5000)
    box.choose_code("identity")
    assert box.about.currentText() == "Code: Identity" and box.memos.count() == 0
    box.edit.setPlainText("MARKER-CODE identity overlaps with trust")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.memos.count() == 1, timeout=5000)
    assert "MARKER-CODE" in box.memos.item(0).text()
    box.about.setCurrentIndex(box.about.findData("interview"))
    assert box.memos.count() == 0  # none about the interview yet
    project = writer.call(memos.read, store, "project")
    code = writer.call(memos.read, store, "code", "identity")
    assert [m.text for m in project] == ["MARKER-PROJECT re-read the Kosovo interviews together"]
    assert [(m.target, m.author) for m in code] == [("identity", "T01")]


def test_the_coder_setting_is_kept_between_runs(qtbot, rig):  # noqa: F811
    writer, store, iid, tmp_path = rig
    owner = QWidget()  # stands for the main window, which holds the app's preferences
    owner.settings = UiSettings(tmp_path / "ui.ini")
    qtbot.addWidget(owner)
    dialog, view = _view(qtbot, writer, store, iid, owner)
    assert view.coder_setting.edit.text() == "T01"
    view.coder_setting.edit.setText("RA Maria")
    view.coder_setting.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: view.coder is not None and view.coder.coder == "RA Maria",
                    timeout=5000)
    dialog.close()
    assert UiSettings(tmp_path / "ui.ini").coder() == "RA Maria"
    _, again = _view(qtbot, writer, store, iid, owner)
    qtbot.waitUntil(lambda: again.coder_setting.edit.text() == "RA Maria", timeout=5000)
    assert again.coder is not None and again.coder.coder == "RA Maria"


def test_a_coder_name_the_store_refuses_is_not_kept(tmp_path):
    settings = UiSettings(tmp_path / "ui.ini")
    with pytest.raises(ValueError, match="not a coder name"):
        settings.set_coder("=HYPERLINK(\"x\")\nB")
    assert settings.coder() == ""
