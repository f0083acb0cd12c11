"""A REFI-QDA project (.qdpx) of the coded interviews, for ATLAS.ti, NVivo, MAXQDA and QualCoder.

The file is a zip holding ``project.qde`` (the project's XML, namespace
``urn:QDA-XML:project:1.0``) and ``Sources/<guid>.txt``, one plain-text source per interview:
its open answers in protocol order (follow-ups per person or entry), then its quotes, each
under a heading line. Every coding is a ``PlainTextSelection`` of its source with the
character positions of the coded passage, coded by its coder (a ``User``). The codebook keeps
its tree (GUIDs derived from the code ids, as in a .qdc); each interview is a ``Case`` with the
interview's attributes as variables (case, organisation, role, ...); memos, when the data hold
them, are ``Notes`` referred to by their code, source or the project.

Written from the dataset an output is made from: anonymised by the plan (redacted texts, the
positions found again in them) unless identified. A respondent who did not consent to
quotation keeps no words in a shared project: each of their answers reads as a withheld
marker, and their codings select the marker, so the codes still count for the case.
"""

from __future__ import annotations

import difflib
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from fieldkit.analysis.code_segments import WITHHELD
from fieldkit.analysis.values import short_label, value_label
from fieldkit.dataset.consent import MARKS
from fieldkit.dataset.tables import Dataset, Row
from fieldkit.protocol.model import TEXT_TYPES, Protocol
from fieldkit.protocol.qdc import PROJECT_NS, code_guid, codes_element

from .atomic import FIXED_MTIME

NS = PROJECT_NS
_GUIDS = uuid.UUID("0c5b7a36-1f0e-5d2c-8a4b-7e6d5c4b3a29")
TYPES = {"integer": "Integer", "decimal": "Float", "count": "Integer"}
VALUE_TAGS = {"Integer": "IntegerValue", "Float": "FloatValue", "Text": "TextValue"}
#: How an answer of a respondent who refused quotation reads in a shared project.
WITHHELD_TEXT = f"[{WITHHELD}]"


def guid(*parts: object) -> str:
    """A GUID fixed by what it stands for, so a project written twice is the same project."""
    return str(uuid.uuid5(_GUIDS, "\x1f".join(str(p) for p in parts)))


def _el(parent: ET.Element, tag: str, **attrs: Any) -> ET.Element:
    return ET.SubElement(parent, f"{{{NS}}}{tag}",
                         {k: str(v) for k, v in attrs.items() if v is not None})


@dataclass
class Text:
    """One answer or quote inside a source: where it starts and what it reads."""

    key: tuple[Any, ...]  # (item_id, person_id, quote_id)
    start: int
    text: str
    withheld: bool = False


@dataclass
class Source:
    """An interview's plain text and the places of its answers and quotes."""

    interview_id: str
    number: Any
    name: str
    guid: str
    content: str = ""
    texts: dict[tuple[Any, ...], Text] = field(default_factory=dict)
    selections: list[tuple[int, int, Row]] = field(default_factory=list)


@dataclass(frozen=True)
class QdpxSummary:
    """What was written: counts a test or a person can check."""

    sources: int
    codings: int
    relocated: int  # anonymised passages found again by alignment, not by their exact text
    withheld: int  # codings of respondents who refused quotation, on the withheld marker


def _memos(data: Dataset) -> list[dict[str, str]]:
    """The data's memos, if they hold any: id, scope (code, interview or project), target (a
    code id or an interview id), author and text."""
    out = []
    for n, m in enumerate(data.memos):
        if not m.get("text"):
            continue
        scope = str(m.get("scope") or "project")
        # the code or interview it is about; a plan that drops memo ids still numbers them
        target = m.get("code") if scope == "code" else \
            m.get("interview_id") if scope == "interview" else ""
        out.append({"id": str(m.get("memo_id") or f"memo {n}"), "scope": scope,
                    "target": str(target or ""), "author": str(m.get("author") or ""),
                    "text": str(m["text"])})
    return out


