"""Hostile REFI-QDA codebooks: entities, external entities, a DTD, deep nesting, a million
codes, a huge file. Each is one sentence naming the file, quickly, and nothing is written."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.data import forms_dir
from fieldkit.protocol.qdc import CodebookError, read_qdc

NS = "urn:QDA-XML:codebook:1.0"
HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'


def _book(codes: str) -> str:
    return f'{HEAD}<CodeBook xmlns="{NS}"><Codes>{codes}</Codes></CodeBook>'


def _laugh(i: int) -> str:
    inner = (f"&lol{i - 1};" if i > 1 else "&lol;") * 10
    return f'<!ENTITY lol{i} "{inner}">'


LAUGHS = (HEAD + '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(_laugh(i) for i in range(1, 10))
          + f']><CodeBook xmlns="{NS}"><Codes><Code guid="a" name="&lol9;"/></Codes></CodeBook>')
EXTERNAL = (HEAD + '<!DOCTYPE c [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            f'<CodeBook xmlns="{NS}"><Codes><Code guid="a" name="&secret;"/></Codes></CodeBook>')
PARAMETER = (HEAD + '<!DOCTYPE c [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>'
             f'<CodeBook xmlns="{NS}"><Codes><Code guid="a" name="x"/></Codes></CodeBook>')


@pytest.mark.parametrize(("text", "says"), [
    (LAUGHS, "is not well-formed XML without a DTD"),
    (EXTERNAL, "is not well-formed XML without a DTD"),
    (PARAMETER, "is not well-formed XML without a DTD"),
    (_book('<Code guid="a" name="x">' * 40 + "</Code>" * 40), "nested deeper than 32 levels"),
    (_book("<Code guid='g' name='n'/>" * 150_000), "holds more than 10000 codes"),
    (_book("<Code guid='g' name='n'/>" * 1_000_000), "is larger than 5 MB"),
    (_book('<Code guid="a" name="   "/>'), "code 1 has no name or no guid"),
    (_book(""), "it holds no codes"),
    (f'{HEAD}<Project xmlns="urn:QDA-XML:project:1.0"/>', "its root is <Project>"),
    ("\ufeffnot xml at all", "is not well-formed XML"),
])
def test_a_hostile_codebook_is_one_sentence(tmp_path, text, says):
    path = tmp_path / "hostile.qdc"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(CodebookError) as caught:
        read_qdc(path)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and says in message and "\n" not in message
    assert "root:" not in message  # nothing of /etc/passwd


def test_deep_nesting_beyond_any_parser_stack_is_refused(tmp_path):
    """300,000 levels fit in 5 MB: parsed, refused as too deep, and freed without a crash."""
    path = tmp_path / "deep.qdc"
    path.write_text(_book("<Code guid='a' name='x'>" * 40 + "<Code>" * 300_000
                          + "</Code>" * 300_040), encoding="utf-8")
    assert path.stat().st_size < 5_000_000
    with pytest.raises(CodebookError, match="nested deeper than 32 levels"):
        read_qdc(path)


def test_the_command_refuses_a_hostile_codebook_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "laughs.qdc"
    path.write_text(LAUGHS, encoding="utf-8")
    out = tmp_path / "with-book.yaml"
    status = main(["protocol", "import-codebook", str(path), "--protocol",
                   str(Path(forms_dir()) / "field-cooperation.yaml"), "-o", str(out)])
    err = capsys.readouterr().err
    assert status != 0 and "laughs.qdc" in err and "Traceback" not in err
    assert not out.exists()
