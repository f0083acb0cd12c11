"""A dialog of the app's own that closes (a file chooser, a question) gives the keys back to
the window. With no window manager to do it (and on some that do not), the window stayed
inactive: the file chosen for merging was listed, and then Alt+M, or any shortcut, did
nothing. Runs offscreen and, in test_app_dialog_focus_xcb.py, on a real X server."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from .app_support import app_factory, make_store  # noqa: F401


def test_the_window_has_the_keys_again_after_a_file_chooser_closes(qtbot, tmp_path,
                                                                  app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    app.unlock()
    window = app.window
    assert QApplication.activeWindow() is window
    dialog = QFileDialog(window, "Session files to merge")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)

    def close_when_up() -> None:
        if QApplication.activeWindow() is dialog:
            dialog.reject()
        else:
            QTimer.singleShot(20, close_when_up)

    QTimer.singleShot(0, close_when_up)
    dialog.exec()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
