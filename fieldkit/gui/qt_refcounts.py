"""Keeps None, True and False alive under PySide6 6.12 on Python 3.11, which drops references.

PySide6 6.12.0 returns None or True from several calls (``SignalInstance.emit``,
``QWidget.show``/``hide``, ``QTimer.start`` among them) without taking a reference, so on
Python 3.11 each call leaves the object one reference short and, a few hundred calls later,
the interpreter aborts ("deallocating None"), losing the window mid-interview. Python 3.12
made these objects immortal; this does the same for 3.11 by giving each a reference count so
large that lost references can never bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

SPARE = 1 << 40  # ~10^12 lost references: far beyond any session
_done = False


def protect_singletons() -> bool:
    """Make None, True and False effectively immortal (once); True if it was needed here."""
    global _done
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6 import __version__ as pyside_version

    if not pyside_version.startswith("6.12."):
        return False
    if not _done:
        for obj in (None, True, False):
            before = sys.getrefcount(obj)
            count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
            count.value += SPARE
            # ctypes itself briefly holds a few references, so allow a small difference
            if abs(sys.getrefcount(obj) - before - SPARE) > 100:  # not the layout expected
                count.value -= SPARE
                return False
        _done = True
    return True