def _withheld(row: Row) -> bool:
    consent = row.get("consent") or ""
    return MARKS["quotation"] in consent or MARKS["open_answers"] in consent


def _sources(data: Dataset, protocol: Protocol, identified: bool) -> list[Source]:
    """Each interview's text, in number order."""
    people: dict[tuple[Any, Any], list[Row]] = defaultdict(list)
    for row in data.people:
        people[(row.get("interview_id"), row.get("item_id"))].append(row)
    quotes: dict[Any, list[Row]] = defaultdict(list)
    for q in data.quotes:
        quotes[q.get("interview_id")].append(q)
    lang = data.language
    out = []
    for row in sorted(data.interviews, key=lambda r: (r.get("number") or 0)):
        iid = row.get("interview_id")
        hidden = not identified and _withheld(_consent_row(data, row, protocol))
        src = Source(str(iid), row.get("number"), f"Interview {row.get('number')}",
                     guid("source", iid))
        parts: list[str] = []

        def add(key: tuple[Any, ...], heading: str, text: Any, src: Source = src,
                parts: list[str] = parts, hidden: bool = hidden) -> None:
            if not isinstance(text, str) or not text or text in (".r", ".d", ".n"):
                return
            shown = WITHHELD_TEXT if hidden else text
            parts.append(heading + "\n")
            at = sum(len(p) for p in parts)
            src.texts[key] = Text(key, at, shown, hidden)
            parts.append(shown + "\n\n")

        for item in protocol.iter_items():
            label = short_label(protocol.text(item.label, lang))
            if item.type in TEXT_TYPES:
                add((item.id, None, None), label, row.get(item.id))
            children = [c for c in item.items if c.type in TEXT_TYPES]
            for n, person in enumerate(sorted(people.get((iid, item.id), []),
                                              key=lambda p: p.get("position") or 0), 1):
                who = person.get("name") or f"{label} {n}"
                for child in children:
                    add((child.id, person.get("person_id"), None),
                        f"{who}: {short_label(protocol.text(child.label, lang))}",
                        person.get(child.id))
        for q in sorted(quotes.get(iid, []), key=lambda q: q.get("elapsed_ms") or 0):
            add((q.get("item_id"), q.get("person_id"), q.get("quote_id")),
                f"Quote at {q.get('elapsed') or '?'}", q.get("text"))
        src.content = "".join(parts)
        out.append(src)
    return out


def _consent_row(data: Dataset, interview: Row, protocol: Protocol) -> Row:
    """The interview's consent marks, as the dataset built them (on a coding, quote or note)."""
    for table in (data.codings, data.quotes, data.notes):
        for row in table:
            if row.get("interview_id") == interview.get("interview_id"):
                return row
    from fieldkit.dataset.consent import marks

    return {"consent": marks(protocol, interview)}


def _locate(text: Text, row: Row) -> tuple[int, int, bool]:
    """(start, end, relocated) of a coding's passage inside its text."""
    if text.withheld or row.get("start") is None or row.get("end") is None:
        return 0, len(text.text), False
    start, end = int(row["start"]), int(row["end"])
    passage = row.get("passage") or ""
    if text.text[start:end] == passage:
        return start, end, False
    # anonymised: the redacted passage, nearest to where the original one was
    hits = []
    at = text.text.find(passage) if passage else -1
    while at >= 0:
        hits.append(at)
        at = text.text.find(passage, at + 1)
    if hits:
        best = min(hits, key=lambda h: abs(h - start))
        return best, best + len(passage), True
    blocks = [b for b in difflib.SequenceMatcher(None, passage, text.text, autojunk=False)
              .get_matching_blocks() if b.size]
    if not blocks:
        return 0, len(text.text), True
    return blocks[0].b, blocks[-1].b + blocks[-1].size, True


