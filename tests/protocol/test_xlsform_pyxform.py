"""Real corpus forms: fieldkit imports at least 90% of those pyxform converts, with the same
questions, choice values and relevance as pyxform's output."""

from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

import pytest

from fieldkit.errors import ProtocolError
from fieldkit.protocol.xlsform import import_xlsform
from fieldkit.protocol.xlsform_read import read_workbook

pyxform = pytest.importorskip("pyxform.xls2xform")

SHARED = Path(os.environ.get("FIELDKIT_SHARED") or Path(__file__).resolve().parents[3] / "shared")
REAL = SHARED / "corpus" / "xlsform-real"
FORMS = sorted(p for p in REAL.glob("*") if p.suffix in (".xlsx", ".xls", ".ods")) \
    if REAL.is_dir() else []
GROUPS = {"group", "repeat", "survey"}

pytestmark = pytest.mark.skipif(not FORMS, reason="the real XLSForm corpus is not here")


def _pyxform(path: Path) -> dict | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return pyxform.convert(xlsform=str(path), validate=False)._pyxform
    except Exception:  # pyxform refuses the form in many ways
        return None


def _leaves(node: dict) -> list[dict]:
    out = []
    for child in node.get("children", []):
        if child.get("type") in GROUPS:
            out.extend(_leaves(child))
        else:
            out.append(child)
    return out


@pytest.fixture(scope="module")
def converted() -> dict[Path, dict]:
    return {p: d for p in FORMS if (d := _pyxform(p)) is not None}


def test_at_least_90_percent_of_forms_pyxform_converts_import(converted):
    imported = []
    for path in converted:
        try:
            import_xlsform(path)
            imported.append(path.name)
        except ProtocolError:
            pass
    assert len(imported) >= 0.9 * len(converted), \
        f"{len(imported)} of {len(converted)} forms pyxform converts import: {imported}"


def test_imported_forms_match_pyxform(converted):
    for path, data in converted.items():
        try:
            protocol = import_xlsform(path).protocol
        except ProtocolError:
            continue
        items = protocol.items_by_id
        for leaf in _leaves(data):
            name = leaf["name"]
            if name not in items:
                continue  # metadata fieldkit does not record is named in a warning
            item = items[name]
            relevant = leaf.get("bind", {}).get("relevant")
            if relevant and item.relevant:
                squeeze = "".join(relevant.replace("’", "'").split())
                # '=' on a select_multiple is written out as join(' ', ${x}) = ..., its meaning
                ours = re.sub(r"join\(' ', (\$\{[^}]+\})\)", r"\1", item.relevant)
                assert squeeze in "".join(ours.split()) or "/" in relevant, \
                    (path.name, name)
            if "itemset" in leaf and leaf["itemset"] in data.get("choices", {}):
                wanted = [c["name"] for c in data["choices"][leaf["itemset"]]]
                got = [c.name for c in protocol.choices_for(item)]
                assert got == wanted, (path.name, name)


ALL_FORMS = sorted(p for folder in ("xlsform", "xlsform-real")
                   for p in (SHARED / "corpus" / folder).glob("*")
                   if p.suffix in (".xlsx", ".xls", ".ods")) if SHARED.is_dir() else []
#: pyxform's type of a question -> the fieldkit types it may become.
TYPES = {
    "text": {"text", "long_text"}, "integer": {"integer"}, "int": {"integer"},
    "decimal": {"decimal"}, "date": {"date"}, "note": {"note"}, "calculate": {"calculate"},
    "select one": {"select_one", "likert", "yes_no"}, "select all that apply": {"select_multiple"},
    "select one external": {"select_one"}, "rank": {"rank"}, "time": {"time"},
    "dateTime": {"datetime"}, "geopoint": {"geopoint"}, "geotrace": {"geotrace"},
    "geoshape": {"geoshape"}, "photo": {"attachment"}, "image": {"attachment"},
    "audio": {"attachment"}, "video": {"attachment"}, "file": {"attachment"},
    "range": {"integer", "decimal"}, "acknowledge": {"yes_no"}, "trigger": {"yes_no"},
    "barcode": {"text"}, "hidden": {"calculate"}, "start": {"calculate"},
    "end": {"calculate"}, "today": {"calculate"}, "username": {"calculate"},
    "deviceid": {"calculate"},
    "repeat": {"repeat", "name_generator"}, "phone number": {"text"},
    "percentage": {"integer"},
}


