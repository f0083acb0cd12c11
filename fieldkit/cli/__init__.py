"""The ``fieldkit`` command: parses arguments and turns every failure into one sentence."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from fieldkit import __version__, diagnostics
from fieldkit.atomic import sweep_killed_runs
from fieldkit.errors import FieldkitError

from . import commands


class _Parser(argparse.ArgumentParser):
    """argparse that says what is wrong in one line and exits 2 (bad usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: with the group it names (or every group, without one)."""
    parser = _Parser(
        prog="fieldkit",
        description="An offline, encrypted instrument for interviews with diplomats and officials.",
    )
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for register in commands.registrars(argv):
        register(sub)
    return parser


def _tell(exc: BaseException, report: Path | None) -> None:
    print(f"fieldkit: {diagnostics.report_sentence(exc, report)}", file=sys.stderr)


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # the real command (not a caller passing arguments): hooks for the process
        diagnostics.install("command line", _tell)
        sweep_killed_runs()  # what outputs killed part-way left behind
        signal.signal(signal.SIGTERM, _terminated)  # stopped: clean up as for Ctrl+C
    given = list(sys.argv[1:] if argv is None else argv)
    if given == ["--version"]:  # before any command module is loaded: start-up stays short
        print(f"fieldkit {__version__}")
        return 0
    parser = build_parser(given)
    args = parser.parse_args(given)
    func = getattr(args, "func", None)
    if func is None:
        # A group with no subcommand (``fieldkit protocol``) or no command at all: show help.
        (getattr(args, "group_parser", None) or parser).print_help()
        return 0 if args.command is None else 2
    try:
        return int(func(args) or 0)
    except FieldkitError as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("fieldkit: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``fieldkit interview list | head``): stop quietly, as Unix
        # tools do; point stdout at nothing so the interpreter's final flush does not complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:  # noqa: BLE001 - the last line of defence: people get a sentence
        if os.environ.get("FIELDKIT_DEBUG"):
            raise
        action = getattr(args, f"{args.command}_command", None) or ""
        where = f"command line: fieldkit {args.command} {action}".strip()
        _tell(exc, diagnostics.report_exception(where, exc))
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
