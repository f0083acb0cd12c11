"""The interview screen's keys, in one table the help panel and the screen both read."""

from __future__ import annotations

# (keys, what they do). The screen binds the first column as written here.
SHORTCUTS: list[tuple[str, str]] = [
    ("Alt+Right, PageDown", "Next question (records what was typed)"),
    ("Alt+Left, PageUp", "Previous question"),
    ("Enter", "Record a one-line answer (or the focused choice) and go on"),
    ("1 … 9", "Pick the n-th choice of a list or scale"),
    ("Y / O / N", "Yes (Oui) / No on a yes-no question"),
    ("Space", "Pick or tick the focused choice"),
    ("Delete", "Clear the answer (choices, dates); remove the person in the people table"),
    ("Escape", "Undo the typing not yet saved; close the quote or note line"),
    ("Ctrl+R", "Refused (where the question allows it)"),
    ("Ctrl+D", "Don't know (where the question allows it)"),
    ("Ctrl+Shift+N", "Not applicable (where the question allows it)"),
    ("Ctrl+Q, F9", "Mark a quote: the selected notes or a typed line, stamped with the time"),
    ("Ctrl+N", "Add a note to this question"),
    ("Ctrl+P", "Pause or resume the interview clock"),
    ("Ctrl+Shift+L", "Switch the interview language"),
    ("Ctrl+1 … Ctrl+9", "Go to section 1 … 9"),
    ("Ctrl+J", "Go to the question list (arrows, then Enter to jump)"),
    ("Ctrl+Enter", "Finish: review what is missing"),
    ("Ctrl+W", "Leave to the home screen (the clock pauses)"),
    ("Down (in the name filter)", "Into the list of names; Enter adds the highlighted person"),
    ("Shift+Enter (in the name filter)", "Add the typed name as someone not on the list"),
    ("Alt+Up / Alt+Down (people table)", "Move the person up or down"),
    ("Backspace (people table)", "Clear the answer in the current cell"),
]
