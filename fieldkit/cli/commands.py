"""The list of subcommand groups the ``fieldkit`` command offers."""

from __future__ import annotations

from . import (
    code_cmd,
    export_cmd,
    gui_cmd,
    interview_cmd,
    merge_cmd,
    protocol_cmd,
    report_cmd,
    review_cmd,
    session_cmd,
    store_cmd,
)

# Each entry is a ``register(subparsers)`` function; a group module adds its own parsers.
REGISTRY = [
    protocol_cmd.register,
    store_cmd.register,
    interview_cmd.register,
    gui_cmd.register,
    export_cmd.register,
    code_cmd.register,
    report_cmd.register,
    session_cmd.register,
    merge_cmd.register,
    review_cmd.register,
]
