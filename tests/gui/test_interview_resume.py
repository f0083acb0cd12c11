"""Resume after a kill: the screen opens on the item where the interviewer was, answers shown."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parent))
from helpers import PASSPHRASE, ROOT, STUDY_A, Rig, key, settle  # noqa: E402

from fieldkit.gui.writer import Writer  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

K, M = Qt.Key, Qt.KeyboardModifier

RECORDER = textwrap.dedent("""
    import sys, time
    from fieldkit.interview.session import InterviewSession
    from fieldkit.protocol.loader import load_protocol
    from fieldkit.store.store import Store
    store = Store.open(sys.argv[1], sys.argv[2])
    session = InterviewSession.start(store, load_protocol(sys.argv[3]))
    session.record_consent(True)
    session.answer("interview_date", "2009-04-14")
    session.answer("organisation", "eu")
    session.answer("member_state", "Portugal")
    session.special("years_in_post", "dont_know")
    session.answer("informal_contacts_week", 6)
    friend = session.add_person("friends_eu", roster_id="eu-ie")
    session.answer("friend_contacts_eu", 4, friend.instance_id)
    session.answer("formal_preparation", "Working party first, then the committee.")
    session.jump("formal_preparation")
    print(session.interview_id, flush=True)
    time.sleep(60)
""")


def test_resume_after_kill_lands_where_the_interviewer_was(qtbot, tmp_path):
    path = tmp_path / "store"
    Store.create(path, PASSPHRASE, interviewer="T01", enforce_strength=False).close()
    proc = subprocess.Popen([sys.executable, "-c", RECORDER, str(path), PASSPHRASE, str(STUDY_A)],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT, env=dict(os.environ))
    try:
        interview_id = proc.stdout.readline().strip()
        assert interview_id, "the recorder did not start"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    rig = Rig.__new__(Rig)
    rig.path, rig.screen = path, None
    rig.writer = Writer()
    rig.store = rig.writer.call(Store.open, path, PASSPHRASE)
    try:
        session = rig.resume(interview_id)
        screen = rig.show(qtbot)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.item_page  # no cover: it had begun
        assert screen.shown_id == "formal_preparation"
        assert screen.editor.edit.toPlainText() == "Working party first, then the committee."
        shown = {}
        for _ in range(8):  # walk back, reading what each widget shows
            key(qtbot, K.Key_Left, M.AltModifier)
            settle(qtbot, screen)
            shown[screen.shown_id] = (screen.editor.raw(), screen.state.text())
        assert shown["member_state"][0] == "Portugal"
        assert shown["years_in_post"][0] is None
        assert shown["years_in_post"][1].startswith("Recorded: Don't know")
        assert shown["organisation"][0] == "eu"
        rig.writer.call(session.jump, "friends_eu")
        screen.refresh()
        settle(qtbot, screen)
        table = screen.editor.model
        assert table.rowCount() == 1
        assert table.index(0, 0).data() == "Ireland"
        assert table.index(0, 1).data() == "4"
    finally:
        rig.close()
