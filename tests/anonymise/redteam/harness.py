"""Red-team harness: a synthetic Study-A-like dataset with planted identifiers and ordinary-word
probes, anonymised by the real anonymise(), exported in every format, read back and scored."""

from __future__ import annotations

import csv
import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synth_study import Ev, Rec  # the stand-ins for stored events and texts

from fieldkit.anonymise import anonymise, default_plan
from fieldkit.dataset import InterviewInput, InterviewMeta, build_dataset
from fieldkit.exports import FORMATS, export
from fieldkit.protocol.model import Protocol
from fieldkit.store.content import replay

KEY = b"red-team-key-0123456789abcdef0123"
KNOWN = "known people"
PATTERN = "pattern identifiers"
OTHER = "other identifiers"
TEXT_ITEMS = ("why", "routines", "trust", "crisis")


@dataclass(frozen=True)
class Person:
    """A roster member: label (Latin), state, organisation."""

    id: str
    name: str
    state: str
    org: str


@dataclass
class Plant:
    """An identifier written into a text, as written, with its kind and category."""

    kind: str
    text: str
    category: str


@dataclass
class Probe:
    """An ordinary word or phrase that must survive (or, for a person reading, become a
    PERSON placeholder): ``expect`` is 'keep' or a regex the redacted text must match."""

    text: str
    expect: str = "keep"


@dataclass
class Cell:
    """One free text of an interview: where it goes (an item, friend_note, quote or note)."""

    where: str
    text: str
    plants: list[Plant] = field(default_factory=list)
    probes: list[Probe] = field(default_factory=list)


@dataclass
class Interview:
    number: int
    respondent: str
    own: str  # roster id of the respondent's delegation
    org: str
    language: str
    cells: list[Cell] = field(default_factory=list)
    friends: list[tuple[str | None, str | None]] = field(default_factory=list)  # roster id / name


@dataclass
class Corpus:
    roster: list[Person]
    interviews: list[Interview]

    def plants(self) -> list[tuple[Interview, Cell, Plant]]:
        return [(iv, c, p) for iv in self.interviews for c in iv.cells for p in c.plants]

    def probes(self) -> list[tuple[Interview, Cell, Probe]]:
        return [(iv, c, p) for iv in self.interviews for c in iv.cells for p in c.probes]


def protocol(roster: list[Person]) -> Protocol:
    entries = [{"id": p.id, "label": p.name, "organisation": p.org, "member_state": p.state,
                "group": "g", "alliance": "none", "role": "Ambassador"} for p in roster]
    items: list[dict[str, Any]] = [
        {"id": "resp_name", "type": "text", "label": "Your name", "disclosure": "identifier"},
        {"id": "delegation", "type": "name_generator", "label": "Your delegation",
         "roster": "committee", "free_entry": False, "max_count": 1,
         "appearance": "respondent", "disclosure": "identifier"},
        {"id": "organisation", "type": "select_one", "label": "Organisation",
         "disclosure": "quasi_identifier",
         "choices": [{"name": o, "label": o} for o in ("AU", "EU", "OAS", "OSCE")]},
    ]
    items += [{"id": t, "type": "long_text", "label": t.title(), "disclosure": "free_text"}
              for t in TEXT_ITEMS]
    items.append({"id": "friends", "type": "name_generator", "label": "Friends",
                  "roster": "committee", "free_entry": True, "disclosure": "sensitive",
                  "items": [{"id": "friend_note", "type": "text", "label": "About them",
                             "disclosure": "free_text"}]})
    return Protocol.model_validate({
        "id": "redteam", "version": "1", "title": "Red team", "cover": "About decisions.",
        "research_aim": "Informal ties.", "languages": ["en"],
        "rosters": {"committee": {"entries": entries}},
        "sections": [{"id": "s", "title": "S", "items": items}]})


