"""``fieldkit protocol``: validate, import, show and describe protocols."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

from fieldkit.counting import counted, noun
from fieldkit.data import resolve_form
from fieldkit.errors import FieldkitError, ProtocolError
from fieldkit.protocol.loader import load_protocol, validate_paths
from fieldkit.protocol.model import schema
from fieldkit.protocol.yaml_io import protocol_to_yaml

from .qda_cmd import add_codebook_actions
from .store_access import add_store_options, open_store

PROTOCOL_SUFFIXES = (".yaml", ".yml", ".xlsx", ".xlsm", ".xls", ".ods")


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("protocol", help="check, import and describe interview protocols",
                           description="Check, import and describe interview protocols.")
    group.set_defaults(group_parser=group)
    cmds = group.add_subparsers(dest="protocol_command", metavar="ACTION")

    p = cmds.add_parser("validate", help="check protocol files (YAML or XLSForm)",
                        description="Check protocol files; exit 0 when all are valid, else 1 "
                                    "with one line per problem: FILE:LOCATION: message.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="protocol files, or folders holding them")
    p.add_argument("--quiet", "-q", action="store_true", help="print errors only, no warnings")
    p.set_defaults(func=_validate)

    p = cmds.add_parser("import", help="convert an XLSForm into a YAML protocol",
                        description="Convert an XLSForm (.xlsx, .xls or .ods) into a YAML protocol that "
                                    "validates and holds the same items, logic and languages.")
    p.add_argument("form", metavar="FORM.xlsx")
    p.add_argument("-o", "--out", required=True, metavar="OUT.yaml")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.set_defaults(func=_import)

    p = cmds.add_parser("export", help="write a protocol as an XLSForm for ODK",
                        description="Write a protocol as an XLSForm that pyxform converts, so "
                                    "the same instrument runs on ODK tablets; its rosters go "
                                    "in rosters/ beside it.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--xlsform", required=True, metavar="OUT.xlsx")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.set_defaults(func=_export)

    p = cmds.add_parser("show", help="summarise a protocol",
                        description="Print a summary: sections, items by type, languages.")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=_show)

    p = cmds.add_parser("add", help="put a validated protocol into the store",
                        description="Validate a YAML or XLSForm protocol and keep a snapshot "
                                    "of it in the store, for interviews and imports.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--media", action="append", default=[], metavar="FILE",
                   help="a choice file the form names (select_one_from_file, external "
                        "choices) that was not beside it: a .csv or .geojson; repeatable")
    p.add_argument("--replace", action="store_true",
                   help="put this content in place of another the store holds under the same "
                        "id and version, which no interview may use (a lead who merged the "
                        "old content sets aside session files carrying the new)")
    add_store_options(p)
    p.set_defaults(func=_add)

    p = cmds.add_parser("remove", help="remove a protocol no interview uses from the store",
                        description="Remove a protocol (every content of that id and version) "
                                    "from the store, so session files no longer carry it; "
                                    "refused, naming them, while interviews use it.")
    p.add_argument("protocol_id", metavar="ID")
    p.add_argument("version", metavar="VERSION")
    add_store_options(p)
    p.set_defaults(func=_remove)

    p = cmds.add_parser("schema", help="print the JSON Schema of protocol files",
                        description="Print the JSON Schema of YAML protocols, for editors.")
    p.set_defaults(func=_schema)

    add_codebook_actions(cmds)


def _expand(files: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in files:
        path = resolve_form(name)
        if path.is_dir():
            out.extend(sorted(f for f in path.rglob("*") if f.suffix.lower() in PROTOCOL_SUFFIXES))
        else:
            out.append(path)
    return out


def _validate(args: argparse.Namespace) -> int:
    paths = _expand(args.files)
    problems = validate_paths(paths)
    errors = 0
    for problem in problems:
        if problem.severity == "error":
            errors += 1
        elif args.quiet:
            continue
        print(problem, file=sys.stdout if problem.severity == "error" else sys.stderr)
    ok = len({p.file for p in problems if p.severity == "error"})
    print(f"{len(paths) - ok} of {len(paths)} protocol {noun(len(paths), 'file')} valid"
          + (f"; {counted(errors, 'problem')}" if errors else ""), file=sys.stderr)
    return 1 if errors else 0


def _import(args: argparse.Namespace) -> int:
    from fieldkit.protocol.xlsform import import_xlsform

    form, out = resolve_form(args.form), Path(args.out)
    if out.exists() and not args.force:
        raise FieldkitError(f"{out} already exists; choose another name or add --force")
    result = import_xlsform(form)
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    text = protocol_to_yaml(result.protocol, form.parent, out.parent)
    tmp = out.with_name(f".{out.stem}.tmp{out.suffix or '.yaml'}")
    try:
        tmp.write_text(text, encoding="utf-8")
        load_protocol(tmp)  # what we write must load back
        os.replace(tmp, out)
    except ProtocolError as exc:
        raise FieldkitError(f"the converted protocol does not validate ({exc}); "
                            "please report this with the form") from None
    finally:
        tmp.unlink(missing_ok=True)
    p = result.protocol
    print(f"wrote {out}: {len(p.items_by_id)} items in {len(p.sections)} sections, "
          f"languages {', '.join(p.languages)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from fieldkit.protocol.xlsform_write import write_xlsform

    out = Path(args.xlsform)
    if out.suffix.lower() != ".xlsx":
        raise FieldkitError(f"{out}: an XLSForm is written as .xlsx; name it OUT.xlsx")
    if out.exists() and not args.force:
        raise FieldkitError(f"{out} already exists; choose another name or add --force")
    protocol = load_protocol(resolve_form(args.file))
    tmp = out.with_name(f".{out.stem}.tmp.xlsx")
    try:
        warnings = write_xlsform(protocol, tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    for warning in warnings:
        print(f"{args.file}: {warning}", file=sys.stderr)
    print(f"wrote {out}: {len(protocol.items_by_id)} items, languages "
          f"{', '.join(protocol.languages)}")
    return 0


def _show(args: argparse.Namespace) -> int:
    p = load_protocol(resolve_form(args.file))
    lang = p.default_language
    print(f"{p.text(p.title, lang)}  [{p.id} v{p.version}]")
    print(f"languages: {', '.join(p.languages)} (default {p.default_language})")
    print(f"content hash: {p.content_hash[:16]}")
    print("sections:")
    for section in p.sections:
        count = sum(1 + len(i.items) for i in section.items)
        print(f"  {section.id:<28} {count:>3} items  {p.text(section.title, lang)}")
    types = Counter(item.type.value for item in p.items_by_id.values())
    print("items by type: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    from fieldkit.protocol.disclosure import disclosure_of

    classes = Counter(disclosure_of(p, item).value for item in p.items_by_id.values()
                      if item.takes_answer)
    print("disclosure: " + ", ".join(f"{c} {n}" for c, n in sorted(classes.items())))
    for name, roster in p.rosters.items():
        print(f"roster {name}: {len(roster.entries)} entries")
    if p.codebook:
        print(f"codebook: {len(p.codebook.flat())} codes")
    return 0


def _add(args: argparse.Namespace) -> int:
    from fieldkit.protocol.media import add_media, missing_media, missing_tables

    protocol = load_protocol(resolve_form(args.file))
    if args.media:
        protocol = add_media(protocol, [Path(m) for m in args.media])
    with open_store(args) as store:
        record, replaced = store.import_protocol(protocol, source=args.file,
                                                 replace=args.replace)
    print(f"added {record.id} v{record.version} ({record.hash[:12]})"
          + "".join(f"; it replaces the unused earlier content {old[:12]}" for old in replaced))
    for item_id, file in missing_media(protocol):
        print(f"{args.file}: question '{item_id}' waits for its choice file '{file}'; "
              f"interviews cannot start until it is added (--media {file})", file=sys.stderr)
    for file in missing_tables(protocol):
        print(f"{args.file}: its calculations look up the table '{file}' (pulldata), whose "
              f"lookups are empty until it is added (--media {file})", file=sys.stderr)
    return 0


def _remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        removed = store.remove_protocol(args.protocol_id, args.version)
    print(f"removed {args.protocol_id} v{args.version} "
          f"({', '.join(h[:12] for h in removed)}); session files no longer carry it")
    return 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(schema(), indent=2, ensure_ascii=False))
    return 0
