"""Files a protocol names (rosters, choice files) stay in its folder and within bounds: an
absolute path, '..', a link out, a device or a pipe is one sentence, at once."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml

from fieldkit.errors import ProtocolError
from fieldkit.protocol.beside import MAX_BESIDE_BYTES
from fieldkit.protocol.loader import load_protocol

ROSTER = ("id,label,organisation,member_state,group,alliance,role\n"
          "au-dz,Algeria,AU,Algeria,North Africa,AMU,Ambassador\n")
FORM = {
    "id": "beside", "version": "1", "title": "Beside", "cover": "c", "research_aim": "a",
    "rosters": {"c": {"file": "FILE"}},
    "sections": [{"id": "s1", "title": "S1", "items": [
        {"id": "friends", "type": "name_generator", "label": "Friends", "roster": "c",
         "items": [{"id": "f_contacts", "type": "integer", "label": "C"}]}]}],
}


def form(folder: Path, roster_file: str) -> Path:
    data = {**FORM, "rosters": {"c": {"file": roster_file}}}
    path = folder / "form.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def refusal(path: Path) -> str:
    started = time.monotonic()
    with pytest.raises(ProtocolError) as caught:
        load_protocol(path)
    assert time.monotonic() - started < 5
    return str(caught.value)


def test_a_roster_beside_the_protocol_is_read(tmp_path):
    (tmp_path / "rosters").mkdir()
    (tmp_path / "rosters" / "c.csv").write_text(ROSTER, encoding="utf-8")
    protocol = load_protocol(form(tmp_path, "rosters/c.csv"))
    assert [e.id for e in protocol.rosters["c"].entries] == ["au-dz"]


@pytest.mark.parametrize("name, says", [
    ("/etc/passwd", "not in the protocol's folder"),
    ("../outside.csv", "climbs out of the protocol's folder"),
    ("rosters/../../outside.csv", "climbs out of the protocol's folder"),
    ("link.csv", "a link that leads out"),
    ("/dev/zero", "not in the protocol's folder"),
    ("zero", "a link that leads out"),
    ("pipe.csv", "not a regular file"),
    ("big.csv", "larger than 5 MB"),
])
def test_files_out_of_bounds_are_refused_in_one_sentence(tmp_path, name, says):
    folder = tmp_path / "study"
    folder.mkdir()
    (tmp_path / "outside.csv").write_text("secret,line\nsystem,file\n", encoding="utf-8")
    (folder / "link.csv").symlink_to(tmp_path / "outside.csv")
    (folder / "zero").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.csv")  # nothing ever writes to it: opening it would hang
    with open(folder / "big.csv", "wb") as big:
        big.write(ROSTER.encode() + b"x" * MAX_BESIDE_BYTES)
    text = refusal(form(folder, name))
    assert says in text and "roster file" in text
    assert "secret" not in text and "root:" not in text  # nothing of the file is echoed


def test_a_choice_file_of_an_xlsform_is_confined_too(tmp_path):
    from .test_xlsform import form as xls_form

    (tmp_path / "outside.csv").write_text("name,label\na,A\n", encoding="utf-8")
    folder = tmp_path / "study"
    folder.mkdir()
    (folder / "places.csv").symlink_to(tmp_path / "outside.csv")
    path = xls_form(folder, ["select_one_from_file places.csv", "place", "Place"])
    with pytest.raises(ProtocolError, match="a link that leads out"):
        load_protocol(path)
