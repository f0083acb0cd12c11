"""One content per protocol id and version at the lead too: a session file whose protocol has
the id and version of one the master holds, with other content, is set aside whole."""

from __future__ import annotations

import json

from fieldkit.cli import main
from fieldkit.exchange import merge_files
from fieldkit.protocol.loader import protocol_from_data

from .conftest import PASSPHRASE, PROTOCOL, dump, record


def _two_laptops(f):
    """A's file follows the protocol; B's another content under its id and version."""
    f.laptop("A")
    f.interview("A")
    return (f.export("A", "A1.fksession"), *_laptop_with_other_content(f))


def _laptop_with_other_content(f):
    other = protocol_from_data({**PROTOCOL, "title": "Field, changed without a new version"},
                               file="field.yaml", base_dir=f.root)
    assert (other.id, other.version) == (f.protocol.id, f.protocol.version)
    laptop = f.laptop("B")
    record(laptop, other, "clash-marker")
    return other, f.export("B", "B1.fksession")


def _set_aside_for(master, path, mine, held) -> None:
    before = dump(master)
    (r,) = merge_files(master, [path], accept_new_signer=True).files
    assert r.status == "rejected", r.reason
    assert r.reason == (f"It holds protocol field version 1 with other content ({mine[:12]}) "
                        "than the one this store holds under that id and version "
                        f"({held[:12]}); a changed protocol needs a new version.")
    assert dump(master) == before and master.check().ok


def test_a_file_with_another_content_under_a_held_protocol_is_set_aside_in_either_order(
        field_setup):
    f = field_setup
    a, other, b = _two_laptops(f)
    first = f.master("first-A")
    assert merge_files(first, [a], accept_new_signer=True).files[0].status == "merged"
    _set_aside_for(first, b, other.content_hash, f.protocol.content_hash)
    assert [p.hash for p in first.protocols("field")] == [f.protocol.content_hash]
    second = f.master("first-B")
    assert merge_files(second, [b], accept_new_signer=True).files[0].status == "merged"
    _set_aside_for(second, a, f.protocol.content_hash, other.content_hash)
    # the same file again, once the master holds its content, merges as before
    assert merge_files(first, [a], accept_new_signer=True).files[0].status == "already merged"


def test_the_merge_command_names_the_clash(field_setup, monkeypatch, capsys):
    f = field_setup
    a, other, b = _two_laptops(f)
    master = f.master("master")
    master.close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["merge", str(a), str(b), "--store", str(master.path), "--accept-new-signer",
                 "--json"]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    assert [x["status"] for x in files] == ["merged", "rejected"]
    assert other.content_hash[:12] in files[1]["reason"]
    assert f.protocol.content_hash[:12] in files[1]["reason"]
    assert main(["merge", str(b), "--store", str(master.path), "--accept-new-signer"]) == 1
    err = capsys.readouterr().err
    assert f"{b.name}: rejected: It holds protocol field version 1 with other content" in err
