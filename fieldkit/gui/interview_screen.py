"""The interview screen: the question in front of the interviewer, the map, the clock, the keys.

A thin face over ``InterviewSession``: every write goes through the one writer thread and the
screen redraws from the engine when the write returns, so what shows as saved is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError
from fieldkit.interview.session import InterviewSession
from fieldkit.interview.values import InvalidAnswer
from fieldkit.protocol.model import GROUP_TYPES, Special
from fieldkit.timefmt import format_elapsed

from .i18n import translate
from .interview_consent import ConsentKeys
from .interview_frame import ItemPage, TopBar, special_label
from .interview_look import screen_stylesheet
from .interview_overview import OverviewPage
from .interview_pages import CoverPage, ResultPage, ReviewPage, text_label
from .interview_quotes import QuotesAndNotes
from .interview_sections import SectionTree
from .interview_shortcuts import SHORTCUTS, bind_keys, shortcut_rows
from .items import ChoiceEditor, ItemEditor, editor_for
from .name_generator import NameGenerator
from .page_parts import restyle, show_if
from .people_table import special_text
from .soft_check import soft_warning_for
from .writer import Writer

__all__ = ["SHORTCUTS", "InterviewScreen"]

FLASH_MS = 5000


class InterviewScreen(ConsentKeys, QuotesAndNotes, QWidget):
    """One interview in progress. ``closed``: the interviewer leaves to the home screen."""

    closed = Signal()
    finished = Signal(object)  # the engine's FinishResult

    def __init__(self, writer: Writer, session: InterviewSession,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.writer, self.session = writer, session
        self.protocol = session.protocol
        self.pending = 0
        self.failed = False
        self.editor: ItemEditor | None = None
        self.shown_id: str | None = None
        self._font_pt = 0.0
        self._editors: dict[str, ItemEditor] = {}
        self._warned: dict[str, str] = {}  # item -> the answer whose warning stopped a move
        self._review_page: ReviewPage | None = None
        self._result_page: ResultPage | None = None
        self._overview_page: OverviewPage | None = None
        self._before_overview: QWidget | None = None
        self.setObjectName("interview_screen")
        self._restyle()  # before the widgets exist, so each is styled once
        self._build()
        self._heading()
        bind_keys(self, self)
        self.write(lambda: ([q.item_id for q in session.quotes()],
                            [n.item_id for n in session.notes()]), on_done=self._marks_loaded)
        started = bool(session.content.answers or any(session.content.people.values()))
        live = session.status != "completed"
        if live and (session.consent_needed or not started):
            self.pages.setCurrentWidget(self.cover)
            self.cover.focus_in()
        else:
            self._show_items()
        self.refresh()

    def _build(self) -> None:
        """The screen's widgets, top-down (each made under a parent already in the window)."""
        s, protocol = self.session, self.protocol
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 6)
        top = self.top_bar = TopBar(protocol, s.clock.elapsed_ms)
        outer.addLayout(top)
        self.heading, self.saved, self.language = top.heading, top.saved, top.language
        self.quote_button, self.note_button = top.quote_button, top.note_button
        self.finish_button, self.home_button = top.finish_button, top.home_button
        self.pause_button, self.clock = top.pause_button, top.clock
        self.language.activated.connect(lambda n: self.set_language(protocol.languages[n]))
        for widget, slot in ((self.quote_button, self.mark_quote),
                             (self.note_button, self.add_note),
                             (self.finish_button, self.review), (self.home_button, self.leave),
                             (self.pause_button, self.toggle_pause)):
            widget.clicked.connect(slot)
        self.paused_banner = text_label(translate(  # the words kept where they were translated
            "interview_frame", "Paused: the clock is stopped. Ctrl+P resumes."),
            role="paused", name="paused_banner")
        self.paused_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused_banner.hide()
        outer.addWidget(self.paused_banner)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(split, 1)
        self.sections = SectionTree(s, split)
        split.addWidget(self.sections)
        self.sections.jump_requested.connect(self.jump)
        self.sections.setMinimumWidth(220)
        self.pages = QStackedWidget(split)
        split.addWidget(self.pages)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 1000])
        split.setChildrenCollapsible(False)
        self.cover = CoverPage(protocol, s.language, self.pages)
        self.pages.addWidget(self.cover)
        self.cover.begin.connect(self.consent_given)
        self.cover.declined.connect(self.consent_declined)
        page = self.item_page = ItemPage(self.pages)
        self.pages.addWidget(page)
        self.where, self.question, self.hint = page.where, page.question, page.hint
        self.state, self.error, self.soft_check = page.state, page.error, page.soft_check
        self.editor_scroll, self.editor_stack = page.editor_scroll, page.editor_stack
        self.specials, self.bar, self.position = page.specials, page.bar, page.position
        self.prev_button, self.next_button = page.prev_button, page.next_button
        self.soft_check.confirm.connect(self.confirm_soft)
        page.special_chosen.connect(self.special)
        self.bar.entered.connect(self._line_entered)
        self.bar.dismissed.connect(self._focus_editor)
        self.prev_button.clicked.connect(lambda: self.go("previous"))
        self.next_button.clicked.connect(lambda: self.go("next"))

        self.flash_label = text_label(role="hint", name="flash")
        outer.addWidget(self.flash_label)
        self.flash_timer = QTimer(self)
        self.flash_timer.setSingleShot(True)
        self.flash_timer.timeout.connect(lambda: self.flash_label.setText(""))

    # ---- the pages made only when first needed ------------------------------------------
    @property
    def review_page(self) -> ReviewPage:
        if self._review_page is None:
            page = self._review_page = ReviewPage(self.pages)
            self.pages.addWidget(page)
            page.go_to.connect(self.jump)
            page.back.connect(self._show_items)
            page.finish.connect(self.finish)
        return self._review_page

    @property
    def overview_page(self) -> OverviewPage:
        if self._overview_page is None:
            page = self._overview_page = OverviewPage(self.session, self.sections.marks,
                                                      self.pages)
            self.pages.addWidget(page)
            page.go_to.connect(self.jump)
            page.back.connect(self._back_from_overview)
        return self._overview_page

    def focus_sections(self) -> None:
        """To the question list (Ctrl+J): arrows, then Enter to jump."""
        self.sections.setFocus()

    def show_overview(self) -> None:
        """Every question with its answer (Ctrl+O), from a question or the review; the typed
        answer is recorded first, so the overview shows it."""
        here = self.pages.currentWidget()
        if here not in (self.item_page, self._review_page):
            return
        self._before_overview = here

        def shown(_result: Any) -> None:
            page = self.overview_page
            page.refresh()
            self.pages.setCurrentWidget(page)
            page.open_at(self.shown_id)

        self.flush(then=lambda: None, on_done=shown)

    def _back_from_overview(self) -> None:
        if self._before_overview is self._review_page:
            self.pages.setCurrentWidget(self.review_page)
            self._list_review()  # listed again: the answers may have changed
        else:
            self._show_items()

    @property
    def result_page(self) -> ResultPage:
        if self._result_page is None:
            page = self._result_page = ResultPage(self.pages)
            self.pages.addWidget(page)
            page.done.connect(self.closed)
        return self._result_page

    def focus_in(self) -> None:
        """Focus where the keys belong on the page showing (after start, resume, unlock)."""
        page = self.pages.currentWidget()
        if page is self.item_page:
            self._focus_editor()
        elif page is not None and hasattr(page, "focus_in"):
            page.focus_in()

    @staticmethod
    def help_rows() -> list[tuple[str, str]]:
        """The keys interviewers use most, first in the help panel."""
        return shortcut_rows()

    def _on(self, page: QWidget | None) -> bool:
        return page is not None and self.pages.currentWidget() is page

    # ---- the one way to write ------------------------------------------------------------
    def write(self, fn: Callable[..., Any], *args: Any,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception], None] | None = None) -> int:
        """Run an engine call on the writer; the indicator says 'Saved' only once it returned."""
        self.pending += 1
        self._show_saved()

        def done(result: Any) -> None:
            self.pending -= 1
            self.failed = False
            if on_done is not None:
                on_done(result)
            self.refresh()

        def error(exc: Exception) -> None:
            self.pending -= 1
            # an answer the protocol refuses is the interviewer's to fix, not a storage failure
            self.failed = not isinstance(exc, InvalidAnswer)
            (on_error or self.show_error)(exc)
            self.refresh()

        return self.writer.submit(fn, *args, on_done=done, on_error=error)

    def _show_saved(self) -> None:
        """Saving…, Not saved (storage), Check the answer, Typing… (not yet recorded), Saved ✓."""
        editor = self.editor if self._on(self.item_page) else None
        if self.pending:
            text, role = translate("interview_screen", "Saving…"), "saving"
        elif self.failed:
            text, role = translate("interview_screen", "Not saved"), "notsaved"
        elif editor is not None and editor.rejected and not editor.autosave.isActive():
            text, role = translate("interview_screen", "Check the answer"), "check"
        elif editor is not None and editor.take_uncommitted()[0]:
            text, role = translate("interview_screen", "Typing…"), "saving"
        else:
            text, role = translate("interview_screen", "Saved ✓"), "saved"
        self.saved.setText(text)
        restyle(self.saved, "role", role)

    def show_error(self, exc: Exception) -> None:
        if isinstance(exc, InvalidAnswer):  # the protocol's own words, then what to do
            text = str(exc).strip()
            self.error.setText(translate("interview_screen", "{problem}  (not recorded: correct "
                                         "it, or Esc for the recorded answer)").format(
                                             problem=f"{text[:1].upper()}{text[1:]}"))
        elif isinstance(exc, FieldkitError):
            self.error.setText(str(exc))
        else:  # a fault of ours: say it was not saved rather than pretend
            self.error.setText(translate("interview_screen", "Not saved ({error}); try again, "
                                         "or note it down.").format(error=type(exc).__name__))

    def flash(self, text: str) -> None:
        self.flash_label.setText(text)
        self.flash_timer.start(FLASH_MS)

    # ---- redrawing from the engine -------------------------------------------------------
    def refresh(self) -> None:
        """Redraw from the engine's state (after every write returns)."""
        s = self.session
        paused = s.status == "paused"
        show_if(self.paused_banner, paused)
        self.pause_button.setText(translate("interview_screen", "Resume") if paused
                                  else translate("interview_screen", "Pause"))
        self._enable(paused, s.status in ("in_progress", "paused") and not self._on(self.cover))
        restyle(self.clock, "paused", paused)
        self.clock.refresh()
        visible = s.positions()  # one relevance sweep per redraw, shared by all parts
        if self.pages.currentWidget() is self.item_page:
            self._show_current(visible)
        elif self._overview_page is not None and self._on(self._overview_page):
            self._overview_page.refresh(visible)
        self.sections.refresh(self.shown_id, visible)
        self._show_saved()

    def _enable(self, paused: bool, live: bool) -> None:
        """Nothing is answered while paused (Enter on Resume goes on); after the end, no
        quote, note or pause."""
        if self.editor_stack.isEnabled() == paused:
            here = QApplication.focusWidget()
            had_focus = here is not None and self.editor_stack.isAncestorOf(here)
            self.editor_stack.setEnabled(not paused)
            if paused and had_focus:
                self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
            elif not paused and QApplication.focusWidget() in (None, self.pause_button):
                self._focus_editor()  # resumed: the keys go back to the answer
        for widget in self.specials.values():
            widget.setEnabled(not paused)
        for widget in (self.quote_button, self.note_button, self.pause_button,
                       self.finish_button):
            widget.setEnabled(live)

    def _show_items(self) -> None:
        self.pages.setCurrentWidget(self.item_page)
        self._show_current()
        if self.editor is not None:
            self.editor.focus_in()

    def _show_current(self, visible: list[Any] | None = None) -> None:
        s = self.session
        item = s.current
        if item.id != self.shown_id:
            self._set_editor(item)
        elif isinstance(self.editor, NameGenerator):
            self.editor.sync()
        visible = s.positions() if visible is None else visible
        index = next((n for n, i in enumerate(visible) if i.id == item.id), 0)
        self.position.setText(translate("interview_screen", "{n} of {total}").format(
            n=index + 1, total=len(visible)))
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(visible) - 1)
        self._show_answer_state()
        self._show_specials()

    def _set_editor(self, item: Any) -> None:
        """Show the item's editor; each is made once and kept, so going back is instant."""
        s = self.session
        if self.editor is not None:
            self.editor.autosave.stop()
        editor = self._editors.get(item.id)
        if editor is None:
            if item.type in GROUP_TYPES:  # a repeat's entries are added as people are
                editor = NameGenerator(item, s, self.write)
                editor.target_changed.connect(self._show_specials)
            else:
                editor = editor_for(item, self.protocol, s.language)
            editor.answered.connect(lambda raw, e=editor: self.commit(e, raw))
            editor.edited.connect(self._show_saved)
            editor.entered.connect(lambda: self.go("next"))
            self._editors[item.id] = editor
            self.editor_stack.addWidget(editor)
        editor.pipe = s.piped  # ${name} in its texts shows the answer as it stands
        if isinstance(editor, ChoiceEditor) and item.choice_filter:
            editor.offer(s.choices(item))  # retranslates too
        elif editor.language != s.language or not isinstance(editor, NameGenerator):
            editor.retranslate(s.language)
        editor.show_answer(s.content.answer(item.id))
        self.editor, self.shown_id = editor, item.id
        self.editor_stack.setCurrentWidget(editor)
        self.error.setText("")
        self._label_item()
        editor.focus_in()

    def _label_item(self) -> None:
        if self.editor is None:
            return
        item, p, lang = self.editor.item, self.protocol, self.session.language
        section = p.section_of.get(item.id)
        title = next((p.text(sec.title, lang) for sec in p.sections if sec.id == section), "")
        self.where.setText(title)
        self.question.setText(self.session.piped(p.text(item.label, lang)))
        hint = self.session.piped(p.text(item.hint, lang))
        self.hint.setText(hint)
        show_if(self.hint, bool(hint))

    def _show_answer_state(self) -> None:
        item = self.editor.item if self.editor else None
        answer = self.session.content.answer(item.id) if item is not None else None
        if answer is not None and self.editor is not None and self.editor.rejected:
            answer = None  # "Recorded at" beside a refused value would say the wrong thing
        if answer is None:
            self.state.setText("")
        elif answer.special:
            self.state.setText(translate("interview_screen", "Recorded: {special}  (at {time})")
                               .format(special=special_text(answer.special),
                                       time=format_elapsed(answer.elapsed_ms)))
        else:
            self.state.setText(translate("interview_screen", "Recorded at {time}").format(
                time=format_elapsed(answer.elapsed_ms)))
        show_if(self.state, answer is not None)

    def _special_target(self) -> tuple[Any, str | None] | None:
        if isinstance(self.editor, NameGenerator):
            return self.editor.target()
        if self.editor is None or not self.editor.item.takes_answer:
            return None
        return self.editor.item, None

    def _show_specials(self) -> None:
        target = self._special_target()
        allowed = set() if target is None else set(target[0].special)  # none unless listed
        for kind, b in self.specials.items():
            show_if(b, kind in allowed)
        self.soft_check.show_warning(soft_warning_for(self.session, target))

    # ---- answering -----------------------------------------------------------------------
    def commit(self, editor: ItemEditor, raw: Any, then: Callable[[], Any] | None = None,
               on_done: Callable[[Any], None] | None = None) -> None:
        """Record ``raw`` for the editor's item (None clears it), then run ``then`` if it took."""
        s, item = self.session, editor.item
        editor.mark_saved(raw)

        def job() -> Any:
            if raw is None:
                s.clear(item.id)
            else:
                s.answer(item.id, raw)
            return then() if then is not None else None

        def rejected(exc: Exception) -> None:
            if editor is self.editor:
                editor.mark_rejected()
            self.show_error(exc)

        def taken(result: Any) -> None:
            if editor is self.editor:
                self.error.setText("")
            if on_done is not None:
                on_done(result)

        self.write(job, on_done=taken, on_error=rejected)

    def special(self, kind: Special) -> None:
        if self.pages.currentWidget() is not self.item_page:
            return
        target = self._special_target()
        if target is None:
            return
        item, instance_id = target
        if kind not in item.special:
            self.flash(translate("interview_screen", "{special} is not an answer this question "
                                 "allows.").format(special=special_label(kind)))
            return
        if instance_id is None and self.editor is not None:
            self.editor.autosave.stop()
            self.editor.show_answer(None)
        self.write(self.session.special, item.id, kind.value, instance_id,
                   on_done=lambda _r: self.error.setText(""))

    def confirm_soft(self) -> None:
        """The respondent confirmed the unusual answer showing: record it; the warning goes."""
        target = self._special_target() if self._on(self.item_page) else None
        if target is None or soft_warning_for(self.session, target) is None:
            return
        item, instance_id = target
        self.write(self.session.confirm, item.id, instance_id,
                   on_done=lambda _r: self.flash(translate(
                       "interview_screen", "Confirmed with the respondent.")))

    def flush(self, then: Callable[[], Any] | None = None,
              on_done: Callable[[Any], None] | None = None) -> None:
        """Record what the current editor holds, then run ``then`` on the writer."""
        editor = self.editor
        changed, raw = (False, None) if editor is None else editor.take_uncommitted()
        if changed and editor is not None:
            self.commit(editor, raw, then=then, on_done=on_done)
        elif then is not None:
            self.write(then, on_done=on_done)

    # ---- moving --------------------------------------------------------------------------
    def go(self, where: str) -> None:
        if self.pages.currentWidget() is not self.item_page:
            return
        s = self.session
        move = s.next if where == "next" else s.previous
        target = self._special_target()

        def step() -> Any:
            # an unusual answer just given stops once on its page, so the warning is read
            # before the question changes; the next Enter goes on (unconfirmed, listed)
            warning = soft_warning_for(s, target) if target and target[1] is None else None
            answer = s.content.answer(target[0].id) if warning and target else None
            if answer is not None and self._warned.get(answer.item_id) != answer.event_id:
                self._warned[answer.item_id] = answer.event_id
                return s.current
            return move()

        self.flush(then=step, on_done=lambda _i: self._focus_editor())

    def jump(self, item_id: str) -> None:
        self.pages.setCurrentWidget(self.item_page)
        self.flush(then=lambda: self.session.jump(item_id),
                   on_done=lambda _i: self._focus_editor())

    def go_to_section(self, number: int) -> None:
        item_id = self.sections.first_visible_of(number)
        if item_id is not None and self.pages.currentWidget() is self.item_page:
            self.jump(item_id)

    def _focus_editor(self) -> None:
        if self.editor is not None and self.pages.currentWidget() is self.item_page:
            self.editor.focus_in()

    def escape(self) -> None:
        if self.bar.isVisible():
            self.bar.close_line()
        elif self._on(self._review_page):
            self._show_items()
        elif self._on(self._overview_page):
            self._back_from_overview()
        elif self.editor is not None:
            self.editor.autosave.stop()
            self.editor.revert(self.session.content.answer(self.editor.item.id))
            self.error.setText("")
            self._show_answer_state()
            self._show_saved()
            self.editor.focus_in()

    # ---- clock, language, leaving --------------------------------------------------------
    def toggle_pause(self) -> None:
        s = self.session
        if self._on(self.cover):
            return  # the clock has not started: nothing to pause
        if s.status == "paused":
            self.write(s.resume_clock)
        elif s.status == "in_progress":
            self.flush(then=s.pause)

    def save_for_lock(self) -> None:
        """The screen is about to lock: save what is typed; the clock runs on."""
        self.flush()

    def pause_for_lock(self) -> None:
        """The window is about to lock: save what is typed and stop the clock."""
        self.flush(then=self.session.pause if self.session.status == "in_progress" else None)

    def set_language(self, language: str) -> None:
        if language != self.session.language:
            self.write(self.session.set_language, language, on_done=lambda _r: self._retranslate())

    def next_language(self) -> None:
        langs = self.protocol.languages
        self.set_language(langs[(langs.index(self.session.language) + 1) % len(langs)])

    def _retranslate(self) -> None:
        lang = self.session.language
        self.language.setCurrentIndex(self.protocol.languages.index(lang))
        self.cover.retranslate(lang)
        self._heading()
        if self.editor is not None:
            self.editor.retranslate(lang)
            self._label_item()

    def _heading(self) -> None:
        self.heading.setText(translate("interview_screen", "Interview {number}").format(
            number=self.session.number))
        self.heading.setToolTip(self.protocol.text(self.protocol.title, self.session.language))

    def leave(self) -> None:
        """Save what is typed, pause the clock, and go home once that is on disk."""
        pause = self.session.pause if self.session.status == "in_progress" else (lambda: None)
        self.flush(then=pause, on_done=lambda _r: self.closed.emit())

    # ---- finishing -----------------------------------------------------------------------
    def review(self) -> None:
        """Ctrl+Enter or Finish: what is missing; again on the review, the question that
        finishes ("Not yet" first)."""
        if self._on(self._review_page):
            self.review_page.finish_button.click()
        elif self._on(self.item_page):
            self._list_review()

    def _list_review(self) -> None:
        self.flush(then=self.session.overview, on_done=self._show_review)

    def _show_review(self, missing: list[Any]) -> None:
        self.review_page.show_missing(missing)
        self.pages.setCurrentWidget(self.review_page)
        self.review_page.focus_in()

    def finish(self, force: bool) -> None:
        self.write(lambda: self.session.finish(force=force), on_done=self._finished)

    def _finished(self, result: Any) -> None:
        if not result.completed:
            self._show_review(result.missing)
            return
        self.result_page.show_result(result, self.session.clock.elapsed_ms())
        self.pages.setCurrentWidget(self.result_page)
        self.result_page.focus_in()
        self.finished.emit(result)

    # ---- look ----------------------------------------------------------------------------
    def _restyle(self) -> None:
        points = self.font().pointSizeF()
        if points > 0 and points != self._font_pt:
            self._font_pt = points
            self.setStyleSheet(screen_stylesheet(points))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._restyle()
