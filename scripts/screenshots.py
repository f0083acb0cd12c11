"""Make the desktop app's screenshots from a synthetic temporary store (run under Xvfb).

    xvfb-run -s '-screen 0 1366x768x24' .venv/bin/python scripts/screenshots.py [--scale 1.5]
        [--lang fr|es]

Writes resources/screenshots/{first-run,home,interview-*,name-generator,help,lock}.png (with
the overview of the answers and a soft check waiting to be confirmed) and the
lead's {merge,outputs}.png (only those with --lead); with --scale S (QT_SCALE_FACTOR, as a
laptop set to larger text shows it) into resources/screenshots/Sx/; with --lang L (the app's
own words in French or Spanish) into resources/screenshots/L/. Every respondent, answer
and passphrase here is invented for the pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fastkdf"))
import sitecustomize  # noqa: E402,F401  a throwaway store: no slow key derivation
from screenshot_coding import coding_screen  # noqa: E402
from screenshot_grab import fit, grab_to  # noqa: E402

from fieldkit.crypto import LeadIdentity  # noqa: E402
from fieldkit.data import forms_dir  # noqa: E402
from fieldkit.gui.app import application, wait_until  # noqa: E402
from fieldkit.gui.main_window import MainWindow  # noqa: E402
from fieldkit.gui.settings import UiSettings  # noqa: E402
from fieldkit.gui.style import apply_style  # noqa: E402
from fieldkit.gui.writer import Writer  # noqa: E402
from fieldkit.interview.session import InterviewSession  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "screenshots"
SCALE = next((float(a) for a, b in zip(sys.argv[2:], sys.argv[1:], strict=False)
              if b == "--scale"), 1.0)
if SCALE != 1.0:  # before Qt starts: the whole app drawn larger, on the same screen
    os.environ["QT_SCALE_FACTOR"] = f"{SCALE:g}"
    OUT = OUT / f"{SCALE:g}x"
LANG = next((b for a, b in zip(sys.argv[1:], sys.argv[2:], strict=False) if a == "--lang"), "")
if LANG:
    OUT = OUT / LANG
SIZE = (1366, 768)
PASSPHRASE = "maple orbit candle fjord tulip 42"
# (respondent code, organisation, role, finished?) of the invented interviews on the home page
PEOPLE = [("R-001", "eu", "ambassador", True), ("R-002", "au", "deputy", True),
          ("R-003", "osce", "ambassador", False), ("R-004", "oas", "charge_d_affaires", True),
          ("R-005", "eu", "deputy", False), ("R-006", "au", "ambassador", False)]
SHOTS = [("interview-choice", "organisation"), ("interview-likert", "decision_speed"),
         ("interview-notes", "formal_preparation"), ("interview-number", "informal_contacts_week"),
         ("name-generator", "friends_eu")]
TYPED = {"informal_contacts_week": "12"}  # typed into the field, as the interviewer does


def fill_interviews(store, protocol) -> None:
    """A few invented interviews, some finished (and so sealed to the invented lead)."""
    for code, org, role, finished in PEOPLE:
        s = InterviewSession.start(store, protocol, interviewer="IV03", respondent_code=code)
        s.record_consent(True)
        s.answer("interview_date", "2009-03-1" + code[-1])
        s.answer("organisation", org)
        s.answer("role", role)
        s.answer("formal_meetings_month", 8)
        if finished:
            s.finish(force=True)
        else:
            s.jump("decision_speed")
            s.pause()


def prepare_session(store, protocol) -> InterviewSession:
    s = InterviewSession.start(store, protocol, interviewer="IV03", respondent_code="R-007")
    s.record_consent(True)
    s.answer("interview_date", "2009-04-02")
    s.answer("organisation", "eu")
    s.answer("role", "ambassador")
    s.answer("formal_preparation", "Instructions from the capital arrive on Monday; the "
             "Friday lunch of the Nordic group settles most of the wording before the meeting.")
    s.answer("decision_speed", "4")
    for roster_id in ("eu-at", "eu-be"):
        person = s.add_person("friends_eu", roster_id=roster_id)
        s.answer("friend_contacts_eu", 3, instance_id=person.instance_id)
    s.add_person("friends_eu", name="Former deputy of a Baltic delegation")
    return s


def save(window: MainWindow, name: str) -> None:
    grab_to(window, OUT / f"{name}.png")


def type_into_focus(text: str) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QTest.keyClicks(QApplication.focusWidget(), text)


def interview_pages(app, window: MainWindow, writer: Writer, store, protocol, session) -> None:
    """The consent page of a new interview, then the review before finishing and the help."""
    fresh = writer.call(InterviewSession.start, store, protocol, interviewer="IV03",
                        respondent_code="R-008")
    window.open_interview(fresh)
    save(window, "interview-consent")
    window.close_interview()
    writer.call(session.jump, "interviewer_notes")
    window.open_interview(session)
    screen = window.interview
    screen.review()
    wait_until(app, lambda: screen.pages.currentWidget() is screen.review_page, 30, "the review")
    save(window, "interview-review")
    screen.show_overview()
    wait_until(app, lambda: screen.pages.currentWidget() is screen.overview_page, 30,
               "the overview")
    save(window, "interview-overview")
    screen.escape()
    screen.escape()
    window.toggle_help()
    save(window, "help")
    window.toggle_help()
    window.close_interview()
    writer.call(session.answer, "informal_contacts_week", 55)  # unusual: to be confirmed
    writer.call(session.jump, "informal_contacts_week")
    window.open_interview(session)
    save(window, "interview-soft-check")
    window.close_interview()


def laptop_file(root: Path, lead_key: str, protocol, code: str, count: int, start: int) -> Path:
    """An invented interviewer's laptop with ``count`` finished interviews, handed over."""
    from fieldkit.exchange import export_session
    from fieldkit.store.store import Store

    with Store.create(root / f"laptop-{code}", PASSPHRASE, interviewer=code,
                      lead_public_key=lead_key) as store:
        store.add_protocol(protocol)
        for n in range(start, start + count):
            s = InterviewSession.start(store, protocol, interviewer=code,
                                       respondent_code=f"R-{n:03d}")
            if s.consent_needed:
                s.record_consent(True)
            s.answer("organisation", PEOPLE[n % len(PEOPLE)][1])
            s.answer("role", PEOPLE[n % len(PEOPLE)][2])
            s.answer("formal_meetings_month", 4 + n % 6)
            s.finish(force=True)
        return export_session(store, root).path