def _variables(data: Dataset, protocol: Protocol) -> list[tuple[str, str, str]]:
    """(column, label, REFI type) of the interview attributes a case carries."""
    out = [("number", "Interview number", "Integer")]
    for v in data.variables_of("interviews"):
        if not v.item_id or v.disclosure in ("identifier", "free_text"):
            continue
        item = protocol.items_by_id.get(v.item_id)
        if item is not None and item.type in TEXT_TYPES:
            continue
        out.append((v.name, short_label(v.label) or v.name, TYPES.get(v.type, "Text")))
    return out


def _value(data: Dataset, column: str, kind: str, value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value in (".r", ".d", ".n")):
        return None
    if kind == "Integer":
        return str(int(value)) if isinstance(value, int | float) else None
    if kind == "Float":
        return repr(float(value)) if isinstance(value, int | float) else None
    return value_label(data, "interviews", column, value)


def project_xml(data: Dataset, protocol: Protocol, *, identified: bool,
                name: str | None = None, created: datetime | None = None
                ) -> tuple[bytes, list[Source], QdpxSummary]:
    """The project's XML and its sources (anonymised data unless ``identified``)."""
    ET.register_namespace("", NS)
    created = created or datetime.now(UTC).replace(microsecond=0)
    stamp = created.isoformat().replace("+00:00", "Z")
    memos = _memos(data)
    coders = sorted({str(r.get("coder")) for r in data.codings if r.get("coder")}
                    | {m["author"] for m in memos if m["author"]}) or ["fieldkit"]
    users = {c: guid("user", c) for c in coders}
    root = ET.Element(f"{{{NS}}}Project", {
        "name": name or short_label(protocol.text(protocol.title, data.language)),
        "origin": f"fieldkit, protocol {protocol.id} v{protocol.version}",
        "creatingUserGUID": users[coders[0]], "creationDateTime": stamp})
    user_list = _el(root, "Users")
    for c, g in users.items():
        _el(user_list, "User", guid=g, name=c)

    notes: dict[str, str] = {}  # memo id -> note guid
    book = _el(root, "CodeBook")
    codes = codes_element(protocol, NS, data.language)
    known = {c.id for c in protocol.codebook.flat()} if protocol.codebook else set()
    for extra in sorted({str(r["code"]) for r in data.codings} - known):
        _el(codes, "Code", guid=code_guid(extra), name=extra, isCodable="true")
    for memo in memos:
        notes[memo["id"]] = guid("note", memo["id"])
    by_code = {el.get("guid"): el for el in codes.iter(f"{{{NS}}}Code")}
    for memo in (m for m in memos if m["scope"] == "code"):
        el = by_code.get(code_guid(memo["target"]))
        if el is not None:  # NoteRef goes after the description, before the sub-codes
            ref = ET.Element(f"{{{NS}}}NoteRef", targetGUID=notes[memo["id"]])
            el.insert(1 if el.find(f"{{{NS}}}Description") is not None else 0, ref)
    book.append(codes)

    variables = _variables(data, protocol)
    var_list = _el(root, "Variables")
    for column, label, kind in variables:
        _el(var_list, "Variable", guid=guid("variable", column), name=label,
            typeOfVariable=kind)

    sources = _sources(data, protocol, identified)
    by_interview = {s.interview_id: s for s in sources}
    relocated = withheld = written = 0
    for row in sorted(data.codings, key=lambda r: (str(r.get("coding_id")))):
        if row.get("needs_recoding") or row.get("passage") is None:
            continue
        src = by_interview.get(str(row.get("interview_id")))
        text = src.texts.get((row.get("item_id"), row.get("person_id"), row.get("quote_id"))) \
            if src else None
        if src is None or text is None:
            continue
        start, end, moved = _locate(text, row)
        relocated += moved
        withheld += text.withheld
        src.selections.append((text.start + start, text.start + end, row))
        written += 1

    cases = _el(root, "Cases")
    interviews = {r.get("interview_id"): r for r in data.interviews}
    for src in sources:
        case = _el(cases, "Case", guid=guid("case", src.interview_id), name=src.name)
        row = interviews.get(src.interview_id, {})
        for column, _, kind in variables:
            value = _value(data, column, kind, row.get(column))
            if value is None:
                continue
            vv = _el(case, "VariableValue")
            _el(vv, "VariableRef", targetGUID=guid("variable", column))
            _el(vv, VALUE_TAGS[kind]).text = value
        _el(case, "SourceRef", targetGUID=src.guid)

    source_list = _el(root, "Sources")
    interview_memos: dict[str, list[str]] = defaultdict(list)
    for memo in (m for m in memos if m["scope"] == "interview"):
        interview_memos[memo["target"]].append(notes[memo["id"]])
    for src in sources:
        el = _el(source_list, "TextSource", guid=src.guid, name=src.name,
                 plainTextPath=f"internal://{src.guid}.txt", creationDateTime=stamp)
        if any(t.withheld for t in src.texts.values()):
            _el(el, "Description").text = ("The respondent did not consent to quotation: "
                                          "every answer reads as withheld; the codings "
                                          "select that line.")
        for start, end, row in sorted(src.selections, key=lambda s: (s[0], s[1])):
            user = users.get(str(row.get("coder")), users[coders[0]])
            sel = _el(el, "PlainTextSelection", guid=guid("selection", row.get("coding_id")),
                      name=str(row.get("code")), startPosition=start, endPosition=end,
                      creatingUser=user, creationDateTime=stamp)
            coding = _el(sel, "Coding", guid=guid("coding", row.get("coding_id")),
                         creatingUser=user, creationDateTime=stamp)
            _el(coding, "CodeRef", targetGUID=code_guid(str(row.get("code"))))
        for note in interview_memos.get(src.interview_id, []):
            _el(el, "NoteRef", targetGUID=note)

    if memos:
        note_list = _el(root, "Notes")
        for memo in memos:
            user = users.get(memo["author"], users[coders[0]])
            memo_note = _el(note_list, "Note", guid=notes[memo["id"]],
                            name=f"Memo on the {memo['scope'] or 'project'}"
                                 + (f" {memo['target']}" if memo["scope"] == "code" else ""),
                            creatingUser=user, creationDateTime=stamp)
            _el(memo_note, "PlainTextContent").text = memo["text"]
    for memo in (m for m in memos if m["scope"] == "project"):
        _el(root, "NoteRef", targetGUID=notes[memo["id"]])
    for tag, inner in (("CodeBook", "Codes"), ("Variables", None), ("Cases", None),
                       ("Sources", None)):
        el = root.find(f"{{{NS}}}{tag}")
        held = el.find(f"{{{NS}}}{inner}") if el is not None and inner else el
        if el is not None and held is not None and not len(held):
            root.remove(el)  # the schema wants at least one entry in each, or none at all
    ET.indent(root)
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml, sources, QdpxSummary(len(sources), written, relocated, withheld)


def qdpx_bytes(data: Dataset, protocol: Protocol, *, identified: bool,
               created: datetime | None = None) -> tuple[bytes, QdpxSummary]:
    """The .qdpx file: project.qde and Sources/<guid>.txt, zipped."""
    import io

    xml, sources, summary = project_xml(data, protocol, identified=identified, created=created)
    buffer = io.BytesIO()
    when = datetime.fromtimestamp(FIXED_MTIME, UTC).timetuple()[:6]
    with zipfile.ZipFile(buffer, "w") as z:
        for name, body in [("project.qde", xml),
                           *((f"Sources/{s.guid}.txt", s.content.encode("utf-8"))
                             for s in sources)]:
            info = zipfile.ZipInfo(name, when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, body)
    return buffer.getvalue(), summary
