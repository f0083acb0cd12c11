"""The interview screen's keys, in one table the help panel and the screen both read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from fieldkit.protocol.model import Special

from .interview_overview import OVERVIEW_KEYS
from .name_marking import MARK_NAME_KEYS, mark_selected_name
from .soft_check import CONFIRM_KEYS

# (keys, what they do), for the help panel; bind_keys below binds the screen's own keys.
SHORTCUTS: list[tuple[str, str]] = [
    ("Alt+Right, Ctrl+PageDown", "Next question (records what was typed)"),
    ("Alt+Left, Ctrl+PageUp", "Previous question"),
    ("PageDown / PageUp", "Scroll the notes or page through a list (never changes the question)"),
    ("Enter", "Record a one-line answer (or the focused choice) and go on"),
    ("1 … 9", "Pick the n-th choice of a list or scale"),
    ("Y / O / N", "Yes (Oui) / No on a yes-no question"),
    ("Space", "Pick or tick the focused choice"),
    ("Delete", "Clear the answer (choices, dates); remove the person in the people table"),
    ("Escape", "Undo the typing not yet saved; close the quote or note line"),
    ("Ctrl+R", "Refused (where the question allows it)"),
    ("Ctrl+D", "Don't know (where the question allows it)"),
    ("Ctrl+Shift+N", "Not applicable (where the question allows it)"),
    (CONFIRM_KEYS, "Confirmed: the respondent confirmed an unusual answer (the warning goes)"),
    ("Ctrl+Q, F9", "Mark a quote: the selected notes or a typed line, stamped with the time"),
    ("Ctrl+N", "Add a note to this question"),
    ("Ctrl+M", "Mark the selected text as a person's name (redacted in every output)"),
    ("Ctrl+P", "Pause or resume the interview clock"),
    ("Ctrl+Shift+L", "Switch the interview language"),
    ("Ctrl+1 … Ctrl+9", "Go to section 1 … 9"),
    ("Ctrl+J", "Go to the question list (arrows, then Enter to jump)"),
    (OVERVIEW_KEYS, "Overview: every question with its answer (arrows, Enter goes there, "
                    "Esc back)"),
    ("Ctrl+Enter", "Finish: review what is missing"),
    ("Ctrl+W", "Leave to the home screen (the clock pauses)"),
    ("Down (in the name filter)", "Into the list of names; Enter adds the highlighted person"),
    ("Shift+Enter (in the name filter)", "Add the typed name as someone not on the list"),
    ("Enter; 1 … 9, Y / N (people table)",
     "Record the cell and go down to the same question for the next person"),
    ("Tab / Shift+Tab (people table)", "Next or previous cell asked (right, left)"),
    ("Alt+Up / Alt+Down (people table)", "Move the person up or down"),
    ("Backspace (people table)", "Clear the answer in the current cell"),
]


def bind_keys(screen: Any) -> None:
    """Bind the keys of ``SHORTCUTS`` on the interview screen, named for the help panel."""
    bindings: list[tuple[str, str, Callable[[], Any]]] = [
        ("Alt+Right", "next question", lambda: screen.go("next")),
        ("Ctrl+PgDown", "next question", lambda: screen.go("next")),
        ("Alt+Left", "previous question", lambda: screen.go("previous")),
        ("Ctrl+PgUp", "previous question", lambda: screen.go("previous")),
        ("Ctrl+R", "refused", lambda: screen.special(Special.refused)),
        ("Ctrl+D", "don't know", lambda: screen.special(Special.dont_know)),
        ("Ctrl+Shift+N", "not applicable", lambda: screen.special(Special.not_applicable)),
        (CONFIRM_KEYS, "confirm an unusual answer", screen.confirm_soft),
        ("Ctrl+Q", "mark a quote", screen.mark_quote),
        ("F9", "mark a quote", screen.mark_quote),
        ("Ctrl+N", "add a note", screen.add_note),
        (MARK_NAME_KEYS, "mark the selected text as a name", lambda: mark_selected_name(screen)),
        ("Ctrl+P", "pause or resume", screen.toggle_pause),
        ("Ctrl+Shift+L", "switch language", screen.next_language),
        ("Ctrl+J", "go to the question list", screen.sections.setFocus),
        (OVERVIEW_KEYS, "overview of the answers", screen.show_overview),
        ("Ctrl+Return", "finish: review what is missing", screen.review),
        ("Ctrl+Enter", "finish: review what is missing", screen.review),
        ("Ctrl+W", "leave to home (pauses)", screen.leave),
        ("Escape", "undo unsaved typing / close the line", screen.escape),
    ]
    for n in range(1, 10):
        bindings.append((f"Ctrl+{n}", f"go to section {n}",
                         lambda n=n: screen.go_to_section(n)))
    for keys, what, slot in bindings:
        shortcut = QShortcut(QKeySequence(keys), screen, slot,
                             context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(what)
        shortcut.setAutoRepeat(False)
