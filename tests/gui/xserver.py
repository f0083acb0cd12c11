"""A private Xvfb for tests that must see what a real X server shows (the xcb platform)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREEN = "1366x768x24"
NO_XVFB = ("no Xvfb on this machine (apt-get install xvfb and the xcb libraries listed in "
           ".ci/apt-packages.txt): the pixel checks need a real X server")


@contextmanager
def xvfb(screen: str = SCREEN) -> Iterator[str]:
    """Start ``Xvfb`` on a free display number and yield its DISPLAY (``:N``)."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip(NO_XVFB)
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display itself and writes its number once it is ready.
    proc = subprocess.Popen([binary, "-displayfd", str(write_fd), "-screen", "0", screen,
                             "-noreset", "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as ready:
            number = ready.readline().strip()
        if not number:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            pytest.fail(f"Xvfb did not start: {err.strip()[-400:]}")
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_on_x(display: str, args: list[str], timeout: float = 120,
             extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python args...`` with the xcb platform on ``display``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display,
           "PYTHONPATH": os.environ["PYTHONPATH"], **(extra_env or {})}
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=str(ROOT))


def pytest_on_x(test_file: Path, basetemp: Path, timeout: float = 300) -> str:
    """Run the tests of ``test_file`` in a child pytest on a private Xvfb with the xcb
    platform; assert they passed and return what the child printed."""
    with xvfb() as display:
        done = run_on_x(display, ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-p",
                                  "no:randomly", f"--basetemp={basetemp}", str(test_file)],
                        timeout=timeout)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out[-4000:]
    return out
