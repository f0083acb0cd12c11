"""The lead's numbering scheme, from the Merge screen: study numbers in blocks by an answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate
from .page_parts import label, set_role, user_message
from .writer import Writer


def choice_items(master: Any) -> dict[str, list[str]]:
    """Runs on the writer thread: each protocol id with its top-level single-choice items."""
    found: dict[str, list[str]] = {}
    for record in master.protocols():
        items = found.setdefault(record.id, [])
        for item in master.protocol(record.hash).iter_items():
            if item.type.value == "select_one" and item.id not in items:
                items.append(item.id)
    return found


class NumberingDialog(QDialog):
    """Show, set or clear a protocol's numbering scheme (``fieldkit merge numbering``)."""

    def __init__(self, writer: Writer, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer, self.store = writer, store
        self.setWindowTitle(translate("lead_numbering", "Study numbers"))
        self.setMinimumWidth(600)
        self.items: dict[str, list[str]] = {}
        self.protocol = QComboBox()
        self.protocol.currentTextChanged.connect(self._protocol_chosen)
        self.item = QComboBox()
        self.blocks = QLineEdit()
        self.blocks.setPlaceholderText("AU=1,EU=20,OAS=40,OSCE=60")
        self.current = label("")
        self.message = label("", "hint")
        form = QFormLayout()
        form.addRow(translate("lead_numbering", "&Protocol"), self.protocol)
        form.addRow(translate("lead_numbering", "&Number by"), self.item)
        form.addRow(translate("lead_numbering", "&Blocks"), self.blocks)
        self.set_button = QPushButton(translate("lead_numbering", "&Set scheme"))
        self.set_button.clicked.connect(self.set_scheme)
        self.clear_button = QPushButton(translate("lead_numbering", "C&lear scheme"))
        self.clear_button.clicked.connect(self.clear_scheme)
        close = QPushButton(translate("lead_numbering", "Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.set_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(label(translate(
            "lead_numbering", "Interviews not yet numbered get the next number in the block of "
                              "their answer; numbers already given never change."), "hint"))
        box.addLayout(form)
        box.addWidget(self.current)
        box.addWidget(self.message)
        box.addLayout(buttons)
        self.writer.submit(choice_items, self.store, on_done=self._loaded, on_error=self._error)

    def _loaded(self, items: dict[str, list[str]]) -> None:
        self.items = items
        self.protocol.addItems(sorted(items))

    def _protocol_chosen(self, protocol_id: str) -> None:
        self.item.clear()
        self.item.addItems(self.items.get(protocol_id, []))
        if protocol_id:
            self.writer.submit(self.store.exchange.numbering_scheme, protocol_id,
                               on_done=self._show, on_error=self._error)

    def _show(self, scheme: Any) -> None:
        set_role(self.message, "hint")
        if scheme is None:
            self.current.setText(translate("lead_numbering", "No scheme: interviews are "
                                                             "numbered 1.. in the order they "
                                                             "started."))
            return
        self.current.setText(scheme.describe())
        self.adjustSize()
        self.item.setCurrentText(scheme.item_id)
        self.blocks.setText(",".join(f"{b.value}={b.start}" for b in scheme.blocks)
                            + f"-{scheme.blocks[-1].end}")

    def set_scheme(self) -> None:
        self.message.clear()
        self.writer.submit(self.store.exchange.set_numbering_scheme, self.protocol.currentText(),
                           self.item.currentText(), self.blocks.text(), on_done=self._show,
                           on_error=self._error)

    def clear_scheme(self) -> None:
        self.message.clear()
        self.writer.submit(self.store.exchange.clear_numbering_scheme,
                           self.protocol.currentText(), on_done=lambda _: self._show(None),
                           on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        self.message.setText(user_message(exc))
        set_role(self.message, "error")
        self.adjustSize()
