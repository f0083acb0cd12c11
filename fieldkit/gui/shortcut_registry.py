"""Every key bound where the interviewer is now, and the clashes among them.

Qt resolves a key bound twice in one context by doing nothing ("ambiguous shortcut"), and an
Alt+letter shared by two buttons, or by a button and a menu title, only moves the focus back
and forth. The registry reads the live window: the menu bar's titles, the window's actions,
and the shortcuts and Alt+letter mnemonics of the screen showing, so nothing can clash unseen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QWidget

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
NATIVE = QKeySequence.SequenceFormat.PortableText


@dataclass(frozen=True)
class Binding:
    keys: str  # "Alt+F", "Ctrl+Shift+L"
    what: str
    where: str  # "menu bar", "window", or the screen's widget holding it
    source: int  # id() of the object that owns it: one object may bind a key only once


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(".…")


def mnemonic(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return f"Alt+{match.group(1).upper()}" if match else None


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def bindings(window: QMainWindow, screen: QWidget | None = None) -> list[Binding]:
    """The keys live on ``screen`` (default: the screen showing) of ``window``."""
    out: list[Binding] = []
    for action in window.menuBar().actions():
        key = mnemonic(action.text())
        if key and action.isVisible():
            out.append(Binding(key, f"{plain(action.text())} menu", "menu bar", id(action)))
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut or (
                action.shortcutContext() == Qt.ShortcutContext.WindowShortcut):
            for seq in action.shortcuts():
                out.append(Binding(seq.toString(NATIVE), plain(action.text()), "window",
                                   id(action)))
    root = screen if screen is not None else _current_screen(window)
    if root is None:
        return out
    for shortcut in root.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and not _shown(parent, root):
            continue
        what = shortcut.whatsThis() or shortcut.objectName().replace("_", " ")
        for seq in shortcut.keys():  # noqa: SIM118 - a Qt method, not a dict
            out.append(Binding(seq.toString(NATIVE), what, type(parent).__name__,
                               id(shortcut)))
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        key = mnemonic(widget.text())
        if key:
            out.append(Binding(key, plain(widget.text()), widget.objectName()
                               or type(widget).__name__, id(widget)))
    return out


def _current_screen(window: QMainWindow) -> QWidget | None:
    stack = getattr(window, "stack", None)
    return stack.currentWidget() if stack is not None else window.centralWidget()


def clashes(window: QMainWindow, screen: QWidget | None = None) -> list[str]:
    """One sentence per key that two different things claim on the screen showing."""
    by_key: dict[str, list[Binding]] = {}
    for binding in bindings(window, screen):
        by_key.setdefault(binding.keys.upper(), []).append(binding)
    out = []
    for key, claims in sorted(by_key.items()):
        owners = {b.source for b in claims}
        if len(owners) > 1:
            listed = "; ".join(f"{b.what} ({b.where})" for b in claims)
            out.append(f"{key}: {listed}")
    return out
