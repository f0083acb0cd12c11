"""``fieldkit interview``: import interviews recorded elsewhere, list and show those held."""

from __future__ import annotations

import argparse
import json
import sys

from fieldkit.errors import FieldkitError
from fieldkit.interview.importer import schema
from fieldkit.operations.back_entry import (
    ALREADY,
    REFUSED,
    FileOutcome,
    import_files,
    numbered_interviews,
)
from fieldkit.store.content import replay
from fieldkit.timefmt import format_elapsed

from .store_access import add_store_options, open_store


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("interview", help="import, list and show interviews",
                           description="Import, list and show the interviews a store holds.")
    group.set_defaults(group_parser=group)
    cmds = group.add_subparsers(dest="interview_command", metavar="ACTION")

    p = cmds.add_parser("import", help="enter interviews recorded elsewhere (JSON)",
                        description="Enter interviews recorded elsewhere, in fieldkit-interview/1 "
                                    "JSON (see docs/interview-format.md). A bad file is refused "
                                    "whole; each good one commits on its own.")
    p.add_argument("files", nargs="+", metavar="FILE.json")
    p.add_argument("--protocol", metavar="FILE",
                   help="the protocol (YAML or XLSForm); default: the one the store holds")
    add_store_options(p)
    p.set_defaults(func=_import)

    p = cmds.add_parser("list", help="list the interviews in the store")
    p.add_argument("--json", action="store_true", help="one JSON object per interview")
    add_store_options(p)
    p.set_defaults(func=_list)

    p = cmds.add_parser("show", help="show one interview's current answers")
    p.add_argument("id", metavar="ID", help="the interview's UUID (or its first characters) "
                                            "or its number")
    p.add_argument("--json", action="store_true")
    add_store_options(p)
    p.set_defaults(func=_show)

    p = cmds.add_parser("schema", help="print the JSON Schema of interview files")
    p.set_defaults(func=lambda args: print(json.dumps(schema(), indent=2)) or 0)


def _import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        outcomes = import_files(store, args.files, args.protocol, on_outcome=_print_outcome)
    return 1 if any(o.status == REFUSED for o in outcomes) else 0


def _print_outcome(outcome: FileOutcome) -> None:
    path = outcome.path
    if outcome.status == ALREADY:
        print(f"{path}: already imported as interview {outcome.number}; "
              "nothing of it was imported again", flush=True)
    elif outcome.status == REFUSED:
        for problem in outcome.problems:
            print(problem, file=sys.stderr)
        why = f", {outcome.reason}" if outcome.reason else "; nothing of it was imported"
        print(f"fieldkit: {path}: refused{why}", file=sys.stderr)
    else:
        for warning in outcome.warnings:
            print(warning, file=sys.stderr)
        print(f"imported {outcome.interview}", flush=True)


def _find(store, ref: str):
    interviews = numbered_interviews(store)
    if ref.isdigit():
        found = [i for i in interviews if i.number == int(ref)]
    else:
        found = [i for i in interviews if i.id.startswith(ref.lower())]
    if len(found) != 1:
        why = "no interview" if not found else "more than one interview"
        raise FieldkitError(f"{why} matches '{ref}'; see 'fieldkit interview list'")
    return found[0]


def _row(i) -> dict:
    return {"id": i.id, "number": i.number, "protocol": i.protocol_id,
            "protocol_version": i.protocol_version, "status": i.status, "sealed": i.sealed,
            "started_at": i.started_at, "ended_at": i.ended_at,
            "duration": format_elapsed(i.elapsed_ms), "interviewer": i.interviewer,
            "respondent_code": i.respondent_code}


def _list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = [_row(i) for i in sorted(numbered_interviews(store), key=lambda i: i.number)]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("no interviews in this store")
        return 0
    print(f"{'no.':>4}  {'id':<8}  {'protocol':<20} {'status':<11} {'sealed':<6} "
          f"{'started (UTC)':<17} duration")
    for r in rows:
        print(f"{r['number']:>4}  {r['id'][:8]:<8}  {r['protocol'][:20]:<20} {r['status']:<11} "
              f"{'yes' if r['sealed'] else 'no':<6} {(r['started_at'] or '-')[:16]:<17} "
              f"{r['duration']}")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        record = _find(store, args.id)
        out = _row(record)
        if record.sealed or record.status == "withdrawn":
            out["answers"] = None
        else:
            protocol = store.protocol(record.protocol_hash)
            content = replay(store.events(record.id))
            answers = []
            for (item_id, instance_id), a in content.answers.items():
                item = protocol.items_by_id.get(item_id)
                answers.append({"item": item_id, "person": instance_id,
                                "label": protocol.text(item.label, content.language) if item else "",
                                "value": a.value, "special": a.special,
                                "at": format_elapsed(a.elapsed_ms)})
            out["answers"] = answers
            out["people"] = {k: [p.roster_id or p.name for p in v]
                             for k, v in content.people.items()}
            out["quotes"] = [{"item": q.item_id, "at": format_elapsed(q.elapsed_ms),
                              "text": q.text} for q in store.quotes(record.id)]
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    for key in ("id", "number", "protocol", "status", "sealed", "started_at", "duration"):
        print(f"{key:>12}: {out[key]}")
    if out["answers"] is None:
        print("the content is sealed for the project lead (or withdrawn): nothing to show here")
        return 0
    for a in out["answers"]:
        shown = a["special"].replace("_", " ") if a["special"] else a["value"]
        print(f"  [{a['at']}] {a['item']}: {shown}")
    for q in out["quotes"]:
        print(f"  quote [{q['at']}] ({q['item']}): {q['text']}")
    return 0
