"""The Outputs screen makes the coding report beside the other reports, off the UI thread."""

from __future__ import annotations

import sys
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))

import coding_study as cs  # noqa: E402

from fieldkit.gui.lead_outputs import OutputsPage  # noqa: E402
from fieldkit.gui.writer import Writer  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402


def test_the_coding_report_from_the_outputs_screen(qtbot, tmp_path):
    path = cs.make_store(tmp_path / "lead")
    writer = Writer()
    store = writer.call(Store.open, path, cs.PASS)
    try:
        page = OutputsPage(writer, store)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.interview.count() == 4, timeout=10000)
        page.kind.setCurrentIndex(page.kind.findData("coding"))
        assert page.kind.currentText() == "Coding report (PDF)"
        page.report_identified.setChecked(True)
        out = tmp_path / "coding.pdf"
        page.report_file.setText(str(out))
        with qtbot.waitSignal(page.finished, timeout=60000):
            page.report()
        text = " ".join(p.extract_text() for p in PdfReader(out).pages)
        assert "Coding report" in text and "Mutual benefit" in text
        assert page.panel.message.text() == "Wrote coding.pdf."
    finally:
        QApplication.processEvents()
        writer.call(store.close)
        writer.stop()
