"""The lead's Merge screen: session files dropped or chosen, merged with progress, a row per file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.exchange.wording import Wording

from .i18n import translate
from .jobs import Job, JobPanel
from .lead_handover import fingerprint
from .lead_numbering import NumberingDialog
from .page_parts import cell, label
from .style import MUTED
from .writer import Writer

SUFFIX = ".fksession"
COLUMNS = ("File", "Result", "Interviewer", "New", "Updated", "Unchanged", "Conflicting",
           "Withdrawn", "Reason and notes")
# the headings shown (COLUMNS stays the key row_for() finds cells by)
HEADINGS = (QT_TRANSLATE_NOOP("lead_merge", "File"), QT_TRANSLATE_NOOP("lead_merge", "Result"),
            QT_TRANSLATE_NOOP("lead_merge", "Interviewer"), QT_TRANSLATE_NOOP("lead_merge", "New"),
            QT_TRANSLATE_NOOP("lead_merge", "Updated"), QT_TRANSLATE_NOOP("lead_merge", "Unchanged"),
            QT_TRANSLATE_NOOP("lead_merge", "Conflicting"), QT_TRANSLATE_NOOP("lead_merge", "Withdrawn"),
            QT_TRANSLATE_NOOP("lead_merge", "Reason and notes"))
RESULTS = {"merged": QT_TRANSLATE_NOOP("lead_merge", "merged"),
           "already merged": QT_TRANSLATE_NOOP("lead_merge", "already merged"),
           "rejected": QT_TRANSLATE_NOOP("lead_merge", "rejected"),
           "not merged": QT_TRANSLATE_NOOP("lead_merge", "not merged")}
REJECTED = QColor("#b3261e")


def local_time(iso: str) -> str:
    """An ISO 8601 timestamp as the user's local date and time (the text itself if it is not
    one)."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    local, locale = moment.toLocalTime(), QLocale()
    return (f"{locale.toString(local.date(), QLocale.FormatType.LongFormat)}, "
            f"{locale.toString(local.time(), QLocale.FormatType.ShortFormat)}")


# the merge report in the app's terms: what to do here rather than the CLI's options
APP_WORDING = Wording(
    accept_new_key="merge the file again, then accept its key when asked",
    accepted_how="accepted when asked",
    enrol_new_key=lambda signer, interviewer: (
        f"enrol its key for {interviewer} (File > Enrol interviewer…) and merge the file again"),
    when=local_time)


def result_text(status: str) -> str:
    """A file's result in the app's language ("merged", "rejected", ...)."""
    return translate("lead_merge", RESULTS[status]) if status in RESULTS else status


@dataclass(frozen=True)
class Newcomer:
    """An interviewer key seen for the first time, and the files it signed."""

    signer: str
    interviewer: str | None
    store_id: str
    files: tuple[str, ...]

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signer)


@dataclass
class MergeOutcome:
    reports: list[Any]  # FileReport, in the order of the files
    newcomers: list[Newcomer] = field(default_factory=list)
    left: list[str] = field(default_factory=list)  # files not begun (cancelled)
    numbering: list[str] = field(default_factory=list)  # numbered after every block, and why


def merge_on_writer(master: Any, paths: list[str], accept_new: bool, job: Job) -> MergeOutcome:
    """Runs on the writer thread: merge, then name the unknown signers of rejected files."""
    from fieldkit.exchange import merge_files

    report = merge_files(master, paths, accept_new_signer=accept_new, wording=APP_WORDING,
                         progress=lambda n, total, name: job.report(n, total, name),
                         cancelled=job.cancelled)
    job.report(len(report.files), len(paths), "")
    ex = master.exchange
    found: dict[str, Newcomer] = {}
    # once the lead accepted their keys, files are set aside for other reasons: not asked again
    for f in [] if accept_new else report.rejected:
        if not f.signer or ex.signer(f.signer) is not None or ex.signers(f.store_id):
            continue  # unsigned, known, or another key for a known laptop (a forgery)
        old = found.get(f.signer)
        files = (*old.files, f.file) if old else (f.file,)
        found[f.signer] = Newcomer(f.signer, f.interviewer, f.store_id, files)
    return MergeOutcome(report.files, list(found.values()), paths[len(report.files):],
                        report.numbering)


def session_paths(urls: list[Any]) -> list[str]:
    return [u.toLocalFile() for u in urls
            if u.isLocalFile() and u.toLocalFile().endswith(SUFFIX)]


