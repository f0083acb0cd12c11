"""protocol export --xlsform: each study protocol written as an XLSForm converts with pyxform
and imports back to the same questions, choices, languages, relevance and constraints."""

from __future__ import annotations

import warnings

import pytest

from fieldkit.cli import main
from fieldkit.data import forms_dir
from fieldkit.protocol.loader import load_protocol
from fieldkit.protocol.model import Protocol
from fieldkit.protocol.xlsform import import_xlsform
from fieldkit.protocol.xlsform_write import write_xlsform

pyxform = pytest.importorskip("pyxform.xls2xform")
FORMS = sorted(forms_dir().glob("*.yaml"))
FIELDS = ("type", "required", "required_if", "relevant", "constraint", "calculation", "choice_filter",
          "repeat_count", "min", "max", "units", "special", "disclosure", "roster", "default",
          "read_only", "media_kind")
TEXTS = ("label", "hint", "constraint_message", "required_message", "guidance_hint")


def _texts(p: Protocol, value) -> dict[str, str]:
    return {lang: p.text(value, lang) for lang in p.languages}


def _described(p: Protocol) -> dict:
    items = {}
    for item in p.items_by_id.values():
        items[item.id] = {
            **{f: getattr(item, f) for f in FIELDS},
            **{t: _texts(p, getattr(item, t)) for t in TEXTS},
            "choices": [(c.name, _texts(p, c.label), c.extra) for c in p.choices_for(item)],
            "follow_ups": [c.id for c in item.items],
        }
    sections = [(_texts(p, s.title), s.relevant, [i.id for i in s.items]) for s in p.sections]
    return {"languages": p.languages, "default": p.default_language, "items": items,
            "order": list(p.items_by_id), "sections": sections}


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
def test_a_protocol_exported_converts_and_imports_back_the_same(tmp_path, path):
    original = load_protocol(path)
    out = tmp_path / f"{path.stem}.xlsx"
    left_out = write_xlsform(original, out)
    assert all(isinstance(w, str) and w.endswith(("left out", "one title")) for w in left_out)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        converted = pyxform.convert(xlsform=str(out), validate=False)
    assert converted.xform.startswith("<?xml")
    back = import_xlsform(out)
    assert _described(back.protocol) == _described(original)
    assert back.protocol.rosters.keys() == original.rosters.keys()
    for name, roster in original.rosters.items():
        assert back.protocol.rosters[name].entries == roster.entries


def test_export_on_the_command_line(tmp_path, capsys):
    path = FORMS[0]
    out = tmp_path / "study.xlsx"
    assert main(["protocol", "export", str(path), "--xlsform", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out}:")
    assert main(["protocol", "export", str(path), "--xlsform", str(out)]) != 0
    assert "already exists" in capsys.readouterr().err
    assert main(["protocol", "export", str(path), "--xlsform", str(tmp_path / "x.xls")]) != 0
    assert "is written as .xlsx" in capsys.readouterr().err
