"""What the options of an output command (export, report, qdpx) ask for, and the warnings
printed after it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldkit.errors import FieldkitError
from fieldkit.operations.outputs import OutputRequest, Prepared


def output_request(args: argparse.Namespace, what: str) -> OutputRequest:
    """The request an output command's options describe (shared with ``fieldkit report``)."""
    return OutputRequest(
        what, protocol_id=args.protocol, identified=bool(getattr(args, "identified", False)),
        plan_path=Path(args.plan) if getattr(args, "plan", None) else None,
        override=getattr(args, "override_k", None) or None,
        key=read_key(args.key_file) if getattr(args, "key_file", None) else None)


def read_key(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise FieldkitError(f"cannot read the key file {name} ({exc.strerror})") from None


def warn_about(request: OutputRequest, prepared: Prepared | None) -> None:
    if request.identified:
        print("fieldkit: warning: IDENTIFIED data; keep the output within the team and never "
              "share it", file=sys.stderr)
    if prepared is not None and prepared.record is not None:
        for warning in prepared.record.warnings:
            print(f"fieldkit: warning: {warning}", file=sys.stderr)
