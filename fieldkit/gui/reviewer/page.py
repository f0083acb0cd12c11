"""The reviewer page: an export folder's integrity, variables, risk, texts, names and decision."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from fieldkit.exports.review import ExportFolder

from ..i18n import translate
from ..page_parts import label
from .decision import DecisionPane
from .panes import NamesPane, VariablesPane, risk_pane
from .texts import RedactedTexts


class ReviewerPage(QWidget):
    """Read-only view of one export folder; ``closed`` when the reviewer leaves it."""

    closed = Signal()
    screen_name = "review"  # what MainWindow.current_screen reports

    def __init__(self, export: ExportFolder, parent: QWidget | None = None):
        super().__init__(parent)
        self.export = export
        record = export.anonymisation
        protocol = export.manifest.get("protocol") or {}
        title = label(translate("reviewer", "Review of the export “{name}”").format(
            name=export.path.name), "title")
        plan = str(export.manifest.get("plan_hash") or "")[:16] or translate("reviewer", "none")
        facts = label(translate("reviewer", "Protocol {id} version {version} · plan {plan} · "
                                            "{folder}").format(
            id=protocol.get("id", "?"), version=protocol.get("version", "?"), plan=plan,
            folder=export.path), "hint")
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.integrity = label(export.integrity_text(), "ok" if export.intact else "error")
        self.integrity.setAccessibleName(translate("reviewer", "Integrity of the export's files"))
        self.close_button = QPushButton(translate("reviewer", "&Close review"))
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 12, 20, 12)
        box.setSpacing(6)
        box.addLayout(head)
        box.addWidget(facts)
        box.addWidget(self.integrity)
        if export.identified:
            warning = label(translate("reviewer", "This export holds IDENTIFIED data (no "
                                                  "anonymisation record): it is for the team only "
                                                  "and cannot be approved for sharing."), "error")
            box.addWidget(warning)
        self.variables = VariablesPane(record, export.codebook)
        self.texts = RedactedTexts((record or {}).get("redacted_texts") or [])
        self.names = NamesPane((record or {}).get("residual_names") or [])
        self.decision = DecisionPane(export)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.variables, translate("reviewer", "&Variables ({n})").format(
            n=self.variables.table.rowCount()))
        self.tabs.addTab(risk_pane(record), translate("reviewer", "&Risk"))
        self.tabs.addTab(self.texts, translate(
            "reviewer", "Redacted &texts ({n})").format(n=len(self.texts.texts)))
        self.tabs.addTab(self.names, translate("reviewer", "&Names to check ({n})").format(
            n=self.names.table.rowCount()))
        self.tabs.addTab(self.decision, translate("reviewer", "&Decision"))
        box.addWidget(self.tabs, 1)
        self.names.find_requested.connect(self.show_in_texts)
        self.close_button.clicked.connect(self.closed.emit)
        QShortcut(QKeySequence("Ctrl+W"), self, self.closed.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusProxy(self.tabs)

    def show_in_texts(self, candidate: str) -> None:
        self.texts.set_filter(candidate)
        self.tabs.setCurrentWidget(self.texts)
        self.texts.search.setFocus(Qt.FocusReason.OtherFocusReason)
