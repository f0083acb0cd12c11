"""File > Import interviews from files: interviews taken on paper, entered from JSON files.

The dialog picks the files (and, if the store's protocol is not the one, a protocol file), runs
the same import as ``fieldkit interview import`` on the writer thread, and lists per file what
became of it: imported, already present, or refused with every problem. Home refreshes after.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldkit.operations.back_entry import ALREADY, IMPORTED, FileOutcome, import_files

from .i18n import translate
from .jobs import Job, JobPanel
from .page_parts import label, set_role
from .writer import Writer

MENU_TEXT = QT_TRANSLATE_NOOP("interview_import", "&Import interviews from files…")


def add_menu_action(window: Any, menu: QMenu) -> QAction:
    """The File menu entry, for the interviewer's store and the lead's; off while locked."""
    action = window.add_action(menu, translate("interview_import", MENU_TEXT), None,
                               lambda: open_import(window))
    action.setEnabled(False)  # until a store is open, like the other data actions
    window.data_actions.append(action)
    return action


def open_import(window: Any) -> ImportDialog | None:
    """Open the import dialog over the window (kept on it so it is not collected)."""
    if window.store is None or window.locked:
        return None
    dialog = ImportDialog(window.writer, window.store, parent=window)
    dialog.imported.connect(lambda: window.home.refresh() if window.home is not None else None)
    window.import_dialog = dialog
    dialog.open()
    return dialog


def _choose(parent: QWidget, title: str, filters: str, many: bool) -> list[str]:
    # Qt's own dialog: the platform one may record the files in a recent-files list.
    dialog = QFileDialog(parent, title, str(Path.home()), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many
                       else QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles() if dialog.exec() else []


class ImportDialog(QDialog):
    """Choose interview files, import them, and show what became of each."""

    imported = Signal()  # at least one interview was written

    def __init__(self, writer: Writer, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer, self.store = writer, store
        self.asked: list[str] = []  # the files of the last import, in order
        self.outcomes: list[FileOutcome] | None = None
        self.setWindowTitle(translate("interview_import", "Import interviews from files"))
        self.setMinimumSize(760, 540)
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        files_label = label(translate("interview_import",
                                      "Interview &files (fieldkit-interview/1 JSON)"), wrap=False)
        files_label.setBuddy(self.files)
        add = QPushButton(translate("interview_import", "&Add files…"))
        add.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(translate("interview_import", "&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.protocol = QLineEdit()
        self.protocol.setPlaceholderText(translate("interview_import",
                                                   "None: the protocol the store holds"))
        protocol_label = label(translate("interview_import", "&Protocol file (optional)"),
                               wrap=False)
        protocol_label.setBuddy(self.protocol)
        browse = QPushButton(translate("interview_import", "C&hoose protocol…"))
        browse.clicked.connect(self.choose_protocol)
        self.import_button = QPushButton(translate("interview_import", "I&mport"))
        self.import_button.setProperty("role", "primary")
        self.import_button.clicked.connect(self.start)
        self.panel = JobPanel()
        self.summary = label("")
        self.results = QTextBrowser()  # read-only, wraps, and every line can be copied
        self.results.setAccessibleName(translate("interview_import", "Result"))
        self.results.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(label(translate("interview_import", "Import interviews from files"), "title"))
        box.addWidget(label(translate(
            "interview_import", "Interviews taken on paper and typed into files. Each file is "
                                "checked whole: a file with a problem is refused and nothing of "
                                "it is imported; a file imported before is not imported again."),
            "hint"))
        box.addWidget(files_label)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        files_row.addLayout(side)
        box.addLayout(files_row, 1)
        box.addWidget(protocol_label)
        protocol_row = QHBoxLayout()
        protocol_row.addWidget(self.protocol, 1)
        protocol_row.addWidget(browse)
        box.addLayout(protocol_row)
        go_row = QHBoxLayout()
        go_row.addStretch(1)
        go_row.addWidget(self.import_button)
        box.addLayout(go_row)
        box.addWidget(self.panel)
        box.addWidget(self.summary)
        box.addWidget(self.results, 2)
        box.addWidget(buttons)
        self.files.model().rowsInserted.connect(self._update_buttons)
        self.files.model().rowsRemoved.connect(self._update_buttons)
        self._update_buttons()

    # ---- choosing ---------------------------------------------------------------------------
    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def add_files(self, paths: list[str | Path]) -> None:
        held = set(self.paths())
        for path in map(str, paths):
            if path not in held:
                self.files.addItem(path)
                held.add(path)

    def choose_files(self) -> None:
        self.add_files(list(_choose(self,
                                    translate("interview_import", "Interview files to import"),
                                    translate("interview_import", "Interview files (*.json)"),
                                    many=True)))

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def choose_protocol(self) -> None:
        chosen = _choose(self, translate("interview_import", "Protocol the interviews follow"),
                         translate("interview_import", "Protocols (*.yaml *.yml *.xlsx)"),
                         many=False)
        if chosen:
            self.protocol.setText(chosen[0])

    def _update_buttons(self) -> None:
        busy = self.panel.busy
        self.import_button.setEnabled(bool(self.files.count()) and not busy)
        self.remove_button.setEnabled(bool(self.files.count()) and not busy)

    # ---- importing --------------------------------------------------------------------------
    def start(self) -> Job | None:
        files = self.paths()
        if not files or self.panel.busy:
            return None
        protocol = self.protocol.text().strip() or None
        self.asked, self.outcomes = files, None
        self.results.clear()
        self.results.hide()
        self.summary.setText("")
        job = Job(translate("interview_import", "Importing interviews"), self)
        job.succeeded.connect(self._done)
        job.failed.connect(lambda _e: self._update_buttons())
        job.was_cancelled.connect(self._update_buttons)
        total = len(files)

        def run(job: Job) -> list[FileOutcome]:
            seen: list[FileOutcome] = []

            def settled(outcome: FileOutcome) -> None:
                seen.append(outcome)
                job.report(len(seen), total, outcome.path.name)

            job.report(0, total)
            # Cancel stops between two files: those imported stay and are listed.
            return import_files(self.store, files, protocol, on_outcome=settled,
                                stop=job.cancelled)

        self.panel.run(job, self.writer, run)
        self._update_buttons()
        return job

    def _done(self, outcomes: list[FileOutcome]) -> None:
        self.outcomes = outcomes
        self._update_buttons()
        self.results.setHtml("".join(_file_html(row) for row in self.row_texts()))
        self.results.show()
        counts = {status: sum(1 for o in outcomes if o.status == status)
                  for status in (IMPORTED, ALREADY)}
        refused = len(outcomes) - counts[IMPORTED] - counts[ALREADY]
        self.summary.setText(translate(
            "interview_import",
            "{imported} imported, {already} already present, {refused} refused.").format(
                imported=counts[IMPORTED], already=counts[ALREADY], refused=refused))
        left = len(self.asked) - len(outcomes)
        if left > 0:
            self.summary.setText(self.summary.text() + " " + (translate(
                "interview_import", "Cancelled before 1 file; it was not imported.") if left == 1
                else translate("interview_import", "Cancelled before {n} files; they were not "
                                                   "imported.").format(n=left)))
        set_role(self.summary, "error" if refused or left > 0 else "ok")
        if counts[IMPORTED]:
            self.imported.emit()

    def row_texts(self) -> list[list[str]]:
        """Per file as shown: its name, its result, then every problem (and warning) of it."""
        return [_row(outcome) for outcome in self.outcomes or []]


def _row(outcome: FileOutcome) -> list[str]:
    if outcome.status == IMPORTED:
        text = translate("interview_import", "imported")
    elif outcome.status == ALREADY:
        text = translate("interview_import", "already present as interview {number}; not "
                                             "imported again").format(number=outcome.number)
    else:
        text = translate("interview_import", "refused; nothing of it was imported")
    # Under the file's own heading its name need not start every line.
    prefix = f"{outcome.path}:"
    lines = [line.removeprefix(prefix).strip() for line in
             [*outcome.problems, *([outcome.reason] if outcome.reason else []),
              *outcome.warnings]]
    return [outcome.path.name, text, *lines]


def _file_html(row: list[str]) -> str:
    name, result, *lines = (html.escape(part) for part in row)
    items = "".join(f"<li>{line}</li>" for line in lines)
    return f"<p><b>{name}</b>: {result}</p>" + (f"<ul>{items}</ul>" if items else "")
