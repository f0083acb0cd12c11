"""Agreement between two coders of a store, its report files, and the resolved coding written
back as the coder ``resolved``, for the command and the app.

The report is the team's working file (it quotes the passages coders disagree on), written
all or nothing: ``FILE.csv`` holds one row per code (the 2x2 table, observed agreement,
Cohen's kappa) and a last row with Krippendorff's alpha over the codebook;
``FILE-disagreements.csv`` one row per passage and code the two coders disagree on, with an
empty ``decision`` column for the lead (keep or drop) that ``resolve`` reads back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fieldkit.analysis.agreement import Agreement, agreement, resolved_rows
from fieldkit.atomic import write_file
from fieldkit.counting import counted
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.errors import FieldkitError, Problem, UsageError
from fieldkit.exports.csv_out import formula_safe, formula_unsafe
from fieldkit.interview.coding import Coder
from fieldkit.store.coders import RESOLVED, check_coder

from .codings import CodingsFileError

REPORT_COLUMNS = ("code", "label", "units", "both", "first_only", "second_only", "neither",
                  "observed_agreement", "cohen_kappa")
DISAGREEMENT_COLUMNS = ("interview", "item", "instance", "quote", "code", "coded_by",
                        "passages", "consent", "decision")
KEEP, DROP = ("keep", "yes", "y", "1"), ("drop", "no", "n", "0")


def two_coders(text: str) -> tuple[str, str]:
    """``A,B`` as two different, valid coder names."""
    names = [n for n in (x.strip() for x in text.split(",")) if n]
    if len(names) != 2:
        raise UsageError(f"--coders takes two coder names separated by a comma (A,B), not "
                         f"'{text}'")
    try:
        first, second = (check_coder(n) for n in names)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if first == second:
        raise UsageError("--coders needs two different coders")
    return first, second


def coder_names(store: Any, protocol_id: str | None = None) -> list[str]:
    """The coders who have codings in the chosen protocol's readable interviews."""
    dataset = dataset_from_store(store, protocol_id)
    return sorted({str(r["coder"]) for r in dataset.codings if r.get("coder")})


def measure(store: Any, coders: tuple[str, str], protocol_id: str | None = None) -> Agreement:
    """The agreement of two coders over the passages both coded (identified data)."""
    dataset = dataset_from_store(store, protocol_id)
    protocol = store.protocol(dataset.protocol_hash)
    present = {r.get("coder") for r in dataset.codings}
    missing = [c for c in coders if c not in present]
    if missing:
        known = ", ".join(sorted(str(c) for c in present if c)) or "none"
        raise FieldkitError(f"no codings by {' or '.join(missing)} in this store (coders with "
                            f"codings: {known}); see 'fieldkit code list'.")
    result = agreement(dataset, coders[0], coders[1], protocol)
    if not result.units:
        raise FieldkitError(f"{coders[0]} and {coders[1]} have coded no passage in common, so "
                            "their agreement cannot be measured.")
    return result


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def report_files(result: Agreement, out: Path) -> dict[Path, bytes]:
    """The report's files (``out`` and its ``-disagreements`` companion) and their bytes."""
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\r\n")
    writer.writerow(REPORT_COLUMNS)
    for c in result.codes:
        writer.writerow([formula_safe(c.code), formula_safe(c.label), c.units, c.both,
                         c.first_only, c.second_only, c.neither, _number(c.observed),
                         _number(c.kappa)])
    writer.writerow(["ALL", "Krippendorff's alpha (nominal) over the codebook",
                     len(result.units), "", "", "", "", "", ""])
    writer.writerow(["ALL", "alpha", "", "", "", "", "", "", _number(result.alpha)])
    rows = io.StringIO()
    writer = csv.writer(rows, lineterminator="\r\n")
    writer.writerow(DISAGREEMENT_COLUMNS)
    for d in result.disagreements:
        _, item, person, quote = d.unit
        writer.writerow([d.number, item or "", person or "", quote or "", formula_safe(d.code),
                         formula_safe(d.coded_by),
                         formula_safe(" | ".join(d.passages)), d.consent, ""])
    companion = out.with_name(f"{out.stem}-disagreements{out.suffix or '.csv'}")
    return {out: table.getvalue().encode("utf-8-sig"),
            companion: rows.getvalue().encode("utf-8-sig")}


