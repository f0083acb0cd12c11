"""XLSForm's indexed-repeat(${field}, ${repeat}, N) in an interview: the field's answer in the
Nth entry of the repeat, as the entries stand (empty when there is no such entry)."""

from __future__ import annotations

import openpyxl
import pytest

from fieldkit.errors import ProtocolError
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.xlsform import import_xlsform

from .conftest import one_section as _protocol

HOUSEHOLD = {"id": "hh", "type": "repeat", "label": "Household members", "items": [
    {"id": "member", "type": "text", "label": "Name"},
    {"id": "age", "type": "integer", "label": "Age"},
    {"id": "adult", "type": "calculate", "calculation": "if(${age} >= 18, 'yes', 'no')"}]}


def test_indexed_repeat_reads_the_nth_entry(tmp_path, store):
    p = _protocol(tmp_path, HOUSEHOLD,
                  {"id": "head", "type": "calculate",
                   "calculation": "indexed-repeat(${member}, ${hh}, 1)"},
                  {"id": "pick", "type": "integer", "label": "Which member?"},
                  {"id": "picked_age", "type": "calculate",
                   "calculation": "indexed-repeat(${age}, ${hh}, ${pick})"},
                  {"id": "picked_adult", "type": "calculate",
                   "calculation": "indexed-repeat(${adult}, ${hh}, ${pick})"},
                  {"id": "about", "type": "text", "label": "Tell us about ${head}",
                   "relevant": "${picked_age} > 60"})
    s = InterviewSession.start(store, p)
    assert s.view().calculated(p.item("head")) is None  # no entry yet
    ana, ben = s.add_person("hh"), s.add_person("hh")
    s.answer("member", "Ana", ana.instance_id)
    s.answer("age", 70, ana.instance_id)
    s.answer("member", "Ben", ben.instance_id)
    s.answer("age", 12, ben.instance_id)
    s.answer("pick", 2)
    view = s.view()
    assert view.calculated(p.item("head")) == "Ana"
    assert view.calculated(p.item("picked_age")) == 12
    assert view.calculated(p.item("picked_adult")) == "no"  # a calculation of the entry
    assert not s.is_relevant(p.item("about"))
    s.answer("pick", 1)
    assert s.view().calculated(p.item("picked_age")) == 70
    assert s.is_relevant(p.item("about"))
    assert s.piped("Tell us about ${head}") == "Tell us about Ana"
    s.answer("pick", 3)  # past the last entry: empty, as in XLSForm
    assert s.view().calculated(p.item("picked_age")) is None


def test_indexed_repeat_needs_a_question_and_a_repeat(tmp_path):
    with pytest.raises(ProtocolError, match=r"indexed-repeat\(\) needs a question of the repeat"):
        _protocol(tmp_path, HOUSEHOLD, {"id": "x", "type": "calculate",
                                        "calculation": "indexed-repeat('age', ${hh}, 1)"})
    with pytest.raises(ProtocolError, match=r"needs a repeat or name generator"):
        _protocol(tmp_path, HOUSEHOLD, {"id": "n", "type": "integer", "label": "N"},
                  {"id": "x", "type": "calculate",
                   "calculation": "indexed-repeat(${age}, ${n}, 1)"})


def test_an_xlsform_with_indexed_repeat_imports(tmp_path, store):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in (["type", "name", "label", "calculation"],
                ["begin_repeat", "hh", "Members", None],
                ["text", "member", "Name", None],
                ["end_repeat", None, None, None],
                ["calculate", "second", None, "indexed-repeat(${member}, ${hh}, 2)"]):
        sheet.append(row)
    book.save(tmp_path / "ir.xlsx")
    p = import_xlsform(tmp_path / "ir.xlsx").protocol
    assert p.item("second").calculation == "indexed-repeat(${member}, ${hh}, 2)"
    s = InterviewSession.start(store, p)
    for name in ("Ana", "Ben"):
        s.answer("member", name, s.add_person("hh").instance_id)
    assert s.view().calculated(p.item("second")) == "Ben"
