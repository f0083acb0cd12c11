"""The subcommand groups the ``fieldkit`` command offers, each loaded only when needed.

Each group module adds its own parsers with ``register(subparsers)``. A command names its
group first (``fieldkit protocol validate``), so only that module and what it imports are
loaded; ``fieldkit --help`` (or no group) loads them all. This keeps start-up short:
``fieldkit --version`` imports none of them.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence

# The group's name on the command line -> the module (in fieldkit.cli) that registers it,
# in the order ``fieldkit --help`` lists them.
GROUPS = {
    "protocol": "protocol_cmd",
    "store": "store_cmd",
    "interview": "interview_cmd",
    "gui": "gui_cmd",
    "export": "export_cmd",
    "code": "code_cmd",
    "report": "report_cmd",
    "session": "session_cmd",
    "merge": "merge_cmd",
    "review": "review_cmd",
}

Register = Callable[[argparse._SubParsersAction], None]


def registrars(argv: Sequence[str] | None = None) -> list[Register]:
    """The ``register`` functions a command line needs: its group's alone when it names one,
    else every group's (for help and for mistakes, which list them all)."""
    first = next((a for a in argv or () if not a.startswith("-")), None)
    names = [first] if first in GROUPS else list(GROUPS)
    return [importlib.import_module(f"fieldkit.cli.{GROUPS[n]}").register for n in names]