def inputs(corpus: Corpus) -> list[InterviewInput]:
    out = []
    for iv in corpus.interviews:
        events: list[Ev] = []

        def add(kind: str, item: str | None = None, inst: str | None = None, value: Any = None,
                n: int = iv.number, ev: list[Ev] = events) -> None:
            seq = len(ev) + 1
            ev.append(Ev(f"e{n}-{seq}", seq, kind, item, inst, value, None, seq * 61_000,
                          f"2009-04-{n % 28 + 1:02d}T10:{seq % 60:02d}:07Z"))

        add("status", value="in_progress")
        add("answer", "resp_name", value=iv.respondent)
        add("person_add", "delegation", f"own-{iv.number}", {"roster_id": iv.own})
        add("answer", "organisation", value=iv.org)
        for t in TEXT_ITEMS:
            text = "\n\n".join(c.text for c in iv.cells if c.where == t)
            if text:
                add("answer", t, value=text)
        notes = [c for c in iv.cells if c.where == "friend_note"]
        for j, (rid, name) in enumerate(iv.friends):
            inst = f"f{iv.number}-{j}"
            add("person_add", "friends", inst, {"roster_id": rid} if rid else {"name": name})
            if j < len(notes):
                add("answer", "friend_note", inst, notes[j].text)
        add("status", value="completed")
        iid = f"00000000-0000-4000-8000-{iv.number:012d}"
        quotes = [Rec(f"q{iv.number}-{k}", iid, "why", None, 600_000 + k * 1000,
                       "2009-04-02T10:40:00Z", c.text)
                  for k, c in enumerate(x for x in iv.cells if x.where == "quote")]
        notes_ = [Rec(f"n{iv.number}-{k}", iid, None, None, 100_000 + k * 1000,
                       "2009-04-02T10:05:00Z", c.text)
                  for k, c in enumerate(x for x in iv.cells if x.where == "note")]
        meta = InterviewMeta(interview_id=iid, number=iv.number, protocol_id="redteam",
                             protocol_version="1", interviewer="int-1", language=iv.language,
                             status="completed", started_at="2009-04-02T10:00:00Z",
                             ended_at="2009-04-02T11:10:00Z", elapsed_ms=4_100_000)
        out.append(InterviewInput(meta, replay(events), events, quotes, notes_))
    return out


# -- reading every output back ------------------------------------------------------------

def read_outputs(folder: Path) -> dict[str, str]:
    """Every output file as text: CSV and JSON decoded, Stata and SPSS through pyreadstat
    (values, labels and value labels), everything else as UTF-8 (with Latin-1 fallback)."""
    import pyreadstat

    texts: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        parts = [raw.decode("utf-8", errors="replace")]
        if path.suffix in (".dta", ".sav"):
            reader = pyreadstat.read_dta if path.suffix == ".dta" else pyreadstat.read_sav
            df, meta = reader(str(path))
            parts.append(df.to_csv(index=False))
            parts.append(json.dumps([meta.column_labels, meta.variable_value_labels],
                                    ensure_ascii=False, default=str))
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as fh:
                parts.append("\n".join("\t".join(r) for r in csv.reader(fh)))
        elif path.suffix == ".json":
            parts.append(json.dumps(json.loads(raw), ensure_ascii=False))
        elif path.suffix == ".pdf":
            from pypdf import PdfReader

            parts = [page.extract_text() or "" for page in PdfReader(str(path)).pages]
        texts[str(path.relative_to(folder))] = "\n".join(parts)
    return texts


def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(text)}(?![\w])")


# -- scoring -------------------------------------------------------------------------------

@dataclass
class Figures:
    planted: dict[str, int]
    leaks: dict[str, list[str]]
    unreviewed: list[str]
    probes: int
    false_positives: list[str]
    undecided: int
    formats: list[str]

    def passed(self, max_fp: float = 0.03) -> bool:
        """The targets: no known-people, pattern or unreviewed leak; few false positives."""
        return not self.leaks.get(KNOWN) and not self.leaks.get(PATTERN) \
            and not self.unreviewed and len(self.false_positives) <= max_fp * self.probes

    def lines(self, title: str) -> list[str]:
        fp = len(self.false_positives)
        out = [f"{title}: {sum(self.planted.values())} planted identifiers "
               f"({', '.join(f'{k} {v}' for k, v in self.planted.items())}), {self.probes} "
               f"ordinary-word probes; outputs read back: {', '.join(self.formats)}"]
        for cat in (KNOWN, PATTERN):
            out.append(f"  {cat} leaks: {len(self.leaks.get(cat, []))}")
        out.append(f"  other identifiers surviving (all among the undecided candidates "
                   f"unless counted below): {len(self.leaks.get(OTHER, []))}")
        out.append(f"  unreviewed leaks: {len(self.unreviewed)}")
        out.append(f"  false positives: {fp} of {self.probes} probes "
                   f"({100 * fp / max(self.probes, 1):.1f}%)")
        out.append(f"  undecided candidates for the reviewer: {self.undecided}")
        for cat, items in self.leaks.items():
            for item in items[:40]:
                out.append(f"    leak [{cat}] {item}")
        for item in self.unreviewed[:40]:
            out.append(f"    unreviewed {item}")
        for item in self.false_positives[:40]:
            out.append(f"    false positive {item}")
        return out


def _cells(data: Any, iv: Interview, cell: Cell) -> list[tuple[str, int, str]]:
    """(table, row index, column) of the dataset cells holding ``cell``'s text."""
    if cell.where in TEXT_ITEMS:
        table, column = "interviews", cell.where
    elif cell.where == "friend_note":
        table, column = "people", "friend_note"
    else:
        table, column = ("quotes" if cell.where == "quote" else "notes"), "text"
    rows = data.table(table)
    return [(table, i, column) for i, r in enumerate(rows)
            if isinstance(r.get(column), str) and cell.text in r[column]]


