"""The Outputs screen on a real merged master: exports and PDFs off the UI thread, refusal, cancel."""

from __future__ import annotations

import json
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldkit.exchange import merge_files
from fieldkit.gui.lead_outputs import OutputsPage

from .lead_rig import LeadRig, scan


@pytest.fixture
def rig(tmp_path):
    r = LeadRig(tmp_path)
    files = [r.session_file("ZQIV01", 3), r.session_file("ZQIV02", 2)]
    report = r.writer.call(merge_files, r.master, files, accept_new_signer=True)
    assert [f.status for f in report.files] == ["merged", "merged"]
    yield r
    r.close()


def show(qtbot, rig: LeadRig) -> OutputsPage:
    page = OutputsPage(rig.writer, rig.master)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    qtbot.waitUntil(lambda: page.interview.count() == 5, timeout=10000)
    return page


def wait_idle(qtbot, page: OutputsPage) -> None:
    qtbot.waitUntil(lambda: not page.panel.busy, timeout=60000)


def test_identified_export_writes_files_and_warns(qtbot, rig, tmp_path):
    page = show(qtbot, rig)
    assert page.protocol.currentText() == "informal-relations"
    assert not page.warning.isVisibleTo(page)
    page.identified.setChecked(True)
    assert page.warning.isVisibleTo(page) and "never share" in page.warning.text()
    page.formats["dta"].setChecked(False)
    page.formats["sav"].setChecked(False)
    out = tmp_path / "export-identified"
    page.export_folder.setText(str(out))
    with qtbot.waitSignal(page.finished, timeout=60000) as blocker:
        page.export()
    names = blocker.args[0]
    assert "interviews.csv" in names and "network.graphml" in names
    assert not any(n.endswith((".dta", ".sav")) for n in names)
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    assert "IDENTIFIED" in page.panel.message.text()
    assert page.panel.open_button.isVisibleTo(page) and page.panel.folder == out
    # Identified means the open answers are there as given.
    assert scan(out, rig.markers[:1]) != []
    assert scan(out, ["ZQIV01"]) != []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export")] == []


def test_anonymised_export_below_k_is_refused_then_overridden_with_a_reason(qtbot, rig, tmp_path):
    page = show(qtbot, rig)
    out = tmp_path / "export-anon"
    page.export_folder.setText(str(out))
    asked: list[str] = []
    page.ask_override = lambda text: asked.append(text) or None  # the lead says no
    page.export()
    qtbot.waitUntil(lambda: bool(asked), timeout=60000)
    wait_idle(qtbot, page)
    assert asked[0].startswith("The anonymised data have k=") and "threshold" in asked[0]
    assert page.panel.message.text().startswith("The anonymised data have k=")
    assert not out.exists()
    page.ask_override = lambda text: asked.append(text) or "synthetic: five interviews only"
    shown: list = []
    # What the scan flags in the open answers is decided (all redacted) before anything leaves.
    page.ask_decisions = lambda found: shown.extend(found) or [
        {"key": c.key, "text": c.text, "kind": c.kind, "decision": "redact"} for c in found]
    with qtbot.waitSignal(page.finished, timeout=60000):
        page.export()
    record = json.loads((out / "anonymisation.json").read_text(encoding="utf-8"))
    assert record["overridden"] is True
    assert scan(out, ["five interviews only"]) == []  # the reason is in the audit log only
    assert scan(out, ["ZQIV01", "ZQIV02", *rig.codes]) == []  # no interviewer codes when anonymised
    # the team's log of what the placeholders replaced went into the encrypted store
    qtbot.waitUntil(lambda: bool(rig.writer.call(rig.master.redaction_log, output=out.name)),
                    timeout=10000)
    [entry] = rig.writer.call(rig.master.redaction_log, output=out.name)
    assert entry.plan_hash == record["plan_hash"]


def test_study_report_reports_progress_and_writes_a_pdf(qtbot, rig, tmp_path):
    page = show(qtbot, rig)
    page.report_identified.setChecked(True)
    out = tmp_path / "study.pdf"
    page.report_file.setText(str(out))
    seen: list[tuple[int, int]] = []
    job = page.report()
    job.progress.connect(lambda done, total, _t: seen.append((done, total)))
    with qtbot.waitSignal(page.finished, timeout=60000):
        pass
    assert any(total == 100 and 0 < done < 100 for done, total in seen), seen
    assert seen[-1] == (100, 100)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "informal" in text.lower()
    assert page.panel.folder == tmp_path and page.panel.message.text() == "Wrote study.pdf."


def test_interview_report_for_the_chosen_interview(qtbot, rig, tmp_path):
    page = show(qtbot, rig)
    page.kind.setCurrentIndex(page.kind.findData("interview"))
    assert page.interview.isEnabled()
    page.report_identified.setChecked(True)
    number = page.interview.itemData(1)
    page.select_interview(number)
    out = tmp_path / "one.pdf"
    page.report_file.setText(str(out))
    with qtbot.waitSignal(page.finished, timeout=60000):
        page.report()
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert f"Interview {number}" in text or f"interview {number}" in text.lower()


