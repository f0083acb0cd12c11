"""Before Qt starts: is there a screen to show the app on, and can Qt's plugin for it load?

Qt aborts the process when its window-system plugin cannot start, with a message that names
xcb-cursor whatever is really missing, and the same for no display at all. These checks run
first and say in one sentence what is missing and where the README explains it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from fieldkit.errors import FieldkitError

README_LINUX = "the README's section 'On Linux'"
NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)
SONAME = re.compile(r"^(lib[\w.+-]*?)\.so\.(\d+)")


def xcb_plugin() -> Path | None:
    import PySide6

    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def missing_libraries(plugin: Path | None) -> list[str]:
    """The shared libraries the plugin needs and the system lacks (by ``ldd``)."""
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(NOT_FOUND.findall(done.stdout)))


def debian_package(soname: str) -> str:
    """The usual Debian/Ubuntu package of a library (libxcb-cursor.so.0 -> libxcb-cursor0)."""
    match = SONAME.match(soname)
    if not match:
        return soname
    name, version = match.groups()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def _x_server_missing(display: str) -> bool:
    """A local display (":1") whose socket does not exist: nothing listens there."""
    match = re.fullmatch(r":(\d+)(\.\d+)?", display)
    return match is not None and not Path(f"/tmp/.X11-unix/X{match.group(1)}").exists()


def choose_platform(smoke: bool, env: Mapping[str, str] | None = None,
                    plugin: Path | None = None, system: str = sys.platform) -> str | None:
    """The Qt platform to ask for (None: Qt's own choice), or FieldkitError in one sentence."""
    env = os.environ if env is None else env
    if env.get("QT_QPA_PLATFORM") or not system.startswith("linux"):
        return None  # chosen by the person starting it, or not a Linux desktop question
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if not display and not wayland or display and not wayland and _x_server_missing(display):
        if smoke:
            return "offscreen"  # the start-up check needs no screen
        where = f"no X server answers at DISPLAY={display}" if display else (
            "neither DISPLAY nor WAYLAND_DISPLAY is set")
        raise FieldkitError(f"there is no screen to show the app on ({where}): start it from "
                            "a desktop session, or over SSH with 'ssh -X'.")
    if wayland:
        return None  # Qt tries Wayland first, then xcb
    missing = missing_libraries(plugin if plugin is not None else xcb_plugin())
    if missing:
        packages = " ".join(debian_package(name) for name in missing)
        raise FieldkitError(f"Qt cannot load its X11 plugin (xcb) because {', '.join(missing)} "
                            f"{'is' if len(missing) == 1 else 'are'} missing: install them "
                            f"(on Debian or Ubuntu: sudo apt-get install {packages}), as "
                            f"{README_LINUX} explains.")
    return None


def prepare(smoke: bool) -> None:
    """Run the checks and set the platform for Qt; raises FieldkitError when it cannot start."""
    platform = choose_platform(smoke)
    if platform is not None:
        os.environ["QT_QPA_PLATFORM"] = platform
