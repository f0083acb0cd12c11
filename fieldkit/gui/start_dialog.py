"""The dialog that starts an interview: which protocol, which language, the respondent's code."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .home_rows import ProtocolChoice
from .i18n import translate
from .page_parts import label

LANGUAGE_NAMES = {"en": QT_TRANSLATE_NOOP("start_dialog", "English"),
                  "fr": QT_TRANSLATE_NOOP("start_dialog", "French"),
                  "es": QT_TRANSLATE_NOOP("start_dialog", "Spanish"),
                  "pt": QT_TRANSLATE_NOOP("start_dialog", "Portuguese"),
                  "ar": QT_TRANSLATE_NOOP("start_dialog", "Arabic"),
                  "de": QT_TRANSLATE_NOOP("start_dialog", "German"),
                  "ru": QT_TRANSLATE_NOOP("start_dialog", "Russian"),
                  "zh": QT_TRANSLATE_NOOP("start_dialog", "Chinese")}


class StartDialog(QDialog):
    """Asks for protocol, language and respondent code; ``accepted`` when all are given."""

    def __init__(self, protocols: list[ProtocolChoice], parent: QWidget | None = None, *,
                 last_protocol: str = "", codes: dict[str, str] | None = None):
        """``last_protocol``: the id chosen first; ``codes``: respondent codes in use (folded
        to lower case) with the interview that has each, to warn before a second one."""
        super().__init__(parent)
        self._codes = codes or {}
        self.setWindowTitle(translate("start_dialog", "Start an interview"))
        self.setMinimumWidth(520)
        self._protocols = protocols
        self.protocol = QComboBox()
        for choice in protocols:
            self.protocol.addItem(choice.display)
        self.language = QComboBox()
        self.respondent = QLineEdit()
        self.respondent.setMaxLength(40)
        self.respondent.setPlaceholderText(translate("start_dialog", "e.g. R-017"))
        form = QFormLayout()
        for text, field in ((translate("start_dialog", "&Protocol"), self.protocol),
                            (translate("start_dialog", "&Language"), self.language),
                            (translate("start_dialog", "&Respondent code"), self.respondent)):
            lab = label(text, wrap=False)
            lab.setBuddy(field)
            form.addRow(lab, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        start = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(translate("start_dialog", "&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(label(translate("start_dialog", "Use the code from your contact sheet, never "
                                                      "the respondent's name."),
                            "hint"))
        self.warning = label("", "error")
        self.warning.setObjectName("duplicate_code")
        self.warning.hide()
        box.addWidget(self.warning)
        box.addWidget(self.buttons)
        self.protocol.currentIndexChanged.connect(self._fill_languages)
        self.respondent.textChanged.connect(self._check)
        last = next((n for n, p in enumerate(protocols) if p.id == last_protocol), -1)
        if last > 0:
            self.protocol.setCurrentIndex(last)
        self._fill_languages()
        self._check()
        self.respondent.setFocus()

    def _fill_languages(self, *_: object) -> None:
        self.language.clear()
        choice = self.chosen_protocol
        if choice is None:
            return
        for code in choice.languages:
            name = translate("start_dialog", LANGUAGE_NAMES[code]) if (
                code in LANGUAGE_NAMES) else code
            self.language.addItem(f"{name} ({code})", code)
        self.language.setCurrentIndex(max(0, list(choice.languages).index(choice.default_language)))

    def _check(self, *_: object) -> None:
        ok = bool(self.respondent.text().strip()) and self.chosen_protocol is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        used = self._codes.get(self.respondent_code.lower())
        self.warning.setText(translate(
            "start_dialog", "{code} is already the code of {interview}. If it is the same "
            "respondent, cancel and resume that interview; if not, use another code.").format(
                code=self.respondent_code, interview=used) if used else "")
        self.warning.setVisible(bool(used))

    @property
    def chosen_protocol(self) -> ProtocolChoice | None:
        index = self.protocol.currentIndex()
        return self._protocols[index] if 0 <= index < len(self._protocols) else None

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    @property
    def respondent_code(self) -> str:
        return self.respondent.text().strip()
