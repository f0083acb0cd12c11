"""``fieldkit report``: interview and study summaries as PDF, quotes with citations as CSV."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from fieldkit.errors import FieldkitError, UsageError

from .store_access import add_store_options, open_store


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("report", help="PDF summaries of an interview or the study; quotes",
                           description="Make PDF summaries of one interview or the whole study "
                                       "(anonymised by the plan unless --identified), the "
                                       "anonymisation report, or a CSV of every quote with "
                                       "its citation.")
    group.set_defaults(group_parser=group)
    cmds = group.add_subparsers(dest="report_command", metavar="ACTION")

    def common(p: argparse.ArgumentParser, suffix: str, paper: bool = True) -> None:
        p.add_argument("--out", "-o", required=True, metavar=f"FILE{suffix}")
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
    p.set_defaults(func=_interview)

    p = cmds.add_parser("study", help="summary of the whole study",
                        description="Summarise the study: fieldwork, every item by group with "
                                    "charts, networks, codes, quotes.")
    common(p, ".pdf")
    p.add_argument("--by", metavar="ITEM",
                   help="the item to group by (default: organisation when the protocol has "
                        "it; '' for no grouping)")
    p.set_defaults(func=_study)

    p = cmds.add_parser("anonymisation", help="what anonymisation did, for the reviewer",
                        description="Write the anonymisation report: plan and hash, what was "
                                    "done per variable, k and l before and after, suppressed "
                                    "records, redacted texts with their placeholders.")
    common(p, ".pdf")
    p.set_defaults(func=_anonymisation)

    p = cmds.add_parser("quotes", help="every quote with its citation, as CSV",
                        description="Write every quote with its citation (role and "
                                    "organisation, never a name) as CSV.")
    common(p, ".csv", paper=False)
    p.set_defaults(func=_quotes)


def _load(args: argparse.Namespace, anonymised: bool | None = None):
    """(dataset, protocol, record): the store's study, anonymised unless --identified."""
    from fieldkit.anonymise import anonymise, default_plan, load_plan
    from fieldkit.dataset.from_store import dataset_from_store, pseudonym_key

    anonymised = not args.identified if anonymised is None else anonymised
    key = _read_key(args.key_file) if args.key_file else None
    with open_store(args) as store:
        data = dataset_from_store(store, args.protocol)
        protocol = store.protocol(data.protocol_hash)
        key = key or (pseudonym_key(store) if anonymised else None)
        store.audit("report", f"{args.report_command} "
                              f"{'anonymised' if anonymised else 'identified'} "
                              f"protocol {data.protocol_hash[:12]}")
        if not anonymised:
            print("fieldkit: warning: using IDENTIFIED data; keep the output within the team",
                  file=sys.stderr)
            return data, protocol, None
        if key is None:
            raise FieldkitError("this store holds no lead identity to derive pseudonyms from; "
                                "report from the lead's store, give --key-file, or use "
                                "--identified")
        plan = load_plan(Path(args.plan)) if args.plan else default_plan(protocol)
        anon, record = anonymise(data, plan, key, override=args.override_k)
        # Kept before the report is drawn, while the store is open: a failed report leaves
        # an entry for an output never made, never an output missing from the log.
        store.record_redactions(record.plan_hash, Path(args.out).name, record.mapping,
                                protocol_hash=data.protocol_hash, kind=args.report_command)
    return anon, protocol, record


def _read_key(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise FieldkitError(f"cannot read the key file {name} ({exc.strerror})") from None


def _progress(done: int, total: int) -> None:
    print(f"\r{done * 100 // max(1, total):3d}%", end="", file=sys.stderr, flush=True)


def _interview(args: argparse.Namespace) -> int:
    from fieldkit.reports.interview import build_interview_report

    dataset, protocol, _ = _load(args)
    out = build_interview_report(dataset, protocol, args.interview, args.out, paper=args.paper,
                                 identified=args.identified, progress=_progress)
    print(f"\nwrote {out}", file=sys.stderr)
    return 0


def _study(args: argparse.Namespace) -> int:
    from fieldkit.reports.study import build_study_report

    dataset, protocol, _ = _load(args)
    by = args.by
    if by is None:
        by = "organisation" if dataset.variable("interviews", "organisation") else None
    out = build_study_report(dataset, protocol, args.out, by=by or None, paper=args.paper,
                             identified=args.identified, progress=_progress)
    print(f"\nwrote {out}", file=sys.stderr)
    return 0


def _anonymisation(args: argparse.Namespace) -> int:
    from fieldkit.reports.anonymisation import build_anonymisation_report

    if args.identified:
        raise UsageError("the anonymisation report describes an anonymised export; "
                         "leave out --identified")
    _, _, record = _load(args, anonymised=True)
    out = build_anonymisation_report(record, args.out, paper=args.paper, progress=_progress)
    print(f"\nwrote {out}", file=sys.stderr)
    return 0


def _quotes(args: argparse.Namespace) -> int:
    from fieldkit.analysis.quotes import QUOTE_COLUMNS, cite_quotes, quote_table
    from fieldkit.reports.page import write_atomically

    dataset, protocol, _ = _load(args)
    rows = quote_table(cite_quotes(dataset, protocol.citation))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(QUOTE_COLUMNS))
    writer.writeheader()
    writer.writerows(rows)
    write_atomically(Path(args.out), buffer.getvalue().encode("utf-8-sig"))
    print(f"wrote {args.out}: {len(rows)} quotes", file=sys.stderr)
    return 0
