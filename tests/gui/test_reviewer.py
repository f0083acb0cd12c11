"""The reviewer mode: an export folder read-only, placeholders highlighted, tampering shown,
the decision recorded, and the way in from the app's start."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldkit.exports.review import open_export
from fieldkit.gui.reviewer.entry import open_review
from fieldkit.gui.reviewer.page import ReviewerPage
from fieldkit.gui.reviewer.texts import ALL_KINDS, KIND_COLOURS

from .app_support import app_factory, make_store  # noqa: F401
from .reviewer_support import MARKERS, export_folder


@pytest.fixture
def folder(tmp_path, tmp_path_factory):
    return export_folder(tmp_path, tmp_path_factory.getbasetemp())


def _page(qtbot, folder) -> ReviewerPage:
    page = ReviewerPage(open_export(folder))
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    return page


def _data(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "review.json"}


def test_placeholders_are_highlighted_by_kind_and_no_name_shows(qtbot, folder):
    page = _page(qtbot, folder)
    marks = page.texts.highlighted()
    assert {kind for _t, kind, _c in marks} >= {"PERSON", "EMAIL", "PHONE", "COUNTRY"}
    for text, kind, colour in marks:
        assert re.fullmatch(rf"\[{kind}(-\d+)?\]", text), text
        assert colour == KIND_COLOURS[kind]
    shown = page.texts.view.toPlainText()
    # every placeholder in the texts is one of the highlighted runs
    assert len(re.findall(r"\[[A-Z]+(?:-\d+)?\]", shown)) == len(marks)
    assert "Interview 1 · interviews.why" in shown
    assert not any(m.lower() in shown.lower() for m in MARKERS)
    assert page.integrity.property("role") == "ok" and page.decision.approve.isEnabled()


def test_the_filters_narrow_the_texts(qtbot, folder):
    page = _page(qtbot, folder)
    total = len(page.texts.texts)
    page.texts.kind.setCurrentText("PHONE")
    phones = page.texts.shown()
    assert 0 < len(phones) < total
    assert {k for _t, k, _c in page.texts.highlighted()} >= {"PHONE"}
    assert all("[PHONE]" in t["text"] for t in phones)
    page.texts.kind.setCurrentText(ALL_KINDS)
    page.texts.search.setText("old friend of")
    assert 0 < len(page.texts.shown()) < total
    assert page.texts.count.text() == f"{len(page.texts.shown())} of {total}"
    page.texts.search.setText("no such words anywhere")
    assert page.texts.shown() == [] and "No redacted text matches" in \
        page.texts.view.toPlainText()


def test_variables_and_risk_panes(qtbot, folder):
    page = _page(qtbot, folder)
    table = page.variables.table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()): r for r in range(table.rowCount())}
    r = rows[("interviews", "resp_name")]
    assert table.item(r, 3).text() == "drop" and table.item(r, 4).text() == "identifier"
    r = rows[("interviews", "gender")]
    assert "kept as is" in table.item(r, 7).text()
    page.variables.filter.setText("pseudonymise")
    visible = [r for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert visible and all(table.item(r, 3).text() == "pseudonymise" for r in visible)
    risk = page.tabs.widget(1).toPlainText()
    assert "k-anonymity" in risk and "Below k in the sample: 1, 2, 3, 4, 5, 6" in risk
    assert "below a threshold of the plan" in risk
    assert "synthetic test" not in risk  # the override reason stays in the team's audit log


def test_tampering_is_shown_and_blocks_approval(qtbot, folder):
    (folder / "quotes.csv").write_bytes((folder / "quotes.csv").read_bytes() + b"x\n")
    page = _page(qtbot, folder)
    assert page.integrity.property("role") == "error"
    assert "quotes.csv is ALTERED" in page.integrity.text()
    assert not page.decision.approve.isEnabled()
    page.decision.name.setText("R. Eviewer")
    page.decision.comment.setPlainText("quotes.csv does not match the manifest.")
    page.decision.send_back.click()
    (entry,) = json.loads((folder / "review.json").read_text())["decisions"]
    assert entry["decision"] == "returned" and entry["files_intact"] is False


def test_a_decision_is_recorded_with_name_and_time_only_in_review_json(qtbot, folder):
    before = _data(folder)
    page = _page(qtbot, folder)
    pane = page.decision
    pane.send_back.click()  # no name yet: said on the page, nothing written
    assert "reviewer's name" in pane.message.text() and not (folder / "review.json").exists()
    pane.name.setText("Dr R. Eviewer")
    pane.comment.setPlainText("Generalise the role to rank bands.")
    with qtbot.waitSignal(pane.recorded) as got:
        pane.send_back.click()
    assert got.args[0]["comment"] == "Generalise the role to rank bands."
    pane.approve.click()
    decisions = json.loads((folder / "review.json").read_text())["decisions"]
    assert [d["decision"] for d in decisions] == ["returned", "approved"]
    assert all(d["reviewer"] == "Dr R. Eviewer" and d["at"].endswith("Z") for d in decisions)
    assert pane.history.count() == 2 and "APPROVED by Dr R. Eviewer" in pane.history.item(1).text()
    assert _data(folder) == before
    text = (folder / "review.json").read_text(encoding="utf-8").lower()
    assert not any(m.lower() in text for m in MARKERS)


def test_reached_from_the_unlock_screen_and_left_by_keyboard(qtbot, tmp_path, folder,
                                                             app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    window = app.window
    assert window.entry.review_button.text() == "Open an &export for review…"
    assert window.review_action.isEnabled()
    page = open_review(window, folder)
    assert window.current_screen == "review" and window.store is None
    page.tabs.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.texts
    page.names.find_requested.emit("Vienna")
    assert page.texts.search.text() == "Vienna"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen == "unlock"
    assert open_review(window, tmp_path) is None and window.current_screen == "unlock"
    assert "not a fieldkit export folder" in window.review_message.text()
    window.review_message.close()


def test_first_run_offers_the_reviewer(qtbot, tmp_path, folder, app_factory):  # noqa: F811
    app = app_factory()
    window = app.window
    assert window.current_screen == "first_run"
    assert window.entry.review_button.isVisible()
    open_review(window, folder)
    assert window.current_screen == "review"
    window.review_page.close_button.click()
    assert window.current_screen == "first_run"
