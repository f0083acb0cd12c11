"""The interviewer's side of enrolment: the laptop's signing key as words and a QR code, and
the enrolment file to give the lead before fieldwork."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.crypto.key_words import key_to_words

from .i18n import translate
from .page_parts import label, user_message
from .writer import Writer

COLUMNS = 6


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    """A QR code of ``text`` (error correction M), drawn by segno as PNG."""
    buffer = io.BytesIO()
    segno.make_qr(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def read_key(store: Any) -> dict[str, Any]:
    """Runs on the writer thread: what the dialog shows."""
    from fieldkit.exchange.enrolment_file import qr_text

    key = store.signing_key.public_key
    return {"words": key_to_words(key), "code": store.info.interviewer or "",
            "qr": qr_text(store)}


class SigningKeyDialog(QDialog):
    """Words in numbered order (read aloud or typed by the lead), the QR code, and a button
    writing the enrolment file."""

    def __init__(self, writer: Writer, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer, self.store = writer, store
        self.words: list[str] = []
        self.setWindowTitle(translate("enrolment_key", "Signing key for enrolment"))
        layout = QVBoxLayout(self)
        self.intro = label(translate(
            "enrolment_key", "Before fieldwork the project lead enrols this laptop's key. Read "
            "the words to the lead, let the lead scan the code, or give the lead the enrolment "
            "file."))
        layout.addWidget(self.intro)
        self.code = label("", "hint")
        layout.addWidget(self.code)
        row = QHBoxLayout()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        row.addLayout(self.grid, 1)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(translate("enrolment_key", "QR code of the signing key"))
        row.addWidget(self.qr)
        layout.addLayout(row)
        self.status = label("", "hint")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save = QPushButton(translate("enrolment_key", "&Save enrolment file…"))
        self.save.clicked.connect(self.choose_file)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        writer.submit(read_key, store, on_done=self.show_key,
                      on_error=lambda exc: self.status.setText(user_message(exc)))

    def show_key(self, shown: dict[str, Any]) -> None:
        self.words = shown["words"]
        self.code.setText(translate("enrolment_key", "Interviewer code: {code}")
                          .format(code=shown["code"] or "—"))
        for n, word in enumerate(self.words):
            cell = QLabel(f"<span style='color:gray'>{n + 1:>2}</span>&nbsp;<b>{word}</b>")
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(cell, n // COLUMNS, n % COLUMNS)
        self.qr.setPixmap(qr_pixmap(shown["qr"]))

    def choose_file(self) -> None:
        from fieldkit.exchange.enrolment_file import SUFFIX

        path, _ = QFileDialog.getSaveFileName(
            self, translate("enrolment_key", "Save enrolment file"),
            str(Path.home() / f"enrolment{SUFFIX}"),
            translate("enrolment_key", "Enrolment files (*{suffix})").format(suffix=SUFFIX))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        from fieldkit.exchange.enrolment_file import write_enrolment_file

        def saved(written: Path) -> None:
            self.status.setText(translate("enrolment_key", "Saved {file}; it holds no secret, "
                                          "only this laptop's public key and code.")
                                .format(file=written))

        self.writer.submit(write_enrolment_file, self.store, path, on_done=saved,
                           on_error=lambda exc: self.status.setText(user_message(exc)))
