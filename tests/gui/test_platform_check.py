"""Without a screen, `fieldkit gui --smoke` uses the offscreen platform and `fieldkit gui` says
what is missing in one sentence; a missing xcb library is named, with its package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.errors import FieldkitError
from fieldkit.gui import platform_check
from fieldkit.gui.platform_check import NOT_FOUND, choose_platform, debian_package

ROOT = Path(__file__).resolve().parents[2]


def run_gui(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    base.update({"TMPDIR": str(tmp_path), "HOME": str(tmp_path / "home"),
                 "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": os.environ["PYTHONPATH"], **env})
    return subprocess.run([sys.executable, "-m", "fieldkit", "gui", *args], env=base,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux desktop question")
def test_no_display_smoke_runs_offscreen_and_the_app_says_why_it_cannot_start(tmp_path):
    done = run_gui(tmp_path, "--smoke")
    assert done.returncode == 0, done.stderr
    done = run_gui(tmp_path, "--store", str(tmp_path / "store"))
    lines = done.stderr.strip().splitlines()
    assert done.returncode != 0 and len(lines) == 1, done.stderr
    assert "no screen to show the app on" in lines[0] and "DISPLAY" in lines[0]
    assert "xcb-cursor" not in lines[0]
    done = run_gui(tmp_path, "--store", str(tmp_path / "store"), DISPLAY=":987")
    assert "no X server answers at DISPLAY=:987" in done.stderr and done.returncode != 0


def test_a_missing_xcb_library_is_named_with_its_package(monkeypatch, tmp_path):
    socket = Path("/tmp/.X11-unix")
    display = next((f":{p.name[1:]}" for p in socket.glob("X*")), None) if socket.exists() \
        else None
    env = {"DISPLAY": display or ":0"}
    if display is None:
        monkeypatch.setattr(platform_check, "_x_server_missing", lambda _d: False)
    monkeypatch.setattr(platform_check, "missing_libraries",
                        lambda _p: ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"])
    with pytest.raises(FieldkitError) as caught:
        choose_platform(False, env, plugin=tmp_path / "libqxcb.so", system="linux")
    text = str(caught.value)
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0 are missing" in text
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in text
    assert "README" in text and "\n" not in text
    monkeypatch.setattr(platform_check, "missing_libraries", lambda _p: [])
    assert choose_platform(False, env, system="linux") is None
    assert choose_platform(False, {"QT_QPA_PLATFORM": "xcb"}, system="linux") is None


def test_ldd_output_and_package_names():
    out = ("\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x1)\n"
           "\tlibxcb-cursor.so.0 => not found\n\tlibxcb-icccm.so.4 => not found\n")
    assert NOT_FOUND.findall(out) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libEGL.so.1") == "libEGL1"
    # on this machine the real plugin loads: nothing missing
    assert platform_check.missing_libraries(platform_check.xcb_plugin()) == []
