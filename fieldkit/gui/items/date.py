"""Dates: a date field (today offered, not recorded until confirmed), calendar on Alt+Down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from ..i18n import translate
from .base import ItemEditor

ISO = "yyyy-MM-dd"


class DateEditor(ItemEditor):
    """date: type or step the date; Enter records it and moves on; Delete clears it."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.edit = QDateEdit()
        self.edit.setObjectName("answer_date")
        self.edit.setDisplayFormat(ISO)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumWidth(180)
        self.edit.lineEdit().setTextMargins(5, 0, 5, 0)  # the styled box gives it none
        self.edit.installEventFilter(self)
        self.edit.dateChanged.connect(self._edited)
        self.state = QLabel()
        self.state.setProperty("role", "hint")
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(self.state)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self._touched = False
        self._loading = False

    def _edited(self) -> None:
        if not self._loading:
            self._touched = True
            self._show_state()
            self.typed()

    def _show_state(self) -> None:
        self.state.setText("" if self._touched else translate(
            "items", "not recorded yet: Enter records this date"))

    def focus_target(self) -> QWidget:
        return self.edit

    def raw(self) -> Any:
        return self.edit.date().toString(ISO) if self._touched else None

    def set_raw(self, raw: Any) -> None:
        self._loading = True
        try:
            date = QDate.fromString(raw, ISO) if raw else QDate.currentDate()
            self.edit.setDate(date)
            self._touched = bool(raw)
            self._show_state()
        finally:
            self._loading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() in (Qt.Key.Key_Delete,) and not event.modifiers():
            self.set_raw(None)
            self.commit_now()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.edit.interpretText()
            self._touched = True
        return self.enter_pressed(event)
