"""``fieldkit protocol``: validate, import, show and describe protocols."""

from __future__ import annotations

import argparse
import json

from fieldkit.protocol.model import schema


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("protocol", help="check, import and describe interview protocols")
    group.set_defaults(group_parser=group)
    cmds = group.add_subparsers(dest="protocol_command", metavar="ACTION")

    p = cmds.add_parser("schema", help="print the JSON Schema of protocol files")
    p.set_defaults(func=_schema)


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(schema(), indent=2, ensure_ascii=False))
    return 0
