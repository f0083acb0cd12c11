"""Codings as a researcher works with them, for the command and the app: list, apply, remove,
and the codings file (CSV) out and back in.

Interviews are named by the number every output cites (the study number on a lead's master).
A codings file has one row per coding: ``interview`` (number), ``item``, ``instance`` (the
person or repeat entry of a follow-up answer), ``quote`` (a quote's id; then ``item`` is the
item it was marked at), ``code``, ``coder``, ``start``, ``end`` (character offsets; both empty
for the whole text), ``passage`` (the coded text, checked on import against the text the
offsets point at), ``coding_id`` and ``consent`` (what the respondent withheld, e.g. "not for
quotation": the file is the team's own, and says so; both informative). Importing checks
every row before anything is written and writes all rows in one transaction or none; a coding
already there (same coder, code and passage) is not made twice, so importing a file again
changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.atomic import write_file
from fieldkit.dataset.consent import marks
from fieldkit.dataset.from_store import dataset_from_store, study_numbers
from fieldkit.errors import FieldkitError, Problem
from fieldkit.exports.csv_out import formula_safe, formula_unsafe
from fieldkit.interview.coding import Coder, CodingError
from fieldkit.store.content import Coding

CSV_COLUMNS = ("interview", "item", "instance", "quote", "code", "coder", "start", "end",
               "passage", "coding_id", "consent")
MAX_CSV_BYTES = 20 * 1024 * 1024
NUMBER = re.compile(r"[0-9]{1,9}")  # an interview number or a character offset


class CodingsFileError(FieldkitError):
    """A codings file was refused; ``problems`` names every bad row (file, row, reason)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}; nothing of this file was imported")


@dataclass(frozen=True)
class CodingRow:
    """One coding as listed and exported: where, what, by whom, and the passage now."""

    number: int
    interview_id: str
    item_id: str | None
    instance_id: str | None
    quote_id: str | None
    code: str
    coder: str
    start: int | None
    end: int | None
    passage: str | None  # None when the text changed since it was coded
    needs_recoding: bool
    coding_id: str
    consent: str = ""  # what the respondent withheld ("not for quotation"), '' when free

    def csv_row(self) -> list[str]:
        cells: list[Any] = [self.number, self.item_id, self.instance_id, self.quote_id,
                            self.code, self.coder, self.start, self.end, self.passage,
                            self.coding_id, self.consent]
        return [formula_safe("" if c is None else str(c)) for c in cells]


def codable(store: Any) -> list[tuple[int, Any]]:
    """(number, interview) of every interview that can be coded here, by number."""
    numbers = study_numbers(store)
    found = [(numbers.get(i.id, i.number), i) for i in store.interviews()
             if not i.sealed and i.status != "withdrawn"]
    return sorted(found, key=lambda pair: pair[0])


def find_interview(store: Any, number: int | str) -> Any:
    """The codable interview with this number, or one sentence saying why there is none."""
    text = str(number).strip()
    if not NUMBER.fullmatch(text):  # ASCII digits only: '²' is a digit to str.isdigit
        raise CodingError(f"'{number}' is not an interview number; see 'fieldkit interview "
                          "list'.")
    for n, interview in codable(store):
        if n == int(text):
            return interview
    held = {n for n, _ in ((study_numbers(store).get(i.id, i.number), i)
                           for i in store.interviews())}
    why = "is sealed for the project lead or withdrawn" if int(text) in held else "is not held"
    raise CodingError(f"interview {text} {why} in this store, so it cannot be coded here; see "
                      "'fieldkit interview list'.")


def _row(number: int, coder: Coder, c: Coding, consent: str = "") -> CodingRow:
    flagged = coder.needs_recoding(c)
    return CodingRow(number, coder.interview_id, c.item_id, c.instance_id, c.quote_id, c.code,
                     c.coder or "", c.start, c.end, None if flagged else coder.passage_text(c),
                     flagged, c.coding_id, consent)


def consent_marks(store: Any) -> dict[str, str]:
    """interview id -> what its respondent withheld, in words ('' when nothing)."""
    out: dict[str, str] = {}
    for protocol_id in sorted({i.protocol_id for _, i in codable(store)}):
        data = dataset_from_store(store, protocol_id)
        protocol = store.protocol(data.protocol_hash)
        out.update({row["interview_id"]: marks(protocol, row) for row in data.interviews})
    return out


