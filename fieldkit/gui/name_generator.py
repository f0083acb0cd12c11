"""The name generator page: pick people from the roster by typing, or name someone off it,
then answer the follow-up questions for each person in the table beside the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from unidecode import unidecode

from .i18n import translate
from .items.base import ItemEditor
from .page_parts import WrappingPanel
from .people_table import FollowupDelegate, LegendLabel, PeopleModel, PeopleView

PERSON_WIDTH = 240  # px; longer names are cut, the whole name shows in the tooltip
PERSON_CHARS = 10  # the person column gives way down to this many characters, for follow-ups


class QuietLabel(QLabel):
    """A word-wrapped label that takes no room while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setVisible(bool(text))
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_ROLE = Qt.ItemDataRole.UserRole + 3


def fold(text: str) -> str:
    """Case- and accent-free text, so 'cote' finds Côte d'Ivoire."""
    return unidecode(text).lower()


class RosterFilter(QSortFilterProxyModel):
    """Roster entries not named yet whose text holds every typed word; name matches first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.words: list[str] = []
        self.hidden: set[str] = set()
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.words = fold(text).split()
        self.invalidate()

    def set_hidden(self, ids: set[str]) -> None:
        self.hidden = ids
        self.invalidate()

    def filterAcceptsRow(self, row: int,  # noqa: N802 - Qt override
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if index.data(ID_ROLE) in self.hidden:
            return False
        key = index.data(KEY_ROLE)
        return all(word in key for word in self.words)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 - Qt override
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        def rank(index: QModelIndex | QPersistentModelIndex) -> tuple[bool, str]:
            label = fold(index.data(LABEL_ROLE))
            return (not (self.words and label.startswith(self.words[0])), label)
        return rank(left) < rank(right)


class NameGenerator(ItemEditor):
    """A name_generator item. ``target_changed`` tells the screen which follow-up (and whose)
    the special-answer keys now apply to."""

    target_changed = Signal()

    def __init__(self, item: Any, session: Any, write: Callable[..., Any],
                 parent: QWidget | None = None):
        super().__init__(item, session.protocol, session.language, parent)
        self.session, self.write = session, write
        self._moved: str | None = None
        self.roster = session.protocol.rosters[item.roster] if item.roster else None

        self.filter = QLineEdit()
        self.filter.setObjectName("roster_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        self.source = QStandardItemModel(self)
        for entry in (self.roster.entries if self.roster else []):
            extra = ", ".join(t for t in (entry.group, entry.alliance) if t and t != "none")
            row = QStandardItem(f"{entry.label}   ·  {extra}" if extra else entry.label)
            row.setEditable(False)
            row.setData(entry.id, ID_ROLE)
            row.setData(entry.label, LABEL_ROLE)
            row.setData(fold(" ".join((entry.label, entry.member_state, entry.group,
                                       entry.alliance, entry.role))), KEY_ROLE)
            self.source.appendRow(row)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.sort(0)
        self.list = QListView()
        self.list.setObjectName("roster_list")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        # long entries end in "…" rather than a sideways scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.installEventFilter(self)
        self.list.activated.connect(self._add_index)
        self.filter.textChanged.connect(self._filtered)
        self.free_button = QPushButton()
        self.free_button.setObjectName("add_free_name")
        self.free_button.clicked.connect(self._add_free)
        self.free_button.setVisible(False)

        left = self.left = WrappingPanel()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.filter_label = QLabel()
        self.filter_label.setWordWrap(True)
        self.filter_label.setBuddy(self.filter)
        lbox.addWidget(self.filter_label)
        lbox.addWidget(self.filter)
        lbox.addWidget(self.list, 1)
        lbox.addWidget(self.free_button)

        self.model = PeopleModel(item, session, write, self.show_error, self)
        self.table = PeopleView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(FollowupDelegate(self.model, self.table))
        self.table.remove_requested.connect(self._remove)
        self.table.clear_requested.connect(lambda index: self.model.setData(index, None))
        self.table.move_requested.connect(self._move)
        self.table.left_backward.connect(self.filter.setFocus)
        self.table.resized.connect(self._fit_person_column)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.installEventFilter(self)
        right = WrappingPanel()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "subtitle")
        rbox.addWidget(self.count_label)
        rbox.addWidget(self.table, 1)
        self.legend = LegendLabel()
        rbox.addWidget(self.legend)
        self.question = QuietLabel()
        self.question.setObjectName("followup_question")
        self.question.setWordWrap(True)
        self.question.setProperty("role", "followup")
        rbox.addWidget(self.question)
        self.error = QuietLabel()
        self.error.setObjectName("people_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        rbox.addWidget(self.error)
        self.keys = QLabel(translate("name_generator", "Enter adds · ↓ into the list · Tab to the "
                                                       "table · a digit or Y/N answers a cell · in "
                                                       "the table Enter goes down, Tab right · "
                                                       "Delete removes · Alt+↑/↓ reorders · "
                                                       "Backspace clears a cell"))
        self.keys.setProperty("role", "hint")
        self.keys.setWordWrap(True)
        self.keys.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        rbox.addWidget(self.keys)

        # the table needs room: with many follow-ups (Study A's six) the list gives more way,
        # so that every column is in sight at 1366 pixels
        wide = len(self.model.followups) > 5
        left.setMaximumWidth(self.fontMetrics().averageCharWidth() * (30 if wide else 42))
        # never narrower than the add button's fixed line ("not on the list  (Shift+Enter)")
        fixed = translate("name_generator", "Add “{name}”\nnot on the list  (Shift+Enter)")
        left.setMinimumWidth(self.free_button.fontMetrics().horizontalAdvance(
            fixed.splitlines()[-1]) + 40)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 800] if wide else [280, 720])
        split.setChildrenCollapsible(False)
        self.layout_.addWidget(split, 1)
        self.sync()
        self.retranslate(self.language)

    # ---- the screen's side -------------------------------------------------------------
    def focus_target(self) -> QWidget:
        return self.filter

    def show_answer(self, answer: Any) -> None:
        self.sync()

    def take_uncommitted(self) -> tuple[bool, Any]:
        return (False, None)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.filter_label.setText(translate(
            "name_generator", "F&ind on the list (a name, group or alliance):"))
        self.model.reload()
        self.legend.set_lines(self.model.legend())
        self.legend.setVisible(bool(self.model.followups))
        self._filtered(self.filter.text())
        self._current_changed()

    def sync(self) -> None:
        """Re-read the people after a write, keeping the table's current cell."""
        current = self.table.currentIndex()
        keep_id = (self.model.people[current.row()].instance_id
                   if current.isValid() and current.row() < len(self.model.people) else None)
        keep_id, self._moved = self._moved or keep_id, None
        column = max(current.column(), 0)
        self.model.reload()
        # the people named, and the respondent's own delegation: no tie to oneself
        self.proxy.set_hidden({p.roster_id for p in self.model.people if p.roster_id}
                              | self.session.left_out(self.item))
        ids = [p.instance_id for p in self.model.people]
        if keep_id in ids:
            self.table.setCurrentIndex(self.model.index(ids.index(keep_id), column))
        elif ids and current.isValid():  # the person left: stay on the same row
            self.table.setCurrentIndex(self.model.index(min(current.row(), len(ids) - 1), column))
        n = len(ids)
        self.count_label.setText(translate("name_generator", "Named: {n}").format(n=n) if n
                                 else translate("name_generator", "Named: nobody yet"))
        self.table.resizeColumnsToContents()
        self._fit_person_column()
        self._current_changed()

    def _fit_person_column(self) -> None:
        """Names give way (down to a few characters, whole in the tooltip) before follow-ups
        scroll out of sight."""
        table = self.table
        table.setColumnWidth(0, PERSON_WIDTH)
        table.resizeColumnToContents(0)
        wanted = min(table.columnWidth(0), PERSON_WIDTH)
        header = table.horizontalHeader()
        others = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in range(1, self.model.columnCount()))
        room = table.viewport().width() - others
        floor = table.fontMetrics().averageCharWidth() * PERSON_CHARS
        table.setColumnWidth(0, max(floor, min(wanted, room)) if room > 0 else floor)

    def target(self) -> tuple[Any, str] | None:
        """(follow-up item, instance id) of the table's current cell, if it takes an answer."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.people):
            return None
        follow = self.model.followup(index)
        if follow is None or not self.model.relevant(index):
            return None
        return follow, self.model.people[index.row()].instance_id

    def focus_table(self) -> None:
        """Into the people table, on the first follow-up of the first person if none is current."""
        if self.table.currentIndex().column() < 1:
            row = max(self.table.currentIndex().row(), 0)
            self.table.setCurrentIndex(self.model.index(row, 1 if self.model.followups else 0))
        self.table.setFocus()

    def show_error(self, exc: Exception) -> None:
        self.error.setText(str(exc))

    # ---- adding, removing, ordering ----------------------------------------------------
    def _filtered(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        free = bool(text.strip()) and self.item.free_entry
        self.free_button.setVisible(free)
        # two lines, the name cut to the panel's width: never clipped at the button's edge
        room = self.filter.width() if self.filter.width() > 100 else self.left.maximumWidth()
        metrics = self.free_button.fontMetrics()
        name = metrics.elidedText(text.strip(), Qt.TextElideMode.ElideMiddle,
                                  max(60, room - 24 - metrics.horizontalAdvance(
                                      translate("name_generator", "Add “{name}”").format(name=""))))
        self.free_button.setText(translate(
            "name_generator", "Add “{name}”\nnot on the list  (Shift+Enter)")
                                 .format(name=name))
        self.free_button.setToolTip(translate(
            "name_generator", "Add “{name}” as someone not on the list")
                                    .format(name=text.strip()))

    def _add_index(self, index: QModelIndex) -> None:
        if index.isValid():
            roster_id = index.data(ID_ROLE)
            self._add(roster_id=roster_id, label=index.data(LABEL_ROLE))

    def _add_free(self) -> None:
        name = self.filter.text().strip()
        if name and not self.item.free_entry:
            # the typed name stays, to be corrected into someone on the list
            self.error.setText(translate(
                "name_generator", "Only people on the list can be named here: “{text}” was not "
                                  "added.").format(text=name))
        elif name:
            self._add(name=name, label=name)

    def _add(self, roster_id: str | None = None, name: str | None = None,
             label: str = "") -> None:
        self.error.setText("")
        self.write(self.session.add_person, self.item.id, roster_id, name,
                   on_done=lambda _p: self.count_label.setText(
                       translate("name_generator", "Named: {n} · added {name}").format(
                           n=len(self.model.people), name=label)),
                   on_error=self.show_error)
        self.filter.clear()
        self.filter.setFocus()

    def _remove(self, row: int) -> None:
        person = self.model.people[row]
        label = self.session.person_label(person)
        self.write(self.session.remove_person, self.item.id, person.instance_id,
                   on_done=lambda _r: self.error.setText(
                       translate("name_generator", "Removed {name}.").format(name=label)),
                   on_error=self.show_error)

    def _move(self, row: int, delta: int) -> None:
        order = [p.instance_id for p in self.model.people]
        target = row + delta
        if not 0 <= target < len(order):
            return
        order[row], order[target] = order[target], order[row]
        self._moved = order[target]  # the current cell follows the person who moved
        self.write(self.session.reorder_people, self.item.id, order, on_error=self.show_error)

    def _current_changed(self, *_: Any) -> None:
        target = self.target()
        if target is None:
            self.question.setText("")
        else:
            follow, iid = target
            person = next(p for p in self.model.people if p.instance_id == iid)
            self.question.setText(f"{self.session.person_label(person)}: "
                                  f"{self.text(follow.label)}")
        self.target_changed.emit()

    # ---- keys --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.filter:
            if key == Qt.Key.Key_Tab and not mods and self.model.people:
                self.focus_table()
                return True
            if key == Qt.Key.Key_Down:
                self.list.setFocus()
                if not self.list.currentIndex().isValid() and self.proxy.rowCount():
                    self.list.setCurrentIndex(self.proxy.index(0, 0))
                return True
            if enter and mods & Qt.KeyboardModifier.ShiftModifier:
                self._add_free()
                return True
            if enter and not mods:
                return self._enter_in_filter(event)
        if watched is self.list:
            if key == Qt.Key.Key_Up and self.list.currentIndex().row() <= 0:
                self.filter.setFocus()
                return True
            if event.text().isprintable() and event.text().strip() and not (
                    mods & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier):
                self.filter.setFocus()
                self.filter.insert(event.text())
                return True
        return False

    def _enter_in_filter(self, event: QKeyEvent) -> bool:
        text = self.filter.text().strip()
        if not text:
            return self.enter_pressed(event)  # nothing typed: Enter moves on
        if self.list.currentIndex().isValid():
            self._add_index(self.list.currentIndex())
        elif self.item.free_entry:
            self._add_free()
        else:
            self.error.setText(translate(
                "name_generator", "No one on the list matches “{text}”.").format(text=text))
        return True