def dataset(corpus: Corpus) -> Any:
    return build_dataset(protocol(corpus.roster), inputs(corpus))


def score(corpus: Corpus, formats: tuple[str, ...] = FORMATS,
          decisions: dict[str, str] | None = None, folder: Path | None = None,
          redact: dict[str, Any] | None = None, pdf: bool = False) -> Figures:
    """Anonymise the corpus, write ``formats`` (and the anonymisation report PDF), read them
    back and count leaks and false positives (``redact`` overrides the plan's options)."""
    data = dataset(corpus)
    plan = default_plan(protocol(corpus.roster))
    plan.redact.update(redact or {})
    out, record = anonymise(data, plan, KEY, override="red team", decisions=decisions)
    with tempfile.TemporaryDirectory() as tmp:
        target = folder or Path(tmp) / "out"
        export(out, target, formats, record, overwrite=True)
        if pdf:
            from fieldkit.reports.anonymisation import build_anonymisation_report

            build_anonymisation_report(record, target / "anonymisation.pdf")
            formats = (*formats, "pdf")
        outputs = read_outputs(target)
    everything = "\n".join(outputs.values())
    undecided = record.undecided()
    cells = [c for iv in corpus.interviews for c in iv.cells]
    planted: dict[str, int] = {}
    leaks: dict[str, list[str]] = {}
    unreviewed: list[str] = []
    for iv, cell, plant in corpus.plants():
        planted[plant.category] = planted.get(plant.category, 0) + 1
        rx = _pattern(plant.text)
        places = _cells(data, iv, cell)
        assert places, f"cell not found in the dataset: {cell.text[:60]!r}"
        # Occurrences the cell's other sentences may keep (a probe with the same word).
        survived = False
        checks = [rx] + ([_pattern(w) for w in _parts(plant.text, iv.language)]
                         if plant.category != OTHER else [])
        for table, row, column in places:
            before = data.table(table)[row].get(column) or ""
            after = out.table(table)[row].get(column) or ""
            for check in checks:
                allowed = len(check.findall(before)) - len(check.findall(cell.text))
                survived |= len(check.findall(after)) > allowed
        distinctive = (len(plant.text) >= 5 and not plant.text.isalpha()) or _rare(plant.text)
        innocent = any(rx.search(c.text) for c in cells if plant not in c.plants)
        in_files = bool(distinctive and not innocent and rx.search(everything))
        if not survived and not in_files:
            continue
        label = f"{plant.kind}: {plant.text!r} (interview {iv.number}, {cell.where})"
        leaks.setdefault(plant.category, []).append(label)
        if not _reviewed(plant, iv, cell, undecided):
            unreviewed.append(label)
    fps: list[str] = []
    for iv, cell, probe in corpus.probes():
        places = _cells(data, iv, cell)
        texts = [out.table(p[0])[p[1]].get(p[2]) or "" for p in places]
        ok = all(probe.text in t for t in texts) if probe.expect == "keep" else \
            all(re.search(probe.expect, t) for t in texts)
        if not ok:
            fps.append(f"{probe.text!r} (interview {iv.number}): "
                       f"{_around(texts[0], probe.text) if texts else ''}")
    probes = len(corpus.probes())
    return Figures(planted, leaks, unreviewed, probes, fps, len(undecided), sorted(formats))


def _parts(text: str, lang: str) -> list[str]:
    """The pieces of an identifier that identify on their own: rare words and digit groups
    (the mzv of zorana[at]mzv[dot]rs, the 1961 of 3 March 1961)."""
    from fieldkit.anonymise.lexicon import is_word

    out = []
    for w in re.findall(r"\w+", text):
        if w.isdigit():
            if len(w) >= 3:
                out.append(w)
        elif len(w) >= 2 and not is_word(w.lower(), lang) and not is_word(w.lower(), "en"):
            out.append(w)
    return [w for w in out if w != text]


def _rare(text: str) -> bool:
    from fieldkit.anonymise.lexicon import is_word

    return all(not is_word(w) for w in re.findall(r"\w+", text)) and len(text) >= 4


def _reviewed(plant: Plant, iv: Interview, cell: Cell, undecided: list[Any]) -> bool:
    """A surviving identifier a reviewer is asked about: an undecided candidate in the same
    interview whose text overlaps it."""
    words = {w for w in re.findall(r"\w+", plant.text.lower()) if len(w) > 3 or w.isupper()}
    words = words or set(re.findall(r"\w+", plant.text.lower()))
    for cand in undecided:
        if not any(w.number == iv.number for w in cand.where):
            continue
        if words & set(re.findall(r"\w+", cand.text.lower())):
            return True
    return False


def _around(text: str, probe: str) -> str:
    words = probe.split()
    i = text.find(words[0][:4]) if words else -1
    return repr(text[max(0, i - 30):i + 60]) if i >= 0 else repr(text[:90])
