"""The coding screenshot: an invented Study B interview under review, with codes applied.

Called by screenshots.py (``--coding``, or after the other shots); every answer is invented.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from screenshot_grab import fit, grab_to

from fieldkit.data import forms_dir
from fieldkit.gui.app import wait_until
from fieldkit.gui.review_dialog import ReviewDialog
from fieldkit.gui.writer import Writer
from fieldkit.interview.coding import Coder
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

FORMS = forms_dir()
START = ("It began with the airport. KFOR needed the mission's civilian planners and we needed "
         "their helicopters, so the two staffs simply started sharing a planning cell in "
         "Pristina. Nobody in Brussels or New York had asked for it. Later, when the new head "
         "of office arrived, he had served with the deputy commander in Bosnia, and from then "
         "on the weekly meeting became routine.")
ANSWERS = {
    "emergence_attitudes": "At first the NATO side saw us as slow and bureaucratic; that "
                           "changed once we had worked through the winter together.",
    "dynamics_cultures": "Our reporting lines go to New York, theirs to Mons; every joint "
                         "paper had to be cleared twice, which cost weeks.",
    "institutionalisation_how": "The weekly meeting was written into the joint standard "
                                "operating procedures in 2009, after the ministers' meeting.",
}
CODES = [("emergence_start", "mutual_benefit", "KFOR needed"),
         ("emergence_start", "mutual_benefit", "we needed their helicopters"),
         ("emergence_start", "field_staff_partners", "sharing a planning cell in Pristina"),
         ("emergence_start", "individual_mediators", "he had served with the deputy commander"),
         ("emergence_start", "emergence", None),
         ("dynamics_cultures", "organisational_cultures", None)]


def _record(store) -> str:
    s = InterviewSession.start(store, load_protocol(FORMS / "field-cooperation.yaml"),
                               respondent_code="B-014")
    if s.consent_needed:
        s.record_consent(True)
    s.answer("case", "kosovo")
    s.answer("emergence_start", START)
    for item_id, text in ANSWERS.items():
        s.answer(item_id, text)
    s.add_quote("Nobody in Brussels or New York had asked for it.", item_id="emergence_start",
                at_ms=754_000)
    s.finish(force=True, seal=False)
    coder = Coder(store, s.interview_id)
    for item_id, code, words in CODES:
        text = coder.content.value(item_id)
        at = text.index(words) if words else None
        coder.code_answer(item_id, code, start=at, end=None if words is None else at + len(words))
    return s.interview_id


def coding_screen(app, out: Path, size: tuple[int, int], passphrase: str) -> None:
    with tempfile.TemporaryDirectory(prefix="fieldkit-shots-coding-") as tmp:
        writer = Writer()
        store = writer.call(Store.create, Path(tmp) / "store", passphrase, interviewer="IV11")
        iid = writer.call(_record, store)
        dialog = ReviewDialog("Interview 14: B-014", [], writer=writer, store=store,
                              interview_id=iid)
        fit(dialog, size)
        dialog.show_coding()
        dialog.show()
        view = dialog.coding
        try:
            wait_until(app, lambda: view.tree is not None and view.passage_list.count() > 3, 30,
                       "the coding view")
            total = sum(view.split.sizes())  # the same shares at any scale
            view.split.setSizes([total * 25 // 100, total * 49 // 100, total * 26 // 100])
            view.tree.filter.setText("")
            cursor = view.text.textCursor()
            at = START.index("the weekly meeting became routine")
            cursor.setPosition(at)
            cursor.setPosition(at + len("the weekly meeting became routine"),
                               cursor.MoveMode.KeepAnchor)
            view.text.setTextCursor(cursor)
            view.text.setFocus()
            for _ in range(5):
                app.processEvents()
            path = out / "coding.png"
            grab_to(dialog, path)
        finally:
            dialog.close()
            writer.call(store.close)
            writer.stop()
