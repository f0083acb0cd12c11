"""Small building blocks shared by the shell's pages: labels by role, a busy bar, messages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError

from .i18n import translate


def label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    """A label styled by ``role`` (title, subtitle, hint, error, ok, banner)."""
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item a filled table holds at (row, column)."""
    item = table.item(row, column)
    if item is None:
        raise IndexError(f"no cell at row {row}, column {column}")
    return item


def show_if(widget: QWidget, visible: bool) -> None:
    """Show or hide, telling Qt only on a change (each call re-lays the page out)."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the stylesheet selects on, re-polishing only when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def set_role(widget: QWidget, role: str) -> None:
    """Change a widget's style role and make Qt re-read the stylesheet for it."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def passphrase_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    edit.setMinimumWidth(320)
    return edit


def card(*widgets: QWidget, max_width: int = 640) -> QFrame:
    """A white panel holding ``widgets`` in a column."""
    frame = QFrame()
    frame.setProperty("role", "card")
    frame.setMaximumWidth(max_width)
    box = QVBoxLayout(frame)
    box.setContentsMargins(24, 20, 24, 20)
    box.setSpacing(10)
    for widget in widgets:
        box.addWidget(widget)
    return frame


def centred(inner: QWidget) -> QVBoxLayout:
    """A layout that keeps ``inner`` centred with room around it (for the passphrase pages)."""
    # A fixed width, and stretches rather than an alignment flag, let the wrapped labels
    # inside get the height they need (aligned widgets get only their unwrapped size hint).
    inner.setFixedWidth(min(inner.maximumWidth(), 600))
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner)
    row.addStretch(1)
    outer = QVBoxLayout()
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return outer


class WrappingPanel(QWidget):
    """A column whose minimum height counts its wrapped labels' lines at its present width.

    Qt's layouts ask a wrapped label for one line's height as its minimum; in a narrow column
    with large text the labels then get drawn over their neighbours instead of scrolling.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class FlowRow(QLayout):
    """Widgets left to right, wrapping onto another line when the row is too narrow: a row of
    buttons that never squeezes its neighbours (Qt's flow layout example, horizontal only)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hints = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(h.width() for h in hints) + self.spacing() * max(len(hints) - 1, 0)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y()


class BusyBar(QProgressBar):
    """An indeterminate bar shown while the writer thread does slow work (key derivation)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(10)
        self.hide()


def user_message(exc: BaseException) -> str:
    """One sentence for a person: the error's own for ours, a plain fallback otherwise."""
    if isinstance(exc, FieldkitError):
        text = str(exc).strip()
        return text[:1].upper() + text[1:]
    return translate("page_parts", "Something went wrong inside fieldkit ({error}); nothing was "
                     "lost. Try again, and report it if it happens again.").format(
                         error=type(exc).__name__)
