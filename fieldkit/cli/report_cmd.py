"""``fieldkit report``: interview and study summaries as PDF, quotes with citations as CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .output_options import output_request, warn_about
from .store_access import add_store_options, open_store


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("report", help="PDF summaries of an interview or the study; quotes",
                           description="Make PDF summaries of one interview or the whole study "
                                       "(anonymised by the plan unless --identified), the "
                                       "anonymisation report, or a CSV of every quote with "
                                       "its citation.")
    group.set_defaults(group_parser=group)
    cmds = group.add_subparsers(dest="report_command", metavar="ACTION")

    def common(p: argparse.ArgumentParser, suffix: str, paper: bool = True,
               out_required: bool = True) -> None:
        p.add_argument("--out", "-o", required=out_required, metavar=f"FILE{suffix}")
        add_store_options(p)
        p.add_argument("--protocol", metavar="ID", help="which protocol's interviews")
        p.add_argument("--identified", action="store_true",
                       help="use identified data, for the team only (every page says so)")
        p.add_argument("--plan", metavar="PLAN.yaml", help="the anonymisation plan "
                       "(default: the one the protocol's disclosure classes imply)")
        p.add_argument("--override-k", metavar="REASON",
                       help="report even below the plan's k threshold; the reason is recorded")
        p.add_argument("--key-file", metavar="FILE", help="pseudonym key (default: derived "
                       "from the lead identity in the store)")
        if paper:
            p.add_argument("--paper", choices=("a4", "letter"), default="a4")

    p = cmds.add_parser("interview", help="summary of one interview",
                        description="Summarise one interview: facts, answers by section with "
                                    "their times, people named, quotes and notes.")
    p.add_argument("interview", metavar="ID", help="the interview number or id")
    common(p, ".pdf")
    p.set_defaults(func=_pdf)

    p = cmds.add_parser("study", help="summary of the whole study",
                        description="Summarise the study: fieldwork, every item by group with "
                                    "charts, networks, codes, quotes.")
    common(p, ".pdf")
    p.add_argument("--by", metavar="ITEM",
                   help="the item to group by (default: organisation when the protocol has "
                        "it; '' for no grouping)")
    p.set_defaults(func=_pdf)

    p = cmds.add_parser("anonymisation", help="what anonymisation did, for the reviewer",
                        description="Write the anonymisation report: plan and hash, what was "
                                    "done per variable, k and l before and after, suppressed "
                                    "records, redacted texts with their placeholders.")
    common(p, ".pdf")
    p.set_defaults(func=_pdf)

    p = cmds.add_parser("coding", help="coded segments by code, codes by attribute, pairs",
                        description="Report the coding of open answers and quotes: every "
                                    "coded segment by code with its citation (never the words "
                                    "of a respondent who refused quotation, unless "
                                    "--identified), counts rolled up to parent codes, codes by "
                                    "any item (each --by, and all of them crossed) and codes "
                                    "that occur together. A PDF with --out, the tables as CSV "
                                    "with --csv, or both.")
    common(p, ".pdf", out_required=False)
    p.add_argument("--by", metavar="ITEM", action="append",
                   help="an item to compare the codes by (repeat it: --by case --by "
                        "organisation), or TABLE.COLUMN of the cases' attribute tables "
                        "(--by missions.organisation); default: case and organisation when "
                        "asked")
    p.add_argument("--pairs-rolled-up", action="store_true",
                   help="count codes that occur together rolled up: parents occur together "
                        "when their children do")
    p.add_argument("--csv", metavar="DIR", help="also write the tables as CSV in this folder")
    p.add_argument("--coder", metavar="NAME", help="only this coder's codings")
    p.add_argument("--force", action="store_true", help="replace --csv if it holds files")
    p.set_defaults(func=_coding)

    p = cmds.add_parser("quotes", help="every quote with its citation, as CSV",
                        description="Write every quote with its citation (role and "
                                    "organisation, never a name) as CSV.")
    common(p, ".csv", paper=False)
    p.set_defaults(func=_quotes)


def _make(args: argparse.Namespace, what: str, write) -> Path:
    from fieldkit.operations.outputs import produce

    request = output_request(args, what)
    with open_store(args) as store:
        prepared, paths = produce(store, request, lambda p: [write(p)])
    warn_about(request, prepared)
    return paths[0]


def _progress(done: int, total: int, text: str = "") -> None:
    print(f"\r{done * 100 // max(1, total):3d}%", end="", file=sys.stderr, flush=True)


class _Console:
    """Progress on the terminal; the command is stopped with Ctrl+C, never by a flag."""

    report = staticmethod(_progress)

    @staticmethod
    def cancelled() -> bool:
        return False


def _pdf(args: argparse.Namespace) -> int:
    from fieldkit.operations.outputs import write_report

    by = getattr(args, "by", None)
    out = _make(args, args.report_command, lambda p: write_report(
        p, Path(args.out), interview=getattr(args, "interview", None), paper=args.paper,
        by="" if by is None else (by or None), progress=_Console()))
    print(f"\nwrote {out}", file=sys.stderr)
    return 0


def _quotes(args: argparse.Namespace) -> int:
    from fieldkit.operations.outputs import write_quotes

    out = _make(args, "quotes", lambda p: write_quotes(p, Path(args.out)))
    print(f"wrote {out}", file=sys.stderr)
    return 0


def _coding(args: argparse.Namespace) -> int:
    from fieldkit.errors import UsageError
    from fieldkit.operations.outputs import produce, write_coding

    if not args.out and not args.csv:
        raise UsageError("say where to write the coding report: --out FILE.pdf, --csv DIR, "
                         "or both")
    by = None if args.by is None else [b for b in args.by if b]
    request = output_request(args, "coding")
    with open_store(args) as store:
        prepared, paths = produce(store, request, lambda p: write_coding(
            p, Path(args.out) if args.out else None, by=by,
            csv_dir=Path(args.csv) if args.csv else None, paper=args.paper,
            overwrite=args.force, coder=args.coder, rolled_up_pairs=args.pairs_rolled_up,
            progress=_Console()))
    warn_about(request, prepared)
    print(f"\nwrote {', '.join(str(p) for p in paths)}", file=sys.stderr)
    return 0
