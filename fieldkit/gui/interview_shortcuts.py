"""The interview screen's keys, in one table the help panel and the screen both read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from fieldkit.protocol.model import Special

from .i18n import translate
from .interview_overview import OVERVIEW_KEYS
from .name_marking import MARK_NAME_KEYS, mark_selected_name
from .soft_check import CONFIRM_KEYS


class KeyedScreen(Protocol):
    """What the keys do on the interview screen (its public methods)."""

    def go(self, where: str) -> None: ...
    def special(self, kind: Special) -> None: ...
    def confirm_soft(self) -> None: ...
    def mark_quote(self) -> None: ...
    def add_note(self) -> None: ...
    def toggle_pause(self) -> None: ...
    def next_language(self) -> None: ...
    def focus_sections(self) -> None: ...
    def show_overview(self) -> None: ...
    def review(self) -> None: ...
    def leave(self) -> None: ...
    def escape(self) -> None: ...
    def go_to_section(self, number: int) -> None: ...

# (keys, what they do), for the help panel; bind_keys below binds the screen's own keys.
SHORTCUTS: list[tuple[object, object]] = [
    ("Alt+Right, Ctrl+PageDown",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Next question (records what was typed)")),
    ("Alt+Left, Ctrl+PageUp", QT_TRANSLATE_NOOP("interview_shortcuts", "Previous question")),
    ("PageDown / PageUp",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Scroll the notes or page through a list (never "
                                              "changes the question)")),
    ("Enter",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Record a one-line answer (or the focused choice) "
                                              "and go on")),
    ("1 … 9", QT_TRANSLATE_NOOP("interview_shortcuts", "Pick the n-th choice of a list or scale")),
    ("Y / O / N", QT_TRANSLATE_NOOP("interview_shortcuts", "Yes (Oui) / No on a yes-no question")),
    ("Space", QT_TRANSLATE_NOOP("interview_shortcuts", "Pick or tick the focused choice")),
    ("Delete",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Clear the answer (choices, dates); remove the "
                                              "person in the people table")),
    ("Escape",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Undo the typing not yet saved; close the quote or "
                                              "note line")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("interview_shortcuts", "Refused (where the question allows it)")),
    ("Ctrl+D",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Don't know (where the question allows it)")),
    ("Ctrl+Shift+N",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Not applicable (where the question allows it)")),
    (CONFIRM_KEYS,
     QT_TRANSLATE_NOOP("interview_shortcuts", "Confirmed: the respondent confirmed an unusual "
                                              "answer (the warning goes)")),
    ("Ctrl+Q, F9",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Mark a quote: the selected notes or a typed line, "
                                              "stamped with the time")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("interview_shortcuts", "Add a note to this question")),
    ("Ctrl+M",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Mark the selected text as a person's name (redacted "
                                              "in every output)")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("interview_shortcuts", "Pause or resume the interview clock")),
    ("Ctrl+Shift+L", QT_TRANSLATE_NOOP("interview_shortcuts", "Switch the interview language")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("interview_shortcuts", "Go to section 1 … 9")),
    ("Ctrl+J",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Go to the question list (arrows, then Enter to "
                                              "jump)")),
    (OVERVIEW_KEYS,
     QT_TRANSLATE_NOOP("interview_shortcuts", "Overview: every question with its answer (arrows, "
                                              "Enter goes there, Esc back)")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("interview_shortcuts", "Finish: review what is missing")),
    ("Ctrl+W",
     QT_TRANSLATE_NOOP("interview_shortcuts", "Leave to the home screen (the clock pauses)")),
    (QT_TRANSLATE_NOOP("interview_shortcuts", "Down (in the name filter)"),
     QT_TRANSLATE_NOOP("interview_shortcuts", "Into the list of names; Enter adds the highlighted "
                                              "person")),
    (QT_TRANSLATE_NOOP("interview_shortcuts", "Shift+Enter (in the name filter)"),
     QT_TRANSLATE_NOOP("interview_shortcuts", "Add the typed name as someone not on the list")),
    (QT_TRANSLATE_NOOP("interview_shortcuts", "Enter; 1 … 9, Y / N (people table)"),
     QT_TRANSLATE_NOOP("interview_shortcuts", "Record the cell and go down to the same question "
                                              "for the next person")),
    (QT_TRANSLATE_NOOP("interview_shortcuts", "Tab / Shift+Tab (people table)"),
     QT_TRANSLATE_NOOP("interview_shortcuts", "Next or previous cell asked (right, left)")),
    (QT_TRANSLATE_NOOP("interview_shortcuts", "Alt+Up / Alt+Down (people table)"),
     QT_TRANSLATE_NOOP("interview_shortcuts", "Move the person up or down")),
    (QT_TRANSLATE_NOOP("interview_shortcuts", "Backspace (people table)"),
     QT_TRANSLATE_NOOP("interview_shortcuts", "Clear the answer in the current cell")),
]


def shortcut_rows() -> list[tuple[str, str]]:
    """``SHORTCUTS`` in the app's language (the key names stay Qt's)."""
    return [(translate("interview_shortcuts", keys), translate("interview_shortcuts", what))
            for keys, what in SHORTCUTS]


def bind_keys(screen: KeyedScreen, on: QWidget) -> None:
    """Bind the keys of ``SHORTCUTS`` to ``screen``'s methods, on its widget ``on``, named for
    the help panel."""
    bindings: list[tuple[str, object, Callable[[], Any]]] = [
        ("Alt+Right", QT_TRANSLATE_NOOP("interview_shortcuts", "next question"),
         lambda: screen.go("next")),
        ("Ctrl+PgDown", QT_TRANSLATE_NOOP("interview_shortcuts", "next question"),
         lambda: screen.go("next")),
        ("Alt+Left", QT_TRANSLATE_NOOP("interview_shortcuts", "previous question"),
         lambda: screen.go("previous")),
        ("Ctrl+PgUp", QT_TRANSLATE_NOOP("interview_shortcuts", "previous question"),
         lambda: screen.go("previous")),
        ("Ctrl+R", QT_TRANSLATE_NOOP("interview_shortcuts", "refused"),
         lambda: screen.special(Special.refused)),
        ("Ctrl+D", QT_TRANSLATE_NOOP("interview_shortcuts", "don't know"),
         lambda: screen.special(Special.dont_know)),
        ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("interview_shortcuts", "not applicable"),
         lambda: screen.special(Special.not_applicable)),
        (CONFIRM_KEYS, QT_TRANSLATE_NOOP("interview_shortcuts", "confirm an unusual answer"),
         screen.confirm_soft),
        ("Ctrl+Q", QT_TRANSLATE_NOOP("interview_shortcuts", "mark a quote"), screen.mark_quote),
        ("F9", QT_TRANSLATE_NOOP("interview_shortcuts", "mark a quote"), screen.mark_quote),
        ("Ctrl+N", QT_TRANSLATE_NOOP("interview_shortcuts", "add a note"), screen.add_note),
        (MARK_NAME_KEYS,
         QT_TRANSLATE_NOOP("interview_shortcuts", "mark the selected text as a name"),
         lambda: mark_selected_name(on)),
        ("Ctrl+P", QT_TRANSLATE_NOOP("interview_shortcuts", "pause or resume"),
         screen.toggle_pause),
        ("Ctrl+Shift+L", QT_TRANSLATE_NOOP("interview_shortcuts", "switch language"),
         screen.next_language),
        ("Ctrl+J", QT_TRANSLATE_NOOP("interview_shortcuts", "go to the question list"),
         screen.focus_sections),
        (OVERVIEW_KEYS, QT_TRANSLATE_NOOP("interview_shortcuts", "overview of the answers"),
         screen.show_overview),
        ("Ctrl+Return", QT_TRANSLATE_NOOP("interview_shortcuts", "finish: review what is missing"),
         screen.review),
        ("Ctrl+Enter", QT_TRANSLATE_NOOP("interview_shortcuts", "finish: review what is missing"),
         screen.review),
        ("Ctrl+W", QT_TRANSLATE_NOOP("interview_shortcuts", "leave to home (pauses)"),
         screen.leave),
        ("Escape", QT_TRANSLATE_NOOP("interview_shortcuts", "undo unsaved typing / close the line"),
         screen.escape),
    ]
    def to_section(n: int) -> Callable[[], None]:
        return lambda: screen.go_to_section(n)

    for n in range(1, 10):
        bindings.append((f"Ctrl+{n}", translate("interview_shortcuts", "go to section {n}")
                         .format(n=n), to_section(n)))
    for keys, what, slot in bindings:
        shortcut = QShortcut(QKeySequence(keys), on, slot,
                             context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(translate("interview_shortcuts", what))
        shortcut.setAutoRepeat(False)
