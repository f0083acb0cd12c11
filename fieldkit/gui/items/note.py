"""A note item: text to read out, nothing to answer; Enter moves on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel

from ..i18n import translate
from .base import ItemEditor


class NoteDisplay(ItemEditor):
    """Shows that nothing is recorded here and takes Enter to move on."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        hint = QLabel(translate("items", "Read aloud. Nothing to record: Enter moves on."))
        hint.setProperty("role", "hint")
        self.layout_.addWidget(hint)
        self.layout_.addStretch(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.enter_pressed(event):
            super().keyPressEvent(event)
