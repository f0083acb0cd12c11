"""The people named in a name generator as a table, their follow-up answers edited in place.

One row per person, one column per follow-up question. A cell is editable only where the
follow-up is relevant for that person. Edits go to the engine through the screen's writer;
the table shows what the store holds, re-read after each write returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from fieldkit.interview.values import value_text
from fieldkit.protocol.model import Item, ItemType

from .i18n import translate
from .typed_choices import read_choices

SPECIAL_TEXT = {"refused": QT_TRANSLATE_NOOP("people_table", "Refused"),
                "dont_know": QT_TRANSLATE_NOOP("people_table", "Don't know"),
                "not_applicable": QT_TRANSLATE_NOOP("people_table", "N/A")}


def special_text(special: str) -> str:
    """A special answer's short name in the app's language ("Refused", "N/A")."""
    return translate("people_table", SPECIAL_TEXT[special]) if special in SPECIAL_TEXT else special
MUTED = QColor("#8a9099")
FREE_ENTRY = QColor("#7a4a00")  # a person typed in rather than chosen from the roster
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def short_titles(followups: list[Item]) -> list[str]:
    """Column titles that fit: a number and a word or two from each follow-up's name, without
    the words all of them share (``friend_close_eu`` -> "2 Close"); the full question is the
    header's tooltip and in the legend under the table."""
    words = [item.id.split("_") for item in followups]
    common = set.intersection(*map(set, words)) if len(words) > 1 else set()
    out = []
    for n, parts in enumerate(words, start=1):
        kept = [w for w in parts if w not in common] or parts
        out.append(f"{n} {' '.join(kept[:2]).capitalize()}")
    return out


