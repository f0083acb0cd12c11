"""The command's spine: version, help, usage errors."""

import subprocess
import sys

from fieldkit import __version__
from fieldkit.cli import main
from fieldkit.data import forms_dir


def run(*args):
    return subprocess.run([sys.executable, "-m", "fieldkit", *args], capture_output=True, text=True)


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"fieldkit {__version__}"


def test_help_lists_commands():
    r = run("--help")
    assert r.returncode == 0 and "protocol" in r.stdout


def test_bad_usage_is_exit_2_one_line():
    r = run("no-such-command")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_schema_is_json(capsys):
    import json

    assert main(["protocol", "schema"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == "fieldkit protocol"


def test_a_reader_that_goes_away_is_no_internal_error():
    import subprocess
    import sys

    form = forms_dir() / "informal-relations.yaml"
    shown = subprocess.Popen([sys.executable, "-m", "fieldkit", "protocol", "show", str(form)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert shown.stdout is not None
    shown.stdout.readline()  # read one line, like `| head -1`, then go away
    shown.stdout.close()
    _, err = shown.communicate(timeout=60)
    assert b"internal error" not in err and b"Traceback" not in err
