"""First run: the passphrase gate refuses a weak passphrase, then a store is made and opened."""

from PySide6.QtCore import Qt

from fieldkit.store.slotfile import store_exists

from .app_support import LEAD_KEY, app_factory, assert_no_marker  # noqa: F401

STRONG = "quiet harbour lantern 9 meadow"


def fill(page, passphrase: str) -> None:
    page.code.setText("IV07")
    page.passphrase.setText(passphrase)
    page.repeat.setText(passphrase)
    page.lead_key.setText(f"# the lead's key\n{LEAD_KEY}\n")


def test_weak_passphrase_is_refused_then_a_strong_one_creates_the_store(qtbot, tmp_path,
                                                                       app_factory):  # noqa: F811
    app = app_factory()
    page = app.window.entry
    assert app.window.current_screen == "first_run"
    qtbot.waitUntil(lambda: page.protocols.count() >= 2, timeout=10000)
    fill(page, "password1234")
    assert "passphrase" in page.strength.text().lower()
    assert page.strength.text() != "Strong enough."
    assert not page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    page._create()  # even forced, a weak passphrase makes nothing
    assert not store_exists(app.store_dir)

    fill(page, STRONG)
    page.repeat.setText(STRONG + "x")
    assert "differ" in page.problem()
    page.repeat.setText(STRONG)
    assert page.strength.text() == "Strong enough."
    assert page.problem() is None and page.create_button.isEnabled()
    with qtbot.waitSignal(page.created, timeout=15000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.current_screen == "home", timeout=10000)
    home = app.window.home
    qtbot.waitUntil(lambda: len(home.protocols) == 2, timeout=10000)
    assert {p.id for p in home.protocols} == {"informal-relations", "field-cooperation"}
    info = app.writer.call(lambda: app.window.store.info)
    assert info.interviewer == "IV07" and info.lead_public_key == LEAD_KEY
    app.close()
    assert_no_marker(app.store_dir, STRONG, "IV07")


def test_a_lead_key_that_is_not_age_is_named(qtbot, app_factory):  # noqa: F811
    page = app_factory().window.entry
    fill(page, STRONG)
    page.lead_key.setText("ssh-ed25519 AAAAC3Nza")
    assert "age" in page.key_state.text() and not page.create_button.isEnabled()


def test_a_protocol_with_errors_lists_each_problem(qtbot, tmp_path, app_factory):  # noqa: F811
    bad = tmp_path / "broken.yaml"
    bad.write_text("format: fieldkit-protocol/1\nid: broken\nversion: '1'\ntitle: Broken\n"
                   "cover: c\nresearch_aim: r\nsections:\n  - id: s\n    title: S\n"
                   "    items:\n      - {id: q1, type: integr, label: Q}\n", encoding="utf-8")
    page = app_factory().window.entry
    qtbot.waitUntil(lambda: page.protocols.count() >= 2, timeout=10000)
    before = page.protocols.count()
    page.add_protocol_file(bad)
    qtbot.waitUntil(lambda: page.problems.count() > 1, timeout=10000)
    lines = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert "broken.yaml was not loaded" in lines[0]
    assert any(line.startswith(f"{bad}:sections[0].items[0].type") and "integr" in line
               for line in lines[1:])
    assert page.protocols.count() == before


def test_an_age_key_with_one_wrong_character_is_called_invalid(qtbot, app_factory):  # noqa: F811
    page = app_factory().window.entry
    fill(page, STRONG)
    wrong = "q" if LEAD_KEY[30] != "q" else "p"
    page.lead_key.setText(LEAD_KEY[:30] + wrong + LEAD_KEY[31:])
    assert "not a valid age public key (a character is wrong)" in page.key_state.text()
    assert "start" not in page.key_state.text()
    assert "not a valid age public key" in page.problem()
    page.lead_key.setText(LEAD_KEY[:-2])
    assert "60 characters, not 62" in page.key_state.text()


def test_enter_creates_the_store_from_any_field(qtbot, app_factory):  # noqa: F811
    app = app_factory()
    page = app.window.entry
    qtbot.waitUntil(lambda: page.protocols.count() >= 2, timeout=10000)
    fill(page, STRONG)
    page.repeat.setText("")
    page.repeat.setFocus()
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)  # not ready: says why, makes nothing
    assert "differ" in page.status.text() and not store_exists(app.store_dir)
    qtbot.keyClicks(page.repeat, STRONG)
    with qtbot.waitSignal(page.created, timeout=15000):
        qtbot.keyClick(page.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.current_screen == "home", timeout=10000)


def test_two_contents_of_one_protocol_id_and_version_are_named_not_both_loaded(
        qtbot, tmp_path, app_factory):  # noqa: F811
    import yaml

    from fieldkit.data import forms_dir
    from fieldkit.protocol.loader import load_protocol

    study = load_protocol(forms_dir() / "informal-relations.yaml")
    changed = tmp_path / "informal-relations-changed.yaml"
    changed.write_text(yaml.safe_dump({**study.model_dump(mode="json", exclude_none=True),
                                       "title": "Informal relations, changed in place"}),
                       encoding="utf-8")
    page = app_factory().window.entry
    qtbot.waitUntil(lambda: page.protocols.count() >= 2, timeout=10000)
    fill(page, STRONG)
    assert page.problem() is None
    page.add_protocol_file(changed)
    qtbot.waitUntil(lambda: page.protocols.count() == 3, timeout=10000)
    other = load_protocol(changed).content_hash[:12]
    problem = page.problem() or ""
    assert problem.startswith(f"Two protocols chosen are {study.id} version {study.version}")
    assert study.content_hash[:12] in problem and other in problem
    assert not page.create_button.isEnabled() and page.status.text() == problem
    page.protocols.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert page.problem() is None and page.create_button.isEnabled()


def test_the_project_lead_makes_the_master_store_and_lands_on_the_lead_home(
        qtbot, app_factory):  # noqa: F811
    app = app_factory()
    page = app.window.entry
    qtbot.waitUntil(lambda: page.protocols.count() >= 2, timeout=10000)
    page.as_interviewer.setFocus()
    app.press(Qt.Key.Key_Right)  # the role is chosen by keyboard, like any radio pair
    assert page.as_lead.isChecked() and page.role() == "lead"
    assert not page.lead_key.isVisible() and page.own_key_note.isVisible()
    page.passphrase.setText("password1234")
    page.repeat.setText("password1234")
    assert page.problem() and not page.create_button.isEnabled()  # the same passphrase gate
    page.passphrase.setText(STRONG)
    page.repeat.setText(STRONG)
    assert page.problem() is None  # no interviewer code, no lead key: the lead makes its own
    with qtbot.waitSignal(page.created, timeout=15000):
        page.passphrase.setFocus()
        app.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.current_screen == "home", timeout=10000)
    qtbot.waitUntil(lambda: app.window.lead.role == "lead", timeout=10000)
    buttons = [b.text() for b in app.window.lead.home_buttons]
    assert any("Merge" in text for text in buttons)
    store = app.window.store
    role, identity, key = app.writer.call(
        lambda: (store.role, store.lead_identity, store.lead_public_key))
    assert role == "lead" and identity is not None and key == identity.public_key
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "lead_key_box") is not None,
                    timeout=10000)
    box = app.window.findChild(QMessageBox, "lead_key_box")
    assert key in box.text()  # the public key the interviewers need, to copy
    box.accept()
    app.close()
    assert_no_marker(app.store_dir, STRONG)
