"""docs/limits.md states every limit of every file format fieldkit reads, as the code has it."""

from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "limits.md"
ROW = re.compile(r"^\|(?P<what>[^|]+)\|(?P<limit>[^|]+)\|\s*`(?P<ref>[\w.]+:[\w.]+)`\s*\|$", re.M)
# The modules that read files a user or a colleague hands the program.
READERS = [
    "fieldkit.bounded", "fieldkit.protocol.yaml_io", "fieldkit.protocol.beside",
    "fieldkit.protocol.validate", "fieldkit.protocol.xlsform_read",
    "fieldkit.protocol.xlsform_choices", "fieldkit.protocol.qdc", "fieldkit.protocol.media",
    "fieldkit.protocol.expr_parse", "fieldkit.anonymise.plan", "fieldkit.interview.importer",
    "fieldkit.store.texts", "fieldkit.store.attachments", "fieldkit.store.memos",
    "fieldkit.store.interviews", "fieldkit.exchange.manifest", "fieldkit.exchange.validate",
    "fieldkit.operations.codings", "fieldkit.exports.review", "fieldkit.cli.passphrase",
    "fieldkit.exchange.enrolment_file",
]


def rows() -> list[re.Match]:
    found = list(ROW.finditer(DOC.read_text(encoding="utf-8")))
    assert len(found) > 40
    return found


def constant(ref: str) -> object:
    module, _, name = ref.partition(":")
    value: object = importlib.import_module(module)
    for part in name.split("."):
        value = getattr(value, part)
    return value


def test_every_stated_limit_is_the_constant_it_names():
    for row in rows():
        value = constant(row["ref"])
        if dataclasses.is_dataclass(value):
            continue
        stated = re.search(r"\d[\d,]*", row["limit"])
        assert stated, row.group(0)
        assert int(stated.group(0).replace(",", "")) == value, \
            f"docs/limits.md says {row['limit'].strip()} for {row['ref']}, the code {value:,}"


def test_every_limit_of_the_session_file_reader_is_stated():
    from fieldkit.exchange.container import Limits

    stated = {row["ref"] for row in rows()}
    for field in dataclasses.fields(Limits):
        assert f"fieldkit.exchange.container:Limits.{field.name}" in stated, field.name
        row = next(r for r in rows() if r["ref"].endswith(f"Limits.{field.name}"))
        number = int(re.search(r"\d[\d,]*", row["limit"]).group(0).replace(",", ""))
        assert number == getattr(Limits(), field.name)


def test_every_max_constant_of_a_reader_is_stated():
    stated = {row["ref"] for row in rows()}
    for module_name in READERS:
        module = importlib.import_module(module_name)
        source = Path(module.__file__).read_text(encoding="utf-8")
        for name, value in vars(module).items():
            defined_here = re.search(rf"^{name}\s*[:=]", source, re.M)
            if name.startswith("MAX_") and isinstance(value, int) and defined_here:
                assert f"{module_name}:{name}" in stated, \
                    f"{module_name}.{name} = {value:,} is not in docs/limits.md"
