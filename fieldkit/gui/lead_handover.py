"""Hand over to the lead: write a session file to a chosen folder (a USB stick), then offer the purge."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError

from .i18n import translate
from .jobs import Job, JobPanel
from .page_parts import label, set_role, user_message
from .writer import Writer


@dataclass(frozen=True)
class Pending:
    """What a hand-over would carry now, and the key the lead will be asked to accept."""

    interviews: int
    sealed: int
    withdrawals: int
    drafts: int
    fingerprint: str
    last_sequence: int | None


def fingerprint(public_key_hex: str) -> str:
    """A signing key as the lead and the interviewer read it aloud to each other: groups of 4."""
    key = public_key_hex.lower()
    return " ".join(key[i:i + 4] for i in range(0, len(key), 4))


def interviews_text(n: int) -> str:
    """"1 interview", "2 interviews" in the app's language."""
    return (translate("lead_handover", "1 interview") if n == 1
            else translate("lead_handover", "{n} interviews").format(n=n))


def finished_text(n: int) -> str:
    return (translate("lead_handover", "1 finished interview") if n == 1
            else translate("lead_handover", "{n} finished interviews").format(n=n))


def withdrawals_text(n: int) -> str:
    return (translate("lead_handover", "1 withdrawal") if n == 1
            else translate("lead_handover", "{n} withdrawals").format(n=n))


def read_pending(store: Any) -> Pending:
    """Runs on the writer thread."""
    from fieldkit.exchange import pending

    interviews, tombs = pending(store)
    drafts = sum(1 for iv in store.interviews() if iv.status not in ("completed", "withdrawn"))
    last = store.exchange.last_export()
    return Pending(len(interviews), sum(1 for iv in interviews if iv.sealed), len(tombs), drafts,
                   fingerprint(store.signing_key.public_key.hex()), last[0] if last else None)


class HandOverDialog(QDialog):
    """Export what is not yet handed over; show what the file holds; offer to purge after."""

    def __init__(self, writer: Writer, store: Any, folder: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.writer, self.store = writer, store
        self.result_info: Any = None
        self.purged: int | None = None
        self.pending: Pending | None = None
        self.setWindowTitle(translate("lead_handover", "Hand over to the lead"))
        self.setMinimumSize(700, 440)
        self.summary = label(translate("lead_handover", "Reading what is ready to hand over…"))
        self.key = label("", "hint")
        self.folder = QLineEdit(folder)
        self.folder.setPlaceholderText(translate(
            "lead_handover", "A folder, for instance on a USB stick"))
        browse = QPushButton(translate("lead_handover", "&Choose folder…"))
        browse.clicked.connect(self.choose_folder)
        folder_label = label(translate("lead_handover", "&Folder to write the session file to"),
                             wrap=False)
        folder_label.setBuddy(self.folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.export_button = QPushButton(translate("lead_handover", "&Write session file"))
        self.export_button.setProperty("role", "primary")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.panel = JobPanel()
        self.outcome = label("")
        self.purge_button = QPushButton(translate(
            "lead_handover", "&Remove handed-over interviews from this computer…"))
        self.purge_button.hide()
        self.purge_button.clicked.connect(self.ask_purge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(label(translate("lead_handover", "Hand over to the lead"), "title"))
        box.addWidget(self.summary)
        box.addWidget(self.key)
        box.addWidget(folder_label)
        box.addLayout(row)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        box.addLayout(export_row)
        box.addWidget(self.panel)
        box.addWidget(self.outcome)
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.purge_button)
        purge_row.addStretch(1)
        box.addLayout(purge_row)
        box.addStretch(1)
        box.addWidget(buttons)
        self.writer.submit(read_pending, store, on_done=self._pending, on_error=self._error)

    def _pending(self, info: Pending) -> None:
        self.pending = info
        ready = info.interviews + info.withdrawals
        since = translate("lead_handover", " since session file {n}").format(
            n=info.last_sequence) if info.last_sequence else ""
        if ready:
            text = translate("lead_handover", "Ready to hand over{since}: {interviews} "
                                              "({sealed} sealed) and {withdrawals}.").format(
                since=since, interviews=finished_text(info.interviews), sealed=info.sealed,
                withdrawals=withdrawals_text(info.withdrawals))
        else:
            text = (translate("lead_handover", "There is nothing new to hand over{since}.")
                    .format(since=since))
        if info.drafts:
            text += " " + (translate("lead_handover", "1 unfinished interview stays on this "
                                                      "computer.") if info.drafts == 1
                           else translate("lead_handover", "{n} unfinished interviews stay on "
                                                           "this computer.").format(n=info.drafts))
        self.summary.setText(text)
        self.key.setText(translate("lead_handover", "This computer's signing key, which the lead "
                                                    "checks with you the first time: "
                                                    "{fingerprint}").format(
                                                        fingerprint=info.fingerprint))
        self.export_button.setEnabled(bool(ready))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("lead_handover", "Folder for the session file"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        from fieldkit.exchange import export_session

        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        if folder is None or not folder.is_dir():
            self._error(FieldkitError(translate(
                "lead_handover", "choose an existing folder to write the session file to")))
            return
        self.export_button.setEnabled(False)
        self.outcome.setText("")
        job = Job(translate("lead_handover", "Writing the session file"), self)
        job.succeeded.connect(self._exported)
        job.failed.connect(lambda _e: self.export_button.setEnabled(True))
        self.panel.run(job, self.writer, lambda _job: export_session(self.store, folder))

    def _exported(self, result: Any) -> None:
        self.result_info = result
        sealed = self.pending.sealed if self.pending else 0
        self.panel.show_done(translate("lead_handover", "Wrote {file} (session file {n}).").format(
                                 file=result.path.name, n=result.sequence),
                             result.path.parent)
        self.outcome.setText(
            translate("lead_handover", "It holds {interviews} ({sealed} sealed) and "
                                       "{withdrawals}, readable only by the lead. Give it to the "
                                       "lead; keep it safe until the lead has merged it.").format(
                interviews=interviews_text(len(result.interviews)), sealed=sealed,
                withdrawals=withdrawals_text(len(result.tombstones))))
        self.purge_button.setVisible(bool(result.interviews))
        self.writer.submit(read_pending, self.store, on_done=self._pending, on_error=self._error)
        self.adjustSize()

    def ask_purge(self) -> None:
        count = len(self.result_info.interviews) if self.result_info else 0
        answer = QMessageBox.warning(
            self, translate("lead_handover", "Remove from this computer?"),
            (translate("lead_handover", "Remove the handed-over interview from this computer?")
             if count == 1 else translate("lead_handover", "Remove the {n} handed-over "
                                                           "interviews from this computer?")
             ).format(n=count) + "\n\n" + translate(
                "lead_handover", "They can then only be read from the session file by the lead. "
                                 "Do this only once the file is safely copied (travel with "
                                 "nothing on board)."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.purge()

    def purge(self) -> None:
        from fieldkit.exchange import purge_handed_over

        self.purge_button.setEnabled(False)
        self.writer.submit(purge_handed_over, self.store, on_done=self._purged,
                           on_error=self._error)

    def _purged(self, count: int) -> None:
        self.purged = count
        self.purge_button.hide()
        self.outcome.setText(translate("lead_handover", "Removed {interviews} from this "
                                                        "computer.").format(
                                                            interviews=interviews_text(count)))
        set_role(self.outcome, "ok")

    def _error(self, exc: BaseException) -> None:
        self.outcome.setText(user_message(exc))
        set_role(self.outcome, "error")
