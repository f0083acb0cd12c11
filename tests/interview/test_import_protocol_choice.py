"""Back-entry on a store holding two contents under one protocol id and version (merged from
laptops given different files) says so instead of using whichever came last."""

from __future__ import annotations

import json

from fieldkit.cli import main
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

from .test_importer import PASS, doc_example, forms_dir


def test_two_contents_under_one_name_are_named_not_guessed(tmp_path, capsys, monkeypatch):
    study = load_protocol(forms_dir() / "informal-relations.yaml")
    other = type(study).model_validate({**study.model_dump(), "title": "Another file"})
    with Store.create(tmp_path / "s", PASS) as store:
        store.add_protocol(study)
        store.add_protocol(other)  # as a merge brings it; 'protocol add' would refuse it
    path = tmp_path / "paper.json"
    path.write_text(json.dumps(doc_example()), encoding="utf-8")
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASS)
    assert main(["interview", "import", str(path), "--store", str(tmp_path / "s")]) == 1
    err = capsys.readouterr().err
    assert "with 2 different contents" in err and study.content_hash[:12] in err
    assert "--protocol FILE" in err
    with Store.open(tmp_path / "s", PASS) as store:
        assert store.interviews() == []


def test_a_protocol_given_with_other_content_under_a_held_name_is_refused(tmp_path, capsys,
                                                                          monkeypatch):
    import pytest
    import yaml

    from fieldkit.errors import FieldkitError
    from fieldkit.operations.back_entry import given_protocol, protocol_for

    study = load_protocol(forms_dir() / "informal-relations.yaml")
    with Store.create(tmp_path / "s", PASS) as store:
        store.add_protocol(study)
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump({**study.model_dump(mode="json", exclude_none=True),
                                       "title": "Changed without a new version"}),
                       encoding="utf-8")
    other = load_protocol(changed)
    path = tmp_path / "paper.json"
    path.write_text(json.dumps(doc_example()), encoding="utf-8")
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASS)
    assert main(["interview", "import", str(path), "--protocol", str(changed),
                 "--store", str(tmp_path / "s")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"fieldkit: {changed} holds protocol {study.id} version "
                          f"{study.version} with other content ({other.content_hash[:12]})")
    assert study.content_hash[:12] in err and len(err.splitlines()) == 1
    with Store.open(tmp_path / "s", PASS) as store:
        assert store.interviews() == []
        assert [p.hash for p in store.protocols(study.id)] == [study.content_hash]
        # the operation the app calls says the same; the held content itself is accepted
        with pytest.raises(FieldkitError, match=study.content_hash[:12]):
            given_protocol(store, other, "changed.yaml")
        assert given_protocol(store, study, "study.yaml") is study
        assert protocol_for(store, doc_example()).content_hash == study.content_hash
