"""``fieldkit merge``: session files into the lead's master store; conflicts and choices."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from fieldkit.errors import UsageError

from .store_access import add_store_options, open_store

ACTIONS = ("conflicts", "resolve")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge", help="merge session files into the lead's master store",
        description="Merge session files into the master store (made with --role lead). Each "
                    "file is verified and applied whole, or set aside with its reason. "
                    "'fieldkit merge conflicts' lists interviews that came back different; "
                    "'fieldkit merge resolve ID --keep HEAD' records which version to keep.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="session files (or: conflicts | resolve INTERVIEW_ID)")
    p.add_argument("--accept-new-signer", action="store_true",
                   help="accept interviewer keys seen for the first time (check them first)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--keep", metavar="HEAD", help="resolve: the head hash (or its start) to keep")
    p.add_argument("--note", default="", help="resolve: why this version was kept")
    add_store_options(p, "the master store")
    p.set_defaults(func=_merge)


def _merge(args: argparse.Namespace) -> int:
    action = args.files[0] if args.files[0] in ACTIONS else None
    if action == "resolve" and (len(args.files) != 2 or not args.keep):
        raise UsageError("use: fieldkit merge resolve INTERVIEW_ID --keep HEAD --store MASTER")
    if action == "conflicts" and len(args.files) != 1:
        raise UsageError("use: fieldkit merge conflicts --store MASTER")
    from fieldkit.exchange import conflicts, merge_files, resolve

    with open_store(args) as master:
        if action == "conflicts":
            return _show_conflicts(conflicts(master), args.json)
        if action == "resolve":
            chosen = resolve(master, args.files[1], args.keep, args.note)
            print(f"interview {args.files[1]}: version {chosen[:12]} kept; the choice is recorded")
            return 0
        report = merge_files(master, args.files, accept_new_signer=args.accept_new_signer)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        _print_table(report)
    return 1 if report.rejected else 0


def _print_table(report) -> None:
    cols = ("file", "status", "signer", "new", "upd", "same", "old", "confl", "withdr")
    rows = [(f.file.rsplit("/", 1)[-1], f.status, f"{f.interviewer or '?'} {f.signer[:8]}",
             f.new, f.updated, f.unchanged, f.stale, f.conflicting, f.withdrawn)
            for f in report.files]
    widths = [max(len(str(x)) for x in col) for col in zip(cols, *rows, strict=False)]
    for row in (cols, *rows):
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)).rstrip())
    for f in report.files:
        name = f.file.rsplit("/", 1)[-1]
        if f.reason:
            print(f"{name}: rejected: {f.reason}", file=sys.stderr)
        for note in f.notes:
            print(f"{name}: {note}")
    totals = report.totals()
    print(f"{len(report.merged)} merged, {len(report.rejected)} rejected; "
          f"{totals['new']} new, {totals['updated']} updated, {totals['conflicting']} conflicting")


def _show_conflicts(items, as_json: bool) -> int:
    if as_json:
        print(json.dumps([asdict(c) for c in items], indent=2))
        return 0
    if not items:
        print("no open conflicts")
    for c in items:
        print(f"interview {c.interview_id}:")
        for v in c.versions:
            mark = "*" if v.current else " "
            print(f"  {mark} {v.head_hash[:12]}  {v.event_count} events  from "
                  f"{', '.join(v.sources) or '?'}")
    return 0
