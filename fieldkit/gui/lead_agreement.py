"""On the lead's Outputs screen: agreement between two coders, written as the command
'fieldkit code agreement' writes it (the table per code with kappa and alpha, and the
disagreements with a decision column for the lead), and the resolved coding written back from
that file once the lead has decided every row, as 'fieldkit code resolve --choices' does."""

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
from fieldkit.store.coders import RESOLVED

from .i18n import translate
from .page_parts import label, set_role, user_message
from .writer import Writer


def write_agreement(store: Any, coders: tuple[str, str], protocol_id: str | None,
                    out: Path) -> list[Path]:
    """Writer thread: measure, then write the two files (all or nothing each)."""
    result = coder_agreement.measure(store, coders, protocol_id)
    return coder_agreement.write_report(store, result, out)


def resolve_from(store: Any, coders: tuple[str, str], protocol_id: str | None,
                 choices: Path) -> int:
    """Writer thread: the resolved coding from the lead's decisions (all or nothing)."""
    result = coder_agreement.measure(store, coders, protocol_id)
    return coder_agreement.resolve(store, result, choices_file=choices,
                                   protocol_id=protocol_id)


class AgreementBox(QGroupBox):
    """Two coders, a CSV file, and a button that writes their agreement."""

    written = Signal(list)  # the paths written
    resolved = Signal(int)  # how many codings the resolved coding holds

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
        self.resolve_button = QPushButton(translate("lead_agreement", "&Resolve from decisions…"))
        self.resolve_button.setObjectName("resolve_agreement")
        self.resolve_button.setToolTip(translate(
            "lead_agreement", "Choose the disagreements file with keep or drop in every "
            "decision cell: the codings both coders agree on and those kept are written as "
            "the coder 'resolved'."))
        self.resolve_button.clicked.connect(self.choose_decisions)
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
        button_row.addWidget(self.resolve_button)
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
        for button in (self.button, self.resolve_button):
            button.setEnabled(len(names) >= 2)
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

    def _two(self) -> tuple[str, str] | None:
        first, second = self.first.currentText(), self.second.currentText()
        if not first or not second or first == second:
            self._say(translate("lead_agreement", "Choose two different coders."), "error")
            return None
        return first, second

    def choose_decisions(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("lead_agreement", "Disagreements with your decisions"), "",
            "CSV (*.csv)")
        if path:
            self.resolve(Path(path))

    def resolve(self, choices: Path) -> None:
        """Write the resolved coding of the two chosen coders from a decided file."""
        coders = self._two()
        if coders is None:
            return
        self.resolve_button.setEnabled(False)
        self.writer.submit(resolve_from, self.store, coders, self.protocol.currentText() or None,
                           choices, on_done=self._resolved, on_error=self._failed)

    def _resolved(self, n: int) -> None:
        self.resolve_button.setEnabled(True)
        self._say(translate("lead_agreement", "Wrote the resolved coding as '{coder}': {n} "
                                              "codings.").format(coder=RESOLVED, n=n), "ok")
        self.resolved.emit(n)

    def write(self) -> None:
        coders = self._two()
        target = self.file.text().strip()
        if coders is None:
            return
        if not target:
            self._say(translate("lead_agreement", "Choose the CSV file to write."), "error")
            return
        self.button.setEnabled(False)
        self.writer.submit(write_agreement, self.store, coders,
                           self.protocol.currentText() or None, Path(target),
                           on_done=self._written, on_error=self._failed)

    def _written(self, paths: list[Path]) -> None:
        self.button.setEnabled(True)
        self._say(translate("lead_agreement", "Wrote {files}.").format(
            files=", ".join(p.name for p in paths)), "ok")
        self.written.emit(paths)

    def _failed(self, exc: Exception) -> None:
        for button in (self.button, self.resolve_button):
            button.setEnabled(True)
        self._say(user_message(exc), "error")
