"""Attachments in back-entry: an interview file may name only files in its own folder.

A hostile interview file must not pull /etc/passwd, a key from ~/.ssh, a FIFO or an endless
device into the store (and from there into session files and outputs): absolute names, ``..``,
links leading out, anything but a regular file and files over the limit are refused, each in one
sentence naming the interview file, the item and the attachment, before any byte is read."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.interview.importer import ImportFileError, plan_interview, write_interview
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store import attachments
from fieldkit.store.content import replay
from fieldkit.store.store import Store

PASS = "synthetic orbit quarry violin staple"  # passes the gate; invented for the tests
PROTOCOL = {
    "id": "att", "version": "1", "title": "A", "cover": "c", "research_aim": "a",
    "rosters": {"c": {"entries": [{"id": "d1", "label": "Alpha"}]}},
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "scan", "type": "attachment", "label": "Scanned notes"},
        {"id": "photo", "type": "attachment", "label": "A photo", "media_kind": "image"},
        {"id": "friends", "type": "name_generator", "label": "Friends", "roster": "c",
         "items": [{"id": "card", "type": "attachment", "label": "Their card"}]},
    ]}],
}
PNG = b"\x89PNG\r\n\x1a\n" + b"synthetic image bytes" * 10


@pytest.fixture
def protocol(tmp_path):
    return protocol_from_data(PROTOCOL, file="att.yaml", base_dir=tmp_path)


@pytest.fixture
def folder(tmp_path):
    """The folder an interview file is handed in: the file, a note and a photo beside it."""
    inside = tmp_path / "handed-in"
    (inside / "scans").mkdir(parents=True)
    (inside / "scans" / "notes.txt").write_text("synthetic notes from paper\n", encoding="utf-8")
    (inside / "office.png").write_bytes(PNG)
    (tmp_path / "secret.txt").write_text("synthetic secret outside\n", encoding="utf-8")
    return inside


def interview(**answers) -> dict:
    return {"format": "fieldkit-interview/1", "protocol": "att", "interviewer": "K1",
            "started_at": "2009-05-04T10:00:00Z", "answers": answers}


def refusal(folder: Path, protocol, **answers) -> str:
    file = folder / "interview-7.json"
    with pytest.raises(ImportFileError) as refused:
        plan_interview(interview(**answers), protocol, str(file))
    problems = refused.value.problems
    assert len(problems) == 1, problems
    text = str(problems[0])
    assert str(file) in text and "\n" not in text  # one line naming the interview file
    return text


def test_a_file_beside_the_interview_file_is_attached(folder, protocol, tmp_path):
    planned = plan_interview(interview(scan="scans/notes.txt", photo="office.png",
                                       friends=[{"person": "d1", "card": "office.png"}]),
                             protocol, str(folder / "interview-7.json"))
    with Store.create(tmp_path / "store", PASS) as store:
        content = replay(store.events(write_interview(store, planned)))
    answers = {item: a.value for (item, _), a in content.answers.items()}
    assert answers["scan"]["file"] == "notes.txt"
    assert attachments.content(answers["scan"]) == b"synthetic notes from paper\n"
    assert answers["photo"]["type"] == "image/png"
    assert answers["photo"]["sha256"] == hashlib.sha256(PNG).hexdigest()
    assert base64.b64decode(answers["card"]["data"]) == PNG


@pytest.mark.parametrize("name", ["/etc/passwd", "~/.ssh/id_rsa", "C:\\Windows\\win.ini",
                                  "\\\\server\\share\\notes.txt"])
def test_an_absolute_name_is_refused(folder, protocol, name):
    text = refusal(folder, protocol, scan=name)
    assert "answers.scan" in text and "'scan'" in text and repr(name) in text
    assert "not in the interview file's folder" in text and "root:" not in text


@pytest.mark.parametrize("name", ["../secret.txt", "scans/../../secret.txt",
                                  "scans\\..\\..\\secret.txt"])
def test_a_name_climbing_out_is_refused(folder, protocol, name):
    text = refusal(folder, protocol, scan=name)
    assert "climbs out of the interview file's folder" in text and repr(name) in text


def test_a_link_leading_out_is_refused(folder, protocol, tmp_path):
    (folder / "innocent.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "outside").symlink_to(tmp_path, target_is_directory=True)
    assert "link that leads out" in refusal(folder, protocol, scan="innocent.txt")
    assert "link that leads out" in refusal(folder, protocol, scan="outside/secret.txt")
    # a link to a file that is itself in the folder is no way out
    (folder / "again.png").symlink_to(folder / "office.png")
    planned = plan_interview(interview(photo="again.png"), protocol, str(folder / "i.json"))
    assert planned.events[0].value["sha256"] == hashlib.sha256(PNG).hexdigest()


def test_a_fifo_is_refused_without_waiting_on_it(folder, protocol):
    os.mkfifo(folder / "pipe.txt")  # opening it for reading would wait for a writer forever
    text = refusal(folder, protocol, friends=[{"person": "d1", "card": "pipe.txt"}])
    assert "answers.friends[0].card" in text and "'card'" in text
    assert "not a regular file" in text


def test_a_device_and_a_folder_are_refused(folder, protocol):
    (folder / "zero").symlink_to("/dev/zero")  # a link out, and a device
    assert "link that leads out" in refusal(folder, protocol, scan="zero")
    assert "not a regular file" in refusal(folder, protocol, scan="scans")


def test_a_file_over_the_limit_is_refused_before_it_is_read(folder, protocol, monkeypatch):
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 9 MB that take no disk
        handle.truncate(attachments.MAX_BYTES + 1024 * 1024)
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    text = refusal(folder, protocol, scan="huge.txt")
    assert "larger than 8 MB" in text and "'scan'" in text
    assert not [p for p in opened if str(p).endswith("huge.txt")]


def test_a_missing_file_and_the_wrong_kind_are_one_sentence(folder, protocol):
    assert "does not exist in the interview file's folder" in refusal(
        folder, protocol, scan="scans/gone.txt")
    text = refusal(folder, protocol, photo="scans/notes.txt")
    assert "is not an image file" in text and "'photo'" in text


def test_the_command_line_refuses_the_file_whole(folder, tmp_path):
    (tmp_path / "att.yaml").write_text(json.dumps(PROTOCOL), encoding="utf-8")
    with Store.create(tmp_path / "store", PASS):
        pass
    file = folder / "interview-7.json"
    file.write_text(json.dumps(interview(scan="scans/notes.txt", photo="/etc/passwd")),
                    encoding="utf-8")
    (tmp_path / "pass.txt").write_text(PASS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "fieldkit", "interview", "import", str(file), "--protocol",
         str(tmp_path / "att.yaml"), "--store", str(tmp_path / "store"),
         "--passphrase-file", str(tmp_path / "pass.txt")], capture_output=True, text=True)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "'/etc/passwd'" in done.stderr and "'photo'" in done.stderr
    assert "nothing of it was imported" in done.stderr
    with Store.open(tmp_path / "store", PASS) as store:
        assert store.interviews() == []
