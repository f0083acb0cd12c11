"""Whole and decimal numbers: a spin box that can be blank and steps within the item's bounds."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox

from fieldkit.protocol.model import ItemType

from ..i18n import translate
from .base import ItemEditor

FAR = 1_000_000_000
INT_TEXT = re.compile(r"^[-\u2212]?\d*$")
DEC_TEXT = re.compile(r"^[-\u2212]?\d*([.,]\d*)?$")


if TYPE_CHECKING:  # mixed into QSpinBox and QDoubleSpinBox
    _SpinBox = QAbstractSpinBox
else:
    _SpinBox = object


class _Blankable(_SpinBox):
    """Spin-box behaviour shared by both number types.

    The widget's own range is wide on purpose: a value typed outside the item's bounds must
    stay as typed, so the interviewer sees the engine's message instead of a silently cut
    number; the arrows and Page keys step only within the bounds.
    """

    pattern: re.Pattern[str]
    lo: float | None
    hi: float | None
    if TYPE_CHECKING:  # each spin box's own, int or float
        def value(self) -> Any: ...
        def setValue(self, value: Any) -> None: ...  # noqa: N802 - Qt's name
        def textFromValue(self, value: Any) -> str: ...  # noqa: N802 - Qt's name

    def validate(self, text: str, pos: int):  # noqa: D401 - Qt override
        plain = text.strip()
        if not plain:
            return QValidator.State.Acceptable, text, pos
        if not self.pattern.match(plain):
            return QValidator.State.Invalid, text, pos
        try:
            float(plain.replace(",", ".").replace("\u2212", "-"))
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def is_blank(self) -> bool:
        return not self.lineEdit().text().strip()

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        base = self.value() if not self.is_blank() else (self.lo if self.lo is not None else 0)
        target = base + steps if not self.is_blank() else base
        if self.lo is not None:
            target = max(self.lo, target)
        if self.hi is not None:
            target = min(self.hi, target)
        self.setValue(target)
        self.lineEdit().setText(self.textFromValue(self.value()))
        self.selectAll()

    def stepEnabled(self):  # noqa: N802 - Qt override
        return (QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled)

    def fixup(self, text: str) -> str:
        return text


class IntSpin(_Blankable, QSpinBox):
    pattern = INT_TEXT

    def __init__(self, lo: float | None, hi: float | None):
        super().__init__()
        self.lo = None if lo is None else int(lo)
        self.hi = None if hi is None else int(hi)
        self.setRange(-FAR, FAR)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt override
        try:
            return int(text.strip().replace("\u2212", "-"))
        except ValueError:
            return self.minimum()

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt override
        return "" if value == self.minimum() else str(value)


class DecimalSpin(_Blankable, QDoubleSpinBox):
    pattern = DEC_TEXT

    def __init__(self, lo: float | None, hi: float | None):
        super().__init__()
        self.lo, self.hi = lo, hi
        self.setLocale(QLocale.c())
        self.setDecimals(4)
        self.setRange(-FAR, FAR)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        try:
            return float(text.strip().replace(",", ".").replace("\u2212", "-"))
        except ValueError:
            return self.minimum()

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return "" if value == self.minimum() else f"{value:g}"


class NumberEditor(ItemEditor):
    """integer and decimal items: type a number, Enter records it and moves on."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        item = self.item
        cls = IntSpin if item.type == ItemType.integer else DecimalSpin
        self.spin = cls(item.min, item.max)
        self.spin.setObjectName("answer_number")
        self.spin.setMinimumWidth(160)
        # Up/Down keys step; the arrow buttons are hidden by the stylesheet (width 0), never by
        # NoButtons: with a styled border Qt then leaves the text field 1 px wide, so typed
        # digits are stored but never drawn (seen under xcb and offscreen alike).
        self.spin.lineEdit().setTextMargins(5, 0, 5, 0)
        self.spin.installEventFilter(self)
        self.spin.lineEdit().textEdited.connect(self.typed)
        row = QHBoxLayout()
        row.addWidget(self.spin)
        self.units = QLabel(self._units_text())
        self.units.setProperty("role", "hint")
        row.addWidget(self.units)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self.set_raw(None)

    def _units_text(self) -> str:
        item = self.item
        bounds = ""
        if item.min is not None and item.max is not None:
            bounds = translate("items", "({low} to {high})").format(low=f"{item.min:g}",
                                                                     high=f"{item.max:g}")
        elif item.min is not None:
            bounds = translate("items", "({low} or more)").format(low=f"{item.min:g}")
        elif item.max is not None:
            bounds = translate("items", "(at most {high})").format(high=f"{item.max:g}")
        return " ".join(t for t in (item.units or "", bounds) if t)

    def focus_target(self):
        return self.spin

    def focus_in(self) -> None:
        super().focus_in()
        self.spin.selectAll()

    def raw(self) -> Any:
        text = self.spin.lineEdit().text().strip().replace("\u2212", "-")
        if not text:
            return None
        try:
            return int(text) if self.item.type == ItemType.integer else float(
                text.replace(",", "."))
        except ValueError:
            return text  # the engine says why it is not a number

    def set_raw(self, raw: Any) -> None:
        self.spin.blockSignals(True)
        if raw is None:
            self.spin.setValue(self.spin.minimum())
            self.spin.lineEdit().setText("")
        else:
            self.spin.setValue(raw)
            self.spin.lineEdit().setText(self.spin.textFromValue(raw))
        self.spin.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.spin and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            return self.enter_pressed(event)
        return False

