"""``fieldkit code``: list, apply and remove codings, codings files in and out, memos,
agreement between coders and the resolved master coding."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from fieldkit.counting import counted
from fieldkit.errors import UsageError
from fieldkit.operations import coder_agreement, codings, memos
from fieldkit.store.coders import check_coder

from .store_access import add_store_options, open_store


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("code", help="code open answers and quotes; coders, memos, agreement",
                           description="Code open answers and quotes against the protocol's "
                                       "codebook, as a named coder (--coder; default: the "
                                       "store's interviewer, or 'lead' on a lead's store).")
    group.set_defaults(group_parser=group)
    cmds = group.add_subparsers(dest="code_command", metavar="ACTION")

    p = cmds.add_parser("list", help="list codings (filter by code, interview, coder)")
    p.add_argument("--code", help="only this code")
    p.add_argument("--interview", type=int, metavar="N", help="only interview number N")
    p.add_argument("--coder", help="only this coder's codings")
    p.add_argument("--recoding", action="store_true",
                   help="only codings whose text changed since they were made")
    p.add_argument("--json", action="store_true", help="one JSON list of codings")
    add_store_options(p)
    p.set_defaults(func=_list)

    p = cmds.add_parser("apply", help="code an answer or a quote, whole or a passage")
    p.add_argument("interview", metavar="N", help="the interview's number")
    p.add_argument("target", metavar="ITEM|QUOTE",
                   help="the open question's id, or a quote's id (or its first characters)")
    p.add_argument("code", metavar="CODE", help="a code of the protocol's codebook")
    p.add_argument("--instance", metavar="ID",
                   help="for a follow-up answer: the person's or entry's id (first characters)")
    p.add_argument("--start", type=int, metavar="OFFSET", help="first character of a passage")
    p.add_argument("--end", type=int, metavar="OFFSET", help="character after the passage")
    _coder_option(p)
    p.set_defaults(func=_apply)

    p = cmds.add_parser("remove", help="remove one of your codings")
    p.add_argument("coding", metavar="CODING_ID", help="the coding's id (or first characters)")
    _coder_option(p)
    p.set_defaults(func=_remove)

    p = cmds.add_parser("export", help="write the codings to a CSV file")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    p.add_argument("--coder", help="only this coder's codings")
    add_store_options(p)
    p.set_defaults(func=_export)

    p = cmds.add_parser("import", help="read codings from a CSV file (all rows or none)",
                        description="Read codings from a CSV file as 'code export' writes it. "
                                    "Every row is checked first; one bad row refuses the whole "
                                    "file, each bad row named, and nothing is imported.")
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--coder", help="the coder of rows whose coder cell is empty")
    add_store_options(p)
    p.set_defaults(func=_import)

    memo = cmds.add_parser("memo", help="write and read memos (code, interview, project)",
                           description="Memos about a code, an interview or the whole project, "
                                       "kept in the encrypted store.")
    memo.set_defaults(group_parser=memo)
    memo_cmds = memo.add_subparsers(dest="memo_command", metavar="ACTION")
    p = memo_cmds.add_parser("add", help="write a memo")
    _memo_target(p, required=True)
    p.add_argument("text", metavar="TEXT", help="what the memo says ('-': read it from stdin)")
    p.add_argument("--author", metavar="NAME",
                   help="who writes it (default: the store's interviewer, or 'lead')")
    add_store_options(p)
    p.set_defaults(func=_memo_add)
    p = memo_cmds.add_parser("list", help="list memos (all, or about one thing)")
    _memo_target(p, required=False)
    p.add_argument("--json", action="store_true")
    add_store_options(p)
    p.set_defaults(func=_memo_list)

    p = cmds.add_parser("agreement", help="agreement between two coders (kappa, alpha)",
                        description="Cohen's kappa per code and Krippendorff's alpha over the "
                                    "codebook, over the passages both coders coded, and the "
                                    "passages they disagree on.")
    p.add_argument("--coders", required=True, metavar="A,B", help="the two coders")
    p.add_argument("-o", "--output", metavar="FILE.csv",
                   help="write the table to FILE.csv and the disagreements, with a decision "
                        "column for the lead, to FILE-disagreements.csv")
    p.add_argument("--protocol", metavar="ID", help="the protocol, if the store holds several")
    add_store_options(p)
    p.set_defaults(func=_agreement)

    p = cmds.add_parser("resolve", help="write a resolved coding from two coders'",
                        description="Write the resolved master coding (coder 'resolved'): what "
                                    "both coders applied, and of what they disagree on either "
                                    "everything (--rule union), nothing (--rule agreed) or the "
                                    "lead's decision per disagreement (--choices FILE, the "
                                    "disagreements file of 'code agreement' with its decision "
                                    "column filled with keep or drop).")
    p.add_argument("--coders", required=True, metavar="A,B", help="the two coders")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--rule", choices=("union", "agreed"))
    how.add_argument("--choices", metavar="FILE.csv")
    p.add_argument("--as", dest="as_coder", default="resolved", metavar="NAME",
                   help="the coder name of the resolved coding (default: resolved)")
    p.add_argument("--protocol", metavar="ID", help="the protocol, if the store holds several")
    add_store_options(p)
    p.set_defaults(func=_resolve)


def _memo_target(p: argparse.ArgumentParser, required: bool) -> None:
    about = p.add_mutually_exclusive_group(required=required)
    about.add_argument("--code", metavar="CODE", help="about a code of the codebook")
    about.add_argument("--interview", metavar="N", help="about interview number N")
    about.add_argument("--project", action="store_true", help="about the whole project")


def _memo_scope(args: argparse.Namespace) -> tuple[str | None, str | None]:
    if args.code:
        return "code", args.code
    if args.interview:
        return "interview", args.interview
    return ("project", None) if args.project else (None, None)


def _memo_add(args: argparse.Namespace) -> int:
    scope, about = _memo_scope(args)
    assert scope is not None
    text = sys.stdin.read() if args.text == "-" else args.text
    with open_store(args) as store:
        memo = memos.write(store, scope, about, text, args.author)
    print(f"memo {memo.id[:8]} written by {memo.author} about the {scope}"
          + (f" {about}" if about else ""))
    return 0


def _memo_list(args: argparse.Namespace) -> int:
    scope, about = _memo_scope(args)
    with open_store(args) as store:
        found = memos.read(store, scope, about)
        numbers = memos.numbers(store)
    rows = [{"id": m.id, "about": m.scope, "target": numbers.get(m.target, m.target)
             if m.scope == "interview" else m.target, "author": m.author,
             "written_at": m.written_at, "text": m.text} for m in found]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("no memos")
        return 0
    for r in rows:
        what = "project" if r["about"] == "project" else f"{r['about']} {r['target']}"
        print(f"[{str(r['written_at'])[:16]}] {what} ({r['author']}): {r['text']}")
    return 0


def _coder_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--coder", metavar="NAME",
                   help="code as NAME (default: the store's interviewer, or 'lead')")
    add_store_options(p)


def _show(row: codings.CodingRow) -> str:
    where = f"quote {row.quote_id[:8]}" if row.quote_id else \
        (row.item_id or "") + (f" [{row.instance_id[:8]}]" if row.instance_id else "")
    span = "whole" if row.start is None else f"{row.start}-{row.end}"
    text = "NEEDS RE-CODING: the text changed since it was coded" if row.needs_recoding \
        else json.dumps(row.passage, ensure_ascii=False)
    if row.consent:
        text += f"  [{row.consent.upper()}]"
    return (f"{row.coding_id[:8]}  {row.number:>4}  {where:<28} {span:<9} {row.code:<28} "
            f"{row.coder:<12} {text}")


def _list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = codings.coding_rows(store, code=args.code, number=args.interview,
                                   coder=args.coder, recoding_only=args.recoding)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("no codings match")
        return 0
    print(f"{'coding':<8}  {'no.':>4}  {'where':<28} {'passage':<9} {'code':<28} "
          f"{'coder':<12} text")
    for row in rows:
        print(_show(row))
    flagged = sum(1 for r in rows if r.needs_recoding)
    if flagged:
        print(f"{counted(flagged, 'coding')} {'needs' if flagged == 1 else 'need'} re-coding: "
              f"{'its' if flagged == 1 else 'their'} text changed after "
              f"{'it was' if flagged == 1 else 'they were'} made.")
    return 0


def _apply(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        row = codings.apply(store, args.interview, args.target, args.code,
                            instance=args.instance, start=args.start, end=args.end,
                            coder=args.coder)
    print(f"coded {row.coding_id}: {row.code} by {row.coder} in interview {row.number}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        row = codings.remove(store, args.coding, coder=args.coder)
    print(f"removed {row.coding_id}: {row.code} by {row.coder} in interview {row.number}")
    return 0


def _export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give the file to write, e.g. {out}/codings.csv")
    with open_store(args) as store:
        rows = codings.coding_rows(store, coder=args.coder)
        n = codings.export_csv(store, out, rows)
    print(f"wrote {n} codings to {out} (identified: it holds the coded passages)")
    return 0


def _import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            made, same = codings.import_csv(store, Path(args.file), coder=args.coder)
        except codings.CodingsFileError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            print(f"fieldkit: {args.file}: refused; nothing of it was imported",
                  file=sys.stderr)
            return 1
    print(f"imported {made} codings from {args.file} ({same} were already there)")
    return 0


def _agreement(args: argparse.Namespace) -> int:
    coders = coder_agreement.two_coders(args.coders)
    with open_store(args) as store:
        result = coder_agreement.measure(store, coders, args.protocol)
        written = coder_agreement.write_report(store, result, Path(args.output)) \
            if args.output else []
    for line in coder_agreement.describe(result):
        print(line)
    for path in written:
        print(f"wrote {path}")
    return 0


def _resolve(args: argparse.Namespace) -> int:
    coders = coder_agreement.two_coders(args.coders)
    try:
        as_coder = check_coder(args.as_coder)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if as_coder in coders:
        raise UsageError("--as must name a coder other than the two being resolved")
    with open_store(args) as store:
        result = coder_agreement.measure(store, coders, args.protocol)
        try:
            n = coder_agreement.resolve(
                store, result, rule=args.rule,
                choices_file=Path(args.choices) if args.choices else None,
                protocol_id=args.protocol, coder=as_coder)
        except codings.CodingsFileError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            print(f"fieldkit: {args.choices}: refused; no resolved coding was written",
                  file=sys.stderr)
            return 1
    print(f"resolved coding of {coders[0]} and {coders[1]} written as {as_coder}: {n} codings")
    return 0
