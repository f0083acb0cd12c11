"""The app's own words in French and Spanish: complete catalogues, the language chosen from the
flag, the setting or the system, the screens speaking it, and the protocol's words left alone."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton

from fieldkit.gui import i18n
from fieldkit.gui.app import parse_args
from fieldkit.gui.reviewer.entry import open_review
from fieldkit.gui.settings import UiSettings
from fieldkit.gui.shortcut_registry import clashes
from fieldkit.protocol.model import Special

from . import test_shortcut_registry as registry
from .app_support import ROOT, app_factory, make_store  # noqa: F401
from .reviewer_support import export_folder

SOURCES = ROOT / "fieldkit" / "gui" / "translations"
LANGUAGES = ("fr", "es")
BIN = Path(sys.executable).parent  # pyside6-lupdate and -lrelease come with PySide6
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%[0-9n]")
MNEMONIC = re.compile(r"(?<!&)&(?!&)")


def messages_at(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source text, message element) of every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg)
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    return messages_at(SOURCES / f"fieldkit_{language}.ts")


@pytest.fixture
def speaking():
    """Make the app speak a language for one test, and English again after it."""
    yield i18n.install
    i18n.uninstall()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders_and_one_accelerator(language):
    found = messages(language)
    assert len(found) > 500, "the catalogue lost its messages"
    problems = []
    for context, source, msg in found:
        translation = msg.find("translation")
        text = (translation.text or "") if translation is not None else ""
        where = f"{language} {context}: {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where} is not finished")
        elif not text.strip():
            problems.append(f"{where} has an empty translation")
        elif Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            problems.append(f"{where} changes the placeholders: {text!r}")
        elif len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
            problems.append(f"{where} changes the Alt+letter accelerators: {text!r}")
    assert problems == []


def test_every_wrapped_string_of_the_code_is_in_the_catalogues(tmp_path):
    """lupdate run afresh over fieldkit/gui finds nothing the committed sources lack."""
    for language in LANGUAGES:
        shutil.copy(SOURCES / f"fieldkit_{language}.ts", tmp_path)
    sources = sorted(str(p) for p in (ROOT / "fieldkit" / "gui").rglob("*.py"))
    targets = [str(tmp_path / f"fieldkit_{language}.ts") for language in LANGUAGES]
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none",
                    "-no-obsolete", *sources, "-ts", *targets], check=True, timeout=120)
    for language in LANGUAGES:
        fresh = {(c, s) for c, s, m in messages_at(tmp_path / f"fieldkit_{language}.ts")
                 if m.find("translation").get("type") != "unfinished"}
        wanted = {(c, s) for c, s, _ in messages_at(tmp_path / f"fieldkit_{language}.ts")}
        assert wanted - fresh == set(), f"not yet in fieldkit_{language}.ts (make translations)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_catalogues_are_compiled_from_the_sources(tmp_path, language):
    compiled = tmp_path / f"fieldkit_{language}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent",
                    str(SOURCES / f"fieldkit_{language}.ts"), "-qm", str(compiled)],
                   check=True, timeout=60)
    assert compiled.read_bytes() == (SOURCES / f"fieldkit_{language}.qm").read_bytes(), (
        f"fieldkit_{language}.qm is older than its source: run make translations")


def test_the_language_comes_from_the_flag_then_the_setting_then_the_system():
    french, german, spanish = QLocale("fr_FR"), QLocale("de_DE"), QLocale("es_MX")
    assert i18n.choose("es", "fr", french) == "es"
    assert i18n.choose(None, "es", french) == "es"
    assert i18n.choose(None, "", french) == "fr"
    assert i18n.choose(None, "", spanish) == "es"
    assert i18n.choose(None, "", german) == "en"
    assert i18n.choose("xx", "", german) == "en"
    assert parse_args(["--lang", "fr"]).lang == "fr"
    with pytest.raises(SystemExit):
        parse_args(["--lang", "de"])


def test_installing_a_language_translates_ours_and_qts_words_and_english_undoes_it(qapp,
                                                                                   speaking):
    from PySide6.QtCore import QCoreApplication

    assert speaking("es") == "es"
    assert QCoreApplication.translate("home", "&Resume") == "&Reanudar"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own
    assert speaking("en") == "en"
    assert QCoreApplication.translate("home", "&Resume") == "&Resume"
    assert speaking("de") == "en"  # not one of the app's languages: English, nothing installed


def test_the_language_setting_keeps_only_the_apps_languages(tmp_path):
    settings = UiSettings(tmp_path / "ui.ini")
    assert settings.language() == ""
    settings.set_language("es")
    assert UiSettings(tmp_path / "ui.ini").language() == "es"
    with pytest.raises(ValueError):
        settings.set_language("de")
    settings.set_language("")
    assert UiSettings(tmp_path / "ui.ini").language() == ""


def test_the_language_menu_keeps_the_choice_for_the_next_start(qtbot, tmp_path, app_factory,  # noqa: F811
                                                               monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    app = app_factory(make_store(tmp_path / "store"))
    menu = next(a.menu() for a in app.window.menuBar().actions() if a.text() == "&View")
    language = next(a.menu() for a in menu.actions() if a.menu() is not None)
    french = next(a for a in language.actions() if a.data() == "fr")
    french.trigger()
    assert UiSettings(app.settings_path).language() == "fr"
    assert french.isChecked() and told and "next start" in told[0]


def texts(widget) -> set[str]:
    return {w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton)
            if w.isVisibleTo(widget)}


def test_started_in_french_the_home_and_interview_screens_speak_french(
        qtbot, tmp_path, app_factory, speaking):  # noqa: F811
    assert speaking("fr") == "fr"
    app = app_factory(make_store(tmp_path / "store"))
    window = app.window
    assert [a.text() for a in window.menuBar().actions()] == ["&Fichier", "&Affichage", "Aid&e"]
    app.unlock()
    home = window.home
    assert {"&Démarrer un entretien…", "&Reprendre", "Pro&tocoles"} <= texts(home)
    qtbot.waitUntil(lambda: home.title.text().startswith("Entretiens"), timeout=5000)
    assert home.model.headerData(1, home.table.horizontalHeader().orientation()) == "Répondant"
    screen = app.start_interview("R-FR-1")
    protocol = screen.session.protocol
    assert screen.cover.cover_head.text() == "À lire à voix haute au répondant"
    assert screen.heading.text() == f"Entretien {screen.session.number}"
    assert screen.home_button.text() == "Accueil"
    # the protocol's own words stay in the interview's language (English here), untranslated
    assert screen.cover.cover.text() == protocol.text(protocol.cover, "en")
    screen.consent_given()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.item_page, timeout=5000)
    assert screen.next_button.text() == "Suivante  Alt+Right  →"
    assert screen.specials[Special.dont_know].text() == "Ne sait pas  Ctrl+D"
    assert screen.position.text().split(" ")[1] == "sur"
    item = protocol.items_by_id[screen.shown_id]
    assert screen.question.text() == protocol.text(item.label, "en")
    assert ("Ctrl+W", "Revenir à l’écran d’accueil (le chronomètre s’arrête)") in (
        screen.help_rows())


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_key_is_claimed_twice_in_french_or_spanish(qtbot, tmp_path, app_factory,  # noqa: F811
                                                      speaking, language):
    speaking(language)
    registry.test_no_key_is_claimed_twice_on_the_interviewer_screens(qtbot, tmp_path / "a",
                                                                     app_factory)
    registry.test_no_key_is_claimed_twice_on_the_first_run_and_lead_screens(
        qtbot, tmp_path / "b", app_factory)
    registry.test_no_key_is_claimed_twice_on_the_outputs_screen(qtbot, tmp_path / "c",
                                                                app_factory)
    app = app_factory(make_store(tmp_path / "d"))
    page = open_review(app.window, export_folder(tmp_path / "e", tmp_path / "cache"))
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert clashes(app.window) == [], page.tabs.tabText(index)


def menu_letters(menu) -> list[str]:
    """The Alt letters of a menu's entries that show, its submenus' entries included."""
    from fieldkit.gui.shortcut_registry import mnemonic

    found, subs = [], []
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            found.append(mnemonic(action.text()) or "")
            if action.menu() is not None:
                subs.append(action.menu())
    return [",".join(sorted(filter(None, found)))] + [x for m in subs for x in menu_letters(m)]


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_every_menu_entry_has_a_letter_of_its_own(qtbot, tmp_path, app_factory,  # noqa: F811
                                                  speaking, language):
    speaking(language)
    master = tmp_path / "master"
    from fieldkit.store.store import Store

    from .app_support import PASSPHRASE

    Store.create(master, PASSPHRASE, role="lead").close()
    for store in (make_store(tmp_path / "store"), master):
        app = app_factory(store)
        app.window.entry.passphrase.setText(PASSPHRASE)
        app.window.entry.submit()
        qtbot.waitUntil(lambda app=app: app.window.lead.role is not None,
                        timeout=10000)
        for top in app.window.menuBar().actions():
            for letters in menu_letters(top.menu()):
                keys = letters.split(",") if letters else []
                assert len(keys) == len(set(keys)), f"{top.text()}: {letters}"
                entries = [a for a in top.menu().actions()
                           if a.isVisible() and not a.isSeparator()]
                assert all(mnemonic_of(a) for a in entries), top.text()
        app.close()


def mnemonic_of(action) -> bool:
    from fieldkit.gui.shortcut_registry import mnemonic

    return mnemonic(action.text()) is not None



def dialog_letters(dialog) -> list[str]:
    """The Alt letters of a dialog's buttons, labelled fields and tabs that show."""
    from PySide6.QtWidgets import QAbstractButton, QTabBar

    from fieldkit.gui.shortcut_registry import mnemonic

    texts = [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)]
    texts += [w.text() for w in dialog.findChildren(QLabel)
              if w.buddy() is not None and w.isVisibleTo(dialog)]
    for bar in dialog.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return [key for key in map(mnemonic, texts) if key]


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_no_dialog_gives_one_letter_to_two_things(qtbot, tmp_path, app_factory,  # noqa: F811
                                                  speaking, language):
    from fieldkit.gui.candidates_dialog import CandidatesDialog
    from fieldkit.gui.lead_actions import LeadActions
    from fieldkit.gui.start_dialog import StartDialog
    from fieldkit.store.store import Store

    from .app_support import PASSPHRASE

    speaking(language)
    master = tmp_path / "master"
    Store.create(master, PASSPHRASE, role="lead").close()
    found = {}
    for store, makers in ((make_store(tmp_path / "store"),
                           (LeadActions.hand_over, LeadActions.show_signing_key)),
                          (master, (LeadActions.show_conflicts, LeadActions.enrol_interviewer))):
        app = app_factory(store)
        app.window.entry.passphrase.setText(PASSPHRASE)
        app.window.entry.submit()
        qtbot.waitUntil(lambda app=app: app.window.lead.role is not None,
                        timeout=10000)
        home = app.window.home
        dialogs = [make(app.window.lead) for make in makers]
        if home.protocols:
            dialogs.append(StartDialog(home.protocols, home))
        dialogs.append(CandidatesDialog([], home))
        for dialog in dialogs:
            keys = dialog_letters(dialog)
            found[type(dialog).__name__] = keys
            assert len(keys) == len(set(keys)), f"{type(dialog).__name__}: {keys}"
            dialog.close()
        app.close()
    assert len(found) == 6