def lead_screens(app) -> None:
    """The lead's merge screen after three files (one damaged) and the outputs screen."""
    from fieldkit.protocol.loader import load_protocol
    from fieldkit.store.store import Store

    with tempfile.TemporaryDirectory(prefix="fieldkit-shots-lead-") as tmp:
        root = Path(tmp)
        lead = LeadIdentity.generate()
        protocol = load_protocol(forms_dir() / "informal-relations.yaml")
        files = [laptop_file(root, lead.public_key, protocol, code, count, start)
                 for code, count, start in (("IV03", 4, 1), ("IV05", 3, 5), ("IV08", 2, 8))]
        damaged = bytearray(files[2].read_bytes())
        damaged[len(damaged) // 2] ^= 0x40
        files[2].write_bytes(bytes(damaged))
        Store.create(root / "master", PASSPHRASE, role="lead", lead_identity=lead).close()
        writer = Writer()
        window = MainWindow(writer, root / "master", UiSettings(root / "ui.ini"))
        fit(window, SIZE)
        window.show()
        try:
            window.entry.passphrase.setText(PASSPHRASE)
            window.entry.submit()
            wait_until(app, lambda: window.lead.role == "lead", 30, "home")
            page = window.lead.show_merge()
            page.decide_signer = lambda newcomer: True
            page.add_files([str(f) for f in files])
            page.merge()
            wait_until(app, lambda: page.table.rowCount() == 3 and not page.panel.busy
                       and page.queue.count() == 1, 60, "the merge")
            save(window, "merge")
            outputs = window.lead.show_outputs()
            wait_until(app, lambda: outputs.interview.count() == 7, 30, "the outputs screen")
            outputs.export_folder.setText(str(root / "export-2009-06"))
            outputs.report_file.setText(str(root / "study-summary.pdf"))
            outputs.ask_override = lambda text: "seven invented interviews, for the picture"
            outputs.report()
            wait_until(app, lambda: outputs.panel.open_button.isVisible(), 120, "the report")
            save(window, "outputs")
        finally:
            window.close()
            window.shutdown()


def main() -> int:
    app = application()
    if LANG:
        from fieldkit.gui import i18n

        i18n.install(LANG)
    apply_style(app, 1.0)
    OUT.mkdir(parents=True, exist_ok=True)
    if "--lead" in sys.argv[1:]:
        lead_screens(app)
        return 0
    if "--coding" in sys.argv[1:]:
        coding_screen(app, OUT, SIZE, PASSPHRASE)
        return 0
    from screenshot_reviewer import reviewer_screen  # beside this script

    if "--reviewer" in sys.argv[1:]:
        reviewer_screen(app, OUT, SIZE)
        return 0
    with tempfile.TemporaryDirectory(prefix="fieldkit-shots-") as tmp:
        writer = Writer()
        window = MainWindow(writer, Path(tmp) / "store", UiSettings(Path(tmp) / "ui.ini"))
        fit(window, SIZE)
        window.show()
        try:
            page = window.entry
            wait_until(app, lambda: page.protocols.count() > 0, 30, "the bundled protocols")
            page.code.setText("IV03")
            page.passphrase.setText(PASSPHRASE)
            page.repeat.setText(PASSPHRASE)
            page.lead_key.setText(LeadIdentity.generate().public_key)
            save(window, "first-run")
            page.create_button.click()
            wait_until(app, lambda: window.home is not None, 30, "the home screen")
            home = window.home
            store = window.store
            record = next(p for p in writer.call(store.protocols) if p.id == "informal-relations")
            protocol = writer.call(home.cache.get, store, record.hash)
            writer.call(fill_interviews, store, protocol)
            home.refresh()
            wait_until(app, lambda: len(home.model.rows) == len(PEOPLE), 30, "the interviews")
            wait_until(app, lambda: len(home.model.orgs) >= 3, 30, "the organisations")
            home.table.selectRow(1)
            save(window, "home")
            session = writer.call(prepare_session, store, protocol)
            for name, item_id in SHOTS:
                writer.call(session.jump, item_id)
                window.open_interview(session)
                if item_id in TYPED:
                    type_into_focus(TYPED[item_id])
                save(window, name)
                window.close_interview()
            interview_pages(app, window, writer, store, protocol, session)
            window.open_interview(session)
            window.lock()
            save(window, "lock")
        finally:
            window.close()
            window.shutdown()
    lead_screens(app)
    coding_screen(app, OUT, SIZE, PASSPHRASE)
    reviewer_screen(app, OUT, SIZE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
