"""Identifiers planted in every form a person can be named, through the newer parts of a
protocol (calculations, times and moments, coordinates, attachments, or_other text, piped
labels, coders, memos about codes and interviews), looked for in every shared output: the
data export (CSV, Stata, SPSS, codebook), the study, anonymisation and coding reports (text,
metadata and outline), the quotes, the coding tables and the REFI-QDA project.

Interview 1's respondent refused the use of open answers and quotation: none of their words
may reach a shared output. Interview 2's refused quotation only: their open answers may be in
the data files, but no report, quote, coded segment, memo or REFI-QDA source may show their
words. Everything here is synthetic."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pyreadstat
import pytest
from pypdf import PdfReader

from fieldkit.interview.coding import Coder
from fieldkit.interview.importer import plan_interview, write_interview
from fieldkit.operations import memos
from fieldkit.operations.outputs import (
    OutputRequest,
    decide,
    list_candidates,
    produce,
    write_coding,
    write_export,
    write_qdpx,
    write_quotes,
    write_report,
)
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store import Store

PASS = "synthetic-planted-leaks-passphrase-3307"
OVERRIDE = "synthetic reason: three test interviews are below any k"
OWN_NAME = "Jan Novák"  # the respondent's own name
CODER = "Zdenka Králová"  # a coder's name is an identifier
MEMO_AUTHOR = "Olena Kovalenko"
INTERVIEWER = "Pieter de Vries"
REFUSED = "Kettleburn"  # words of the respondent who refused open answers and quotation
UNQUOTED = "the soup was cold"  # words of the respondent who refused quotation only
EMBASSY = "48.1486 17.1077"
PLANTED = {
    "own name": "Novák", "given name": "Jan Nov", "coder": "Králová", "memo author": "Kovalenko",
    "interviewer": "Vries", "other text": "Štúr", "quote name": "Wenceslas",
    "e-mail": "jan.novak@", "phone": "5443 1234", "passport": "AB1234567",
    "address": "Panská 33", "coordinates": "48.1486", "longitude": "17.1077",
    "file name": "Jan_Novak_cv", "moment": "14:30", "memo name": "Zhang Wei",
    "memo name in Chinese": "张伟", "episode name": "Ferenc Bartos", "refused words": REFUSED,
    "calculation": "Dear Jan", "free entry": "Dvořák", "follow-up text": "Horáková",
    "roster choice": "Slovakia", "roster id": "dlg-sk-07", "initials": "J.N.",
    "nickname": "Honza", "Cyrillic": "Новак", "handle": "@jnovak", "Arabic": "أحمد",
    "English nickname": "Johnny", "IBAN": "1987 4263", "URL": "mzv.example",
    "possessive": "Novák's", "upper case": "NOVÁK", "date of birth": "1961-03-14",
}
DELEGATIONS = [{"id": i, "label": label, "organisation": "EU", "member_state": label,
                "group": group} for i, label, group in (
    ("dlg-sk-07", "Slovakia", "Central Europe"), ("at", "Austria", "Central Europe"),
    ("be", "Belgium", "Benelux"))]
# the respondent and others as people write them: initials, nicknames, other scripts, handles
VARIANTS = ("J.N. agreed. J. Novák came. Novak came. Honza came. Ян Новак came. @jnovak "
            "posted. jan novák came. NOVÁK came. Novák's idea. السفير أحمد حسن came. 张伟大使 "
            "came. Johnny came. Pay to SK31 1200 0000 1987 4263 7541. See "
            "https://mzv.example/jan-novak today.")
FORMATS = ["csv", "dta", "sav", "graphml"]
CODES = [{"id": "trust", "label": "Trust"}, {"id": "money", "label": "Money"}]
PROTOCOL = {
    "id": "planted", "version": "1", "title": "Planted", "cover": "c", "research_aim": "a",
    "consent": {"text": "Do you agree?", "required": True},
    "policy": {"k_threshold": 1, "seal_on_finish": False},
    "codebook": {"label": "Codes", "codes": CODES},
    "rosters": {"delegations": {"label": "Delegations", "entries": DELEGATIONS}},
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "consent_open", "type": "yes_no", "label": "Open answers?",
         "gates": ["open_answers"]},
        {"id": "consent_quote", "type": "yes_no", "label": "Quotes?", "gates": ["quotation"]},
        {"id": "own_name", "type": "text", "label": "Your name"},
        {"id": "greeting", "type": "calculate", "calculation": "concat('Dear ', ${own_name})"},
        {"id": "who", "type": "calculate", "calculation": "interviewer()"},
        {"id": "friends", "type": "integer", "label": "How often do you see ${own_name}?"},
        {"id": "story", "type": "long_text", "label": "Tell us, ${own_name}"},
        {"id": "notes_on_names", "type": "long_text", "label": "Anyone else?"},
        {"id": "embassy", "type": "geopoint", "label": "Where is the embassy?"},
        {"id": "cv", "type": "attachment", "label": "A CV"},
        {"id": "since", "type": "datetime", "label": "Since when?"},
        {"id": "born", "type": "date", "label": "Date of birth"},
        {"id": "partner", "type": "select_one", "label": "Partner",
         "choices": [{"name": "au", "label": "AU"}, {"name": "other", "label": "Other"}]},
        {"id": "partner_other", "type": "text", "label": "Specify other.",
         "relevant": "${partner} = 'other'"},
        {"id": "episodes", "type": "repeat", "label": "Episodes", "items": [
            {"id": "episode_summary", "type": "long_text", "label": "What happened?"},
            {"id": "episode_title", "type": "calculate",
             "calculation": "concat('Episode: ', ${episode_summary})"}]},
        # the respondent's delegation and partners chosen from a roster, whatever the names
        {"id": "mission", "type": "select_one", "label": "Which mission?",
         "roster_choices": ["delegations"]},
        {"id": "partners", "type": "select_multiple", "label": "Closest partners?",
         "roster_choices": ["delegations"]},
        {"id": "mission_name", "type": "calculate",
         "calculation": "jr:choice-name(${mission}, '${mission}')"},
        {"id": "contacts", "type": "name_generator", "label": "Whom do you see?",
         "roster": "delegations", "free_entry": True, "items": [
             {"id": "contact_weekly", "type": "yes_no", "label": "Weekly?"},
             {"id": "contact_how", "type": "text", "label": "How did you meet ${contacts}?"},
             {"id": "contact_line", "type": "calculate",
              "calculation": "concat(${contact_how}, ' / ', ${own_name})"}]},
    ]}],
}


def _answers(n: int) -> dict:
    refused = n == 0
    return ({"notes_on_names": VARIANTS} if n == 2 else {}) | {
        "consent_open": "no" if refused else "yes", "consent_quote": "yes" if n == 2 else "no",
        "own_name": OWN_NAME, "friends": 3, "embassy": EMBASSY, "cv": "cv/Jan_Novak_cv.pdf",
        "since": "2009-06-12T14:30", "partner": "other", "born": "1961-03-14",
        "partner_other": "Mr Ľudovít Štúr of the Slovak embassy",
        "story": (f"{REFUSED} told me everything" if refused else
                  "Write to jan.novak@mzv.example or call +421 2 5443 1234; passport "
                  "AB1234567; the embassy is at Panská 33, Bratislava. The Slovak ambassador "
                  f"hosts lunch; {UNQUOTED if n == 1 else 'the wine was fine'}."),
        "episodes": [{"episode_summary": f"Ambassador Ferenc Bartos mediated ({n})"}],
        "mission": "dlg-sk-07", "partners": ["at", "be"],
        "contacts": [{"person": "at", "contact_weekly": "yes", "contact_how": "At school"},
                     {"person": "Honza Dvořák of the Czech embassy", "contact_weekly": "no",
                      "contact_how": "Through Ms Eliška Horáková"}],
    }


def _interview(n: int) -> dict:
    quote = {0: f"{REFUSED} hosts the lunches", 1: f"At dinner {UNQUOTED}"}.get(
        n, "Ambassador Wenceslas Thorngrove decides over lunch.")
    return {"format": "fieldkit-interview/1", "protocol": "planted",
            "interviewer": INTERVIEWER, "language": "en",
            "started_at": f"2009-06-1{n}T09:30:00+02:00",
            "ended_at": f"2009-06-1{n}T10:30:00+02:00", "answers": _answers(n),
            "quotes": [{"item": "story", "at": "01:00", "text": quote}]}


@pytest.fixture(scope="module")
def lead(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("planted"))


def make_store(root: Path) -> Path:
    """The lead's store of the three interviews, codings and memos, every candidate decided."""
    (root / "cv").mkdir()
    (root / "cv" / "Jan_Novak_cv.pdf").write_bytes(b"%PDF-1.4 synthetic")
    protocol = protocol_from_data(PROTOCOL, file=str(root / "planted.yaml"), base_dir=root)
    path = root / "lead"
    with Store.create(path, PASS, role="lead", enforce_strength=False) as store:
        for n in range(3):
            write_interview(store, plan_interview(_interview(n), protocol,
                                                  str(root / f"i{n}.json")))
        for interview in store.interviews():
            coder = Coder(store, interview.id, coder=CODER)
            coder.code_answer("story", "trust")
            coder.code_quote(next(iter(coder.quotes)), "money")
        memos.write(store, "code", "trust", "Ambassador Zhang Wei (张伟) says trust is "
                    "everything; passport AB1234567", author=MEMO_AUTHOR)
        memos.write(store, "interview", 1, f"{REFUSED} again", author=MEMO_AUTHOR)
        memos.write(store, "interview", 2, f"Again {UNQUOTED}", author=MEMO_AUTHOR)
        memos.write(store, "project", None, f"Mr {OWN_NAME} was late", author=CODER)
        for _ in range(3):  # a redacted candidate may leave a shorter one to decide
            found = list_candidates(store, OutputRequest("export"))
            decide(store, [{"key": c.key, "text": c.text, "kind": c.kind, "decision": "redact"}
                           for c in found])
    return path


