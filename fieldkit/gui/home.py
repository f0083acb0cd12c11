"""The home page: the store's protocols and interviews (filter, sort), and start, resume, review."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.interview.session import InterviewSession

from .home_rows import (
    InterviewRow,
    ProtocolCache,
    ProtocolChoice,
    load_protocols,
    load_rows,
    organisations,
    review_lines,
)
from .i18n import translate
from .page_parts import BusyBar, label, set_role, user_message
from .review_dialog import ReviewDialog
from .settings import UiSettings
from .start_dialog import StartDialog
from .style import MUTED
from .writer import Writer

COLUMNS = ("No.", "Respondent", "Organisation", "Protocol", "Started", "Length", "Status",
           "Sealed")
# the headings shown (COLUMNS stays the English key the code finds columns by)
HEADINGS = (QT_TRANSLATE_NOOP("home", "No."), QT_TRANSLATE_NOOP("home", "Respondent"),
            QT_TRANSLATE_NOOP("home", "Organisation"), QT_TRANSLATE_NOOP("home", "Protocol"),
            QT_TRANSLATE_NOOP("home", "Started"), QT_TRANSLATE_NOOP("home", "Length"),
            QT_TRANSLATE_NOOP("home", "Status"), QT_TRANSLATE_NOOP("home", "Sealed"))
ORG_BATCH = 100  # organisations are read in batches so other store work is not held up


class InterviewTable(QAbstractTableModel):
    """The interviews as rows; the sort role gives raw values (numbers sort as numbers)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[InterviewRow] = []
        self.orgs: dict[str, str] = {}

    def set_rows(self, rows: list[InterviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def add_organisations(self, orgs: dict[str, str]) -> None:
        self.orgs.update(orgs)
        if self.rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 2))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("home", HEADINGS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            respondent = row.respondent or (translate("home", "(sealed)") if row.sealed else "")
            return (str(row.number), respondent, self.orgs.get(row.id, ""), row.protocol,
                    row.date_text, row.duration_text, row.status_text,
                    translate("home", "sealed") if row.sealed else "")[col]
        if role == Qt.ItemDataRole.UserRole:
            return (row.number, row.respondent.lower(), self.orgs.get(row.id, "").lower(),
                    row.protocol, row.started_at, row.elapsed_ms, row.status, int(row.sealed))[col]
        if role == Qt.ItemDataRole.ForegroundRole and row.sealed:
            return QColor(MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HomePage(QWidget):
    """Lists what the store holds; ``interview_opened`` carries a started or resumed session."""

    interview_opened = Signal(object)
    refreshed = Signal()

    def __init__(self, writer: Writer, store: Any, parent: QWidget | None = None,
                 settings: UiSettings | None = None):
        super().__init__(parent)
        self.writer = writer
        self.store = store
        self.settings = settings
        self.cache = ProtocolCache()
        self.protocols: list[ProtocolChoice] = []
        self._generation = 0
        self._select: str | None = None
        self._build()

    def _build(self) -> None:
        self.protocol_list = QListWidget()
        self.protocol_list.setMaximumWidth(300)
        self.protocol_list.setWordWrap(True)
        self.protocol_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.protocol_list.setSpacing(3)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("home", "Type to filter by any column (code, "
                                                         "organisation, status…)"))
        self.filter.setClearButtonEnabled(True)
        self.model = InterviewTable(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.start = QPushButton(translate("home", "&Start interview…"))
        self.start.setProperty("role", "primary")
        self.resume = QPushButton(translate("home", "&Resume"))
        self.review = QPushButton(translate("home", "Revie&w"))
        self.message = label("", "hint")
        self.busy = BusyBar()
        self.title = label(translate("home", "Interviews"), "title")

        left = QVBoxLayout()
        proto_title = label(translate("home", "Pro&tocols"), "subtitle")
        proto_title.setBuddy(self.protocol_list)
        left.addWidget(proto_title)
        left.addWidget(self.protocol_list, 1)
        left.addWidget(label(translate("home", "Ctrl+L locks at once; F1 lists every shortcut. "
                                               "Sealed interviews are readable only by the project "
                                               "lead."), "hint"))
        right = QVBoxLayout()
        filter_label = label(translate("home", "F&ilter"), wrap=False)
        filter_label.setBuddy(self.filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter, 1)
        right.addLayout(filter_row)
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addWidget(self.resume)
        buttons.addWidget(self.review)
        buttons.addStretch(1)
        self.actions_row = buttons  # hand-over, merge and outputs buttons join here
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addWidget(self.busy)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 14)
        outer.addWidget(self.title)
        outer.addLayout(body, 1)
        for first, second in ((self.filter, self.table), (self.table, self.start),
                              (self.start, self.resume), (self.resume, self.review),
                              (self.review, self.protocol_list)):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.table)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.start.clicked.connect(self.ask_start)
        self.resume.clicked.connect(lambda: self._with_selected(self.resume_interview))
        self.review.clicked.connect(lambda: self._with_selected(self.review_interview))
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.filter.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self._selection_changed()

    # ---- loading ----------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Reload protocols and rows; organisations follow in batches. ``select``: the
        interview whose row is selected once loaded (else the one selected, else the newest),
        so Enter resumes it."""
        self._select = select or self._select
        self._generation += 1
        generation = self._generation
        self.writer.submit(lambda: (load_protocols(self.store, self.cache), load_rows(self.store)),
                           on_done=lambda res: self._loaded(generation, *res),
                           on_error=self._error)

    def _loaded(self, generation: int, protocols: list[ProtocolChoice],
                rows: list[InterviewRow]) -> None:
        if generation != self._generation:
            return
        self.protocols = protocols
        self.protocol_list.clear()
        self.protocol_list.addItems([p.display for p in protocols])
        chosen = self.selected_row()
        keep, self._select = self._select or (chosen.id if chosen else None), None
        self.model.set_rows(rows)
        self._select_row(keep)
        # one study on this laptop (the usual case): its name in every row only takes room
        self.table.setColumnHidden(COLUMNS.index("Protocol"), len({r.protocol for r in rows}) < 2)
        self.title.setText(translate("home", "Interviews ({n})").format(n=len(rows)))
        for start in range(0, len(rows), ORG_BATCH):
            batch = rows[start:start + ORG_BATCH]
            self.writer.submit(organisations, self.store, batch, self.cache,
                               on_done=partial(self._orgs, generation),
                               on_error=self._error)
        self.refreshed.emit()
        self._selection_changed()

    def _select_row(self, interview_id: str | None) -> None:
        ids = [r.id for r in self.model.rows]
        if not ids:
            return
        source = ids.index(interview_id) if interview_id in ids else None
        row = self.proxy.mapFromSource(self.model.index(source, 0)).row() if (
            source is not None) else 0
        self.table.selectRow(max(row, 0))

    def _orgs(self, generation: int, orgs: dict[str, str]) -> None:
        if generation == self._generation:
            self.model.add_organisations(orgs)

    # ---- actions ------------------------------------------------------------------------------
    def selected_row(self) -> InterviewRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def _with_selected(self, action: Any) -> None:
        row = self.selected_row()
        if row is not None:
            action(row.id)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        if row.can_resume:
            self.resume_interview(row.id)
        elif row.can_review:
            self.review_interview(row.id)

    def _selection_changed(self, *_: Any) -> None:
        row = self.selected_row()
        self.resume.setEnabled(row is not None and row.can_resume)
        self.review.setEnabled(row is not None and row.can_review)
        self.start.setEnabled(bool(self.protocols))

    def ask_start(self) -> None:
        if not self.protocols:
            return
        codes = {r.respondent.lower(): translate("home", "interview {number} ({status})").format(
                     number=r.number, status=r.status_text.lower())
                 for r in sorted(self.model.rows, key=lambda r: r.number) if r.respondent}
        last = self.settings.last_protocol() if self.settings is not None else ""
        dialog = StartDialog(self.protocols, self, last_protocol=last, codes=codes)
        if dialog.exec() and dialog.chosen_protocol is not None:
            if self.settings is not None:
                self.settings.set_last_protocol(dialog.chosen_protocol.id)
            self.start_interview(dialog.chosen_protocol, dialog.chosen_language,
                                 dialog.respondent_code)

    def start_interview(self, choice: ProtocolChoice, language: str, respondent_code: str) -> None:
        """Create the interview and its session on the writer thread, then open it."""
        def start() -> InterviewSession:
            protocol = self.cache.get(self.store, choice.hash)
            return InterviewSession.start(self.store, protocol, interviewer=self.store.interviewer,
                                          language=language, respondent_code=respondent_code)
        self._run(start, self._opened)

    def resume_interview(self, interview_id: str) -> None:
        """Resume at the item where the interviewer was (the engine keeps ``last_item``)."""
        self._run(lambda: InterviewSession.resume(
            self.store, interview_id, protocol_for=lambda h: self.cache.get(self.store, h)),
            self._opened)

    def review_interview(self, interview_id: str) -> None:
        row = next((r for r in self.model.rows if r.id == interview_id), None)
        title = translate("home", "Interview {number}: {respondent}").format(
            number=row.number, respondent=row.respondent) if row else translate("home", "Interview")
        self._run(lambda: review_lines(self.store, interview_id, self.cache),
                  lambda lines: self._show_review(title, lines, interview_id))

    def _show_review(self, title: str, lines: list[tuple[str, str]], interview_id: str) -> None:
        self.review_dialog = ReviewDialog(title, lines, self, writer=self.writer,
                                          store=self.store, interview_id=interview_id)
        self.review_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_dialog.open()

    def _opened(self, session: Any) -> None:
        self.interview_opened.emit(session)

    def _run(self, fn: Any, then: Any) -> None:
        self.busy.show()
        self.message.setText("")

        def done(result: Any) -> None:
            self.busy.hide()
            then(result)
        self.writer.submit(fn, on_done=done, on_error=self._error)

    def _error(self, exc: Exception) -> None:
        self.busy.hide()
        self.message.setText(user_message(exc))
        set_role(self.message, "error")
