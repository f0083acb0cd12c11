"""On the lead's Outputs screen: agreement between two coders, written as the command
'fieldkit code agreement' writes it (the table per code with kappa and alpha, and the
disagreements with a decision column for the lead)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.operations import coder_agreement

from .i18n import translate
from .page_parts import label, set_role, user_message
from .writer import Writer


def write_agreement(store: Any, coders: tuple[str, str], protocol_id: str | None,
                    out: Path) -> list[Path]:
    """Writer thread: measure, then write the two files (all or nothing each)."""
    result = coder_agreement.measure(store, coders, protocol_id)
    return coder_agreement.write_report(store, result, out)


class AgreementBox(QGroupBox):
    """Two coders, a CSV file, and a button that writes their agreement."""

    written = Signal(list)  # the paths written

    def __init__(self, writer: Writer, store: Any, protocol: QComboBox,
                 parent: QWidget | None = None):
        super().__init__(translate("lead_agreement", "Agreement between coders"), parent)
        self.writer, self.store, self.protocol = writer, store, protocol
        self.first, self.second = QComboBox(), QComboBox()
        self.first.setObjectName("agreement_first")
        self.second.setObjectName("agreement_second")
        self.file = QLineEdit()
        self.file.setPlaceholderText(translate("lead_agreement", "The CSV file to write"))
        choose = QPushButton(translate("lead_agreement", "Choose the &CSV…"))
        choose.clicked.connect(self.choose_file)
        self.button = QPushButton(translate("lead_agreement", "Write &agreement"))
        self.button.setObjectName("write_agreement")
        self.button.clicked.connect(self.write)
        self.message = label("", "hint")
        self.message.setObjectName("agreement_message")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(translate("lead_agreement", "First coder"), self.first)
        form.addRow(translate("lead_agreement", "Second coder"), self.second)
        form.addRow(translate("lead_agreement", "Write to"), file_row)
        button_row = QHBoxLayout()
        button_row.addWidget(self.message, 1)
        button_row.addWidget(self.button)
        box = QVBoxLayout(self)
        box.addWidget(label(translate(
            "lead_agreement", "Cohen's kappa per code and Krippendorff's alpha over the "
            "codebook, on the passages both coded; the disagreements go in a second file with "
            "a decision column ('fieldkit code resolve' reads it back). The files quote the "
            "passages: keep them within the team."), "hint"))
        box.addLayout(form)
        box.addLayout(button_row)

    def reload(self) -> None:
        """Re-read the coders (a merge may have brought another one's codings)."""
        self.writer.submit(coder_agreement.coder_names, self.store,
                           self.protocol.currentText() or None, on_done=self._coders,
                           on_error=lambda _exc: self._coders([]))

    def _coders(self, names: list[str]) -> None:
        for combo, at in ((self.first, 0), (self.second, 1)):
            chosen = combo.currentText()
            combo.clear()
            combo.addItems(names)
            index = combo.findText(chosen)
            combo.setCurrentIndex(index if index >= 0 else min(at, len(names) - 1))
        self.button.setEnabled(len(names) >= 2)
        if len(names) < 2:
            self._say(translate("lead_agreement", "Agreement needs two coders who coded the "
                                                  "same interviews."), "hint")

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("lead_agreement", "Agreement"),
                                              "", "CSV (*.csv)")
        if path:
            self.file.setText(path if path.endswith(".csv") else f"{path}.csv")

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def write(self) -> None:
        first, second = self.first.currentText(), self.second.currentText()
        target = self.file.text().strip()
        if not first or not second or first == second:
            self._say(translate("lead_agreement", "Choose two different coders."), "error")
            return
        if not target:
            self._say(translate("lead_agreement", "Choose the CSV file to write."), "error")
            return
        self.button.setEnabled(False)
        self.writer.submit(write_agreement, self.store, (first, second),
                           self.protocol.currentText() or None, Path(target),
                           on_done=self._written, on_error=self._failed)

    def _written(self, paths: list[Path]) -> None:
        self.button.setEnabled(True)
        self._say(translate("lead_agreement", "Wrote {files}.").format(
            files=", ".join(p.name for p in paths)), "ok")
        self.written.emit(paths)

    def _failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        self._say(user_message(exc), "error")
