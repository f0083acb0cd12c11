"""``fieldkit report``: interview and study summaries as PDF, quotes with citations as CSV."""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import sys
from pathlib import Path

from fieldkit.errors import FieldkitError


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("report", help="PDF summaries of an interview or the study; quotes",
                           description="Make PDF summaries of one interview or the whole study, "
                                       "or a CSV of every quote with its citation.")
    group.set_defaults(group_parser=group)
    cmds = group.add_subparsers(dest="report_command", metavar="ACTION")

    def common(p: argparse.ArgumentParser, suffix: str) -> None:
        p.add_argument("--out", "-o", required=True, metavar=f"FILE{suffix}")
        p.add_argument("--store", metavar="DIR", help="the store folder (default: as 'gui')")
        p.add_argument("--identified", action="store_true",
                       help="use identified data (for the team only; every page says so)")

    p = cmds.add_parser("interview", help="summary of one interview",
                        description="Summarise one interview: facts, answers by section with "
                                    "their times, people named, quotes and notes.")
    p.add_argument("interview", metavar="ID", help="the interview number or id")
    common(p, ".pdf")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.set_defaults(func=_interview)

    p = cmds.add_parser("study", help="summary of the whole study",
                        description="Summarise the study: fieldwork, every item by group with "
                                    "charts, networks, codes, quotes.")
    common(p, ".pdf")
    p.add_argument("--by", default="organisation", metavar="ITEM",
                   help="the item to group by (default: organisation)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.set_defaults(func=_study)

    p = cmds.add_parser("quotes", help="every quote with its citation, as CSV",
                        description="Write every quote with its citation (role and "
                                    "organisation, never a name) as CSV.")
    common(p, ".csv")
    p.set_defaults(func=_quotes)


def _load(args: argparse.Namespace):
    """The study's dataset and protocol from the store (identified, or refused for now)."""
    try:
        from fieldkit.dataset import dataset_from_store  # type: ignore[attr-defined]
    except ImportError:
        raise FieldkitError("this build cannot read a study out of the store yet "
                            "(fieldkit.dataset.dataset_from_store is missing); "
                            "update fieldkit") from None
    if not args.identified:
        raise FieldkitError("anonymised reports need the anonymisation step, which this "
                            "command cannot run yet; add --identified for a team-only report")
    from fieldkit.store.location import resolve_store_dir
    from fieldkit.store.store import Store

    path = resolve_store_dir(args.store)
    with Store.open(path, getpass.getpass(f"Passphrase for {path}: ")) as store:
        dataset = dataset_from_store(store)
        return dataset, store.protocol(dataset.protocol_hash)


def _progress(done: int, total: int) -> None:
    print(f"\r{done * 100 // max(1, total):3d}%", end="", file=sys.stderr, flush=True)


def _interview(args: argparse.Namespace) -> int:
    from fieldkit.reports.interview import build_interview_report

    dataset, protocol = _load(args)
    out = build_interview_report(dataset, protocol, args.interview, args.out, paper=args.paper,
                                 identified=args.identified, progress=_progress)
    print(f"\nwrote {out}", file=sys.stderr)
    return 0


def _study(args: argparse.Namespace) -> int:
    from fieldkit.reports.study import build_study_report

    dataset, protocol = _load(args)
    out = build_study_report(dataset, protocol, args.out, by=args.by or None, paper=args.paper,
                             identified=args.identified, progress=_progress)
    print(f"\nwrote {out}", file=sys.stderr)
    return 0


def _quotes(args: argparse.Namespace) -> int:
    from fieldkit.analysis.quotes import QUOTE_COLUMNS, cite_quotes, quote_table
    from fieldkit.reports.page import write_atomically

    dataset, protocol = _load(args)
    rows = quote_table(cite_quotes(dataset, protocol.citation))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(QUOTE_COLUMNS))
    writer.writeheader()
    writer.writerows(rows)
    write_atomically(Path(args.out), buffer.getvalue().encode("utf-8-sig"))
    print(f"wrote {args.out}: {len(rows)} quotes", file=sys.stderr)
    return 0