@pytest.mark.parametrize(("locale", "expected"), [("fr_FR.UTF-8", "&Reprendre"),
                                                  ("es_MX.UTF-8", "&Reanudar"),
                                                  ("de_DE.UTF-8", "&Resume")])
def test_with_no_flag_and_no_setting_the_app_follows_the_computers_language(locale, expected):
    """A fresh process with the system's locale set, as the app starts (no setting saved)."""
    import os

    code = ("from PySide6.QtWidgets import QApplication\n"
            "from fieldkit.gui import i18n\n"
            "app = QApplication([])\n"
            "i18n.install(i18n.choose(None, ''))\n"
            "print(QApplication.translate('home', '&Resume'))\n")
    env = {**os.environ, "LANG": locale, "LC_ALL": locale, "LANGUAGE": "",
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == expected


def test_in_french_the_help_panel_names_each_interview_key_once(qtbot, tmp_path, app_factory,  # noqa: F811
                                                                 speaking):
    speaking("fr")
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    screen = app.start_interview("R-FR-HELP")
    screen.consent_given()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.item_page, timeout=5000)
    rows = app.window.help_rows()
    nexts = [keys for keys, what in rows if what.lower().startswith("question suivante")]
    assert nexts == ["Alt+Right, Ctrl+PageDown"], rows
    assert ("Ctrl+L", "Verrouiller maintenant") in rows
