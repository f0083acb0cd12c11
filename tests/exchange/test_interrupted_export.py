"""A session export killed after writing its file but before recording it: the file may reach
the lead, so the next export follows on from it under the next number, and the lead merges
both in either order without a "history forked" (a run killed before the file was in place
left nothing that went out, and the next export takes its number)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from fieldkit.exchange import export_session, merge_files
from fieldkit.store import Store

from .conftest import PASSPHRASE, dump
from .test_kill import env

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs SIGKILL")

KILLED_EXPORT = """
import os, signal, sys
from fieldkit.cli import main
from fieldkit.exchange import export

real = export.write_private_file

def write_then_die(path, data, before_rename=None):
    def noted():
        before_rename()
        if sys.argv[1] == "before-rename":
            os.kill(os.getpid(), signal.SIGKILL)
    real(path, data, noted)
    os.kill(os.getpid(), signal.SIGKILL)

export.write_private_file = write_then_die
main(["session", "export", "--store", sys.argv[2], "--out", sys.argv[3]])
"""


def _killed_export(f, tmp_path, moment: str):
    laptop = f.laptops["A"]
    f.interview("A")
    out = f.root / "handed"
    out.mkdir()
    laptop.close()
    run = subprocess.run([sys.executable, "-c", KILLED_EXPORT, moment, str(laptop.path),
                          str(out)], env=env(tmp_path), capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == -9, run.stderr
    f.laptops["A"] = laptop = Store.open(laptop.path, PASSPHRASE)
    assert laptop.exchange.last_export()[0] == 1  # nothing recorded, nothing handed over
    return laptop, out


def _kinds(report) -> set[str]:
    return {kind for r in report.files for kind in r.history}


def test_the_export_after_a_killed_one_follows_on_and_the_lead_sees_no_fork(three, tmp_path):
    f = three
    laptop, out = _killed_export(f, tmp_path, "after-rename")
    (left,) = out.glob("*.fksession")
    assert left.name.endswith("-00002.fksession")
    f.interview("A")
    again = export_session(laptop, out)
    assert again.sequence == 3 and left.exists()  # the left file is not replaced
    assert set(again.interviews) >= set(f.interviews["A"][2:])
    assert laptop.check().ok
    files = [f.files["A"], left, again.path]
    states = set()
    for order in (files, [files[0], files[2], files[1]]):
        master = f.master()
        report = merge_files(master, order, accept_new_signer=True)
        assert [r.status for r in report.files] == ["merged"] * 3, report.to_dict()
        kinds = _kinds(report)
        assert "fork" not in kinds and "rollback" not in kinds, report.to_dict()
        assert kinds <= {"gap", "older"}  # the later file may come first: a gap that closes
        assert len(master.interviews()) == len(f.interviews["A"]) and master.check().ok
        states.add(repr(dump(master)))
    assert len(states) == 1
    # the left file lost on its way: the lead is told an export is missing, not a fork
    master = f.master()
    report = merge_files(master, [files[0], files[2]], accept_new_signer=True)
    assert _kinds(report) == {"gap"} and len(master.interviews()) == len(f.interviews["A"])


def test_a_run_killed_before_its_file_was_in_place_leaves_its_number_free(three, tmp_path):
    f = three
    laptop, out = _killed_export(f, tmp_path, "before-rename")
    assert list(out.glob("*.fksession")) == []
    again = export_session(laptop, out)
    assert again.sequence == 2 and again.path.name.endswith("-00002.fksession")
    master = f.master()
    report = merge_files(master, [f.files["A"], again.path], accept_new_signer=True)
    assert [r.status for r in report.files] == ["merged"] * 2 and _kinds(report) == set()
