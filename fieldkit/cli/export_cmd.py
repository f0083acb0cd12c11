"""``fieldkit export``: anonymised (by default) or identified data files, and the plan template."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from fieldkit.anonymise import anonymise, default_plan, load_plan
from fieldkit.dataset.from_store import dataset_from_store, pseudonym_key
from fieldkit.errors import FieldkitError, UsageError
from fieldkit.exports import FORMATS, export
from fieldkit.protocol.loader import load_protocol

from .store_access import add_store_options, open_store


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser(
        "export", help="write anonymised data files (CSV, Stata, SPSS, GraphML)",
        description="Write a store's data as CSV with a codebook, Stata .dta, SPSS .sav and "
                    "GraphML. Anonymised by the plan unless --identified is given.")
    group.set_defaults(group_parser=group, func=_export)
    add_store_options(group)
    group.add_argument("--out", metavar="DIR", help="the folder to write (created)")
    group.add_argument("--format", default=",".join(FORMATS), metavar="LIST",
                       help=f"comma-separated: {','.join(FORMATS)} (default: all)")
    group.add_argument("--plan", metavar="PLAN.yaml", help="the anonymisation plan "
                       "(default: the one the protocol's disclosure classes imply)")
    group.add_argument("--protocol", metavar="ID", help="which protocol's interviews")
    group.add_argument("--identified", action="store_true",
                       help="write identified data, for the team only")
    group.add_argument("--override-k", metavar="REASON",
                       help="export even below the plan's k threshold; the reason is recorded")
    group.add_argument("--key-file", metavar="FILE",
                       help="pseudonym key (default: derived from the lead identity in the store)")
    group.add_argument("--force", action="store_true", help="replace --out if it holds files")
    cmds = group.add_subparsers(dest="export_command", metavar="ACTION")
    p = cmds.add_parser("plan", help="write the default anonymisation plan for a protocol",
                        description="Write the anonymisation plan the protocol's disclosure "
                                    "classes imply, as YAML for the lead to edit.")
    p.add_argument("--protocol", dest="protocol_file", required=True, metavar="FILE")
    p.add_argument("-o", "--out", dest="plan_out", required=True, metavar="PLAN.yaml")
    p.add_argument("--force", action="store_true", help="overwrite PLAN.yaml if it exists")
    p.set_defaults(func=_plan)
    p = cmds.add_parser("log", help="show the team's log of what anonymised outputs replaced",
                        description="Show, from the encrypted store, each anonymised export's "
                                    "and report's original-to-placeholder replacements, with "
                                    "the plan hash and time. For the team only: it holds the "
                                    "names the outputs left out.")
    add_store_options(p)
    p.add_argument("--json", action="store_true", help="print the log as JSON")
    p.add_argument("--output", dest="log_output", metavar="NAME",
                   help="only the output with this folder or file name")
    p.set_defaults(func=_log)


def _formats(text: str) -> list[str]:
    chosen = [f.strip().lower() for f in text.split(",") if f.strip()]
    bad = [f for f in chosen if f not in FORMATS]
    if bad or not chosen:
        raise UsageError(f"unknown format '{(bad or [text])[0]}'; choose from {','.join(FORMATS)}")
    return chosen


def _export(args: argparse.Namespace) -> int:
    if not args.out:
        raise UsageError("say where to write with --out DIR")
    formats = _formats(args.format)
    plan = load_plan(Path(args.plan)) if args.plan else None
    key = None
    if args.key_file:
        try:
            key = Path(args.key_file).read_bytes()
        except OSError as exc:
            raise FieldkitError(f"cannot read the key file {args.key_file} ({exc.strerror})") \
                from None
    with open_store(args) as store:
        data = dataset_from_store(store, args.protocol)
        if not args.identified:
            key = key or pseudonym_key(store)
            if plan is None:
                plan = default_plan(store.protocol(data.protocol_hash))
        protocol_hash = data.protocol_hash
        store.audit("export", f"{'identified' if args.identified else 'anonymised'} "
                              f"{','.join(sorted(formats))} protocol {protocol_hash[:12]}")
        if args.identified:
            print("fieldkit: warning: writing IDENTIFIED data; keep it within the team and "
                  "never share it", file=sys.stderr)
            written = export(data, Path(args.out), formats, overwrite=args.force)
        else:
            if key is None:
                raise FieldkitError("this store holds no lead identity to derive pseudonyms "
                                    "from; export from the lead's store or give --key-file")
            assert plan is not None
            anon, record = anonymise(data, plan, key, override=args.override_k)
            for warning in record.warnings:
                print(f"fieldkit: warning: {warning}", file=sys.stderr)
            written = export(anon, Path(args.out), formats, record, overwrite=args.force)
            # Only once the folder is complete: the log then names outputs that exist.
            store.record_redactions(record.plan_hash, Path(args.out).name, record.mapping,
                                    protocol_hash=protocol_hash, kind="export")
    print(f"wrote {len(written)} files to {args.out}")
    return 0


def _log(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        entries = store.redaction_log(output=args.log_output)
        store.audit("redaction_log", f"read {len(entries)} outputs")
    if args.json:
        print(json.dumps([e.to_dict() for e in entries], indent=2, ensure_ascii=False))
        return 0
    print("fieldkit: warning: this log shows the originals the outputs left out; keep it "
          "within the team", file=sys.stderr)
    if not entries:
        print("no anonymised output has been recorded in this store yet")
    for e in entries:
        print(f"{e.exported_at}  {e.kind:<13} {e.output}  plan {e.plan_hash[:16]}  "
              f"{len(e.mappings)} replacements")
        for placeholder, original, _kind in e.mappings:
            print(f"    {placeholder:<16} {original}")
    return 0


def _plan(args: argparse.Namespace) -> int:
    out = Path(args.plan_out)
    if out.exists() and not args.force:
        raise FieldkitError(f"{out} already exists; choose another name or add --force")
    plan = default_plan(load_protocol(Path(args.protocol_file)))
    tmp = out.with_name(f".{out.name}.partial")
    tmp.write_text(plan.to_yaml(), encoding="utf-8")
    os.replace(tmp, out)
    print(f"wrote {out} (plan hash {plan.hash[:16]}); edit it, then export with --plan {out}")
    return 0
