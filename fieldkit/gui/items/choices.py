"""Choice widgets: a radio list, yes/no, a likert scale and a check list, all keyboard first.

Digits 1-9 pick the n-th choice, arrows move between choices without picking, Space picks the
focused one, Enter picks the focused one (radio families) and moves on, Delete clears. In a
list longer than the digits reach (a committee's roster), typing the first letters of a choice
moves to it without picking, as the arrows do.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldkit.protocol.model import ItemType

from .base import ItemEditor

NEXT_KEYS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
# yes/no by initial, in every language the protocols use
YES_NO_KEYS = {Qt.Key.Key_Y: "yes", Qt.Key.Key_O: "yes", Qt.Key.Key_J: "yes", Qt.Key.Key_S: "yes",
               Qt.Key.Key_N: "no"}
TYPE_AHEAD_PAUSE = 1.0  # seconds without a letter before typing starts a new prefix


class ChoiceEditor(ItemEditor):
    """One of several choices (select_one, yes_no, likert)."""

    exclusive = True

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.choices = self.protocol.choices_for(self.item)
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.exclusive)
        self.buttons: list[QAbstractButton] = []
        self._typed, self._typed_at = "", 0.0
        box = self._box()
        for n, choice in enumerate(self.choices):
            button = self._button()
            button.setObjectName(f"choice_{choice.name}")
            button.installEventFilter(self)
            self.group.addButton(button, n)
            self.buttons.append(button)
            box.addWidget(button)
        if isinstance(box, QHBoxLayout):
            box.addStretch(1)
        self.layout_.addLayout(box)
        self.layout_.addStretch(1)
        self.group.idClicked.connect(lambda _id: self.commit_now())
        self.retranslate(self.language)

    def _box(self) -> QBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(6)
        return box

    def _button(self) -> QAbstractButton:
        return QRadioButton()

    def caption(self, n: int, label: str) -> str:
        return f"{n + 1 if n < 9 else ' '}   {label}"

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        for n, button in enumerate(self.shown()):
            choice = self.choices[self.buttons.index(button)]
            button.setText(self.caption(n, self.text(choice.label)))

    def offer(self, kept: list[Any] | None) -> None:
        """Show only the choices kept (by a choice filter; a name may repeat under another
        filter value, so choices, not names); None shows them all. The digits number the
        choices shown."""
        for button, choice in zip(self.buttons, self.choices, strict=True):
            button.setVisible(kept is None or choice in kept)
        self.retranslate(self.language)

    def shown(self) -> list[QAbstractButton]:
        """The buttons of the choices offered now, in order."""
        return [b for b in self.buttons if not b.isHidden()]

    def focus_target(self) -> QWidget:
        shown = self.shown() or self.buttons
        checked = [b for b in shown if b.isChecked()]
        return (checked or shown)[0]

    # ---- values ------------------------------------------------------------------------
    def raw(self) -> Any:
        checked = self.group.checkedId()
        return None if checked < 0 else self.choices[checked].name

    def set_raw(self, raw: Any) -> None:
        self.browsed = False
        self.group.setExclusive(False)
        for button, choice in zip(self.buttons, self.choices, strict=True):
            button.setChecked(self._is_chosen(choice.name, raw))
        self.group.setExclusive(self.exclusive)

    @staticmethod
    def _is_chosen(name: str, raw: Any) -> bool:
        return raw == name

    # ---- keys --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or watched not in self.buttons:
            return False
        shown = self.shown()
        key = Qt.Key(event.key())
        n = shown.index(watched) if watched in shown else 0
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if key in NEXT_KEYS and shown:
            target = shown[(n + NEXT_KEYS[key]) % len(shown)]
            target.setFocus(Qt.FocusReason.TabFocusReason)
            self.browsed = True
            return True
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
            if index < len(shown):
                shown[index].setFocus(Qt.FocusReason.OtherFocusReason)
                shown[index].click()
            return True
        if key in CLEAR_KEYS:
            self.set_raw(None)
            self.commit_now()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter_on(watched)
            return self.enter_pressed(event)
        return self._other_key(key) or self._type_ahead(watched, event.text())

    def _type_ahead(self, watched: QObject, text: str) -> bool:
        """Letters move to the next choice shown whose label starts with what was typed (the
        same letter again goes on to the next such choice); nothing is picked until Enter or
        Space, as after the arrows."""
        if not text or not text.isprintable() or text.isspace() or text.isdigit():
            return False
        now = time.monotonic()
        typed = self._typed if now - self._typed_at < TYPE_AHEAD_PAUSE else ""
        self._typed_at = now
        shown = self.shown()
        start = shown.index(watched) if watched in shown else 0
        again = typed == text  # "s", "s": Slovakia, then Slovenia
        self._typed = typed if again else typed + text
        prefix = self._typed.casefold()
        # a longer prefix may still fit the choice that has the focus; a first or repeated
        # letter looks from the next one on
        offsets = range(1, len(shown) + 1) if len(self._typed) == 1 else range(len(shown))
        for offset in offsets:
            button = shown[(start + offset) % len(shown)]
            label = self.text(self.choices[self.buttons.index(button)].label)
            if label.casefold().startswith(prefix):
                button.setFocus(Qt.FocusReason.TabFocusReason)
                self.browsed = True
                return True
        return True

    def _enter_on(self, button: QAbstractButton) -> None:
        # after arrowing to a choice, Enter picks it; otherwise Enter only moves on, so it
        # never turns a special answer (or no answer) into whatever happens to have focus
        if self.browsed and not button.isChecked():
            button.setChecked(True)  # the screen records it with the move

    def _other_key(self, key: Qt.Key) -> bool:
        return False


class YesNoEditor(ChoiceEditor):
    """yes_no: Y (or O for oui) and N answer at once."""

    def _box(self) -> QBoxLayout:
        box = QHBoxLayout()
        box.setSpacing(24)
        return box

    def _other_key(self, key: Qt.Key) -> bool:
        name = YES_NO_KEYS.get(key)
        if name is None:
            return False
        button = self.buttons[[c.name for c in self.choices].index(name)]
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        button.click()
        return True


class LikertEditor(ChoiceEditor):
    """likert: the scale in one row of large buttons, number above label."""

    def _box(self) -> QBoxLayout:
        box = QHBoxLayout()
        box.setSpacing(8)
        return box

    def _button(self) -> QAbstractButton:
        button = QPushButton()
        button.setCheckable(True)
        button.setProperty("role", "scale")
        button.setMinimumHeight(64)
        button.setMinimumWidth(110)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return button

    def caption(self, n: int, label: str) -> str:
        words, lines, line = label.split(), [], ""
        for word in words:  # two short lines read better than one long one
            if line and len(line) + len(word) > max(12, len(label) // 2):
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        return f"{n + 1}\n" + "\n".join(lines)


class CheckListEditor(ChoiceEditor):
    """select_multiple: each tick is recorded at once; Enter moves on."""

    exclusive = False

    def _button(self) -> QAbstractButton:
        return QCheckBox()

    def raw(self) -> Any:
        chosen = [c.name for b, c in zip(self.buttons, self.choices, strict=True) if b.isChecked()]
        return chosen or None

    @staticmethod
    def _is_chosen(name: str, raw: Any) -> bool:
        return bool(raw) and name in raw

    def _enter_on(self, button: QAbstractButton) -> None:
        pass  # Space ticks; Enter only moves on


def choice_editor_class(item_type: ItemType) -> type[ChoiceEditor]:
    return {ItemType.yes_no: YesNoEditor, ItemType.likert: LikertEditor,
            ItemType.select_multiple: CheckListEditor}.get(item_type, ChoiceEditor)
