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


def test_unused_other_content_is_refused_unless_replace_is_asked(tmp_path):
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        first = make_protocol()
        store.import_protocol(first)
        other = changed(first)
        with pytest.raises(StoreError) as caught:
            store.import_protocol(other, source="demo-changed.yaml")
        text = str(caught.value)
        assert text.startswith("demo-changed.yaml holds protocol demo version 1 with other "
                               f"content ({other.content_hash[:12]}) than the one this store "
                               f"holds under that id and version ({first.content_hash[:12]})")
        assert "--replace" in text and [p.hash for p in store.protocols("demo")] == \
            [first.content_hash]
        record, replaced = store.import_protocol(other, replace=True)
        assert replaced == [first.content_hash]
        assert [p.hash for p in store.protocols("demo")] == [record.hash]
        assert any(e.action == "protocol_replaced" for e in store.audit_log())
        store.import_protocol(make_protocol("2"))  # another version lives beside it
        assert len(store.protocols("demo")) == 2


def test_replace_is_refused_while_an_interview_uses_the_held_content(tmp_path):
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        first = make_protocol()
        store.import_protocol(first)
        used = store.create_interview(first)
        with pytest.raises(StoreError, match=f"used by interview {used.number}"):
            store.import_protocol(changed(first), replace=True)
        assert [p.hash for p in store.protocols("demo")] == [first.content_hash]


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


def test_protocol_add_refuses_changed_content_and_replaces_it_when_asked(tmp_path, capsys,
                                                                         monkeypatch):
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    Store.create(tmp_path / "s", PASSPHRASE).close()
    form = tmp_path / "demo.yaml"
    data = make_protocol().model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    form.write_text(yaml.safe_dump(data), encoding="utf-8")
    args = ["--store", str(tmp_path / "s")]
    assert main(["protocol", "add", str(form), *args]) == 0
    held = capsys.readouterr().out.split("(")[1][:12]
    form.write_text(yaml.safe_dump({**data, "title": "Changed"}), encoding="utf-8")
    assert main(["protocol", "add", str(form), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"fieldkit: {form} holds protocol demo version 1 with other content")
    assert held in err and len(err.strip().splitlines()) == 1
    assert main(["protocol", "add", str(form), "--replace", *args]) == 0
    assert f"replaces the unused earlier content {held}" in capsys.readouterr().out


def test_a_protocol_too_large_to_carry_in_session_files_is_refused(tmp_path):
    from fieldkit.store.interviews import MAX_SNAPSHOT_BYTES

    base = make_protocol().model_dump()
    base["sections"][0]["items"][0]["label"] = "x" * (MAX_SNAPSHOT_BYTES + 1)
    huge = type(make_protocol()).model_validate(base)
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        with pytest.raises(StoreError, match="larger than 10 MB as a store keeps it"):
            store.import_protocol(huge)
        assert store.protocols() == []


def _waiting_form(tmp_path, label="Place"):
    import openpyxl

    from fieldkit.protocol.xlsform import import_xlsform

    book = openpyxl.Workbook()
    book.active.title = "survey"
    for row in [["type", "name", "label"], ["select_one_from_file places.csv", "place", label]]:
        book.active.append(row)
    book.save(tmp_path / "form.xlsx")
    (tmp_path / "media").mkdir(exist_ok=True)
    (tmp_path / "media" / "places.csv").write_text("name,label\naddis,Addis Ababa\n",
                                                   encoding="utf-8")
    return import_xlsform(tmp_path / "form.xlsx").protocol


def test_the_same_form_with_its_choice_file_added_replaces_it_and_nothing_else_does(tmp_path):
    from fieldkit.protocol.media import add_media

    bare = _waiting_form(tmp_path)
    full = add_media(bare, [tmp_path / "media" / "places.csv"])
    relabelled = add_media(_waiting_form(tmp_path, "Town"), [tmp_path / "media" / "places.csv"])
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        store.import_protocol(bare)
        with pytest.raises(StoreError, match="with other content"):
            store.import_protocol(relabelled)
        record, replaced = store.import_protocol(full)
        assert replaced == [bare.content_hash] and record.hash == full.content_hash
        assert any(e.action == "protocol_media_added" for e in store.audit_log())
        with pytest.raises(StoreError, match="with other content"):
            store.import_protocol(bare)  # the held form has its file: the bare one is other
        assert store.protocol_clash(bare) is None  # but a merge keeps it beside: same form
        assert store.protocol_clash(relabelled) == full.content_hash
