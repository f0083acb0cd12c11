"""Beside the codebook in the Coding tab: who is coding (the coder setting, kept between runs)
and the memos about this interview, the project or a code, with a box to write one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.store.memos import Memo

from .i18n import translate
from .page_parts import label
from .settings import UiSettings


def ui_settings(widget: QWidget | None) -> UiSettings | None:
    """The app's preferences, held by the main window this widget belongs to (a dialog's
    owner included); None outside the app."""
    while widget is not None:
        found = getattr(widget, "settings", None)
        if isinstance(found, UiSettings):
            return found
        widget = widget.parentWidget()
    return None


class CoderSetting(QWidget):
    """The coder's name: each coder's codings are kept apart, and Remove takes only theirs."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("coder_name")
        self.edit.setMaxLength(64)
        self.edit.setToolTip(translate("coding_panel", "The name your codings are kept under. "
                                       "Two coders who code the same interview under their "
                                       "own names can be compared (fieldkit code agreement)."))
        self.edit.editingFinished.connect(self._finished)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        caption = label(translate("coding_panel", "C&oder:"), "hint", wrap=False)
        caption.setBuddy(self.edit)
        row.addWidget(caption)
        row.addWidget(self.edit, 1)
        self._shown = ""

    def show_coder(self, name: str) -> None:
        self._shown = name
        self.edit.setText(name)

    def saved(self) -> str:
        """The coder's name kept from an earlier run ('' when none)."""
        settings = ui_settings(self)
        return settings.coder() if settings is not None else ""

    def _finished(self) -> None:
        name = " ".join(self.edit.text().split())
        if name and name != self._shown:
            settings = ui_settings(self)
            try:
                if settings is not None:
                    settings.set_coder(name)  # the next run codes under it too
            except ValueError:
                pass  # the store says what is wrong with the name when it is used
            self.changed.emit(name)
        elif not name:
            self.edit.setText(self._shown)


class MemoBox(QWidget):
    """The memos about this interview, the project or a code (chosen above the list), oldest
    first, and a box to write another about the same."""

    def __init__(self, save: Callable[[str, str, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self._all: list[Memo] = []
        self.about = QComboBox()
        self.about.setObjectName("memo_about")
        self.about.addItem(translate("coding_panel", "This interview"), "interview")
        self.about.addItem(translate("coding_panel", "The project"), "project")
        self.about.currentIndexChanged.connect(self._chosen)
        self.memos = QListWidget()
        self.memos.setObjectName("memo_list")
        self.memos.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("memo_text")
        self.edit.setTabChangesFocus(True)
        self.save_button = QPushButton(translate("coding_panel", "&Save memo"))
        self.save_button.setObjectName("save_memo")
        self.save_button.clicked.connect(self.save)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        caption = label(translate("coding_panel", "Memos a&bout"), "subtitle", wrap=False)
        caption.setBuddy(self.about)
        head.addWidget(caption)
        head.addWidget(self.about, 1)
        box.addLayout(head)
        box.addWidget(self.memos, 2)
        box.addWidget(self.edit, 1)
        box.addWidget(self.save_button)
        self._chosen()

    def set_codes(self, codes: list[tuple[str, str]]) -> None:
        """The codebook's codes (id, label), each a choice of what a memo is about."""
        while self.about.count() > 2:
            self.about.removeItem(2)
        for code_id, text in codes:
            self.about.addItem(translate("coding_panel", "Code: {code}").format(code=text),
                               f"code:{code_id}")

    def choose_code(self, code_id: str) -> None:
        index = self.about.findData(f"code:{code_id}")
        if index >= 0:
            self.about.setCurrentIndex(index)

    def chosen(self) -> tuple[str, str]:
        """What a memo written now is about: (scope, the code's id or '')."""
        scope, _, code = str(self.about.currentData() or "interview").partition(":")
        return scope, code

    def _chosen(self, *_: object) -> None:
        scope, _about = self.chosen()
        self.edit.setPlaceholderText({
            "interview": translate("coding_panel", "A memo about this interview…"),
            "project": translate("coding_panel", "A memo about the whole project…"),
        }.get(scope, translate("coding_panel", "A memo about this code…")))
        self._show()

    def show_memos(self, memos: list[Memo]) -> None:
        self._all = list(memos)
        self._show()

    def _show(self) -> None:
        scope, about = self.chosen()
        self.memos.clear()
        for memo in self._all:
            if memo.scope == scope and (scope != "code" or memo.target == about):
                self.memos.addItem(f"{memo.written_at[:10]} · {memo.author}\n{memo.text}")

    def save(self) -> None:
        text = self.edit.toPlainText().strip()
        if text:
            scope, about = self.chosen()
            self._save(scope, about, text)

    def saved(self) -> None:
        self.edit.clear()