def write_report(store: Any, result: Agreement, out: Path) -> list[Path]:
    """Write the report files, each all or nothing; recorded in the audit log."""
    if not out.parent.is_dir():
        raise FieldkitError(f"the folder {out.parent} does not exist; choose an existing one.")
    files = report_files(result, out)
    for path, data in files.items():
        write_file(path, data)
    store.audit("agreement_report", f"{result.coders[0]},{result.coders[1]}: "
                                    f"{counted(len(result.units), 'passage')}")
    return list(files)


def read_choices(path: Path, result: Agreement, numbers: dict[Any, str]
                 ) -> dict[tuple[str, ...], bool]:
    """The lead's decisions from a disagreements file: every row decided keep or drop."""
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        listed = list(csv.DictReader(io.StringIO(text, newline="")))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CodingsFileError([Problem(file, "", f"cannot be read as a CSV file ({exc})")]) \
            from None
    problems: list[Problem] = []
    choices: dict[tuple[str, ...], bool] = {}
    for n, row in enumerate(listed, start=2):
        cell = {k: formula_unsafe((v or "").strip()) for k, v in row.items() if k}
        decision = cell.get("decision", "").casefold()
        iid = numbers.get(cell.get("interview", ""))
        if iid is None:
            problems.append(Problem(file, f"row {n}", f"there is no interview "
                                                      f"'{cell.get('interview', '')}'"))
            continue
        if decision not in KEEP + DROP:
            problems.append(Problem(file, f"row {n}", "decision must be keep or drop, not "
                                                      f"'{cell.get('decision', '')}'"))
            continue
        key = (iid, cell.get("item", ""), cell.get("instance", ""), cell.get("quote", ""),
               cell.get("code", ""))
        choices[key] = decision in KEEP
    known = {d.key for d in result.disagreements}
    undecided = [d for d in result.disagreements if d.key not in choices]
    for d in undecided:
        problems.append(Problem(file, "", f"no decision for {d.code} in interview {d.number} "
                                          f"({d.unit[1] or 'quote'}); decide every disagreement"))
    strangers = [k for k in choices if k not in known]
    if strangers:
        problems.append(Problem(file, "", f"{counted(len(strangers), 'row')} "
                                          f"{'is' if len(strangers) == 1 else 'are'} no "
                                          "disagreement of these coders now; write the report "
                                          "again"))
    if problems:
        raise CodingsFileError(problems)
    return choices


def resolve(store: Any, result: Agreement, *, rule: str | None = None,
            choices_file: Path | None = None, protocol_id: str | None = None,
            coder: str = RESOLVED) -> int:
    """Write the resolved coding (as ``coder``, by default ``resolved``) in one transaction;
    returns how many codings it holds. Writing it again changes nothing."""
    choices = None
    if choices_file is not None:
        dataset = dataset_from_store(store, protocol_id)
        numbers = {str(r.get("number")): r["interview_id"] for r in dataset.interviews}
        choices = read_choices(choices_file, result, numbers)
    rows = resolved_rows(result, rule, choices)
    readers: dict[str, Coder] = {}
    with store.transaction():
        for row in rows:
            iid = row["interview_id"]
            reader = readers.get(iid) or readers.setdefault(iid, Coder(store, iid, coder))
            if row.get("quote_id"):
                reader.code_quote(row["quote_id"], row["code"], row.get("start"), row.get("end"))
            else:
                reader.code_answer(row["item_id"], row["code"], row.get("person_id"),
                                   row.get("start"), row.get("end"))
        store.audit("coding_resolved", f"{result.coders[0]},{result.coders[1]} as {coder}: "
                                       f"{len(rows)} codings")
    return len(rows)


def describe(result: Agreement) -> Sequence[str]:
    """The report in a few lines for a terminal."""
    lines = [f"{counted(len(result.units), 'passage')} coded by both {result.coders[0]} and "
             f"{result.coders[1]}", f"{'code':<28} {'both':>5} {'1st':>5} {'2nd':>5} "
             f"{'none':>5} {'p_o':>7} {'kappa':>7}"]
    for c in result.codes:
        if c.both or c.first_only or c.second_only:
            lines.append(f"{c.code[:28]:<28} {c.both:>5} {c.first_only:>5} {c.second_only:>5} "
                         f"{c.neither:>5} {_number(c.observed) or '-':>7} "
                         f"{_number(c.kappa) or '-':>7}")
    lines.append(f"Krippendorff's alpha over the codebook: {_number(result.alpha) or '-'}")
    lines.append(f"{len(result.disagreements)} disagreements")
    return lines