def test_cancel_while_the_pdf_is_laid_out_leaves_no_pdf(qtbot, rig, tmp_path):
    page = show(qtbot, rig)
    page.report_identified.setChecked(True)
    out = tmp_path / "cancelled.pdf"
    page.report_file.setText(str(out))
    phases: list[str] = []

    def progress(done: int, total: int, text: str) -> None:
        phases.append(text)
        if text == "laying out the pages" and done > 0:
            job.cancel()  # as the Cancel button does, while the PDF is being made

    gate = threading.Event()
    rig.writer.submit(gate.wait)  # hold the work until the test listens to the job
    job = page.report()
    job.progress.connect(progress, Qt.ConnectionType.DirectConnection)
    gate.set()
    with qtbot.waitSignal(job.was_cancelled, timeout=60000):
        pass
    job.wait(10)
    assert "laying out the pages" in phases
    assert page.panel.message.text() == "Cancelled; nothing was written."
    assert not page.panel.open_button.isVisibleTo(page)
    assert list(tmp_path.glob("*.pdf")) == [] and not any(
        p.name.startswith(".cancelled") for p in tmp_path.iterdir())
    assert page.report_button.isEnabled()


def test_the_override_is_asked_once_in_one_dialog(qtbot, rig):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

    page = show(qtbot, rig)
    answers: list[str | None] = []

    def type_reason() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QDialog) and w.isVisible())
        edit = dialog.findChild(QLineEdit)
        assert QApplication.focusWidget() is edit
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # nothing typed: Enter does not write
        assert dialog.isVisible()
        qtbot.keyClicks(edit, "synthetic: pilot for the board")
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(200, type_reason)
    answers.append(page._ask_override("The anonymised data have k=1."))
    assert answers == ["synthetic: pilot for the board"]


def test_candidates_are_decided_with_r_and_k(qtbot):
    from PySide6.QtWidgets import QApplication

    from fieldkit.gui.candidates_dialog import CandidatesDialog
    from fieldkit.operations.outputs import CandidateView

    found = [CandidateView(f"name:person {n}", f"Person{n} Synthetica", "a capitalised word",
                           f"interviews.routines in interview {n}", f"… met Person{n} …")
             for n in range(3)]
    dialog = CandidatesDialog(found)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    table = dialog.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=3000)
    assert table.currentRow() == 0
    assert "3 still to decide" in dialog.status.text()
    qtbot.keyClick(table, Qt.Key.Key_R)
    qtbot.keyClick(table, Qt.Key.Key_K)
    assert table.currentRow() == 2 and "1 still to decide" in dialog.status.text()
    assert table.item(0, 4).text() == "Redact" and table.item(1, 4).text() == "Keep"
    dialog.redact_rest.click()
    assert "All decided" in dialog.status.text()
    assert [d["decision"] for d in dialog.decisions()] == ["redact", "keep", "redact"]
    assert dialog.decisions()[1] == {"key": "name:person 1", "text": "Person1 Synthetica",
                                     "kind": "a capitalised word", "decision": "keep"}


REFUSAL = ("the anonymised data have k=1, below the plan's threshold of 5 (12 records at risk); "
           "k-map=1 against the public rosters, below the plan's threshold of 5 (9 records with "
           "fewer than 5 roster seats sharing their public values); l-diversity (distinct) of "
           "trust_level is 1, below the plan's l threshold of 2 in 4 classes of respondents; "
           "6 people named share their roster attributes with fewer than 5 roster seats. "
           "Generalise organisation to region (k would rise to 3). Suppress member_state "
           "(k would rise to 5). Change the plan, or give an override reason.")


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_a_risk_refusal_reads_as_a_summary_with_scrollable_details(qtbot, scale):
    from PySide6.QtWidgets import QApplication

    from fieldkit.gui.refusal_dialog import RefusalDialog, refusal_details

    app = QApplication.instance()
    font = app.font()
    bigger = app.font()
    bigger.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(bigger)
    try:
        dialog = RefusalDialog(REFUSAL[:1].upper() + REFUSAL[1:])
        qtbot.addWidget(dialog)
        dialog.fit(1366, 768)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        summary = dialog.summary
        assert summary.text().count(". ") == 0 and "re-identified" in summary.text()
        assert summary.geometry().top() >= 0
        assert summary.height() >= summary.heightForWidth(summary.width())  # nothing clipped
        assert summary.property("role") != "error"  # not a wall of red
        lines = dialog.details.toPlainText().splitlines()
        assert lines == [f"• {line}" for line in refusal_details(REFUSAL)]
        assert lines[0] == "• The anonymised data have k=1, below the plan's threshold of 5 " \
                           "(12 records at risk)."
        assert lines[1].startswith("• k-map=1") and lines[2].startswith("• l-diversity")
        assert len(lines) == 7 and lines[-1] == "• Change the plan, or give an override reason."
        for child in (dialog.details, dialog.reason, dialog.write):
            box = child.geometry()
            top_left = child.mapTo(dialog, box.topLeft() - box.topLeft())
            assert top_left.y() >= 0 and top_left.y() + box.height() <= dialog.height()
    finally:
        app.setFont(font)
