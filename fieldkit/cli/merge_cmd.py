"""``fieldkit merge``: session files into the lead's master store; conflicts and choices."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from fieldkit.counting import counted
from fieldkit.errors import UsageError

from .store_access import add_store_options, confirm, open_store

ACTIONS = ("conflicts", "resolve", "withdraw", "numbers", "numbering", "enrol")
USAGE = {"resolve": "fieldkit merge resolve INTERVIEW_ID --keep HEAD --store MASTER",
         "conflicts": "fieldkit merge conflicts --store MASTER",
         "withdraw": "fieldkit merge withdraw INTERVIEW_ID --store MASTER [--yes]",
         "numbers": "fieldkit merge numbers --store MASTER",
         "numbering": "fieldkit merge numbering PROTOCOL_ID (--by ITEM --blocks AU=1,EU=20,... "
                      "| --show | --clear) --store MASTER",
         "enrol": "fieldkit merge enrol KEY|'WORDS'|FILE.fkenrol --interviewer CODE --note REASON "
                  "--store MASTER"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge", help="merge session files into the lead's master store",
        description="Merge session files into the master store (made with --role lead). Each "
                    "file is verified and applied whole, or set aside with its reason. "
                    "'fieldkit merge conflicts' lists interviews that came back different; "
                    "'fieldkit merge resolve ID --keep HEAD' records which version to keep; "
                    "'fieldkit merge withdraw ID' destroys a respondent's interview in the "
                    "master for good; 'fieldkit merge numbers' lists the study numbers with "
                    "the interviewer and laptop number behind each; 'fieldkit merge numbering "
                    "PROTOCOL_ID --by ITEM --blocks AU=1,EU=20,OAS=40,OSCE=60' numbers later "
                    "interviews in blocks by their answer to ITEM; 'fieldkit merge enrol KEY "
                    "--interviewer CODE --note REASON' vouches for an interviewer's new "
                    "signing key.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="session files (or: conflicts | resolve ID | withdraw ID | numbers)")
    p.add_argument("--accept-new-signer", action="store_true",
                   help="accept keys of interviewers never seen before, on first sight (check "
                        "them first); a new key for a known interviewer needs 'merge enrol'")
    p.add_argument("--interviewer", metavar="CODE", help="enrol: the interviewer the key is for")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--keep", metavar="HEAD", help="resolve: the head hash (or its start) to keep")
    p.add_argument("--note", default="",
                   help="resolve: why this version was kept; enrol: why the key is enrolled")
    p.add_argument("--yes", action="store_true", help="withdraw: do not ask first (scripts)")
    p.add_argument("--by", metavar="ITEM", help="numbering: the single-choice item whose answer "
                   "chooses an interview's block")
    p.add_argument("--blocks", metavar="VALUE=START,...",
                   help="numbering: each choice's first number, in increasing order (a block "
                        "ends where the next begins; the last is as long as the longest unless "
                        "written VALUE=START-END)")
    p.add_argument("--show", action="store_true", help="numbering: print the protocol's scheme")
    p.add_argument("--clear", action="store_true", help="numbering: drop the protocol's scheme")
    add_store_options(p, "the master store")
    p.set_defaults(func=_merge)


def _merge(args: argparse.Namespace) -> int:
    action = args.files[0] if args.files[0] in ACTIONS else None
    wanted = 2 if action in ("resolve", "withdraw", "enrol", "numbering") else 1
    if action and (len(args.files) != wanted or (action == "resolve" and not args.keep)
                   or (action == "enrol" and not (args.interviewer and args.note))
                   or (action == "numbering" and not _one_numbering_choice(args))):
        raise UsageError(f"use: {USAGE[action]}")
    from fieldkit.exchange import conflicts, enrol, merge_files, resolve, withdraw

    with open_store(args) as master:
        if action == "conflicts":
            return _show_conflicts(conflicts(master), args.json)
        if action == "numbers":
            return _show_numbers(master.exchange.study_numbers(), args.json)
        if action == "numbering":
            return _numbering(master, args)
        if action == "resolve":
            chosen = resolve(master, args.files[1], args.keep, args.note)
            print(f"interview {args.files[1]}: version {chosen[:12]} kept; the choice is recorded")
            return 0
        if action == "withdraw":
            question = (f"Destroy interview {args.files[1]} in this master (every version, "
                        "quote, note and coding)? This cannot be undone.")
            if not confirm(question, args.yes):
                print("nothing was withdrawn")
                return 0
            when = withdraw(master, args.files[1])
            print(f"interview {args.files[1]} withdrawn (recorded {when}); no session file "
                  "can bring it back")
            return 0
        if action == "enrol":
            from fieldkit.exchange.enrolment_file import key_given

            key = key_given(args.files[1])
            enrol(master, key, args.interviewer, args.note)
            print(f"key {key[:16]}... enrolled for {args.interviewer}; the reason is "
                  "recorded in the audit log")
            return 0
        if args.accept_new_signer:
            print("warning: --accept-new-signer trusts keys of new interviewers on first sight; "
                  "check each key's fingerprint with its interviewer", file=sys.stderr)
        report = merge_files(master, args.files, accept_new_signer=args.accept_new_signer)
        for line in report.numbering:
            print(f"warning: {line}", file=sys.stderr)
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


def _show_numbers(entries, as_json: bool) -> int:
    if as_json:
        print(json.dumps([{**asdict(e), "source": e.source} for e in entries], indent=2))
        return 0
    if not entries:
        print("no interviews in this master")
    for e in entries:
        laptop = f"laptop {e.laptop[:8]}" if e.laptop else "this store"
        note = f"  ({e.note})" if e.note else ""
        print(f"Interview {e.study_number}: {e.source} ({laptop}, started "
              f"{e.started_at or '?'})  {e.interview_id}{note}")
    return 0


def _one_numbering_choice(args: argparse.Namespace) -> bool:
    setting = bool(args.by and args.blocks)
    return setting + args.show + args.clear == 1 and (setting or not (args.by or args.blocks))


def _numbering(master, args: argparse.Namespace) -> int:
    ex, protocol_id = master.exchange, args.files[1]
    held = ex.numbered(protocol_id)  # one sentence if the master holds no such protocol
    if args.show:
        scheme = ex.numbering_scheme(protocol_id)
        print(scheme.describe() if scheme else f"{protocol_id}: no numbering scheme; interviews "
              "are numbered 1.. in the order they started")
        return 0
    kept = (f"the {counted(held, 'interview')} of {protocol_id} already numbered "
            f"{'keeps its number' if held == 1 else 'keep their numbers'}; "
            if held else "")
    if args.clear:
        if not ex.clear_numbering_scheme(protocol_id):
            print(f"{protocol_id}: no numbering scheme to clear")
            return 0
        print(f"{protocol_id}: numbering scheme cleared; {kept}later interviews are numbered "
              "on after the highest number")
        return 0
    scheme = ex.set_numbering_scheme(protocol_id, args.by, args.blocks)
    print(scheme.describe())
    print(f"{kept}interviews not yet numbered get the next number in their block")
    return 0
