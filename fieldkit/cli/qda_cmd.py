"""Exchange with QDA tools through REFI-QDA: ``fieldkit export qdpx`` and
``fieldkit protocol import-codebook`` (and ``export-codebook``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from fieldkit.errors import FieldkitError

from .store_access import add_store_options, open_store


def add_qdpx(cmds: argparse._SubParsersAction) -> None:
    """``fieldkit export qdpx -o project.qdpx``."""
    p = cmds.add_parser("qdpx", help="write a REFI-QDA project for ATLAS.ti, NVivo, MAXQDA, "
                                     "QualCoder",
                        description="Write the coded interviews as a REFI-QDA project (.qdpx): "
                                    "one text source per interview (its open answers and "
                                    "quotes), the codebook with its tree, every coding with "
                                    "its passage's positions, the interviews as cases with "
                                    "their attributes, the coders as users, and memos. "
                                    "Anonymised by the plan unless --identified; a respondent "
                                    "who refused quotation keeps no words in a shared project.")
    add_store_options(p)
    p.add_argument("-o", "--out", dest="qdpx_out", required=True, metavar="PROJECT.qdpx")
    p.add_argument("--protocol", metavar="ID", help="which protocol's interviews")
    p.add_argument("--identified", action="store_true",
                   help="identified data, for the team only")
    p.add_argument("--plan", metavar="PLAN.yaml", help="the anonymisation plan")
    p.add_argument("--override-k", metavar="REASON",
                   help="write even below the plan's k threshold; the reason is recorded")
    p.add_argument("--key-file", metavar="FILE", help="pseudonym key (default: derived from "
                                                      "the lead identity in the store)")
    p.add_argument("--force", action="store_true", help="replace PROJECT.qdpx if it exists")
    p.set_defaults(func=_qdpx)


def _qdpx(args: argparse.Namespace) -> int:
    from fieldkit.operations.outputs import produce, write_qdpx

    from .output_options import output_request, warn_about

    request = output_request(args, "qdpx")
    out = Path(args.qdpx_out)
    with open_store(args) as store:
        prepared, paths = produce(store, request, lambda p: [write_qdpx(
            p, out, overwrite=args.force)])
    warn_about(request, prepared)
    print(f"wrote {paths[0]}")
    return 0


def add_codebook_actions(cmds: argparse._SubParsersAction) -> None:
    """``fieldkit protocol import-codebook`` and ``export-codebook``."""
    p = cmds.add_parser("import-codebook", help="take a REFI-QDA codebook (.qdc) into a "
                                                "protocol",
                        description="Read a REFI-QDA codebook (.qdc, from ATLAS.ti, NVivo, "
                                    "MAXQDA or QualCoder) and write a new version of the "
                                    "protocol with it as its codebook. Codes fieldkit wrote "
                                    "keep their ids (and so their codings); new codes get an "
                                    "id made from their name. Add the new version with "
                                    "'fieldkit protocol add'.")
    p.add_argument("codebook", metavar="FILE.qdc")
    p.add_argument("--protocol", dest="protocol_file", required=True, metavar="PROTOCOL.yaml",
                   help="the protocol whose codebook this replaces")
    p.add_argument("-o", "--out", required=True, metavar="OUT.yaml")
    p.add_argument("--version", dest="new_version", metavar="V",
                   help="the new protocol version (default: the current one plus one)")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.set_defaults(func=_import_codebook)

    p = cmds.add_parser("export-codebook", help="write a protocol's codebook as REFI-QDA (.qdc)",
                        description="Write the protocol's codebook as a REFI-QDA codebook "
                                    "(.qdc) for QDA tools.")
    p.add_argument("file", metavar="PROTOCOL.yaml")
    p.add_argument("-o", "--out", required=True, metavar="OUT.qdc")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.set_defaults(func=_export_codebook)


def _write_new(out: Path, data: bytes, force: bool) -> None:
    if out.exists() and not force:
        raise FieldkitError(f"{out} already exists; choose another name or add --force")
    tmp = out.with_name(f".{out.name}.partial")
    tmp.write_bytes(data)
    os.replace(tmp, out)


def _import_codebook(args: argparse.Namespace) -> int:
    from fieldkit.protocol.loader import load_protocol
    from fieldkit.protocol.qdc import read_qdc, with_codebook
    from fieldkit.protocol.yaml_io import protocol_to_yaml

    source, out = Path(args.protocol_file), Path(args.out)
    protocol = load_protocol(source)
    codes = read_qdc(Path(args.codebook))
    new = with_codebook(protocol, codes, version=args.new_version)
    text = protocol_to_yaml(new, source.parent, out.parent if str(out.parent) else Path("."))
    _write_new(out, text.encode("utf-8"), args.force)
    count = len(new.codebook.flat()) if new.codebook else 0
    print(f"wrote {out}: protocol {new.id} v{new.version} with {count} codes; add it with "
          f"'fieldkit protocol add {out}'", file=sys.stderr)
    return 0


def _export_codebook(args: argparse.Namespace) -> int:
    from fieldkit.protocol.loader import load_protocol
    from fieldkit.protocol.qdc import qdc_bytes

    out = Path(args.out)
    _write_new(out, qdc_bytes(load_protocol(Path(args.file))), args.force)
    print(f"wrote {out}", file=sys.stderr)
    return 0
