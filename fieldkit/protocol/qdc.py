"""A protocol's codebook in the REFI-QDA exchange standard: written as a codebook (.qdc) or as
the ``CodeBook`` of a project (.qdpx), and read from a .qdc into a new protocol version.

Each code's GUID is derived from its id (a UUID5), so a codebook written, edited in ATLAS.ti,
NVivo, MAXQDA or QualCoder and read back keeps the ids of the codes it still has, and with
them every coding made against them. A code new to fieldkit takes an id made from its name.

Reading is bounded: at most 5 MB, no DTD or entities (defusedxml), nesting to 32 levels and
10,000 codes; a file outside these bounds or not a REFI-QDA codebook is refused in one sentence
naming the file.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from fieldkit.errors import FieldkitError

from .model import Code, Codebook, LocalText, Protocol

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
_GUIDS = uuid.UUID("6f1c1d2e-3b2a-5c7d-9e8f-0a1b2c3d4e5f")  # fieldkit's namespace for codes
MAX_BYTES = 5_000_000
MAX_DEPTH = 32
MAX_CODES = 10_000


class CodebookError(FieldkitError):
    """A codebook that cannot be read or taken into a protocol (one sentence naming it)."""


def code_guid(code_id: str) -> str:
    """The REFI-QDA GUID of a fieldkit code id (the same in every file and version)."""
    return str(uuid.uuid5(_GUIDS, f"code:{code_id}"))


def codes_element(protocol: Protocol, ns: str, language: str | None = None) -> ET.Element:
    """``<Codes>`` with the codebook's tree (names in ``language``, descriptions kept)."""
    codes = ET.Element(f"{{{ns}}}Codes")

    def add(parent: ET.Element, code: Code) -> None:
        el = ET.SubElement(parent, f"{{{ns}}}Code", guid=code_guid(code.id),
                           name=protocol.text(code.label, language), isCodable="true")
        if code.description:
            ET.SubElement(el, f"{{{ns}}}Description").text = \
                protocol.text(code.description, language)
        for child in code.codes:
            add(el, child)

    for code in protocol.codebook.codes if protocol.codebook else []:
        add(codes, code)
    return codes


def qdc_bytes(protocol: Protocol, language: str | None = None) -> bytes:
    """The protocol's codebook as a REFI-QDA codebook file."""
    if protocol.codebook is None:
        raise CodebookError(f"protocol '{protocol.id}' has no codebook to write")
    ET.register_namespace("", CODEBOOK_NS)
    root = ET.Element(f"{{{CODEBOOK_NS}}}CodeBook", origin="fieldkit")
    root.append(codes_element(protocol, CODEBOOK_NS, language))
    ET.indent(root)
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written


@dataclass(frozen=True)
class ImportedCode:
    """One code as a REFI-QDA codebook holds it."""

    guid: str
    name: str
    description: str
    codes: tuple[ImportedCode, ...]


def read_qdc(path: Path) -> list[ImportedCode]:
    """The codes of a REFI-QDA codebook file (bounded; CodebookError naming the file)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    path = Path(path)

    def refuse(why: str) -> CodebookError:
        return CodebookError(f"{path}: {why}; give a REFI-QDA codebook (.qdc) as ATLAS.ti, "
                             "NVivo, MAXQDA or QualCoder export it")

    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise CodebookError(f"cannot read the codebook {path} ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        raise refuse(f"is larger than {MAX_BYTES // 1_000_000} MB")
    try:
        root = fromstring(data, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException, ValueError) as exc:
        raise refuse(f"is not well-formed XML without a DTD ({exc})") from None
    ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if root.tag != f"{{{ns}}}CodeBook" or ns not in (CODEBOOK_NS, PROJECT_NS):
        raise refuse(f"its root is <{root.tag.split('}')[-1]}> in namespace '{ns}', not a "
                     f"CodeBook in {CODEBOOK_NS}")
    codes_el = root.find(f"{{{ns}}}Codes")
    if codes_el is None:
        raise refuse("it holds no <Codes>")
    count = [0]

    def walk(parent: ET.Element, depth: int) -> Iterator[ImportedCode]:
        if depth > MAX_DEPTH:
            raise refuse(f"its codes are nested deeper than {MAX_DEPTH} levels")
        for el in parent.findall(f"{{{ns}}}Code"):
            count[0] += 1
            if count[0] > MAX_CODES:
                raise refuse(f"it holds more than {MAX_CODES} codes")
            name = " ".join((el.get("name") or "").split())
            if not name or not el.get("guid"):
                raise refuse(f"code {count[0]} has no name or no guid")
            description = el.findtext(f"{{{ns}}}Description") or ""
            yield ImportedCode(el.get("guid", ""), name, description.strip(),
                               tuple(walk(el, depth + 1)))

    found = list(walk(codes_el, 1))
    if not found:
        raise refuse("it holds no codes")
    return found


def _slug(name: str, taken: set[str]) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:56] or "code"
    if not re.match(r"[a-z_]", base):
        base = f"code_{base}"[:56]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}_{n}", n + 1
    taken.add(slug)
    return slug


def _text(old: LocalText | None, new: str, language: str) -> LocalText:
    """``new`` in ``language``, the code's other languages kept."""
    if isinstance(old, dict):
        return {**old, language: new}
    return {language: new} if old is None or old != new else old


def next_version(version: str) -> str:
    """1.1 -> 1.2; 2 -> 3; anything else gets .1 added."""
    match = re.match(r"^(.*?)(\d+)$", version)
    return f"{match.group(1)}{int(match.group(2)) + 1}" if match else f"{version}.1"


def with_codebook(protocol: Protocol, codes: list[ImportedCode], *,
                  version: str | None = None) -> Protocol:
    """A new version of ``protocol`` whose codebook is ``codes``: codes whose GUID is a
    fieldkit code's keep its id and its labels in other languages."""
    language = protocol.default_language
    old = {code_guid(c.id): c for c in protocol.codebook.flat()} if protocol.codebook else {}
    taken = {c.id for c in old.values()}

    def convert(code: ImportedCode) -> Code:
        known = old.get(code.guid)
        code_id = known.id if known else _slug(code.name, taken)
        description = _text(known.description if known else None, code.description,
                            language) if code.description else None
        return Code(id=code_id, label=_text(known.label if known else None, code.name,
                                            language),
                    description=description, codes=[convert(c) for c in code.codes])

    try:
        book = Codebook(label=protocol.codebook.label if protocol.codebook else None,
                        codes=[convert(c) for c in codes])
        data = protocol.model_dump(mode="json", exclude_none=True)
        data.update(version=version or next_version(protocol.version),
                    codebook=book.model_dump(mode="json", exclude_none=True))
        return Protocol.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise CodebookError(f"the codebook does not fit protocol '{protocol.id}': "
                            f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from None
