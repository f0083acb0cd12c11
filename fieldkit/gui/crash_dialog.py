"""The app's side of crash reports: hooks for Python and Qt, and the dialog naming the report."""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit import diagnostics

from .i18n import translate

REPORTED = (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


class CrashDialog(QDialog):
    """What happened, where the report is, and a button copying its path."""

    def __init__(self, kind: str, report: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("crash_dialog", "fieldkit: internal error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        head = QLabel(translate("crash_dialog", "Something went wrong inside fieldkit ({error}). "
                                                "It is a fault in the program, not in what you "
                                                "entered; answers already given are "
                                                "saved.").format(error=kind))
        head.setWordWrap(True)
        layout.addWidget(head)
        if report is None:
            body = QLabel(translate("crash_dialog", "No report could be written (is the disk "
                                                    "full?). Please tell the project's maintainers "
                                                    "what you were doing."))
        else:
            body = QLabel(translate("crash_dialog", "A report holding no interview content "
                                                    "(versions and places in the program's code "
                                                    "only) was written here. Please send it to the "
                                                    "project's maintainers:"))
        body.setWordWrap(True)
        layout.addWidget(body)
        self.path = QLineEdit(str(report) if report else "")
        self.path.setReadOnly(True)
        self.path.setVisible(report is not None)
        layout.addWidget(self.path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = QPushButton(translate("crash_dialog", "Copy path"))
        self.copy.setVisible(report is not None)
        self.copy.clicked.connect(self.copy_path)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def copy_path(self) -> None:
        QApplication.clipboard().setText(self.path.text())
        self.copy.setText(translate("crash_dialog", "Copied"))


class CrashReporter(QObject):
    """Takes reports from any thread and shows one dialog at a time on the UI thread."""

    crashed = Signal(str, object)

    def __init__(self) -> None:
        super().__init__()
        self.dialog: CrashDialog | None = None
        self.reports: list[Path | None] = []
        self.crashed.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def tell(self, exc: BaseException, report: Path | None) -> None:
        self.reports.append(report)
        self.crashed.emit(type(exc).__name__, report)

    def show(self, kind: str, report: Path | None) -> None:
        if self.dialog is not None:
            return  # one at a time: the first report is the one that matters
        self.dialog = CrashDialog(kind, report, QApplication.activeWindow())
        self.dialog.destroyed.connect(self._closed)
        self.dialog.show()

    def _closed(self) -> None:
        self.dialog = None

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's messages go to stderr as before; critical and fatal ones also make a report."""
        sys.stderr.write(f"{message}\n")
        if kind not in REPORTED:
            return
        where = (f"  {context.file or '?'}:{context.line} in {context.function or '?'}"
                 f" (category {context.category or 'default'})")
        label = "fatal" if kind == QtMsgType.QtFatalMsg else "critical"
        try:
            report = diagnostics.write_report(diagnostics.report_text(
                f"app: a {label} Qt message", None, None, None,
                [f"qt message: {label}", "qt location:", where]))
        except OSError:
            report = None
        self.reports.append(report)
        if kind != QtMsgType.QtFatalMsg:
            self.crashed.emit(f"Qt {label} message", report)


_reporter: CrashReporter | None = None


def install_crash_reports() -> CrashReporter:
    """Hooks for the app (once per process): Python's, threads', faulthandler and Qt's."""
    global _reporter
    if _reporter is None:
        diagnostics.add_version("qt", qVersion())
        diagnostics.add_version("pyside6", PySide6.__version__)
        _reporter = CrashReporter()
        diagnostics.install("app", _reporter.tell)
        qInstallMessageHandler(_reporter.qt_message)
    return _reporter