def coding_rows(store: Any, *, code: str | None = None, number: int | None = None,
                coder: str | None = None, recoding_only: bool = False) -> list[CodingRow]:
    """Every current coding (filtered by code, interview number, coder; only those flagged
    for re-coding if asked), in interview and reading order."""
    chosen = [(n, i) for n, i in codable(store) if number is None or n == number]
    if number is not None and not chosen:
        find_interview(store, number)  # says why
    out: list[CodingRow] = []
    consent = consent_marks(store) if chosen else {}
    for n, interview in chosen:
        reader = Coder(store, interview.id)
        for c in reader.codings(coder=coder):
            if code is not None and c.code != code:
                continue
            row = _row(n, reader, c, consent.get(interview.id, ""))
            if not recoding_only or row.needs_recoding:
                out.append(row)
    return out


def _target(reader: Coder, target: str, instance: str | None) -> tuple[str | None, str | None]:
    """(item id, quote id) for an item id or a quote id (or its first characters)."""
    if target in reader.protocol.items_by_id:
        return target, None
    quotes = [q for q in reader.quotes if q.startswith(target.lower())] if target else []
    if len(quotes) == 1:
        if instance:
            raise CodingError("a quote is coded as it is; leave out the person or entry.")
        return None, quotes[0]
    if len(quotes) > 1:
        raise CodingError(f"more than one quote of interview {reader.number} begins with "
                          f"'{target}'; give more of its id.")
    raise CodingError(f"'{target}' is neither a question of protocol '{reader.protocol.id}' "
                      f"nor a quote of interview {reader.number}; see 'fieldkit code list'.")


def _instance(reader: Coder, item_id: str, instance: str | None) -> str | None:
    if not instance:
        return None
    ids = {a[1] for a in reader.content.answers if a[0] == item_id and a[1]}
    found = [i for i in ids if i.startswith(instance.lower())]
    if len(found) != 1:
        why = "no" if not found else "more than one"
        raise CodingError(f"{why} person or entry of '{item_id}' in interview {reader.number} "
                          f"has an id beginning with '{instance}'.")
    return found[0]


def apply(store: Any, number: int | str, target: str, code: str, *, instance: str | None = None,
          start: int | None = None, end: int | None = None,
          coder: str | None = None) -> CodingRow:
    """Code an answer (item id, and the person or entry for a follow-up) or a quote (its id),
    whole or ``start:end``, as ``coder`` (default: the store's interviewer, or the lead)."""
    interview = find_interview(store, number)
    reader = Coder(store, interview.id, coder)
    item_id, quote_id = _target(reader, target, instance)
    if quote_id:
        made = reader.code_quote(quote_id, code, start, end)
    else:
        assert item_id is not None
        made = reader.code_answer(item_id, code, _instance(reader, item_id, instance),
                                  start, end)
    return _row(int(str(number)), reader, made)


def remove(store: Any, coding_id: str, *, coder: str | None = None) -> CodingRow:
    """Remove one coding (its id or first characters) of ``coder`` (default as for apply)."""
    wanted = coding_id.strip().lower()
    hits = [(n, i, c) for n, i in codable(store)
            for c in Coder(store, i.id).codings() if wanted and c.coding_id.startswith(wanted)]
    if len(hits) != 1:
        why = "no coding" if not hits else "more than one coding"
        raise CodingError(f"{why} has an id beginning with '{coding_id}'; see 'fieldkit code "
                          "list'.")
    number, interview, found = hits[0]
    reader = Coder(store, interview.id, coder)
    row = _row(number, reader, found)
    reader.uncode(found.coding_id)
    return row


