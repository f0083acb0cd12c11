"""``fieldkit review``: check an export folder and record an ethics reviewer's decision."""

from __future__ import annotations

import argparse
import json

from fieldkit.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="check an export folder and record a review decision",
                       description="Check an export folder's files against its manifest and "
                                   "show what anonymisation did; with --approve or --return, "
                                   "record the decision in review.json in the folder (the "
                                   "data files are never changed). No store is needed.")
    p.add_argument("folder", metavar="FOLDER", help="the folder an export wrote")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--approve", action="store_true", help="approve the export")
    which.add_argument("--return", dest="send_back", action="store_true",
                       help="return the export to the team (needs --comment)")
    p.add_argument("--name", metavar="NAME", help="the reviewer's name (with a decision)")
    p.add_argument("--comment", metavar="TEXT", default="", help="what to change, or a note")
    p.add_argument("--json", action="store_true", help="print the check as JSON")
    p.set_defaults(func=_review)


def _review(args: argparse.Namespace) -> int:
    from fieldkit.exports.review import open_export, record_decision

    if args.approve or args.send_back:
        if not args.name:
            raise UsageError("say who decides with --name NAME")
        entry = record_decision(args.folder, "approved" if args.approve else "returned",
                                args.name, args.comment)
        print(f"recorded: {entry['decision']} by {entry['reviewer']} at {entry['at']} "
              f"in {args.folder}/review.json")
        return 0
    if args.name or args.comment:
        raise UsageError("--name and --comment go with --approve or --return")
    export = open_export(args.folder)
    if args.json:
        print(json.dumps({"intact": export.intact, "identified": export.identified,
                          "plan_hash": export.manifest.get("plan_hash"),
                          "files": {c.name: c.status for c in export.checks},
                          "decisions": export.decisions}, indent=2, ensure_ascii=False))
        return 0 if export.intact else 1
    print(export.integrity_text())
    if export.identified:
        print("This export holds IDENTIFIED data: it is for the team only.")
    record = export.anonymisation or {}
    if record:
        after = record.get("risk_after") or {}
        print(f"Plan {str(record.get('plan_hash', ''))[:16]}: {len(record.get('actions', []))} "
              f"variables, k={after.get('k')} (threshold {record.get('k_threshold')}), "
              f"{len(record.get('redacted_texts', []))} redacted texts, "
              f"{len(record.get('residual_names', []))} possible names to check.")
    for d in export.decisions:
        print(f"{d.get('at')}  {d.get('decision')} by {d.get('reviewer')}"
              + (f": {d['comment']}" if d.get("comment") else ""))
    return 0 if export.intact else 1