def _pdf(path: Path) -> str:
    reader = PdfReader(path)
    parts = [p.extract_text() or "" for p in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]

    def titles(outline: list) -> None:
        for entry in outline:
            if isinstance(entry, list):
                titles(entry)
            else:
                parts.append(str(entry.title))
    titles(reader.outline)
    return "\n".join(parts)


def _read(path: Path) -> str:
    if path.name == "anonymisation.json":
        # the plan's mappings and the population list the rosters' public entries
        def public(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: public(v) for k, v in value.items()
                        if k not in ("mapping", "population")}
            return [public(v) for v in value] if isinstance(value, list) else value
        return json.dumps(public(json.loads(path.read_text(encoding="utf-8"))),
                          ensure_ascii=False)
    if path.suffix == ".pdf" and path.parent.name != "attachments":
        return _pdf(path)
    if path.suffix in (".dta", ".sav"):
        read = pyreadstat.read_dta if path.suffix == ".dta" else pyreadstat.read_sav
        frame, meta = read(str(path))
        return frame.to_csv() + repr(meta.column_names_to_labels) + repr(meta.variable_value_labels)
    if path.suffix == ".qdpx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(n + "\n" + z.read(n).decode("utf-8", "replace")
                             for n in z.namelist())
    return path.name + "\n" + path.read_bytes().decode("utf-8", "replace")


