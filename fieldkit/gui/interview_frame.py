"""The interview screen's parts: its top bar and its question page, each a class that makes
its own widgets (typed attributes the screen names and wires to its methods).

Built top-down, each widget created under a parent already in the window: moving a finished
subtree under a new parent makes Qt restyle all of it again, and that was most of the time
between starting an interview and seeing its first question.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.protocol.model import Protocol, Special

from .clock_label import ClockLabel
from .i18n import translate
from .interview_pages import button, text_label
from .quote_line import QuoteLine
from .soft_check import SoftCheckBar

SPECIAL_KEYS = {Special.refused: "Ctrl+R", Special.dont_know: "Ctrl+D",
                Special.not_applicable: "Ctrl+Shift+N"}
SPECIAL_LABELS = {Special.refused: QT_TRANSLATE_NOOP("interview_frame", "Refused"),
                  Special.dont_know: QT_TRANSLATE_NOOP("interview_frame", "Don't know"),
                  Special.not_applicable: QT_TRANSLATE_NOOP("interview_frame", "Not applicable")}
TOP_KEYS = (("quote_button", QT_TRANSLATE_NOOP("interview_frame", "Mark a quote: Ctrl+Q or F9")),
            ("note_button", QT_TRANSLATE_NOOP("interview_frame", "Add a note: Ctrl+N")),
            ("finish_button", QT_TRANSLATE_NOOP("interview_frame", "Finish: Ctrl+Enter")),
            ("home_button", QT_TRANSLATE_NOOP("interview_frame",
                                              "Leave to home (the clock pauses): Ctrl+W")),
            ("pause_button", QT_TRANSLATE_NOOP("interview_frame",
                                               "Pause or resume the clock: Ctrl+P")))


def special_label(kind: Special) -> str:
    """A special answer's name in the app's language ("Don't know")."""
    return translate("interview_frame", SPECIAL_LABELS[kind])


class TopBar(QHBoxLayout):
    """The screen's top row: heading, saved indicator, language, the action buttons, clock.

    A layout, not a widget: its widgets sit directly on the screen, as they always have."""

    def __init__(self, protocol: Protocol, elapsed_ms: Callable[[], int]):
        super().__init__()
        self.heading = text_label(role="subtitle", name="interview_heading")
        self.heading.setWordWrap(False)
        self.addWidget(self.heading, 1)
        self.saved = QLabel()
        self.saved.setObjectName("saved_indicator")
        self.addWidget(self.saved)
        self.language = QComboBox()
        self.addWidget(self.language)
        self.language.setObjectName("language_switch")
        self.language.addItems(protocol.languages)
        self.language.setToolTip(translate("interview_frame",
                                           "Interview language (Ctrl+Shift+L)"))
        self.language.setVisible(len(protocol.languages) > 1)
        # never squeezed below its text when the help panel takes room beside the screen
        self.language.setMinimumWidth(self.language.sizeHint().width())
        self.quote_button = self._button(translate("interview_frame", "Quote"), "quote_button")
        self.note_button = self._button(translate("interview_frame", "Note"), "note_button")
        self.finish_button = self._button(translate("interview_frame", "Finish…"),
                                          "finish_button")
        self.home_button = self._button(translate("interview_frame", "Home"), "home_button")
        self.pause_button = self._button("", "pause_button")
        for name, tip in TOP_KEYS:
            self.button(name).setToolTip(translate("interview_frame", tip))
        self.clock = ClockLabel(elapsed_ms)
        self.addWidget(self.clock)

    def _button(self, text: str, name: str) -> QPushButton:
        widget = button(text, name)
        self.addWidget(widget)
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return widget

    def button(self, name: str) -> QPushButton:
        """One of the action buttons by its object name (``quote_button``...)."""
        found: QPushButton = getattr(self, name)
        return found


class CurrentStack(QStackedWidget):
    """A stack as big as the editor showing, not the biggest ever shown (it scrolls)."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        current = self.currentWidget()
        if current is None:
            return super().minimumSizeHint()
        hint = current.minimumSizeHint()
        layout = current.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            # wrapped labels need more lines when narrow: ask for them, or they overlap
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint


class ItemPage(QWidget):
    """The question page: where it is, the question, its editor (one per item, made when
    first shown, in ``editor_stack``), the special answers, the quote line, navigation."""

    special_chosen = Signal(object)  # the Special pressed

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 6, 6, 0)
        self.where = text_label(role="hint", name="item_where")
        self.question = text_label(role="question", name="item_label")
        self.hint = text_label(role="hint", name="item_hint")
        self.state = text_label(role="state", name="answer_state")
        for label in (self.where, self.question, self.hint, self.state):
            box.addWidget(label)
        # the message about a refused answer sits between the question and the field, where
        # the eye already is, and reads as a check of the answer rather than a storage failure
        self.error = text_label(role="error", name="item_error")
        box.addWidget(self.error)
        self.soft_check = SoftCheckBar(self)  # an unusual answer: recorded, to be confirmed
        box.addWidget(self.soft_check)
        # the answer scrolls, never the buttons under it: with large text on a small screen a
        # long list of choices must not push Next and Previous off the window
        self.editor_scroll = QScrollArea(self)
        self.editor_scroll.setObjectName("editor_scroll")
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor_stack = CurrentStack()
        self.editor_scroll.setWidget(self.editor_stack)
        box.addWidget(self.editor_scroll, 1)
        special_row = QHBoxLayout()
        box.addLayout(special_row)
        self.specials: dict[Special, QPushButton] = {}
        for kind in Special:
            b = button(f"{special_label(kind)}  {SPECIAL_KEYS[kind]}", f"special_{kind.value}")
            special_row.addWidget(b)
            b.clicked.connect(lambda _=False, k=kind: self.special_chosen.emit(k))
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.specials[kind] = b
        special_row.addStretch(1)
        self.bar = QuoteLine()
        box.addWidget(self.bar)
        nav = QHBoxLayout()
        box.addLayout(nav)
        self.prev_button = button(translate(
            "interview_frame", "←  Previous  Alt+Left"), "previous_button")
        nav.addWidget(self.prev_button)
        self.prev_button.setToolTip(translate(
            "interview_frame", "Previous question: Alt+Left or Ctrl+PageUp"))
        nav.addStretch(1)
        self.position = text_label(role="hint", name="item_position")
        nav.addWidget(self.position)
        nav.addStretch(1)
        self.next_button = button(translate(
            "interview_frame", "Next  Alt+Right  →"), "next_button", primary=True)
        nav.addWidget(self.next_button)
        self.next_button.setToolTip(translate(
            "interview_frame", "Next question: Alt+Right or Ctrl+PageDown"))
        # the choice the arrows or typed letters move to, and the one picked when a page comes
        # back, are scrolled into sight: a state far down a roster is never chosen unseen
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.editor_stack.isAncestorOf(new):
            # after the layout of a page just shown has placed its widgets
            QTimer.singleShot(0, self, self._reveal_focus)

    def _reveal_focus(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and self.editor_stack.isAncestorOf(focus):
            self.editor_scroll.ensureWidgetVisible(focus, 0, 8)
