"""Inputs the fuzzing suite found that once ended in an internal error; each is a sentence now."""

from __future__ import annotations

import pytest
import yaml
from targets import SMALL_PROTOCOL

from fieldkit.errors import ProtocolError
from fieldkit.protocol.loader import load_protocol


@pytest.mark.parametrize("key", ["str", "a[b]", "int"])
def test_an_unknown_key_shaped_like_a_type_name_is_named(tmp_path, key):
    path = tmp_path / "form.yaml"
    path.write_text(yaml.safe_dump({**SMALL_PROTOCOL, key: 1}), encoding="utf-8")
    with pytest.raises(ProtocolError, match=rf"unknown key '{key[0]}"):
        load_protocol(path)


@pytest.fixture(scope="module")
def back_entry():
    from targets import interview_json_target

    return interview_json_target()


@pytest.mark.parametrize("change, message", [
    (lambda d: d["answers"].update(organisation={"special": ["refused"]}), "a special answer"),
    (lambda d: d["quotes"][0].update(item=["friendships_matter"]), "there is no item"),
])
def test_a_list_where_a_name_belongs_is_a_problem_named(back_entry, tmp_path, change, message):
    import json

    from fieldkit.interview.importer import ImportFileError

    data = json.loads(back_entry.seed)
    change(data)
    with pytest.raises(ImportFileError, match=message):
        back_entry.read(json.dumps(data).encode(), tmp_path)


@pytest.mark.parametrize("part", ["protocol", "redact"])
def test_a_plan_part_that_is_a_list_is_named(tmp_path, part):
    from fieldkit.anonymise.plan import default_plan, load_plan
    from fieldkit.errors import AnonymisationError
    from fieldkit.protocol.loader import protocol_from_data

    data = yaml.safe_load(default_plan(protocol_from_data(
        SMALL_PROTOCOL, file="fuzz.yaml", base_dir=tmp_path)).to_yaml())
    data[part] = ["ab"]
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(AnonymisationError, match=f"has '{part}' that is not a mapping"):
        load_plan(path)


def test_a_workbook_whose_inner_names_are_not_utf8_is_damaged(tmp_path):
    """atheris: a zip entry flagged as UTF-8 whose name is not (zipfile raises
    UnicodeDecodeError while listing it)."""
    import io
    import zipfile

    from fieldkit.protocol.xlsform import import_xlsform

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("é.xml", "<x/>")  # a non-ASCII name: stored with the UTF-8 flag
    data = buffer.getvalue().replace("é".encode(), b"\xb6\xb6")
    path = tmp_path / "form.xlsx"
    path.write_bytes(data)
    with pytest.raises(ProtocolError, match="is damaged and cannot be read as a workbook"):
        import_xlsform(path)
