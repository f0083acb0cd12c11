"""Quotes and notes in an interview: marked at the moment a key is pressed, written through the
writer, and shown on the section map once they are on disk (a part of the interview screen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from fieldkit.timefmt import format_elapsed

from .i18n import translate
from .interview_part import ScreenPart
from .interview_sections import SectionTree
from .items import ItemEditor, LongTextEditor
from .quote_line import QuoteLine


class QuotesAndNotes(ScreenPart):
    """The interview screen's quote and note keys (Ctrl+Q/F9, Ctrl+N) and their line."""

    editor: ItemEditor | None
    shown_id: str | None
    item_page: QWidget
    bar: QuoteLine
    sections: SectionTree

    def _special_target(self) -> tuple[Any, str | None] | None:
        raise NotImplementedError  # the screen's own

    def mark_quote(self) -> None:
        if self.session.status == "completed":
            return
        stamp = self.session.clock.elapsed_ms()
        target = self._special_target()
        selected = (self.editor.selected_text() if isinstance(self.editor, LongTextEditor)
                    else "")
        if selected.strip():
            self._save_quote(selected, stamp, target)
        else:
            self._open_bar("quote", stamp, target,
                           translate("interview_screen", "Quote at {time} (Enter saves, Esc "
                                     "cancels):").format(time=format_elapsed(stamp)))

    def add_note(self) -> None:
        self._open_bar("note", self.session.clock.elapsed_ms(), self._special_target(),
                       translate("interview_screen", "Note (Enter saves, Esc cancels):"))

    def _open_bar(self, kind: str, stamp: int, target: Any, prompt: str) -> None:
        if self.pages.currentWidget() is self.item_page:
            self.bar.open(kind, stamp, target, prompt)

    def _line_entered(self, kind: str, text: str, stamp: int, target: Any) -> None:
        if kind == "quote":
            self._save_quote(text, stamp, target)
            return
        item_id, iid = (target[0].id, target[1]) if target else (self.shown_id, None)
        self.write(self.session.add_note, text, item_id, iid, stamp,
                   on_done=lambda _n: self._noted([item_id], "note", translate(
                       "interview_screen", "Note saved.")))

    def _save_quote(self, text: str, stamp: int, target: Any) -> None:
        # stamped when the interviewer pressed the key, not when the line was finished
        item_id, iid = (target[0].id, target[1]) if target else (self.shown_id, None)
        self.write(self.session.add_quote, text, item_id, iid, stamp,
                   on_done=lambda _q: self._noted([item_id], "quote",
                                                  translate("interview_screen",
                                                            "Quote saved at {time}.").format(
                                                      time=format_elapsed(stamp))))

    def _noted(self, item_ids: list[str | None], kind: str, message: str = "") -> None:
        self.sections.mark(item_ids, kind)  # the map shows it once the write has returned
        if message:
            self.flash(message)

    def _marks_loaded(self, found: tuple[list[str | None], list[str | None]]) -> None:
        self._noted(found[0], "quote")
        self._noted(found[1], "note")