def codings_csv(rows: Iterable[CodingRow]) -> bytes:
    """The codings file's bytes (UTF-8 with a BOM, so spreadsheets read accents right)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(row.csv_row())
    return buffer.getvalue().encode("utf-8-sig")


def export_csv(store: Any, path: Path, rows: list[CodingRow]) -> int:
    """Write ``rows`` to ``path`` all or nothing; recorded (by count) in the audit log."""
    if not path.parent.is_dir():
        raise FieldkitError(f"the folder {path.parent} does not exist; choose an existing one.")
    write_file(path, codings_csv(rows))
    store.audit("codings_exported", f"{len(rows)} codings")
    return len(rows)


def _read_csv(path: Path) -> list[dict[str, str]]:
    file = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise CodingsFileError([Problem(file, "", f"cannot be read ({exc.strerror or exc})")]) \
            from None
    if len(raw) > MAX_CSV_BYTES:
        raise CodingsFileError([Problem(file, "", f"is over {MAX_CSV_BYTES // 2**20} MB")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CodingsFileError([Problem(file, "", "is not UTF-8 text")]) from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        rows = list(reader)
    except csv.Error as exc:
        raise CodingsFileError([Problem(file, "", f"is not a readable CSV file ({exc})")]) \
            from None
    missing = [c for c in ("interview", "item", "code") if c not in (reader.fieldnames or [])]
    if missing:
        raise CodingsFileError([Problem(file, "row 1", "has no column " + ", ".join(missing) +
                                        f" (columns: {', '.join(CSV_COLUMNS)})")])
    return rows


def _offset(value: str | None, name: str) -> int | None:
    text = (value or "").strip()
    if not text:
        return None
    if not NUMBER.fullmatch(text):
        raise CodingError(f"{name} '{text}' is not a character offset (0 or more)")
    return int(text)


def _import_row(store: Any, readers: dict[str, Coder], row: dict[str, str],
                coder: str | None) -> tuple[Coding, bool]:
    cell = {k: formula_unsafe((v or "").strip()) if isinstance(v, str) else ""
            for k, v in row.items() if k is not None}
    if None in row:
        raise CodingError("it has more cells than the header has columns")
    interview = find_interview(store, cell.get("interview", ""))
    name = cell.get("coder") or coder
    key = f"{interview.id}\x00{name or ''}"
    reader = readers.get(key)
    if reader is None:
        reader = readers[key] = Coder(store, interview.id, name or None)
    start, end = _offset(cell.get("start"), "start"), _offset(cell.get("end"), "end")
    quote = cell.get("quote") or ""
    target = quote or cell.get("item") or ""
    if not target:
        raise CodingError("it names neither an item nor a quote")
    item_id, quote_id = _target(reader, target, None if quote else cell.get("instance"))
    before = set(reader.content.codings)
    if quote_id:
        made = reader.code_quote(quote_id, cell.get("code", ""), start, end)
    else:
        assert item_id is not None
        made = reader.code_answer(item_id, cell.get("code", ""),
                                  _instance(reader, item_id, cell.get("instance")), start, end)
    passage = cell.get("passage") or ""
    if passage and reader.passage_text(made) != passage:
        raise CodingError("its passage is not the text at its offsets now (the answer may have "
                          "changed since the file was written); correct the offsets or clear "
                          "the passage cell")
    return made, made.coding_id not in before


def _one_line(text: str, room: int = 300) -> str:
    """A row's problem as one line of reasonable length: it may quote a cell of any size."""
    line = " ".join(text.split()).rstrip(".")
    return line if len(line) <= room else line[:room - 1] + "…"


def import_csv(store: Any, path: Path, *, coder: str | None = None) -> tuple[int, int]:
    """Import a codings file: (codings made, codings already there). Every row is checked;
    one bad row refuses the whole file (each bad row named) and nothing is written."""
    rows = _read_csv(path)
    problems: list[Problem] = []
    made = same = 0
    readers: dict[str, Coder] = {}
    with store.transaction():  # one commit for the whole file, or none
        for n, row in enumerate(rows, start=2):  # row 1 is the header
            try:
                _, new = _import_row(store, readers, row, coder)
            except CodingError as exc:
                problems.append(Problem(str(path), f"row {n}", _one_line(str(exc))))
                continue
            made, same = (made + 1, same) if new else (made, same + 1)
        if problems:
            raise CodingsFileError(problems)
        store.audit("codings_imported", f"{made} codings made, {same} already there")
    return made, same
