"""The lead's side of enrolment: an interviewer's key, typed as words or taken from the file
the laptop exported, enrolled for an interviewer code with a reason (as 'merge enrol' does)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.crypto.key_words import key_fingerprint, words_to_key
from fieldkit.errors import FieldkitError

from .i18n import translate
from .page_parts import label, user_message
from .writer import Writer


def enrol_key(master: Any, key_hex: str, code: str, reason: str) -> str:
    """Runs on the writer thread: the same operation as 'fieldkit merge enrol'."""
    from fieldkit.exchange import enrol

    enrol(master, key_hex, code, reason)
    return key_hex


class EnrolDialog(QDialog):
    """Words or a file give the key; the code and the reason are the lead's."""

    def __init__(self, writer: Writer, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer, self.store = writer, store
        self.enrolled: str | None = None
        self.setWindowTitle(translate("enrolment_lead", "Enrol an interviewer's key"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate(
            "enrolment_lead", "Type the words the interviewer's laptop shows (Signing key for "
            "enrolment), or choose the enrolment file it saved. The reason is kept in the "
            "audit log: enrolled before fieldwork, say, or a replaced laptop.")))
        form = QFormLayout()
        self.words = QPlainTextEdit()
        self.words.setPlaceholderText(translate("enrolment_lead", "34 words, in order"))
        self.words.setTabChangesFocus(True)
        self.words.textChanged.connect(self.check_words)
        form.addRow(translate("enrolment_lead", "Key &words"), self.words)
        self.file_button = QPushButton(translate("enrolment_lead", "Choose enrolment &file…"))
        self.file_button.clicked.connect(self.choose_file)
        form.addRow("", self.file_button)
        self.code = QLineEdit()
        form.addRow(translate("enrolment_lead", "Interviewer &code"), self.code)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate(
            "enrolment_lead", "Why this key may speak for the interviewer"))
        form.addRow(translate("enrolment_lead", "&Reason"), self.reason)
        layout.addLayout(form)
        self.status = label("", "hint")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.enrol_button = QPushButton(translate("enrolment_lead", "&Enrol"))
        self.enrol_button.setDefault(True)
        self.enrol_button.clicked.connect(self.enrol)
        buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.key_hex: str | None = None

    def check_words(self) -> None:
        """Say at once whether the words make a key (and show its short form to compare)."""
        text = self.words.toPlainText()
        self.key_hex = None
        if not text.strip():
            self.status.setText("")
            return
        try:
            key = words_to_key(text)
        except FieldkitError as exc:
            self.status.setText(user_message(exc))
            return
        self.key_hex = key.hex()
        self.status.setText(translate("enrolment_lead", "The words make the key {short}.")
                            .format(short=key_fingerprint(key)))

    def choose_file(self) -> None:
        from fieldkit.exchange.enrolment_file import SUFFIX

        path, _ = QFileDialog.getOpenFileName(
            self, translate("enrolment_lead", "Choose enrolment file"), str(Path.home()),
            translate("enrolment_lead", "Enrolment files (*{suffix});;All files (*)")
            .format(suffix=SUFFIX))
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> None:
        from fieldkit.exchange.enrolment_file import read_enrolment_file

        try:
            key_hex, code = read_enrolment_file(path)
        except FieldkitError as exc:
            self.status.setText(user_message(exc))
            return
        from fieldkit.crypto.key_words import key_to_words

        self.words.setPlainText(" ".join(key_to_words(bytes.fromhex(key_hex))))
        if not self.code.text().strip():
            self.code.setText(code)

    def enrol(self) -> None:
        if self.key_hex is None:
            self.check_words()
            if self.key_hex is None:
                self.status.setText(self.status.text() or translate(
                    "enrolment_lead", "Type the key's words or choose its file first."))
                return

        def done(key_hex: str) -> None:
            self.enrolled = key_hex
            self.status.setText(translate(
                "enrolment_lead", "Enrolled {short} for {code}; the reason is in the audit "
                "log. Its session files will be merged.").format(
                    short=key_fingerprint(bytes.fromhex(key_hex)), code=self.code.text().strip()))

        self.writer.submit(enrol_key, self.store, self.key_hex, self.code.text().strip(),
                           self.reason.text(), on_done=done,
                           on_error=lambda exc: self.status.setText(user_message(exc)))
