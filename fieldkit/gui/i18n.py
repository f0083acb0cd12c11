"""The app's own words in English, French or Spanish (Qt's translation files).

Only what fieldkit itself says is translated: menus, buttons, screens, dialogs, the help panel.
A protocol's questions and choices keep their own languages, chosen per interview, whatever
language the app speaks. The language comes from ``fieldkit gui --lang``, else the setting
(View > Language), else the system's locale, else English; it takes effect at the next start.

Sources are ``translations/fieldkit_<lang>.ts`` (written with pyside6-lupdate, edited by hand or
in Qt Linguist); ``make translations`` compiles them to the ``.qm`` files shipped beside them.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ENGLISH = "en"
# The languages the app speaks, each named in itself (as the Language menu shows them).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}
SYSTEM = ""  # the setting's value for "follow the system's language"

_installed: list[QTranslator] = []


def translate(context: str, text: object, disambiguation: str | None = None,
              n: int = -1) -> str:
    """``text`` in the app's language (for code outside a QObject); lupdate finds the calls.

    ``text`` may be a ``QT_TRANSLATE_NOOP`` marker (typed as object by PySide6): its string."""
    return QCoreApplication.translate(context, str(text), disambiguation, n)


def catalogue(language: str) -> str:
    """The path of the compiled translations for ``language`` (may not exist)."""
    return str(resources.files("fieldkit.gui") / "translations" / f"fieldkit_{language}.qm")


def choose(requested: str | None, setting: str, system: QLocale | None = None) -> str:
    """The language to speak: the one asked for, else the setting, else the system's."""
    for code in (requested, setting):
        if code and code in LANGUAGES:
            return code
    locale = system if system is not None else QLocale.system()
    for name in [locale.name(), *locale.uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def install(language: str) -> str:
    """Make the running app speak ``language`` (and Qt's own buttons with it); returns the
    language now spoken. English, or a language whose catalogue is missing, installs nothing."""
    uninstall()
    app = QCoreApplication.instance()
    if app is None or language == ENGLISH or language not in LANGUAGES:
        return ENGLISH
    own = QTranslator(app)
    if not own.load(catalogue(language)):
        return ENGLISH
    qt = QTranslator(app)  # Yes, No, Cancel, OK in Qt's dialogs
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(own)
    _installed.append(own)
    return language


def uninstall() -> None:
    """Back to English (the source language)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
