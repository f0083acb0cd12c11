"""Enrolment from the app: the laptop shows its key as words and a QR code and saves the
enrolment file; the lead's dialog enrols it from the words or the file, as 'merge enrol' does."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLabel

from fieldkit.crypto import LeadIdentity
from fieldkit.crypto.key_words import key_to_words
from fieldkit.gui.enrolment_key import SigningKeyDialog
from fieldkit.gui.enrolment_lead import EnrolDialog
from fieldkit.gui.writer import Writer
from fieldkit.store import Store

PASSPHRASE = "synthetic enrolment dialog passphrase 3"  # invented for the tests


@pytest.fixture
def stores(tmp_path):
    lead = LeadIdentity.generate()
    laptop = Store.create(tmp_path / "laptop", PASSPHRASE, interviewer="INT-07",
                          lead_public_key=lead.public_key)
    master = Store.create(tmp_path / "master", PASSPHRASE, role="lead", lead_identity=lead)
    writer = Writer()
    yield laptop, master, writer
    writer.stop()
    laptop.close()
    master.close()


def test_the_laptop_shows_its_key_as_words_and_a_qr_code_and_saves_the_file(qtbot, stores,
                                                                            tmp_path):
    laptop, _master, writer = stores
    dialog = SigningKeyDialog(writer, laptop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.words) == 34, timeout=5000)
    assert dialog.words == key_to_words(laptop.signing_key.public_key)
    shown = [w.text() for w in dialog.findChildren(QLabel)]
    assert any(">34</span>" in t.replace("&nbsp;", "") or "34</span>" in t for t in shown)
    assert "INT-07" in dialog.code.text()
    assert not dialog.qr.pixmap().isNull() and dialog.qr.pixmap().width() > 100
    path = tmp_path / "int07.fkenrol"
    dialog.save_to(path)
    qtbot.waitUntil(lambda: path.exists() and "Saved" in dialog.status.text(), timeout=5000)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["public_key"] == laptop.signing_key.public_key.hex()
    assert doc["interviewer"] == "INT-07" and "private" not in json.dumps(doc).lower()


def test_the_lead_enrols_a_key_from_its_words(qtbot, stores):
    laptop, master, writer = stores
    dialog = EnrolDialog(writer, master)
    qtbot.addWidget(dialog)
    words = key_to_words(laptop.signing_key.public_key)
    swapped = [*words[:3], words[4], words[3], *words[5:]]
    dialog.words.setPlainText(" ".join(swapped))
    assert "do not check out" in dialog.status.text() and dialog.key_hex is None
    dialog.words.setPlainText(" ".join(words[:-1] + ["zebra-typo"]))
    assert "word 34" in dialog.status.text() or "34 words" in dialog.status.text()
    dialog.words.setPlainText("\n".join(" ".join(words[i:i + 6]) for i in range(0, 34, 6)))
    assert "The words make the key" in dialog.status.text()
    dialog.code.setText("INT-07")
    dialog.reason.setText("")
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: "reason" in dialog.status.text(), timeout=5000)
    assert writer.call(master.exchange.enrolment, laptop.signing_key.public_key.hex()) is None
    dialog.reason.setText("laptop issued for the Nairobi fieldwork")
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.enrolled is not None, timeout=5000)
    enrolled = writer.call(master.exchange.enrolment, laptop.signing_key.public_key.hex())
    assert enrolled is not None and enrolled.interviewer == "INT-07"


def test_the_lead_enrols_a_key_from_the_file_the_laptop_saved(qtbot, stores, tmp_path):
    laptop, master, writer = stores
    from fieldkit.exchange.enrolment_file import write_enrolment_file

    path = write_enrolment_file(laptop, tmp_path / "int07.fkenrol")
    dialog = EnrolDialog(writer, master)
    qtbot.addWidget(dialog)
    dialog.use_file(path)
    assert dialog.code.text() == "INT-07" and dialog.key_hex == laptop.signing_key.public_key.hex()
    dialog.reason.setText("enrolled before fieldwork")
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.enrolled is not None, timeout=5000)
    assert "Enrolled" in dialog.status.text()
    # An altered file is refused in one sentence, and nothing is taken from it.
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["public_key"] = "ab" * 32
    path.write_text(json.dumps(doc), encoding="utf-8")
    other = EnrolDialog(writer, master)
    qtbot.addWidget(other)
    other.use_file(path)
    assert "disagree" in other.status.text() and other.key_hex is None


@pytest.mark.parametrize("given", ["words", "file"])
def test_merge_enrol_takes_the_words_or_the_file_too(stores, tmp_path, capsys, monkeypatch,
                                                     given):
    from fieldkit.cli import main
    from fieldkit.exchange.enrolment_file import write_enrolment_file

    laptop, master, writer = stores
    key = laptop.signing_key.public_key
    path = write_enrolment_file(laptop, tmp_path / "int07.fkenrol")
    writer.stop()
    master_dir = master.path
    master.close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    argument = " ".join(key_to_words(key)) if given == "words" else str(path)
    assert main(["merge", "enrol", argument, "--interviewer", "INT-07", "--note",
                 "before fieldwork", "--store", str(master_dir)]) == 0
    assert f"key {key.hex()[:16]}... enrolled for INT-07" in capsys.readouterr().out
    with Store.open(master_dir, PASSPHRASE) as again:
        assert again.exchange.enrolment(key.hex()).interviewer == "INT-07"
