"""Answers in a fixed form (times, moments, coordinates) and a ranking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from fieldkit.interview.formats import HINTS

from ..i18n import translate
from ..page_parts import label
from .base import ItemEditor
from .text import ShortTextEditor


class FormattedEditor(ShortTextEditor):
    """time, datetime, geopoint, geotrace, geoshape: one typed line, its form shown; the
    engine checks it (a location off the globe, a time of 25:00 are refused in place)."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        hint = HINTS.get(self.item.type.value, "")
        self.edit.setPlaceholderText(hint)
        self.edit.setToolTip(hint)


class RankEditor(ItemEditor):
    """rank: the choices in order, first ranked first; Alt+Up and Alt+Down move the one
    selected, and the order is recorded as it changes."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.list = QListWidget()
        self.list.setObjectName("answer_rank")
        self.list.installEventFilter(self)
        self.names = [c.name for c in self.protocol.choices_for(self.item)]
        self.labels = {c.name: self.text(c.label) for c in self.protocol.choices_for(self.item)}
        self.layout_.addWidget(label(translate("items", "Put the choices in order: Alt+Up and "
                                                        "Alt+Down move the one selected; Enter "
                                                        "keeps this order."), "hint"))
        self.layout_.addWidget(self.list, 1)
        self.set_raw(None)

    def focus_target(self) -> QWidget:
        return self.list

    def raw(self) -> Any:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())]

    def set_raw(self, raw: Any) -> None:
        order = list(raw) if raw else list(self.names)
        self.list.clear()
        for n, name in enumerate(order, 1):
            entry = QListWidgetItem(f"{n}. {self.labels.get(name, name)}")
            entry.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)

    def take_uncommitted(self) -> tuple[bool, Any]:
        raw = self.raw()
        # The list shows the protocol's order before anything is recorded: Enter records it.
        return (raw != self._saved, raw)

    def move_choice(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        order = self.raw()
        order.insert(target, order.pop(row))
        self.set_raw(order)
        self.list.setCurrentRow(target)
        self.typed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_choice(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return self.enter_pressed(event)
