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
