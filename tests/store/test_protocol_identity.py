"""One content per protocol id and version; 'fieldkit protocol remove' for unused protocols."""

from __future__ import annotations

import pytest
import yaml

from fieldkit.cli import main
from fieldkit.errors import StoreError
from fieldkit.store import Store

from .conftest import PASSPHRASE, make_protocol


def changed(protocol):
    return type(protocol).model_validate(
        {**protocol.model_dump(), "title": "Demo, changed without a new version"})


def test_other_content_under_a_used_name_is_refused_naming_both(tmp_path):
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        first = make_protocol()
        store.import_protocol(first)
        used = store.create_interview(first)
        other = changed(first)
        with pytest.raises(StoreError) as caught:
            store.import_protocol(other)
        text = str(caught.value)
        assert first.content_hash[:12] in text and other.content_hash[:12] in text
        assert f"interview {used.number} ({used.id[:8]})" in text and "new version" in text
        assert [p.hash for p in store.protocols("demo")] == [first.content_hash]


def test_unused_other_content_is_replaced_and_recorded(tmp_path):
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        first = make_protocol()
        store.import_protocol(first)
        record, replaced = store.import_protocol(changed(first))
        assert replaced == [first.content_hash]
        assert [p.hash for p in store.protocols("demo")] == [record.hash]
        assert any(e.action == "protocol_replaced" for e in store.audit_log())
        store.import_protocol(make_protocol("2"))  # another version lives beside it
        assert len(store.protocols("demo")) == 2


def test_remove_a_protocol_no_interview_uses_from_the_command_line(tmp_path, capsys,
                                                                   monkeypatch):
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        used, unused = make_protocol("1"), make_protocol("2")
        store.add_protocol(unused)
        store.add_protocol(used)
        interview = store.create_interview(used)
    args = ["--store", str(tmp_path / "s")]
    assert main(["protocol", "remove", "demo", "1", *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldkit: protocol demo version 1 is used by interview 1") \
        and interview.id[:8] in err and len(err.strip().splitlines()) == 1
    assert main(["protocol", "remove", "demo", "2", *args]) == 0
    assert "session files no longer carry it" in capsys.readouterr().out
    assert main(["protocol", "remove", "demo", "2", *args]) == 1
    assert "holds no protocol demo version 2" in capsys.readouterr().err
    with Store.open(tmp_path / "s", PASSPHRASE) as store:
        assert [p.version for p in store.protocols("demo")] == ["1"]


def test_protocol_add_names_what_it_replaced(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    Store.create(tmp_path / "s", PASSPHRASE).close()
    form = tmp_path / "demo.yaml"
    data = make_protocol().model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    form.write_text(yaml.safe_dump(data), encoding="utf-8")
    args = ["--store", str(tmp_path / "s")]
    assert main(["protocol", "add", str(form), *args]) == 0
    capsys.readouterr()
    form.write_text(yaml.safe_dump({**data, "title": "Changed"}), encoding="utf-8")
    assert main(["protocol", "add", str(form), *args]) == 0
    assert "replaces the unused earlier content" in capsys.readouterr().out


def test_a_protocol_too_large_to_carry_in_session_files_is_refused(tmp_path):
    from fieldkit.store.interviews import MAX_SNAPSHOT_BYTES

    base = make_protocol().model_dump()
    base["sections"][0]["items"][0]["label"] = "x" * (MAX_SNAPSHOT_BYTES + 1)
    huge = type(make_protocol()).model_validate(base)
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        with pytest.raises(StoreError, match="larger than 10 MB as a store keeps it"):
            store.import_protocol(huge)
        assert store.protocols() == []
