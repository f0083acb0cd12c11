"""Outputs go through a private temporary folder; what a killed run left is cleaned up."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from fieldkit.atomic import (
    OLD_PREFIX,
    PARTIAL_PREFIX,
    PENDING,
    private_temp_dir,
    sweep,
    sweep_killed_runs,
    write_file,
)
from fieldkit.exports.atomic import atomic_dir


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_temporary_folder_is_private_named_for_the_process_and_recorded(tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("FIELDKIT_STATE_DIR", str(tmp_path / "state"))
    with private_temp_dir(tmp_path) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(f"{PARTIAL_PREFIX}{os.getpid()}-")
        assert stat.S_IMODE(tmp.stat().st_mode) == 0o700
        (record,) = (tmp_path / "state" / PENDING).iterdir()
        assert record.read_text() == str(tmp_path)
        (tmp / "x").write_text("half")
    assert list(tmp_path.iterdir()) == [tmp_path / "state"]
    assert not list((tmp_path / "state" / PENDING).iterdir())


def test_a_failed_export_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError), atomic_dir(tmp_path / "out") as tmp:
        (tmp / "interviews.csv").write_text("identified")
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []


def test_leftovers_of_dead_runs_go_and_a_moved_aside_output_comes_back(tmp_path):
    gone = dead_pid()
    (tmp_path / f"{PARTIAL_PREFIX}{gone}-abc").mkdir()
    (tmp_path / f"{PARTIAL_PREFIX}{gone}-abc" / "interviews.csv").write_text("identified")
    (tmp_path / f"{OLD_PREFIX}{gone}-export").mkdir()  # killed between the two renames
    (tmp_path / f"{OLD_PREFIX}{gone}-export" / "manifest.json").write_text("{}")
    (tmp_path / f"{OLD_PREFIX}{gone}-kept").mkdir()
    (tmp_path / "kept").mkdir()  # the new one arrived: the old copy is removed
    (tmp_path / f"{PARTIAL_PREFIX}{os.getpid()}-live").mkdir()  # a running output stays
    (tmp_path / ".hidden-by-the-user").mkdir()
    assert sweep(tmp_path) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".hidden-by-the-user", "export", "kept", f"{PARTIAL_PREFIX}{os.getpid()}-live"])
    assert (tmp_path / "export" / "manifest.json").exists()


def test_a_start_finds_the_folders_of_killed_runs_by_their_records(tmp_path, monkeypatch):
    monkeypatch.setenv("FIELDKIT_STATE_DIR", str(tmp_path / "state"))
    gone = dead_pid()
    out = tmp_path / "elsewhere"
    (out / f"{PARTIAL_PREFIX}{gone}-abc").mkdir(parents=True)
    records = tmp_path / "state" / PENDING
    records.mkdir(parents=True)
    (records / f"{gone}-xyz").write_text(str(out))
    assert sweep_killed_runs() == 1
    assert list(out.iterdir()) == [] and list(records.iterdir()) == []


def test_a_single_file_is_written_whole_and_owner_only(tmp_path):
    path = write_file(tmp_path / "report.pdf", b"%PDF-1.4 whole")
    assert path.read_bytes() == b"%PDF-1.4 whole"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