class LegendLabel(QLabel):
    """The column legend: one line per follow-up, cut with "…" to the width and to the lines
    the page has room for (the whole legend is its tooltip), so with large text it gives way
    to the table instead of squeezing it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lines: list[str] = []
        self.setObjectName("followup_legend")
        self.setProperty("role", "hint")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, self.fontMetrics().lineSpacing() * len(self.lines) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(50, self.fontMetrics().lineSpacing() + 4 if self.lines else 0)

    def set_lines(self, lines: list[str]) -> None:
        self.lines = lines
        self.setToolTip("\n".join(lines))
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics, width = self.fontMetrics(), max(self.width(), 50)
        room = max(1, (self.height() - 4) // max(metrics.lineSpacing(), 1))
        lines = list(self.lines)
        if len(lines) > room:
            lines = lines[:room - 1] + [translate("people_table", "… {n} more: point at a column "
                                                  "title").format(n=len(lines) - room + 1)]
        self.setText("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                               for line in lines))


class PeopleModel(QAbstractTableModel):
    """People of one generator (rows) by follow-ups (columns), read from the live content."""

    def __init__(self, item: Item, session: Any, write: Callable[..., Any],
                 on_error: Callable[[Exception], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.item, self.session, self.write, self.on_error = item, session, write, on_error
        self.followups = list(item.items)
        self.titles = short_titles(self.followups)
        self.people: list[Any] = []
        self.writing = 0  # answers handed to the writer and not back yet
        self._after: Callable[[], None] | None = None
        self.reload()

    def after_writes(self, then: Callable[[], None]) -> None:
        """Run ``then`` once every answer handed to the writer is back (at once if none is):
        only then does relevance know what the answer made relevant."""
        if self.writing:
            self._after = then
        else:
            then()

    def _write(self, fn: Callable[..., Any], *args: Any) -> None:
        self.writing += 1

        def done(_result: Any) -> None:
            self.writing -= 1
            if not self.writing and self._after is not None:
                then, self._after = self._after, None
                then()

        def failed(exc: Exception) -> None:
            self.writing -= 1
            self._after = None  # stay on the cell, so the answer can be fixed
            self.on_error(exc)

        self.write(fn, *args, on_done=done, on_error=failed)

    def reload(self) -> None:
        """Re-read people and answers; a reset only when people changed, so an open cell
        editor survives the answers of other cells coming back from the writer."""
        people = self.session.content.people_of(self.item.id)
        if [p.instance_id for p in people] != [p.instance_id for p in self.people]:
            self.beginResetModel()
            self.people = people
            self.endResetModel()
            return
        self.people = people
        if people:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(people) - 1, len(self.followups)))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.followups))

    def text(self, value: Any) -> str:
        return self.session.protocol.text(value, self.session.language)

    def followup(self, index: Index) -> Item | None:
        return self.followups[index.column() - 1] if index.column() > 0 else None

    def relevant(self, index: Index) -> bool:
        follow = self.followup(index)
        if follow is None:
            return True
        person = self.people[index.row()]
        return self.session.is_relevant(follow, person.instance_id)

    # ---- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 1 + len(self.followups)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section == 0:
            return translate("people_table", "Person") if role == Qt.ItemDataRole.DisplayRole else None
        follow = self.followups[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section - 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(follow.label)
        return None

    def legend(self) -> list[str]:
        """Each short column title with its whole question."""
        return [f"{title}: {self.text(follow.label)}"
                for title, follow in zip(self.titles, self.followups, strict=True)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() > 0 and self.relevant(index):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.people[index.row()]
        follow = self.followup(index)
        if follow is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                label = self.session.person_label(person)
                return label if person.roster_id else translate(
                    "people_table", "{name} (not on the list)").format(name=label)
            if role == Qt.ItemDataRole.FontRole and not person.roster_id:
                font = QFont()  # someone typed in, not chosen from the roster: set apart
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and not person.roster_id:
                return QBrush(FREE_ENTRY)
            return None
        if not self.relevant(index):
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(MUTED)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("people_table", "Not asked for this person")
            return None
        answer = self.session.content.answer(follow.id, person.instance_id)
        if role == Qt.ItemDataRole.EditRole:
            return None if answer is None or answer.special else answer.value
        if role == Qt.ItemDataRole.DisplayRole:
            if answer is None:
                return ""
            if answer.special:
                return special_text(answer.special)
            return self.show_value(follow, answer.value)
        if role == Qt.ItemDataRole.FontRole and answer is not None and answer.special:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:  # the question about this person, piped
            return self.session.piped(self.text(follow.label), person.instance_id)
        return None

    def show_value(self, follow: Item, value: Any) -> str:
        return value_text(self.session.protocol, follow, value, self.session.language)

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt override
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        follow = self.followup(index)
        if follow is None or role != Qt.ItemDataRole.EditRole or not self.relevant(index):
            return False
        iid = self.people[index.row()].instance_id
        if follow.type == ItemType.select_multiple and isinstance(value, str):
            offered = [(c.name, self.text(c.label)) for c in self.session.choices(follow, iid)]
            try:  # names as the cell shows them, their first letters or their numbers
                value = read_choices(value, offered)
            except ValueError as exc:
                self.on_error(exc)
                return False
        if value is None or (isinstance(value, str) and not value.strip()):
            if self.session.content.answer(follow.id, iid) is not None:
                self._write(self.session.clear, follow.id, iid)
        elif value != self.data(index, Qt.ItemDataRole.EditRole):
            self._write(self.session.answer, follow.id, value, iid)
        return True


class ChoiceCombo(QComboBox):
    """A follow-up's choices, numbered: digit n picks the n-th, as on the question pages, and
    Y/O/N answer a yes-no follow-up (a combo's own type-ahead matches only first letters).

    A key that picks a choice also records it and moves on as Enter does (``picked``), as a
    grid does when a one-key field is full: one key per answer in the table."""

    picked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        if plain and text.isdigit() and 1 <= int(text) <= self.count():
            self._pick(int(text) - 1)
            return
        names = [self.itemData(n) for n in range(self.count())]
        if plain and text and set(names) == {"yes", "no"}:
            name = YES_NO_LETTERS.get(text.lower())
            if name is not None:
                self._pick(names.index(name))
                return
        super().keyPressEvent(event)

    def _pick(self, index: int) -> None:
        self.setCurrentIndex(index)
        self.picked.emit()


YES_NO_LETTERS = {"y": "yes", "o": "yes", "j": "yes", "s": "yes", "n": "no"}


class FollowupDelegate(QStyledItemDelegate):
    """A combo box for choices, a line for numbers and text."""

    def __init__(self, model: PeopleModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:  # noqa: N802
        follow = self.model.followup(index)
        if follow is not None and (follow.type in (ItemType.select_one, ItemType.likert,
                                                   ItemType.yes_no)):
            combo = ChoiceCombo(parent)
            person = self.model.people[index.row()]  # the choices its filter keeps for them
            for n, choice in enumerate(self.model.session.choices(follow, person.instance_id), 1):
                label = self.model.text(choice.label)
                combo.addItem(f"{n} · {label}" if n < 10 else label, choice.name)
            combo.picked.connect(lambda: self._submit(combo))
            return combo
        edit = QLineEdit(parent)
        if follow is not None and follow.type in (ItemType.integer, ItemType.decimal):
            edit.setPlaceholderText(follow.units or "number")
        elif follow is not None and follow.type == ItemType.select_multiple:
            edit.setPlaceholderText(translate("people_table", "names, commas between"))
            person = self.model.people[index.row()]
            edit.setToolTip(translate("people_table", "Type the names (or their first letters, "
                                                      "or their numbers), commas between: {shown}")
                            .format(shown=", ".join(
                                f"{n} {self.model.text(c.label)}" for n, c in enumerate(
                                    self.model.session.choices(follow, person.instance_id), 1))))
        return edit

    def _submit(self, editor: QWidget) -> None:
        """Record the cell and close it as Enter does (the table then moves on)."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value) if value is not None else -1)
        elif isinstance(editor, QLineEdit):
            followup = self.model.followup(index)
            editor.setText("" if value is None or followup is None else
                           self.model.show_value(followup, value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = editor.currentData() if editor.currentIndex() >= 0 else None
        elif isinstance(editor, QLineEdit):
            value = editor.text().strip() or None
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class PeopleView(QTableView):
    """Keys: type or F2 to edit a cell, Enter (or the digit or Y/N that picks a choice) to
    record it and go down to the next person, Tab and Shift+Tab to the next or previous cell
    that is asked (wrapping, Shift+Tab from the first leaves), Delete removes the person,
    Backspace clears the cell's answer, Alt+Up/Down moves the person. The Person column stays
    in sight when the follow-ups scroll sideways."""

    remove_requested = Signal(int)
    clear_requested = Signal(QModelIndex)
    move_requested = Signal(int, int)
    resized = Signal()
    left_backward = Signal()  # Shift+Tab on the first cell: back to the name filter

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("people_table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        # the stretched last column never shrinks below the default size (100 px), wider than
        # a short title: the columns would then outgrow the table by the difference
        self.horizontalHeader().setDefaultSectionSize(self.fontMetrics().averageCharWidth() * 6)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        # the header and three people stay in view, however large the text
        self.setMinimumHeight(4 * (self.fontMetrics().height() + 14) + 8)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen = FrozenColumn(self)

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        self.frozen.follow(model)

    def people_model(self) -> PeopleModel:
        """The table's model (always a PeopleModel)."""
        model = self.model()
        assert isinstance(model, PeopleModel)
        return model

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.frozen.place()
        self.resized.emit()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        super().updateGeometries()
        if hasattr(self, "frozen"):  # Qt calls this while the table is being built
            self.frozen.place()

    def scrollTo(self, index: Index,  # noqa: N802 - Qt override
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        super().scrollTo(index, hint)
        if index.isValid() and index.column() > 0:  # not under the frozen names
            hidden = self.columnWidth(0) - self.visualRect(index).left()
            if hidden > 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - hidden)

    def step(self, forward: bool) -> QModelIndex:
        """The next (or previous) cell asked, row by row, from the current one; wraps
        forward, and gives an invalid index before the first."""
        model, here = self.model(), self.currentIndex()
        cells = [(r, c) for r in range(model.rowCount()) for c in range(1, model.columnCount())
                 if model.flags(model.index(r, c)) & Qt.ItemFlag.ItemIsEditable]
        if not cells:
            return QModelIndex()
        at = (here.row(), here.column()) if here.isValid() else (0, 0)
        if forward:
            later = [cell for cell in cells if cell > at]
            return model.index(*(later[0] if later else cells[0]))
        earlier = [cell for cell in cells if cell < at]
        return model.index(*earlier[-1]) if earlier else QModelIndex()

    def tab(self, forward: bool) -> None:
        target = self.step(forward)
        if target.isValid():
            self.setCurrentIndex(target)
        elif not forward:
            self.left_backward.emit()

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - Qt override
        if self.state() != QAbstractItemView.State.EditingState and self.hasFocus():
            self.tab(next_)  # Tab and Shift+Tab stay in the table
            return True
        return super().focusNextPrevChild(next_)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        current = self.currentIndex()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if current.isValid() and alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(current.row(), -1 if key == Qt.Key.Key_Up else 1)
            return
        if current.isValid() and key == Qt.Key.Key_Delete and not mods:
            self.remove_requested.emit(current.row())
            return
        if current.isValid() and key == Qt.Key.Key_Backspace and not mods:
            self.clear_requested.emit(current)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & ~Qt.KeyboardModifier.ShiftModifier:
            self.tab(key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget,  # noqa: N802 - Qt override
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        hints = QAbstractItemDelegate.EndEditHint
        tab = hint in (hints.EditNextItem, hints.EditPreviousItem)
        super().closeEditor(editor, hints.NoHint if tab else hint)
        model, here = self.people_model(), self.currentIndex()
        person = model.people[here.row()].instance_id if here.isValid() else None
        # The answer may make a follow-up relevant (or not): move once it is saved.
        if hint == hints.SubmitModelCache:
            model.after_writes(lambda: self.go_down(person, here.column()))
        elif tab:
            forward = hint == hints.EditNextItem
            model.after_writes(lambda: self._tab_from(person, here.column(), forward))

    def _tab_from(self, person: str | None, column: int, forward: bool) -> None:
        model, current = self.people_model(), self.currentIndex()
        ids = [p.instance_id for p in model.people]
        if person in ids and current.row() == ids.index(person) and current.column() == column:
            self.tab(forward)

    def go_down(self, person: str | None = None, column: int | None = None) -> None:
        """After Enter (or a one-key pick): the same follow-up for the next person asked, and
        after the last person the first asked of the next follow-up, as a grid fills a column.

        ``person`` and ``column`` say where Enter was pressed; if the interviewer has moved
        since, the cursor stays where they put it.
        """
        model, current = self.people_model(), self.currentIndex()
        ids = [p.instance_id for p in model.people]
        moved = person is not None and (person not in ids or current.column() != column
                                        or current.row() != ids.index(person))
        if moved or not current.isValid():
            return
        row, col = current.row(), current.column()
        for c in range(col, model.columnCount()):
            for r in range(row + 1 if c == col else 0, model.rowCount()):
                if model.flags(model.index(r, c)) & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentIndex(model.index(r, c))
                    return


class FrozenColumn(QTableView):
    """The Person column drawn again over the table's left edge, so it never scrolls out of
    sight (Qt's frozen-column pattern): same model and selection, no focus of its own."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self.setObjectName("people_frozen")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setStyleSheet("QTableView { border: none; border-right: 1px solid #c9ccd1; }")
        table.viewport().stackUnder(self)
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.verticalHeader().sectionResized.connect(
            lambda row, _old, new: self.setRowHeight(row, new))
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)

    def follow(self, model: Any) -> None:
        self.setModel(model)
        self.setSelectionModel(self.table.selectionModel())
        for signal in (model.modelReset, model.columnsInserted, model.layoutChanged):
            signal.connect(self._columns)
        self._columns()

    def _columns(self, *_: Any) -> None:
        model = self.model()
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column > 0)
        self.setColumnWidth(0, self.table.columnWidth(0))
        self.verticalHeader().setDefaultSectionSize(
            self.table.verticalHeader().defaultSectionSize())
        self.place()

    def _resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.setColumnWidth(0, new)
            self.place()

    def place(self) -> None:
        table = self.table
        frame = table.frameWidth()
        self.setGeometry(table.verticalHeader().width() + frame, frame, table.columnWidth(0),
                         table.viewport().height() + table.horizontalHeader().height())
        self.setVisible(table.model() is not None and table.model().columnCount() > 0)