class MergePage(QWidget):
    """Queue files (drop or choose), merge them, and see per file what happened."""

    screen_name = "merge"
    back = Signal()
    conflicts_requested = Signal()
    merged = Signal(object)  # MergeOutcome of the last run (after any accepted newcomers)

    def __init__(self, writer: Writer, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer, self.store = writer, store
        self.rows: dict[str, Any] = {}  # file -> FileReport or a note string
        # How a first-seen signer is decided; tests put an answer here instead of a dialog.
        self.decide_signer: Callable[[Newcomer], bool] = self._ask_signer
        self.asked: list[Newcomer] = []
        self.setAcceptDrops(True)
        self._build()

    def _build(self) -> None:
        home = QPushButton(translate("lead_merge", "← H&ome"))
        home.clicked.connect(self.back)
        top = QHBoxLayout()
        top.addWidget(label(translate("lead_merge", "Merge session files"), "title"), 1)
        top.addWidget(home)
        self.drop_hint = label(translate("lead_merge", "Drop .fksession files anywhere on this "
                                                       "screen, or choose them. Each file is "
                                                       "checked (signature, hashes, project) and "
                                                       "merged whole, or set aside with its "
                                                       "reason."), "hint")
        self.queue = QListWidget()
        self.queue.setMaximumHeight(90)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(translate("lead_merge", "&Add files…"))
        add.clicked.connect(self.choose_files)
        remove = QPushButton(translate("lead_merge", "&Remove"))
        remove.clicked.connect(self.remove_selected)
        self.merge_button = QPushButton(translate("lead_merge", "&Merge"))
        self.merge_button.setProperty("role", "primary")
        # not connect(self.merge): clicked(checked) would hand its bool over as the file list
        self.merge_button.clicked.connect(lambda: self.merge())
        self.conflicts_button = QPushButton(translate("lead_merge", "&Conflicts…"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.numbering_button = QPushButton(translate("lead_merge", "&Numbering…"))
        self.numbering_button.clicked.connect(self.open_numbering)
        queue_buttons = QHBoxLayout()
        for b in (add, remove, self.merge_button):
            queue_buttons.addWidget(b)
        queue_buttons.addStretch(1)
        queue_buttons.addWidget(self.numbering_button)
        queue_buttons.addWidget(self.conflicts_button)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("lead_merge", h) for h in HEADINGS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # one line a file; the reason in full is shown below
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        # the selected file's reason in full, under the table: with large text the table
        # scrolls sideways and its last column is out of sight
        self.detail = label("")
        self.detail.setObjectName("merge_detail")
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        self.summary = label("")
        self.panel = JobPanel()
        self.panel.cancelled_text = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 14)
        box.addLayout(top)
        box.addWidget(self.drop_hint)
        files_label = label(translate("lead_merge", "F&iles to merge"), "subtitle")
        files_label.setBuddy(self.queue)
        box.addWidget(files_label)
        box.addWidget(self.queue)
        box.addLayout(queue_buttons)
        box.addWidget(self.panel)
        box.addWidget(label(translate("lead_merge", "Results"), "subtitle"))
        box.addWidget(self.table, 1)
        box.addWidget(self.detail)
        box.addWidget(self.summary)
        self.setFocusProxy(self.queue)
        self._update_buttons()

    def open_numbering(self) -> NumberingDialog:
        """The study numbers' scheme (numbers by block of an answer), in a dialog of its own."""
        dialog = NumberingDialog(self.writer, self.store, self)
        dialog.open()
        return dialog

    # ---- the queue --------------------------------------------------------------------------
    def add_files(self, paths: list[str]) -> None:
        queued = {self.queue.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.queue.count())}
        for p in paths:
            path = str(Path(p))
            if path not in queued:
                self.queue.addItem(Path(path).name)
                self.queue.item(self.queue.count() - 1).setData(Qt.ItemDataRole.UserRole, path)
                self.queue.item(self.queue.count() - 1).setToolTip(path)
                queued.add(path)
        self._update_buttons()

    def queued(self) -> list[str]:
        return [self.queue.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.queue.count())]

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("lead_merge", "Session files to merge"), "",
            translate("lead_merge", "Session files (*{suffix})").format(suffix=SUFFIX))
        self.add_files(paths)

    def remove_selected(self) -> None:
        for item in self.queue.selectedItems():
            self.queue.takeItem(self.queue.row(item))
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and session_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = session_paths(event.mimeData().urls())
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.queue.count() > 0 and not self.panel.busy)

    # ---- merging ----------------------------------------------------------------------------
    def merge(self, paths: list[str] | None = None, accept_new: bool = False) -> Job | None:
        paths = list(paths if paths is not None else self.queued())
        if not paths or self.panel.busy:
            return None
        job = Job(translate("lead_merge", "Merging"), self)
        job.succeeded.connect(self._merged)
        job.failed.connect(lambda _e: self._update_buttons())
        self.panel.run(job, self.writer, lambda j: merge_on_writer(self.store, paths, accept_new, j))
        self._update_buttons()
        return job

    def _merged(self, outcome: MergeOutcome) -> None:
        for report in outcome.reports:
            self.rows[report.file] = report
        for path in outcome.left:
            self.rows[path] = translate("lead_merge", "Not merged: the merge was cancelled before "
                                                      "this file")
        done = {r.file for r in outcome.reports if r.status != "rejected"}
        for i in reversed(range(self.queue.count())):
            if self.queue.item(i).data(Qt.ItemDataRole.UserRole) in done:
                self.queue.takeItem(i)
        self._fill_table()
        accepted: list[str] = []
        for newcomer in outcome.newcomers:
            self.asked.append(newcomer)
            if self.decide_signer(newcomer):
                accepted.extend(newcomer.files)
        text = self._summary()
        if outcome.left:
            left = len(outcome.left)
            text = (translate("lead_merge", "Cancelled: 1 file was not merged; the files merged "
                                            "before stay merged. {summary}") if left == 1
                    else translate("lead_merge", "Cancelled: {n} files were not merged; the "
                                                 "files merged before stay merged. {summary}")
                    ).format(n=left, summary=text)
        if outcome.numbering:
            text = "\n".join([text, *outcome.numbering])
        self.panel.show_done(text)
        self._update_buttons()
        if accepted:
            self.merge(accepted, accept_new=True)
        else:
            self.merged.emit(outcome)

    def _summary(self) -> str:
        reports = [r for r in self.rows.values() if not isinstance(r, str)]
        merged = sum(1 for r in reports if r.status == "merged")
        rejected = sum(1 for r in reports if r.status == "rejected")
        new = sum(r.new for r in reports)
        conflicting = sum(r.conflicting for r in reports)
        files = (translate("lead_merge", "1 file merged") if merged == 1
                 else translate("lead_merge", "{n} files merged").format(n=merged))
        interviews = (translate("lead_merge", "1 new interview") if new == 1
                      else translate("lead_merge", "{n} new interviews").format(n=new))
        return translate("lead_merge", "{files}, {rejected} set aside; {interviews}, "
                                       "{conflicting} conflicting.").format(
                                           files=files, rejected=rejected,
                                           interviews=interviews, conflicting=conflicting)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, (path, report) in enumerate(self.rows.items()):
            if isinstance(report, str):
                cells = [Path(path).name, result_text("not merged"), "", "", "", "", "", "", report]
                colour: QColor | None = QColor(MUTED)
            else:
                who = (f"{report.interviewer or '?'} · {fingerprint(report.signer)[:14]}"
                       if report.signer else "")
                notes = [report.reason] if report.reason else []
                notes += [n[:1].upper() + n[1:].rstrip(".") + "." for n in report.notes]
                counts = [report.new, report.updated, report.unchanged, report.conflicting,
                          report.withdrawn]
                cells = [Path(path).name, result_text(report.status), who,
                         *(["–"] * 5 if report.status == "rejected" else counts), " ".join(notes)]
                colour = REJECTED if report.status == "rejected" else None
            for col, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if col in range(3, 8):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if colour is not None:
                    item.setForeground(colour)
                if col == len(cells) - 1:
                    item.setToolTip(str(value))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        results = [cell(self.table, r, 1).text() for r in range(self.table.rowCount())]
        aside = (result_text("rejected"), result_text("not merged"))
        first = next((r for r, res in enumerate(results) if res in aside),
                     0 if results else -1)  # a file set aside first: its reason matters most
        self.table.setCurrentCell(first, 0)
        self._show_detail(first)

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < self.table.rowCount():
            self.detail.setText("")
            return
        cells = [cell(self.table, row, c).text() for c in (0, 1, len(COLUMNS) - 1)]
        self.detail.setText(f"{cells[0]}: {cells[1]}" + (f". {cells[2]}" if cells[2] else ""))

    def row_for(self, file_name: str) -> dict[str, str]:
        """The table's cells for a file, by column title (for tests and screen readers)."""
        for row in range(self.table.rowCount()):
            if cell(self.table, row, 0).text() == file_name:
                return {c: cell(self.table, row, i).text() for i, c in enumerate(COLUMNS)}
        raise KeyError(file_name)

    def _ask_signer(self, newcomer: Newcomer) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("lead_merge", "Accept this interviewer's key?"))
        who = newcomer.interviewer or translate("lead_merge", "An unnamed interviewer")
        box.setText((translate("lead_merge", "{who} (laptop {laptop}) signed 1 file with a key "
                                             "this master has not seen before.")
                     if len(newcomer.files) == 1 else
                     translate("lead_merge", "{who} (laptop {laptop}) signed {n} files with a key "
                                             "this master has not seen before.")).format(
                                  who=who, laptop=newcomer.store_id[:8], n=len(newcomer.files)))
        box.setInformativeText(translate("lead_merge",
            "Key fingerprint:\n{fingerprint}\n\nAccept it only if the interviewer reads you "
            "the same fingerprint (shown in their 'Hand over to the lead' window). Later files "
            "from this laptop must carry the same key.").format(fingerprint=newcomer.fingerprint))
        accept = box.addButton(translate("lead_merge", "Accept key and merge"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("lead_merge", "Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is accept
