"""Desktop app benchmarks: start to first question (unlock included) against a bare Qt window plus
one store unlock, and resident memory with 1,000 interviews in the store.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -s tests/benchmarks/bench_gui.py

Each timing is a fresh process, from its first line (imports and Qt start-up count) to the
first question drawn, median of a few runs, all
measured in the same run so the ratio is fair on a busy machine. The production key
derivation is used (the children run without tests/fastkdf on their path).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from fieldkit.crypto import keyslots
from fieldkit.data import forms_dir
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
STUDY_A = forms_dir() / "informal-relations.yaml"
PASSPHRASE = "benchmark only synthetic 5 words"
RUNS = 3

BARE = textwrap.dedent("""
    import sys, time
    began = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QLabel
    from fieldkit.store.store import Store
    app = QApplication(["bare"])
    window = QLabel("first question")
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    store = Store.open(sys.argv[1], sys.argv[2])
    window.grab()
    print(time.perf_counter() - began)
    store.close()
""")

APP = textwrap.dedent("""
    import sys, time
    began = time.perf_counter()
    from pathlib import Path
    from fieldkit.gui.app import application, wait_until
    from fieldkit.gui.main_window import MainWindow
    from fieldkit.gui.settings import UiSettings
    from fieldkit.gui.style import apply_style
    from fieldkit.gui.writer import Writer
    app = application()
    apply_style(app, 1.0)
    writer = Writer()
    window = MainWindow(writer, Path(sys.argv[1]), UiSettings(Path(sys.argv[3])))
    window.show()
    window.entry.passphrase.setText(sys.argv[2])
    window.entry.submit()
    wait_until(app, lambda: window.home is not None and bool(window.home.protocols), 120, "home")
    home = window.home
    if sys.argv[4] == "start":
        home.start_interview(home.protocols[0], home.protocols[0].default_language, "R-B1")
        wait_until(app, lambda: window.interview is not None, 120, "the first question")
        window.interview.grab()
        print(time.perf_counter() - began)
    else:
        count = int(sys.argv[4])
        wait_until(app, lambda: len(home.model.rows) == count, 300, "the interviews")
        wait_until(app, lambda: writer.pending == 0, 300, "the organisations")
        import psutil
        print(psutil.Process().memory_info().rss)
    window.close()
    window.shutdown()
""")


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return env


def _run(code: str, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], env=_env(),
                          capture_output=True, text=True, timeout=900)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stderr[-2000:]
    return elapsed, done.stdout


def _store(path: Path, interviews: int) -> Path:
    keyslots.default_params = getattr(keyslots.default_params, "__wrapped__",
                                      keyslots.default_params)  # production key slot
    protocol = load_protocol(STUDY_A)
    with Store.create(path, PASSPHRASE, interviewer="B01") as store:
        store.add_protocol(protocol)
        orgs = ("au", "eu", "oas", "osce")
        for n in range(interviews):
            session = InterviewSession.start(store, protocol, respondent_code=f"R-{n:04d}")
            session.record_consent(True)
            session.answer("organisation", orgs[n % 4])
            session.answer("role", "ambassador")
            session.answer("formal_meetings_month", 2 + n % 4)
    return path


def test_start_to_first_question_against_bare_window_plus_unlock(tmp_path):
    path = _store(tmp_path / "store", 0)
    bare, app = [], []
    for run in range(RUNS):  # interleaved, so machine load hits both alike
        bare.append(float(_run(BARE, path, PASSPHRASE)[1]))
        app.append(float(_run(APP, path, PASSPHRASE, tmp_path / f"ui{run}.ini", "start")[1]))
    ratio = statistics.median(app) / statistics.median(bare)
    print(f"\nbare window + unlock: {statistics.median(bare):.2f} s; fieldkit to first question "
          f"(unlock included): {statistics.median(app):.2f} s; ratio {ratio:.2f} (goal <= 2.0)")
    assert ratio <= 2.0


def test_resident_memory_with_1000_interviews(tmp_path):
    count = 1000
    started = time.perf_counter()
    path = _store(tmp_path / "store", count)
    made = time.perf_counter() - started
    elapsed, out = _run(APP, path, PASSPHRASE, tmp_path / "ui.ini", str(count))
    rss_mb = int(out.strip().splitlines()[-1]) / 2**20
    print(f"\n{count} interviews (made in {made:.0f} s): home listed with organisations in "
          f"{elapsed:.1f} s; resident memory {rss_mb:.0f} MB (goal < 300 MB)")
    assert rss_mb < 300