def _questions(node: dict) -> list[dict]:
    """Every question of pyxform's output, repeats included (groups are only structure)."""
    out = []
    for child in node.get("children", []):
        if child.get("type") == "group" and child.get("name") == "meta":
            continue  # the instanceID pyxform adds to every form
        if child.get("type") in ("group", "survey"):
            out.extend(_questions(child))
        elif child.get("type") == "loop":
            continue  # expanded per choice: compared with pyxform's expansion in test_xlsform_loops
        else:
            out.append(child)
            if child.get("type") == "repeat":
                out.extend(_questions(child))
    return out


def _squeezed(text: str) -> str:
    text = re.sub(r"join\(' ', (\$\{[^}]+\})\)", r"\1", text)
    return "".join(text.translate(str.maketrans("‘’“”", "''\"\"")).split())


@pytest.mark.parametrize("path", ALL_FORMS, ids=[p.name for p in ALL_FORMS])
def test_every_form_both_accept_has_pyxforms_questions_choices_languages_and_logic(path):
    data = _pyxform(path)
    if data is None:
        pytest.skip("pyxform refuses the form")
    try:
        result = import_xlsform(path)
    except ProtocolError:
        pytest.skip("fieldkit refuses the form, each reason at its row")
    protocol, noted = result.protocol, {w.location for w in result.warnings}
    items = protocol.items_by_id
    sheets, _ = read_workbook(path)
    survey = sheets.get("survey") or next(iter(sheets.values()))
    written = {row.get("name") for row in survey.rows}
    sections = {i.id: s.relevant for s in protocol.sections for i in s.items}
    for leaf in _questions(data):
        name, kind = leaf["name"], leaf["type"]
        if name not in written:
            continue  # made by pyxform (a repeat's count), not a question of the form
        if name not in items:  # metadata fieldkit does not record: named in a warning
            assert any("device metadata" in w.message and f"({name})" in w.message
                       for w in result.warnings), (path.name, name)
            continue
        item = items[name]
        assert item.type.value in TYPES.get(kind, {kind}), (path.name, name, kind, item.type)
        bind = leaf.get("bind", {})
        parent = protocol.parent_of.get(name)
        whole = " and ".join(e for e in (sections.get(parent or name),
                                         items[parent].relevant if parent else None,
                                         item.relevant) if e) or None
        for key, ours in (("relevant", whole), ("constraint", item.constraint)):
            theirs = bind.get(key)
            if theirs and "/" not in theirs:  # pyxform keeps ${} here; paths are rewritten
                assert ours is not None and _squeezed(theirs) in _squeezed(ours), \
                    (path.name, name, key)
        itemset = leaf.get("itemset") or leaf.get("list_name")
        if itemset in data.get("choices", {}) and item.type.value != "yes_no":
            wanted = [str(c["name"]) for c in data["choices"][itemset]]
            got = [c.name for c in protocol.choices_for(item)]
            assert got == wanted, (path.name, name)
    theirs = {lang for c in _questions(data) for v in c.values() if isinstance(v, dict)
              for lang in v if lang not in ("default",) and isinstance(v.get(lang), str)
              and any(isinstance(x, str) for x in v.values()) and lang[:1].isupper()}
    if len(theirs) > 1:
        assert len(protocol.languages) >= len(theirs), (path.name, theirs, protocol.languages)
    assert noted is not None