def _outputs(lead: Path, out: Path) -> dict[str, dict[str, str]]:
    """Every shared output, by kind: file name -> everything it holds as text."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    with Store.open(lead, PASS) as store:
        def make(what: str, write) -> None:
            produce(store, OutputRequest(what, override=OVERRIDE), write)
        make("export", lambda p: write_export(p, out / "export", FORMATS))
        make("study", lambda p: [write_report(p, out / "study.pdf")])
        make("interview", lambda p: [write_report(p, out / "interview.pdf", interview="2")])
        make("anonymisation", lambda p: [write_report(p, out / "anonymisation.pdf")])
        make("quotes", lambda p: [write_quotes(p, out / "quotes.csv")])
        make("coding", lambda p: write_coding(p, out / "coding.pdf", csv_dir=out / "coding"))
        make("qdpx", lambda p: [write_qdpx(p, out / "project.qdpx")])
    kinds = {"export": out / "export", "coding tables": out / "coding"}
    found: dict[str, dict[str, str]] = {}
    for kind, folder in kinds.items():
        found[kind] = {p.name: _read(p) for p in sorted(folder.rglob("*")) if p.is_file()}
    for name in ("study.pdf", "interview.pdf", "anonymisation.pdf", "quotes.csv", "coding.pdf", "project.qdpx"):
        found[name] = {name: _read(out / name)}
    return found


def leaks(found: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    """Output kind -> 'what planted (file)' for every planted identifier it still holds."""
    out: dict[str, list[str]] = {}
    for kind, files in found.items():
        for name, text in files.items():
            for what, needle in PLANTED.items():
                if needle.casefold() in text.casefold():
                    out.setdefault(kind, []).append(f"{what} ({name})")
    return out


def figures(root: Path) -> list[str]:
    """The red-team lines: identifiers planted, and per output kind its files and what of
    the planted identifiers it still holds (make redteam prints them)."""
    found = _outputs(make_store(root), root / "out")
    leaked = leaks(found)
    lines = [f"planted: {len(PLANTED)} identifiers in {len(found)} kinds of shared output "
             f"({sum(len(f) for f in found.values())} files)"]
    lines += [f"  {kind:<18} {len(files):>3} files, {len(leaked.get(kind, [])):>3} leaks"
              + (f": {', '.join(leaked[kind])}" if kind in leaked else "")
              for kind, files in found.items()]
    lines.append(f"  {'total':<18} {sum(len(v) for v in leaked.values()):>13} leaks")
    return lines


def test_no_planted_identifier_reaches_a_shared_output(lead, tmp_path):
    found = _outputs(lead, tmp_path / "out")
    assert set(found) == {"export", "coding tables", "study.pdf", "interview.pdf",
                          "anonymisation.pdf",
                          "quotes.csv", "coding.pdf", "project.qdpx"}
    assert all(found.values())
    # the outputs do carry the material (so the search above can fail)
    export = found["export"]
    assert "network.graphml" in export and "memos.sav" in export and "people.dta" in export
    assert "[PERSON" in export["interviews.csv"] and "Dear [PERSON" in export["interviews.csv"]
    assert "hosts lunch" in export["interviews.csv"] and "everything" in export["memos.csv"]
    assert "decides over lunch" in found["quotes.csv"]["quotes.csv"]
    assert leaks(found) == {}
    # quotation refused: the open answer is in the data files (the interview's summary of its
    # answers and the review of their redaction too) and in no other report, quote, coded
    # segment, memo or REFI-QDA source
    assert UNQUOTED in export["interviews.csv"] and UNQUOTED in export["codings.csv"]
    data_files = ("interviews.", "codings.", "anonymisation.", "interview.pdf")
    assert [f"{kind}: {name}" for kind, files in found.items() for name, text in files.items()
            if UNQUOTED in text and not name.startswith(data_files)] == []


def test_the_identified_export_keeps_what_the_shared_one_removes(lead, tmp_path):
    """The search can fail: the team's own export holds every planted identifier that the
    data carry as values (the file's bytes are kept aside, the coordinates and moment whole)."""
    with Store.open(lead, PASS) as store:
        produce(store, OutputRequest("export", identified=True),
                lambda p: write_export(p, tmp_path / "team", ["csv"]))
    found = {"export": {p.name: _read(p) for p in (tmp_path / "team").rglob("*") if p.is_file()}}
    held = {w.split(" (")[0] for w in leaks(found)["export"]}
    assert held >= {"own name", "coder", "memo author", "other text", "quote name", "e-mail",
                    "phone", "passport", "address", "coordinates", "moment", "memo name",
                    "episode name", "refused words", "calculation", "roster choice",
                    "roster id", "free entry", "follow-up text", "initials", "nickname",
                    "Cyrillic", "handle", "Arabic", "English nickname", "IBAN", "URL",
                    "date of birth"}
