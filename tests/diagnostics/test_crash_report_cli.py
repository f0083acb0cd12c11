"""An internal error in the command writes a crash report with code locations and no values."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from fieldkit import diagnostics

from .crash_rig import PASSPHRASE, assert_report_clean, make_marked_store

# The real command, with one internal function made to fail while holding the interview's
# content and the passphrase in its locals and in the exception's message.
FAILING = textwrap.dedent("""
    import os, sys
    import fieldkit.cli.interview_cmd as cmd
    real = cmd.replay

    def replay_then_fail(events):
        content = real(events)
        secret = os.environ["FIELDKIT_PASSPHRASE"]
        raise ValueError(f"cannot show {content!r} with {secret}")

    cmd.replay = replay_then_fail
    from fieldkit.cli import main
    sys.argv = ["fieldkit", *sys.argv[1:]]
    sys.exit(main())
""")


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "FIELDKIT_PASSPHRASE": PASSPHRASE,
           diagnostics.LOG_DIR_ENV: str(tmp_path / "logs")}
    env.pop("FIELDKIT_DEBUG", None)
    return subprocess.run([sys.executable, "-c", FAILING, *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_an_internal_error_writes_a_report_without_answers_names_or_passphrase(tmp_path):
    interview = make_marked_store(tmp_path / "store")
    done = run_cli(tmp_path, "interview", "show", interview[:8], "--store",
                   str(tmp_path / "store"))
    assert done.returncode == 3
    err = done.stderr.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert_report_clean(err)
    named = re.search(r"written to (\S+);", err)
    assert named, err
    report = Path(named.group(1))
    assert report.parent == tmp_path / "logs"
    assert oct(report.stat().st_mode & 0o777) == "0o600"
    text = report.read_text()
    assert_report_clean(text)
    assert "cannot show" not in text  # the message is never kept, only its type
    assert "exception: ValueError" in text
    assert re.search(r"fieldkit/cli/__init__\.py:\d+ in main", text)
    assert re.search(r"fieldkit/cli/interview_cmd\.py:\d+ in _show", text)
    assert "<string>:" in text and "in replay_then_fail" in text
    assert "fieldkit: 0." in text or "fieldkit: " in text
    assert re.search(r"^python: 3\.\d+", text, re.M) and re.search(r"^os: ", text, re.M)
    assert "where: command line: fieldkit interview show" in text
    assert str(Path.home()) not in text or str(Path.home()) == "/"
    # A clean run leaves no faulthandler file behind.
    assert not list((tmp_path / "logs").glob("faults-*"))


def test_a_clean_command_writes_no_report(tmp_path):
    env = {**os.environ, diagnostics.LOG_DIR_ENV: str(tmp_path / "logs")}
    done = subprocess.run([sys.executable, "-m", "fieldkit", "--version"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert not list((tmp_path / "logs").glob("*")) if (tmp_path / "logs").exists() else True


def test_a_crash_python_cannot_catch_leaves_faulthandler_locations(tmp_path):
    """A segfault-like abort: the next start turns the fault file into a report; a killed
    run's empty fault file is removed."""
    logs = tmp_path / "logs"
    env = {**os.environ, diagnostics.LOG_DIR_ENV: str(logs)}
    crash = textwrap.dedent("""
        import faulthandler, sys
        from fieldkit import diagnostics
        diagnostics.enable_faulthandler()
        secret = "MARKERPASS"
        faulthandler._sigsegv()
    """)
    done = subprocess.run([sys.executable, "-c", crash], env=env, capture_output=True,
                          timeout=60)
    assert done.returncode != 0
    assert len(list(logs.glob("faults-*"))) == 1
    kill = "import os, signal\nfrom fieldkit import diagnostics\n" \
           "diagnostics.enable_faulthandler()\nos.kill(os.getpid(), signal.SIGKILL)\n"
    subprocess.run([sys.executable, "-c", kill], env=env, timeout=60)
    # That start turned the crashed run's file into a report; the killed run left its own.
    assert len(list(logs.glob("crash-fault-*"))) == 1 and len(list(logs.glob("faults-*"))) == 1
    diagnostics.remove_empty_fault_files(logs)
    assert not list(logs.glob("faults-*"))
    (report,) = logs.glob("crash-fault-*.txt")
    text = report.read_text()
    assert_report_clean(text)
    assert "Segmentation fault" in text or "Fatal Python error" in text
    assert 'File "<string>", line 6' in text
