"""``fieldkit export``: anonymised (by default) or identified data files, and the plan template."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path

from fieldkit.anonymise import default_plan
from fieldkit.data import resolve_form
from fieldkit.errors import FieldkitError, UsageError
from fieldkit.exports import FORMATS
from fieldkit.exports.csv_out import formula_safe, formula_unsafe
from fieldkit.operations.outputs import (
    DECISION_WORDS,
    OutputRequest,
    decide,
    list_candidates,
    produce,
    write_export,
)
from fieldkit.protocol.loader import load_protocol

from .output_options import output_request, warn_about
from .qda_cmd import add_qdpx
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
    p = cmds.add_parser("candidates", help="list what the residual scan found, to decide",
                        description="Write a CSV of the words in the open answers that may "
                                    "still name someone and that nobody has decided on. Fill "
                                    "its decision column with redact or keep, then run "
                                    "'fieldkit export decide FILE'. An anonymised output is "
                                    "refused while any is undecided. The file holds names: "
                                    "keep it within the team and delete it once decided.")
    add_store_options(p)
    p.add_argument("-o", "--out", dest="candidates_out", required=True, metavar="FILE.csv")
    p.add_argument("--protocol", metavar="ID", help="which protocol's interviews")
    p.add_argument("--plan", metavar="PLAN.yaml", help="the anonymisation plan")
    p.add_argument("--all", dest="everything", action="store_true",
                   help="also list the candidates already decided (to change a decision)")
    p.add_argument("--force", action="store_true", help="overwrite FILE.csv if it exists")
    p.set_defaults(func=_candidates)
    p = cmds.add_parser("decide", help="keep the decisions of a filled-in candidates file",
                        description="Read a candidates CSV (from 'fieldkit export candidates') "
                                    "and keep each row's decision (redact or keep) in the "
                                    "encrypted store; rows left blank stay undecided.")
    add_store_options(p)
    p.add_argument("decisions_file", metavar="FILE.csv")
    p.set_defaults(func=_decide)
    add_qdpx(cmds)


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
    request = output_request(args, "export")
    with open_store(args) as store:
        prepared, paths = produce(store, request, lambda p: write_export(
            p, Path(args.out), formats, overwrite=args.force))
    warn_about(request, prepared)
    print(f"wrote {len(paths)} files to {args.out}")
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


CANDIDATE_COLUMNS = ("decision", "text", "kind", "where", "context", "key")


def _candidates(args: argparse.Namespace) -> int:
    out = Path(args.candidates_out)
    if out.exists() and not args.force:
        raise FieldkitError(f"{out} already exists; choose another name or add --force")
    request = OutputRequest("export", protocol_id=args.protocol,
                            plan_path=Path(args.plan) if args.plan else None)
    with open_store(args) as store:
        found = list_candidates(store, request, everything=args.everything)
    if not found:
        print("nothing to decide: every word the scan flags in the open answers has a "
              "decision (add --all to list them and change one)")
        return 0
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CANDIDATE_COLUMNS)
    for c in found:
        writer.writerow([formula_safe(str(x)) for x in
                         (c.decision or "", c.text, c.kind, c.where, c.context, c.key)])
    tmp = out.with_name(f".{out.name}.partial")
    tmp.write_text(buffer.getvalue(), encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, out)
    print("fieldkit: warning: this file holds names from the interviews; keep it within the "
          "team and delete it once the decisions are kept", file=sys.stderr)
    print(f"wrote {out}: {len(found)} candidate{'s' if len(found) != 1 else ''}; fill the "
          f"decision column with redact or keep, then run 'fieldkit export decide {out}'")
    return 0


def _decide(args: argparse.Namespace) -> int:
    path = Path(args.decisions_file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "it is not UTF-8 text"
        raise FieldkitError(f"cannot read the decisions file {path} ({reason})") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = {"decision", "key"} - set(reader.fieldnames or [])
    if missing:
        raise FieldkitError(f"{path} has no '{sorted(missing)[0]}' column; use the file "
                            "'fieldkit export candidates' writes")
    rows, blank = [], 0
    for n, row in enumerate(reader, 2):
        word = (row.get("decision") or "").strip().lower()
        if not word:
            blank += 1
            continue
        if word not in DECISION_WORDS or not (row.get("key") or "").strip():
            raise FieldkitError(f"{path}:{n}: the decision '{row.get('decision')}' is not "
                                "redact or keep (or the row has no key); nothing was kept")
        rows.append({"key": row["key"].strip(), "text": formula_unsafe(row.get("text") or ""),
                     "kind": row.get("kind") or "", "decision": word})
    with open_store(args) as store:
        kept = decide(store, rows, "lead (command line)")
    print(f"kept {kept} decision{'s' if kept != 1 else ''}"
          + (f"; {blank} row{'s' if blank != 1 else ''} left undecided" if blank else ""))
    return 0


def _plan(args: argparse.Namespace) -> int:
    out = Path(args.plan_out)
    if out.exists() and not args.force:
        raise FieldkitError(f"{out} already exists; choose another name or add --force")
    plan = default_plan(load_protocol(resolve_form(args.protocol_file)))
    tmp = out.with_name(f".{out.name}.partial")
    tmp.write_text(plan.to_yaml(), encoding="utf-8")
    os.replace(tmp, out)
    print(f"wrote {out} (plan hash {plan.hash[:16]}); edit it, then export with --plan {out}")
    return 0
