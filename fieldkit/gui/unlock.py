"""The unlock page: the passphrase that opens the store, with wrong-passphrase and in-use messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fieldkit.errors import StoreLocked, WrongPassphrase
from fieldkit.store.store import Store

from .i18n import translate
from .page_parts import BusyBar, card, centred, label, passphrase_edit, set_role, user_message
from .writer import Writer


class PassphrasePage(QWidget):
    """A centred card asking for the passphrase; subclasses say what a passphrase is checked by."""

    button_text = QT_TRANSLATE_NOOP("unlock", "&Unlock")

    def __init__(self, writer: Writer, title: str, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer = writer
        self.title = label(title, "title")
        self.hint = label(hint, "hint")
        self.passphrase = passphrase_edit(translate("unlock", "Passphrase"))
        self.passphrase.setAccessibleName(translate("unlock", "Passphrase"))
        self.message = label("", "error")
        self.message.hide()
        self.button = QPushButton(translate("unlock", self.button_text))
        self.button.setProperty("role", "primary")
        self.button.setDefault(True)
        self.busy = BusyBar()
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.setLayout(centred(card(self.title, self.hint, holder, self.message, self.busy)))
        self.passphrase.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.setFocusProxy(self.passphrase)

    def check(self, passphrase: str) -> Callable[[], Any]:
        raise NotImplementedError

    def succeeded(self, result: Any) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        text = self.passphrase.text()
        if not text or not self.button.isEnabled():
            return
        self._set_busy(True)
        self.writer.submit(self.check(text), on_done=self._done, on_error=self._failed)

    def reset(self) -> None:
        """Empty the field and the message (each time the page is shown)."""
        self.passphrase.clear()
        self.message.hide()
        self._set_busy(False)

    def show_message(self, text: str, role: str = "error") -> None:
        set_role(self.message, role)
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def _done(self, result: Any) -> None:
        self.reset()
        self.succeeded(result)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.show_message(translate("unlock", "Wrong passphrase. Check Caps Lock and the "
                                                  "keyboard layout, then try again."))
        elif isinstance(exc, StoreLocked):
            self.show_message(translate("unlock", "This store is open in another fieldkit window. "
                                                  "Close that window first (it may be on another "
                                                  "desktop), then try again."),
                              "banner")
        else:
            self.show_message(user_message(exc))
        self.passphrase.selectAll()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)


class UnlockPage(PassphrasePage):
    """Opens the store at ``store_dir``; ``unlocked`` carries the open Store."""

    unlocked = Signal(object)
    review_requested = Signal()

    def __init__(self, writer: Writer, store_dir: Path, parent: QWidget | None = None):
        super().__init__(writer, translate("unlock", "Unlock fieldkit"),
                         translate("unlock", "Type the passphrase of this computer's interview "
                                             "store.\nStore: {folder}").format(folder=store_dir),
                         parent)
        self.store_dir = store_dir
        # An ethics reviewer has an export folder, not a store: no passphrase needed.
        self.review_button = QPushButton(translate("unlock", "Open an &export for review…"))
        self.review_button.clicked.connect(self.review_requested.emit)
        box = self.layout()
        assert isinstance(box, QVBoxLayout), "the page is built on centred()'s column"
        box.insertWidget(2, self.review_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def check(self, passphrase: str) -> Callable[[], Any]:
        return lambda: Store.open(self.store_dir, passphrase)

    def succeeded(self, store: Any) -> None:
        self.unlocked.emit(store)
