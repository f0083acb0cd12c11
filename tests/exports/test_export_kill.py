"""A data export killed at random moments leaves the complete output or nothing, and no
partial (possibly identified) file survives the next start."""

from __future__ import annotations

import os
import sys

import pytest

from .kill_rig import kill_exports
from .test_cli_export import PASSPHRASE, store_dir  # noqa: F401 - the module's store fixture

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs SIGKILL")


def _command(store: str, passfile: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "fieldkit", "export", "--store", store,
            "--passphrase-file", passfile, *extra]


@pytest.fixture
def passfile(tmp_path):
    f = tmp_path / "pass.txt"
    f.write_text(PASSPHRASE + "\n")
    return str(f)


@pytest.mark.parametrize("extra", [("--identified",), ("--override-k", "synthetic check")])
def test_a_killed_export_leaves_the_whole_output_or_nothing(store_dir, passfile,  # noqa: F811
                                                            tmp_path, extra):
    seen = kill_exports(tmp_path, _command(str(store_dir), passfile, *extra), rounds=3, seed=14)
    assert seen["complete output"] + seen["nothing"] == 3


@pytest.mark.soak
@pytest.mark.parametrize("extra", [("--identified",), ("--override-k", "synthetic check")])
def test_export_kill_soak(store_dir, passfile, tmp_path, extra):  # noqa: F811
    seed = int(os.environ.get("FIELDKIT_SOAK_SEED", "1400"))
    rounds = int(os.environ.get("FIELDKIT_SOAK_KILLS", "30"))
    seen = kill_exports(tmp_path, _command(str(store_dir), passfile, *extra), rounds=rounds,
                        seed=seed)
    print(f"\nexport {' '.join(extra[:1])} killed: {dict(seen)}")
    assert seen["complete output"] + seen["nothing"] == seen["kills"]
    assert seen["left partial files before the next start"] > 0  # the kills hit mid-write


def test_a_stopped_export_cleans_up_at_once(store_dir, passfile, tmp_path):  # noqa: F811
    """SIGTERM (a shutdown, 'kill'): the command removes its partial output itself."""
    import signal
    import subprocess

    from .kill_rig import _env, _until_writing, leftovers

    dest = tmp_path / "out"
    dest.mkdir()
    child = subprocess.Popen([*_command(str(store_dir), passfile, "--identified"), "--out",
                              str(dest / "export")], env=_env(tmp_path),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if _until_writing(child, dest):
        child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=120)
    assert child.returncode in (0, 130), err
    if child.returncode == 130:
        assert "interrupted; nothing half-written was kept" in err
        assert not (dest / "export").exists()
    assert leftovers(dest) == []  # without any later start
