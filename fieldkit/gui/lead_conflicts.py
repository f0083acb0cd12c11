"""Conflicts in the master: interviews that came back different, both versions side by side, a choice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate
from .page_parts import label, set_role, user_message
from .writer import Writer

MAX_DIFFS = 40


@dataclass(frozen=True)
class VersionSummary:
    head_hash: str
    current: bool
    events: int
    answers: int
    quotes: int
    notes: int
    last_change: str
    sources: list[str]


@dataclass(frozen=True)
class ConflictView:
    interview_id: str
    number: int | None
    versions: list[VersionSummary]
    differences: list[tuple[str, list[str]]]  # item (and person), the value in each version


def _answers(events: list[dict[str, Any]]) -> dict[str, str]:
    """The latest answer per item and person, as text (a clear removes it)."""
    out: dict[str, str] = {}
    for e in events:
        key = e.get("item_id") or ""
        if e.get("instance_id"):
            key += translate("lead_conflicts", " (person {id})").format(
                id=str(e["instance_id"])[:6])
        if e.get("kind") == "answer":
            out[key] = str(e.get("special") or e.get("value"))
        elif e.get("kind") == "clear":
            out.pop(key, None)
    return out


def read_conflicts(master: Any) -> list[ConflictView]:
    """Runs on the writer thread: every open conflict with each version summarised."""
    from dataclasses import asdict

    from fieldkit.exchange import conflicts

    views = []
    for c in conflicts(master):
        row = master.interview(c.interview_id)
        stored = {v.head_hash: v for v in master.exchange.versions(c.interview_id)}
        summaries, answers = [], []
        for v in c.versions:
            content = stored[v.head_hash].content if v.head_hash in stored else None
            if v.current or content is None:
                events = [asdict(e) for e in master.events(c.interview_id)]
                quotes, notes = master.quotes(c.interview_id), master.notes(c.interview_id)
            else:
                events = content.get("events", [])
                quotes, notes = content.get("quotes", []), content.get("notes", [])
            answers.append(_answers(events))
            last = max((str(e.get("recorded_at") or "") for e in events), default="")
            summaries.append(VersionSummary(v.head_hash, v.current, v.event_count,
                                            len(answers[-1]), len(quotes), len(notes),
                                            last[:16].replace("T", " "), v.sources))
        keys = sorted({k for a in answers for k in a})
        diffs = [(k, [a.get(k, "—") for a in answers]) for k in keys
                 if len({a.get(k) for a in answers}) > 1]
        views.append(ConflictView(c.interview_id, row.number if row else None, summaries,
                                  diffs[:MAX_DIFFS]))
    return views


VERSION_HEADINGS = (QT_TRANSLATE_NOOP("lead_conflicts", "Version"),
                    QT_TRANSLATE_NOOP("lead_conflicts", "Now kept"),
                    QT_TRANSLATE_NOOP("lead_conflicts", "Events"),
                    QT_TRANSLATE_NOOP("lead_conflicts", "Answers"),
                    QT_TRANSLATE_NOOP("lead_conflicts", "Quotes, notes"),
                    QT_TRANSLATE_NOOP("lead_conflicts", "Last change"),
                    QT_TRANSLATE_NOOP("lead_conflicts", "From"))


class ConflictsDialog(QDialog):
    """Lists open conflicts; for the chosen one, the versions and the answers that differ."""

    def __init__(self, writer: Writer, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer, self.store = writer, store
        self.views: list[ConflictView] = []
        self._recorded = ""  # the last choice, said again once the list is reloaded
        self.setWindowTitle(translate("lead_conflicts", "Conflicts"))
        self.resize(980, 600)
        self.list = QListWidget()
        self.list.setMaximumWidth(240)
        self.versions = QTableWidget(0, 7)
        self.versions.setHorizontalHeaderLabels(
            [translate("lead_conflicts", heading) for heading in VERSION_HEADINGS])
        self.diffs = QTableWidget(0, 1)
        # not Qt's "1" before one is chosen
        self.diffs.setHorizontalHeaderLabels([translate("lead_conflicts", "Item")])
        for table in (self.versions, self.diffs):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate(
            "lead_conflicts", "Why this version (recorded with the choice)"))
        self.keep = QPushButton(translate("lead_conflicts", "&Keep the selected version"))
        self.keep.setProperty("role", "primary")
        self.keep.clicked.connect(self.keep_selected)
        self.message = label("")
        right = QVBoxLayout()
        right.addWidget(label(translate("lead_conflicts", "Versions"), "subtitle"))
        right.addWidget(self.versions, 2)
        right.addWidget(label(translate("lead_conflicts", "Answers that differ"), "subtitle"))
        right.addWidget(self.diffs, 3)
        choose = QHBoxLayout()
        choose.addWidget(self.note, 1)
        choose.addWidget(self.keep)
        right.addLayout(choose)
        right.addWidget(self.message)
        self.body = QWidget()
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(label(translate("lead_conflicts", "Interviews"), "subtitle"))
        left.addWidget(self.list, 1)
        body.addLayout(left)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(label(translate("lead_conflicts", "The same interview came back different "
                                                        "from two laptops. Both versions are kept "
                                                        "until you choose; the choice is "
                                                        "recorded."), "hint"))
        box.addWidget(self.body, 1)
        self.empty = label(translate("lead_conflicts", "No open conflicts: every interview merged "
                                                       "so far came back the same from every "
                                                       "laptop. Conflicts appear here after a "
                                                       "merge that finds two versions of one "
                                                       "interview."), "subtitle")
        self.empty.setObjectName("conflicts_empty")
        self.empty.hide()
        box.addWidget(self.empty)
        box.addStretch(0)
        box.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.refresh()

    def refresh(self) -> None:
        self.writer.submit(read_conflicts, self.store, on_done=self._loaded, on_error=self._error)

    def _loaded(self, views: list[ConflictView]) -> None:
        self.views = views
        self.list.clear()
        self.list.addItems([
            translate("lead_conflicts", "Interview {number}").format(number=v.number)
            if v.number is not None else v.interview_id[:8] for v in views])
        if views:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)
        self.body.setVisible(bool(views))  # nothing to choose: a sentence, not empty tables
        self.empty.setVisible(not views)
        if self._recorded or not views:
            left = "" if views else translate("lead_conflicts", " No open conflicts.")
            self.message.setText(f"{self._recorded}{left}".strip())
            set_role(self.message, "ok")

    def _show(self, index: int) -> None:
        view = self.views[index] if 0 <= index < len(self.views) else None
        self.keep.setEnabled(view is not None)
        self.versions.setRowCount(0 if view is None else len(view.versions))
        self.diffs.setRowCount(0)
        if view is None:
            return
        for row, v in enumerate(view.versions):
            kept = translate("lead_conflicts", "yes") if v.current else ""
            cells = (v.head_hash[:12], kept, v.events, v.answers,
                     f"{v.quotes}, {v.notes}", v.last_change, ", ".join(v.sources) or "?")
            for col, value in enumerate(cells):
                self.versions.setItem(row, col, QTableWidgetItem(str(value)))
        self.versions.selectRow(next((i for i, v in enumerate(view.versions) if v.current), 0))
        self.diffs.setColumnCount(1 + len(view.versions))
        self.diffs.setHorizontalHeaderLabels(
            [translate("lead_conflicts", "Item"),
             *[translate("lead_conflicts", "Version {id}").format(id=v.head_hash[:8])
               for v in view.versions]])
        self.diffs.setRowCount(len(view.differences))
        for row, (item, values) in enumerate(view.differences):
            for col, value in enumerate([item, *values]):
                self.diffs.setItem(row, col, QTableWidgetItem(value))

    def keep_selected(self) -> None:
        from fieldkit.exchange import resolve

        index = self.list.currentRow()
        rows = self.versions.selectionModel().selectedRows()
        if not (0 <= index < len(self.views)) or not rows:
            return
        view = self.views[index]
        head = view.versions[rows[0].row()].head_hash
        self.keep.setEnabled(False)
        self.writer.submit(resolve, self.store, view.interview_id, head, self.note.text().strip(),
                           on_done=lambda _h: self._resolved(view), on_error=self._error)

    def _resolved(self, view: ConflictView) -> None:
        self._recorded = translate("lead_conflicts", "Recorded the choice for interview "
                                                     "{number}.").format(number=view.number)
        self.note.clear()
        self.refresh()

    def _error(self, exc: BaseException) -> None:
        self.message.setText(user_message(exc))
        set_role(self.message, "error")
