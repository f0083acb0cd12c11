"""The interview screen's widgets: top bar, question map, pages and the question page.

Built top-down, each widget created under a parent already in the window: moving a finished
subtree under a new parent makes Qt restyle all of it again, and that was most of the time
between starting an interview and seeing its first question.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.protocol.model import Special

from .clock_label import ClockLabel
from .i18n import translate
from .interview_pages import CoverPage, button, text_label
from .interview_sections import SectionTree
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


def build_screen(screen: Any) -> None:
    """Make the screen's widgets as attributes of ``screen`` and wire them to its methods."""
    s, protocol = screen.session, screen.protocol
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(10, 8, 10, 6)
    top = QHBoxLayout()
    outer.addLayout(top)
    screen.heading = text_label(role="subtitle", name="interview_heading")
    screen.heading.setWordWrap(False)
    top.addWidget(screen.heading, 1)
    screen.saved = QLabel()
    screen.saved.setObjectName("saved_indicator")
    top.addWidget(screen.saved)
    screen.language = QComboBox()
    top.addWidget(screen.language)
    screen.language.setObjectName("language_switch")
    screen.language.addItems(protocol.languages)
    screen.language.setToolTip(translate("interview_frame", "Interview language (Ctrl+Shift+L)"))
    screen.language.activated.connect(
        lambda n: screen.set_language(protocol.languages[n]))
    screen.language.setVisible(len(protocol.languages) > 1)
    # never squeezed below its text when the help panel takes room beside the screen
    screen.language.setMinimumWidth(screen.language.sizeHint().width())
    for name, text, slot in (("quote_button", translate("interview_frame", "Quote"), screen.mark_quote),
                             ("note_button", translate("interview_frame", "Note"), screen.add_note),
                             ("finish_button", translate("interview_frame", "Finish…"), screen.review),
                             ("home_button", translate("interview_frame", "Home"), screen.leave),
                             ("pause_button", "", screen.toggle_pause)):
        widget = button(text, name)
        top.addWidget(widget)
        widget.clicked.connect(slot)
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        setattr(screen, name, widget)
    for name, tip in TOP_KEYS:
        getattr(screen, name).setToolTip(translate("interview_frame", tip))
    screen.clock = ClockLabel(s.clock.elapsed_ms)
    top.addWidget(screen.clock)
    screen.paused_banner = text_label(translate("interview_frame", "Paused: the clock is stopped. Ctrl+P resumes."),
                                      role="paused", name="paused_banner")
    screen.paused_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.paused_banner.hide()
    outer.addWidget(screen.paused_banner)

    split = QSplitter(Qt.Orientation.Horizontal, screen)
    outer.addWidget(split, 1)
    screen.sections = SectionTree(s, split)
    split.addWidget(screen.sections)
    screen.sections.jump_requested.connect(screen.jump)
    screen.sections.setMinimumWidth(220)
    screen.pages = QStackedWidget(split)
    split.addWidget(screen.pages)
    split.setStretchFactor(0, 0)
    split.setStretchFactor(1, 1)
    split.setSizes([300, 1000])
    split.setChildrenCollapsible(False)
    screen.cover = CoverPage(protocol, s.language, screen.pages)
    screen.pages.addWidget(screen.cover)
    screen.cover.begin.connect(screen.consent_given)
    screen.cover.declined.connect(screen.consent_declined)
    screen.item_page = QWidget(screen.pages)
    screen.pages.addWidget(screen.item_page)
    build_item_page(screen, screen.item_page)

    screen.flash_label = text_label(role="hint", name="flash")
    outer.addWidget(screen.flash_label)
    screen.flash_timer = QTimer(screen)
    screen.flash_timer.setSingleShot(True)
    screen.flash_timer.timeout.connect(lambda: screen.flash_label.setText(""))


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


def build_item_page(screen: Any, page: QWidget) -> None:
    """The question, its editor (one per item, made when first shown), specials, navigation."""
    box = QVBoxLayout(page)
    box.setContentsMargins(14, 6, 6, 0)
    for attr, role, name in (("where", "hint", "item_where"), ("question", "question", "item_label"),
                             ("hint", "hint", "item_hint"), ("state", "state", "answer_state")):
        label = text_label(role=role, name=name)
        box.addWidget(label)
        setattr(screen, attr, label)
    # the message about a refused answer sits between the question and the field, where the
    # eye already is, and reads as a check of the answer rather than a storage failure
    screen.error = text_label(role="error", name="item_error")
    box.addWidget(screen.error)
    screen.soft_check = SoftCheckBar(page)  # an unusual answer: recorded, to be confirmed
    box.addWidget(screen.soft_check)
    screen.soft_check.confirm.connect(screen.confirm_soft)
    # the answer scrolls, never the buttons under it: with large text on a small screen a
    # long list of choices must not push Next and Previous off the window
    screen.editor_scroll = QScrollArea(page)
    screen.editor_scroll.setObjectName("editor_scroll")
    screen.editor_scroll.setWidgetResizable(True)
    screen.editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    screen.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    screen.editor_stack = CurrentStack()
    screen.editor_scroll.setWidget(screen.editor_stack)
    box.addWidget(screen.editor_scroll, 1)
    special_row = QHBoxLayout()
    box.addLayout(special_row)
    screen.specials = {}
    for kind in Special:
        b: QPushButton = button(f"{special_label(kind)}  {SPECIAL_KEYS[kind]}",
                                f"special_{kind.value}")
        special_row.addWidget(b)
        b.clicked.connect(lambda _=False, k=kind: screen.special(k))
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        screen.specials[kind] = b
    special_row.addStretch(1)
    screen.bar = QuoteLine()
    box.addWidget(screen.bar)
    screen.bar.entered.connect(screen._line_entered)
    screen.bar.dismissed.connect(screen._focus_editor)
    nav = QHBoxLayout()
    box.addLayout(nav)
    screen.prev_button = button(translate("interview_frame", "←  Previous  Alt+Left"), "previous_button")
    nav.addWidget(screen.prev_button)
    screen.prev_button.clicked.connect(lambda: screen.go("previous"))
    screen.prev_button.setToolTip(translate("interview_frame", "Previous question: Alt+Left or Ctrl+PageUp"))
    nav.addStretch(1)
    screen.position = text_label(role="hint", name="item_position")
    nav.addWidget(screen.position)
    nav.addStretch(1)
    screen.next_button = button(translate("interview_frame", "Next  Alt+Right  →"), "next_button", primary=True)
    nav.addWidget(screen.next_button)
    screen.next_button.clicked.connect(lambda: screen.go("next"))
    screen.next_button.setToolTip(translate("interview_frame", "Next question: Alt+Right or Ctrl+PageDown"))
