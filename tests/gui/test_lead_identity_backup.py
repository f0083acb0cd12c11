"""The lead's secret key saved from the app: a new owner-only file holding the store's own age
identity, never over an existing file, offered only for a lead's store."""

from __future__ import annotations

import stat

from PySide6.QtWidgets import QMessageBox, QPushButton

from fieldkit.crypto import LeadIdentity
from fieldkit.gui import identity_backup
from fieldkit.gui.lead_actions import LEAD
from fieldkit.store.store import Store

from .app_support import PASSPHRASE, app_factory  # noqa: F401

ENTRY = "secret key"


def _open(qtbot, app_factory, store_dir):  # noqa: F811
    app = app_factory(store_dir)
    window = app.window
    window.entry.passphrase.setText(PASSPHRASE)
    window.entry.submit()
    qtbot.waitUntil(lambda: window.current_screen == "home", timeout=10000)
    qtbot.waitUntil(lambda: window.lead.role is not None, timeout=10000)
    return app


def _entry(window):
    found = [a for a in window.lead.actions if ENTRY in a.text().replace("&", "")]
    assert len(found) == 1
    return found[0]


def _result(qtbot, window, previous=None) -> QMessageBox:
    def shown():
        boxes = [b for b in window.findChildren(QMessageBox, "identity_backup_result")
                 if b is not previous and b.isVisible()]
        return boxes[-1] if boxes else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=10000)
    return shown()


def test_a_lead_saves_the_store_identity_to_a_new_owner_only_file(qtbot, tmp_path,
                                                                   app_factory):  # noqa: F811
    master = tmp_path / "master"
    Store.create(master, PASSPHRASE, role="lead").close()
    app = _open(qtbot, app_factory, master)
    window = app.window
    action = _entry(window)
    assert action.property("store_role") == LEAD
    assert action.isVisible() and action.isEnabled()
    store = window.store
    public_key = app.writer.call(lambda: store.lead_public_key)

    target = tmp_path / "usb" / "lead-key.txt"
    target.parent.mkdir()
    window.lead.save_identity(str(target))
    box = _result(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Information
    assert str(target) in box.text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert LeadIdentity.from_string(target.read_text()).public_key == public_key
    box.accept()

    before = target.read_bytes()
    window.lead.save_identity(str(target))  # the same file again: refused, left as it was
    refused = _result(qtbot, window, box)
    assert refused.icon() == QMessageBox.Icon.Warning
    assert "already exists" in refused.text() and str(target) in refused.text()
    assert target.read_bytes() == before

    missing = tmp_path / "no-such-folder" / "key.txt"
    refused.accept()
    window.lead.save_identity(str(missing))
    third = _result(qtbot, window, refused)
    assert "cannot write" in third.text().lower() and not missing.exists()


def test_the_entry_is_absent_for_an_interviewer(qtbot, tmp_path, app_factory):  # noqa: F811
    laptop = tmp_path / "laptop"
    Store.create(laptop, PASSPHRASE, interviewer="A1",
                 lead_public_key=LeadIdentity.generate().public_key).close()
    app = _open(qtbot, app_factory, laptop)
    assert app.window.lead.role == "interviewer"
    assert not _entry(app.window).isVisible()
    app.window.lead.save_identity(str(tmp_path / "key.txt"))  # even called directly
    result = _result(qtbot, app.window)
    assert "not a lead store" in result.text()
    assert not (tmp_path / "key.txt").exists()


def test_a_new_master_offers_the_backup_beside_its_public_key(qtbot, tmp_path, monkeypatch,
                                                              app_factory):  # noqa: F811
    target = tmp_path / "backup.txt"
    warned: list[str] = []

    def warn(parent, title, text, buttons):
        warned.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(identity_backup.QMessageBox, "warning", warn)
    monkeypatch.setattr(identity_backup, "ask_path", lambda parent: str(target))
    app = app_factory()
    page = app.window.entry
    qtbot.waitUntil(lambda: page.protocols.count() >= 2, timeout=10000)
    hint = page.passphrase_hint.text()
    assert "Nobody can recover it but the project lead" in hint
    page.as_lead.setChecked(True)
    hint = page.passphrase_hint.text()
    assert "Nobody can recover" not in hint and "secret key" in hint
    strong = "synthetic orchard violet compass 42"  # invented for this test only
    page.passphrase.setText(strong)
    page.repeat.setText(strong)
    with qtbot.waitSignal(page.created, timeout=15000):
        page.create_button.click()
    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "lead_key_box") is not None,
                    timeout=10000)
    key_box = app.window.findChild(QMessageBox, "lead_key_box")
    button = key_box.findChild(QPushButton, "save_identity_button")
    assert button is not None
    button.click()
    box = _result(qtbot, app.window)
    assert warned and "every sealed interview" in warned[0]
    assert key_box.isVisible()  # the public key stays on screen to copy
    store = app.window.store
    public_key = app.writer.call(lambda: store.lead_public_key)
    assert LeadIdentity.from_string(target.read_text()).public_key == public_key
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in box.text()
