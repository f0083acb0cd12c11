"""The lead's Outputs screen: export data files and make PDF reports, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .candidates_dialog import CandidatesDialog
from .i18n import translate
from .jobs import Job, JobPanel
from .lead_agreement import AgreementBox
from .lead_output_work import (
    OutputRefused,
    OutputRequest,
    export_files,
    interview_choices,
    make_report,
    read_for,
    record_outcome,
)
from .page_parts import FlowRow, label, set_role
from .refusal_dialog import RefusalDialog
from .writer import Writer

FORMATS = (("csv", QT_TRANSLATE_NOOP("lead_outputs", "CSV with codebook")),
           ("dta", QT_TRANSLATE_NOOP("lead_outputs", "Stata .dta")),
           ("sav", QT_TRANSLATE_NOOP("lead_outputs", "SPSS .sav")),
           ("graphml", QT_TRANSLATE_NOOP("lead_outputs", "GraphML network")))
REPORTS = (("study", QT_TRANSLATE_NOOP("lead_outputs", "Study summary (PDF)")),
           ("interview", QT_TRANSLATE_NOOP("lead_outputs", "Interview summary (PDF)")),
           ("coding", QT_TRANSLATE_NOOP("lead_outputs", "Coding report (PDF)")),
           ("anonymisation", QT_TRANSLATE_NOOP("lead_outputs", "Anonymisation report (PDF)")),
           ("qdpx", QT_TRANSLATE_NOOP("lead_outputs", "REFI-QDA project (.qdpx)")))
IDENTIFIED_WARNING = QT_TRANSLATE_NOOP("lead_outputs", "Identified data name people. Keep them "
                                                       "within the team, on encrypted disks, and "
                                                       "never share them.")


def path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def right_aligned(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


class OutputsPage(QWidget):
    """Export data (anonymised by default) and reports from the open (lead's) store."""

    screen_name = "outputs"
    back = Signal()
    finished = Signal(object)  # what the last job wrote (list of names, or a path)

    def __init__(self, writer: Writer, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer, self.store = writer, store
        # How an override reason is asked for below k; tests answer here instead of a dialog.
        self.ask_override: Callable[[str], str | None] = self._ask_override
        # How undecided candidates are decided; tests answer here instead of a dialog.
        self.ask_decisions: Callable[[list[Any]], list[dict[str, str]] | None] = \
            self._ask_decisions
        self._retry: Callable[[str | None], Any] | None = None
        self._override: str | None = None
        self._wanted: str | None = None
        self._build()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Re-read the protocols and interviews (a merge may have brought new ones)."""
        self.writer.submit(interview_choices, self.store, on_done=self._choices)
        self.agreement.reload()

    def _build(self) -> None:
        home = QPushButton(translate("lead_outputs", "← Ho&me"))
        home.clicked.connect(self.back)
        top = QHBoxLayout()
        top.addWidget(label(translate("lead_outputs", "Outputs"), "title"), 1)
        top.addWidget(home)
        self.protocol = QComboBox()
        # ---- export --------------------------------------------------------------------------
        self.formats = {name: QCheckBox(translate("lead_outputs", text)) for name, text in FORMATS}
        formats_row = FlowRow()  # wraps where a language's names are longer than the room
        for check in self.formats.values():
            check.setChecked(True)
            formats_row.addWidget(check)
        self.plan = QLineEdit()
        self.plan.setPlaceholderText(translate(
            "lead_outputs", "Optional (default: the protocol's own)"))
        self.plan.setToolTip(translate("lead_outputs", "Without a plan, the one the protocol's "
                                                       "disclosure classes imply is used."))
        plan_button = QPushButton(translate("lead_outputs", "Choose &plan…"))
        plan_button.clicked.connect(self.choose_plan)
        self.identified = QCheckBox(translate("lead_outputs", "&Identified data (team only)"))
        self.warning = label(translate("lead_outputs", IDENTIFIED_WARNING), "error")
        self.warning.hide()
        self.identified.toggled.connect(self.warning.setVisible)
        self.export_folder = QLineEdit()
        self.export_folder.setPlaceholderText(translate("lead_outputs", "A new or empty folder"))
        folder_button = QPushButton(translate("lead_outputs", "Choose f&older…"))
        folder_button.clicked.connect(self.choose_export_folder)
        self.export_button = QPushButton(translate("lead_outputs", "&Export data"))
        self.export_button.setProperty("role", "primary")
        self.export_button.clicked.connect(lambda: self.export())
        data_form = QFormLayout()
        data_form.addRow(translate("lead_outputs", "Formats"), formats_row)
        data_form.addRow(translate("lead_outputs", "Anonymisation plan"),
                         path_row(self.plan, plan_button))
        data_form.addRow(translate("lead_outputs", "Write to"),
                         path_row(self.export_folder, folder_button))
        data_form.addRow(self.identified)  # the whole width: long in some languages
        data_form.addRow("", self.warning)
        data_box = QGroupBox(translate("lead_outputs", "Export data"))
        data_box.setStyleSheet("QGroupBox { font-weight: bold; }")
        data_layout = QVBoxLayout(data_box)
        data_layout.addLayout(data_form)
        data_layout.addLayout(right_aligned(self.export_button))
        # ---- reports -------------------------------------------------------------------------
        self.kind = QComboBox()
        for name, text in REPORTS:
            self.kind.addItem(translate("lead_outputs", text), name)
        self.interview = QComboBox()
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(translate("lead_outputs", "Letter"), "letter")
        self.report_identified = QCheckBox(translate(
            "lead_outputs", "Identified (team o&nly; every page says so)"))
        self.report_file = QLineEdit()
        self.report_file.setPlaceholderText(translate("lead_outputs", "The PDF to write"))
        file_button = QPushButton(translate("lead_outputs", "Choose the P&DF…"))
        file_button.clicked.connect(self.choose_report_file)
        self.report_button = QPushButton(translate("lead_outputs", "Ma&ke report"))
        self.report_button.setProperty("role", "primary")
        self.report_button.clicked.connect(lambda: self.report())
        report_form = QFormLayout()
        report_form.addRow(translate("lead_outputs", "Report"), self.kind)
        report_form.addRow(translate("lead_outputs", "Interview"), self.interview)
        report_form.addRow(translate("lead_outputs", "Paper"), self.paper)
        report_form.addRow(translate("lead_outputs", "Write to"),
                           path_row(self.report_file, file_button))
        report_form.addRow(self.report_identified)
        report_box = QGroupBox(translate("lead_outputs", "Reports"))
        report_box.setStyleSheet(data_box.styleSheet())
        report_layout = QVBoxLayout(report_box)
        report_layout.addLayout(report_form)
        report_layout.addLayout(right_aligned(self.report_button))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.panel = JobPanel()
        columns = QHBoxLayout()
        columns.addWidget(data_box, 1)
        columns.addWidget(report_box, 1)
        proto_row = QHBoxLayout()
        proto_label = label(translate("lead_outputs", "Pro&tocol"), wrap=False)
        proto_label.setBuddy(self.protocol)
        proto_row.addWidget(proto_label)
        proto_row.addWidget(self.protocol, 1)
        proto_row.addStretch(2)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 14)
        box.addLayout(top)
        box.addWidget(label(translate("lead_outputs", "Outputs are anonymised through the plan "
                                                      "unless you choose identified data. Only "
                                                      "readable interviews of the chosen protocol "
                                                      "are included (sealed ones become readable "
                                                      "once merged)."), "hint"))
        box.addLayout(proto_row)
        box.addLayout(columns)
        self.agreement = AgreementBox(self.writer, self.store, self.protocol)
        self.agreement.setStyleSheet(data_box.styleSheet())
        box.addWidget(self.agreement)
        box.addWidget(self.panel)
        box.addStretch(1)
        self._kind_changed()

    def _choices(self, result: tuple[list[str], list[tuple[str, str]]]) -> None:
        protocols, interviews = result
        chosen_protocol, chosen = self.protocol.currentText(), self.interview.currentData()
        self.protocol.clear()
        self.protocol.addItems(protocols)
        self.protocol.setCurrentIndex(max(0, self.protocol.findText(chosen_protocol)))
        self.interview.clear()
        for text, number in interviews:
            self.interview.addItem(text, number)
        if self._wanted or chosen is not None:
            self.select_interview(self._wanted or chosen)
        self._kind_changed()

    def _kind_changed(self, *_: Any) -> None:
        kind = self.kind.currentData()
        self.interview.setEnabled(kind == "interview" and self.interview.count() > 0)
        self.paper.setEnabled(kind != "qdpx")  # a project, not pages
        self.report_identified.setEnabled(kind != "anonymisation")

    def select_interview(self, number: int | str) -> None:
        self._wanted = str(number)  # kept for when the list is (re)loaded
        index = self.interview.findData(str(number))
        if index >= 0:
            self.interview.setCurrentIndex(index)

    # ---- choosing paths ---------------------------------------------------------------------
    def choose_plan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("lead_outputs", "Anonymisation plan"),
                                              "", translate("lead_outputs", "Plans (*.yaml *.yml)"))
        if path:
            self.plan.setText(path)

    def choose_export_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, translate("lead_outputs",
                                                                "Folder for the export"))
        if path:
            self.export_folder.setText(path)

    def choose_report_file(self) -> None:
        suffix = ".qdpx" if self.kind.currentData() == "qdpx" else ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, translate("lead_outputs", "Report"), "",
                                              f"{suffix[1:].upper()} (*{suffix})")
        if path:
            self.report_file.setText(path if path.endswith(suffix) else f"{path}{suffix}")

    # ---- running ----------------------------------------------------------------------------
    def _request(self, what: str, identified: bool, override: str | None) -> OutputRequest:
        plan = self.plan.text().strip()
        return OutputRequest(what, self.protocol.currentText() or None, identified,
                             Path(plan) if plan and not identified else None, override)

    def _refuse(self, text: str) -> None:
        self.panel.show_error(text)

    def export(self, override: str | None = None) -> Job | None:
        formats = [name for name, box in self.formats.items() if box.isChecked()]
        folder = self.export_folder.text().strip()
        if not formats or not folder:
            self._refuse(translate("lead_outputs", "Choose at least one format and a folder to "
                                                   "write to."))
            return None
        request = self._request("export", self.identified.isChecked(), override)
        out = Path(folder)
        job = Job(translate("lead_outputs", "Exporting data"), self)
        job.succeeded.connect(lambda result: self._done(
            (translate("lead_outputs", "Wrote {files} to {folder} (IDENTIFIED data).")
             if request.identified else translate("lead_outputs", "Wrote {files} to {folder}."))
            .format(files=translate("lead_outputs", "1 file") if len(result[1]) == 1 else
                    translate("lead_outputs", "{n} files").format(n=len(result[1])), folder=out),
            out, [p.name for p in result[1]]))
        self._retry, self._override = self.export, override
        return self._run(job, request,
                         lambda j, study: export_files(study, request, out, formats, j))

    def report(self, override: str | None = None) -> Job | None:
        kind = self.kind.currentData()
        target = self.report_file.text().strip()
        if not target:
            self._refuse(translate("lead_outputs", "Choose the PDF file to write."))
            return None
        out = Path(target)
        identified = self.report_identified.isChecked() and kind != "anonymisation"
        request = self._request(kind, identified, override)
        interview = self.interview.currentData() if kind == "interview" else None
        paper = self.paper.currentData()
        job = Job(translate("lead_outputs", "Making the report"), self)
        job.succeeded.connect(lambda result: self._done(
            translate("lead_outputs", "Wrote {file}.").format(file=result[1][0].name),
            result[1][0].parent,
            str(result[1][0])))
        self._retry, self._override = self.report, override
        return self._run(job, request,
                         lambda j, study: make_report(study, request, out, j,
                                                      interview=interview, paper=paper))

    def _run(self, job: Job, request: OutputRequest, then: Any) -> Job | None:
        if self.panel.busy:
            return None
        read: dict[str, Any] = {}

        def on_store(j: Job) -> Any:
            read["study"] = read_for(self.store, request, j)
            return read["study"]

        # The outcome is recorded in the store whatever happens: written, or refused.
        job.succeeded.connect(lambda result: self.writer.submit(
            record_outcome, self.store, result, request))
        job.failed.connect(lambda exc: isinstance(exc, OutputRefused) and self.writer.submit(
            record_outcome, self.store, read.get("study"), request, exc))
        job.failed.connect(self._failed)
        for b in (self.export_button, self.report_button):
            b.setEnabled(False)
        for signal in (job.succeeded, job.failed, job.was_cancelled):
            signal.connect(self._enable)
        self.panel.run(job, self.writer, on_store, then)
        return job

    def _enable(self, *_: Any) -> None:
        for b in (self.export_button, self.report_button):
            b.setEnabled(True)

    def _done(self, text: str, folder: Path, what: Any) -> None:
        self.panel.show_done(text, folder)
        set_role(self.panel.message, "ok")
        self.finished.emit(what)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, OutputRefused) or self._retry is None:
            return
        retry, override = self._retry, self._override
        if exc.candidates:
            decided = self.ask_decisions(exc.candidates)
            if decided:
                # Saved first, on the writer; the output is tried again once they are kept.
                self.writer.submit(self.store.record_decisions, decided, "lead",
                                   on_done=lambda _n: retry(override))
        elif exc.can_override:
            reason = self.ask_override(str(exc)[:1].upper() + str(exc)[1:] + ".")
            if reason:
                retry(reason)

    def _ask_decisions(self, candidates: list[Any]) -> list[dict[str, str]] | None:
        dialog = CandidatesDialog(candidates, self)
        if dialog.exec() != CandidatesDialog.DialogCode.Accepted:
            return None
        return dialog.decisions() or None

    def _ask_override(self, text: str) -> str | None:
        """One dialog: why the output was refused, and the reason to write it anyway."""
        dialog = RefusalDialog(text, self)
        screen = self.screen().availableGeometry()
        dialog.fit(screen.width(), screen.height())
        return dialog.ask()
