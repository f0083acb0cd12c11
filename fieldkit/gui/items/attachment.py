"""image, audio, video, file: a file chosen from disk, recorded encrypted with the interview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from fieldkit.store.attachments import MAX_BYTES, describe

from ..i18n import translate
from ..page_parts import label
from .base import ItemEditor

# What the file dialog offers first for each kind of question.
_FILTERS = {
    "image": "*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.heic *.bmp",
    "audio": "*.mp3 *.m4a *.wav *.ogg *.oga *.opus *.flac *.aac *.amr",
    "video": "*.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp",
}


class AttachmentEditor(ItemEditor):
    """A button that opens the file dialog (Space on it, or a click; Enter moves on); the file
    chosen is recorded at once (the engine reads and checks it, at most 8 MB) and shown by name and
    size. Delete withdraws it."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.button = QPushButton(translate("items", "Choose a file…"))
        self.button.setObjectName("answer_attachment")
        self.button.clicked.connect(self.open_dialog)
        self.button.installEventFilter(self)
        self.shown_file = label("", "hint")
        self.shown_file.setObjectName("attachment_chosen")
        self.layout_.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.shown_file)
        self.layout_.addWidget(label(translate(
            "items", "The file is kept encrypted with the interview, at most {mb} MB; it leaves "
                     "in an export only if the anonymisation plan keeps this question.").format(
            mb=MAX_BYTES // 1048576), "hint"))
        self.layout_.addStretch(1)
        self._raw: Any = None

    def focus_target(self) -> QWidget:
        return self.button

    def raw(self) -> Any:
        return self._raw

    def set_raw(self, raw: Any) -> None:
        self._raw = raw
        if isinstance(raw, dict):
            self.shown_file.setText(describe(raw))
        elif raw:
            self.shown_file.setText(Path(str(raw)).name)
        else:
            self.shown_file.setText(translate("items", "No file chosen yet."))

    def choose(self, path: str | Path) -> None:
        """Record the file at ``path`` (the dialog's choice)."""
        self.set_raw(str(path))
        self.commit_now()

    def open_dialog(self) -> None:
        kind = self.item.media_kind or "file"
        pattern = _FILTERS.get(kind)
        of_kind = translate("items", "Files of this kind")
        every = translate("items", "All files")
        filters = (f"{of_kind} ({pattern});;" if pattern else "") + f"{every} (*)"
        path, _ = QFileDialog.getOpenFileName(self, translate("items", "Choose the file"), "",
                                              filters)
        if path:
            self.choose(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_raw(None)
            self.commit_now()
            return True
        if event.key() == Qt.Key.Key_Space:
            self.open_dialog()
            return True
        return self.enter_pressed(event)
