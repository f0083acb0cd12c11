"""Ways into the reviewer mode: the File menu, the unlock and first-run pages, ``--review``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from fieldkit.errors import FieldkitError

from ..i18n import translate
from ..page_parts import user_message

MENU_TEXT = QT_TRANSLATE_NOOP("reviewer", "Open an export for &review…")
SHORTCUT = "Ctrl+Shift+O"


def add_menu_action(window: Any, menu: QMenu) -> None:
    """The File menu entry; like the data actions it is off while the window is locked."""
    action = window.add_action(menu, translate("reviewer", MENU_TEXT), SHORTCUT,
                            lambda: choose_and_open(window))
    window.review_action = action
    window.data_actions.append(action)


def connect_entry(window: Any) -> None:
    """Let the unlock or first-run page's review button open the reviewer."""
    signal = getattr(window.entry, "review_requested", None)
    if signal is not None:
        signal.connect(lambda: choose_and_open(window))


def choose_folder(window: Any) -> Path | None:
    # Qt's own dialog: the platform one may record the folder in a recent-files list.
    dialog = QFileDialog(window, translate("reviewer", "Open an export folder for review"),
                         str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    return Path(dialog.selectedFiles()[0]) if dialog.exec() else None


def choose_and_open(window: Any) -> None:
    folder = choose_folder(window)
    if folder is not None:
        open_review(window, folder)


def open_review(window: Any, folder: Path) -> Any:
    """Show the reviewer for ``folder``; a folder that is not an export gets a message box."""
    from fieldkit.exports.review import open_export

    from .page import ReviewerPage

    if window.locked:
        return None
    try:
        export = open_export(folder)
    except FieldkitError as exc:
        # Window-modal but not blocking: the event loop (and auto-lock) keeps running.
        box = QMessageBox(QMessageBox.Icon.Warning, translate("reviewer", "Not an export folder"),
                          user_message(exc), QMessageBox.StandardButton.Ok, window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        window.review_message = box
        return None
    close_review(window)
    page = ReviewerPage(export)
    window.review_page, window.review_return = page, window.stack.currentWidget()
    page.closed.connect(lambda: close_review(window))
    window.stack.addWidget(page)
    window.show_screen(page)
    return page


def close_review(window: Any) -> None:
    page = window.review_page
    if page is None:
        return
    back = window.review_return
    window.review_page = window.review_return = None
    if back is None or window.stack.indexOf(back) < 0 or back is page:
        back = window.home if window.home is not None else window.entry
    if window.stack.indexOf(back) >= 0:
        window.show_screen(back)
    window.stack.removeWidget(page)
    page.deleteLater()
