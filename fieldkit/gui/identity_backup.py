"""Saving the project lead's secret key to a new file, for an offline backup (File menu of a
lead's store, and the window that shows a new master's public key).

The file is written by :func:`fieldkit.operations.identity_backup.save_store_identity` on the
store's thread, exactly as ``fieldkit store identity --out FILE`` writes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fieldkit.operations.identity_backup import save_store_identity

from .i18n import translate
from .page_parts import user_message
from .writer import Writer


def warning_text() -> str:
    return translate("identity_backup", "Whoever holds this file can open every sealed "
                                        "interview, so keep it on offline media (a USB stick or "
                                        "paper) locked away, not on this laptop.")


def ask_path(parent: QWidget | None) -> str:
    """Where to save the key (Qt's own dialog, so no recent-files list records it); '' if
    cancelled."""
    dialog = QFileDialog(parent, translate("identity_backup", "Save the project's secret key"),
                         str(Path.home() / "fieldkit-lead-identity.txt"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # an existing file is refused
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, translate("identity_backup", "New file:"))
    dialog.setToolTip(warning_text())
    return dialog.selectedFiles()[0] if dialog.exec() else ""


def _result_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str,
                text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("identity_backup_result")
    box.open()
    return box


def save_backup(parent: QWidget | None, writer: Writer, store: Any,
                path: str | None = None) -> None:
    """Warn, ask where (unless ``path`` is given), write on the store's thread, and say where the
    file went or, in one sentence, why not."""
    if path is None:
        answer = QMessageBox.warning(
            parent, translate("identity_backup", "The project's secret key"),
            warning_text(), QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        path = ask_path(parent)
        if not path:
            return

    def done(written: Path) -> None:
        _result_box(parent, QMessageBox.Icon.Information,
                    translate("identity_backup", "Secret key saved"),
                    translate("identity_backup", "The project's secret key was written to {path}. "
                                                 "Move it to offline media and keep it apart from "
                                                 "the store's passphrase.").format(path=written))

    def failed(exc: Exception) -> None:
        _result_box(parent, QMessageBox.Icon.Warning,
                    translate("identity_backup", "Secret key not saved"), user_message(exc))

    writer.submit(save_store_identity, store, path, on_done=done, on_error=failed)
