"""Coding an interview's open answers and quotes: select a passage, apply a code, see it marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.interview.coding import Coder, Passage
from fieldkit.operations import memos
from fieldkit.timefmt import format_elapsed

from .coding_panel import CoderSetting, MemoBox
from .coding_picker import CodeEntry, CodePicker, CodeTree, code_entries
from .i18n import translate
from .page_parts import FlowRow, label, set_role, user_message

PICK_KEYS = "Ctrl+K"
MARK_KEYS = "Ctrl+M"


def utf16_pos(text: str, index: int) -> int:
    """Qt counts UTF-16 units; Python counts code points (they differ past U+FFFF)."""
    return len(text[:index].encode("utf-16-le")) // 2


def py_index(text: str, pos: int) -> int:
    units = 0
    for i, ch in enumerate(text):
        if units >= pos:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class CodingView(QWidget):
    """Open answers and quotes on the left, the text with its codings, the codebook on the right.

    Every store call runs on the writer thread; the Coder lives there and hands back snapshots.
    """

    def __init__(self, writer: Any, store: Any, interview_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coding_view")
        self.writer, self.store, self.interview_id = writer, store, interview_id
        self.coder: Coder | None = None
        self.passages: list[Passage] = []
        self.codings: list[Any] = []
        self.entries: dict[str, CodeEntry] = {}
        self.picker: CodePicker | None = None
        self.tree: CodeTree | None = None
        self.flagged: set[str] = set()  # codings whose text changed since they were made
        self.coders: list[str] = []

        self.passage_list = QListWidget()
        self.passage_list.setObjectName("passage_list")
        self.passage_list.setWordWrap(True)
        self.passage_list.setSpacing(3)
        self.passage_list.setAlternatingRowColors(True)
        self.passage_list.currentRowChanged.connect(self._show_passage)
        self.heading = label("", "subtitle")
        self.text = QPlainTextEdit()
        self.text.setObjectName("passage_text")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.coding_list = QListWidget()
        self.coding_list.setObjectName("coding_list")
        self.coding_list.setWordWrap(True)
        self.coding_list.currentRowChanged.connect(self._select_coding)
        self.remove_button = QPushButton(translate("coding_view", "&Remove coding  (Del)"))
        self.remove_button.setObjectName("remove_coding")
        self.remove_button.clicked.connect(self.remove_current)
        self.apply_button = QPushButton(translate("coding_view", "&Apply a code…  ({keys})").format(
            keys=PICK_KEYS))
        self.apply_button.setObjectName("apply_code")
        self.apply_button.clicked.connect(self.pick_code)
        self.mark_button = QPushButton(translate(
            "coding_view", "Mark as &name  ({keys})").format(keys=MARK_KEYS))
        self.mark_button.setObjectName("mark_name")
        self.mark_button.setToolTip(translate(
            "coding_view", "Select a name in the text: every anonymised output will redact it "
                           "wherever it occurs, in every interview."))
        self.mark_button.clicked.connect(self.mark_name)
        self.message = label("", "hint")
        self.message.setObjectName("coding_message")

        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.addWidget(self.heading)
        mid.addWidget(self.text, 3)
        row = FlowRow()  # wraps when narrow: the side panes keep their width at large scale
        row.addWidget(self.apply_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.mark_button)
        mid.addLayout(row)
        mid.addWidget(label(translate("coding_view", "Codings of this text"), "hint"))
        mid.addWidget(self.coding_list, 2)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(label(translate("coding_view", "Open answers and quotes"), "subtitle"))
        lv.addWidget(self.passage_list, 1)
        self.coder_setting = CoderSetting()
        self.coder_setting.changed.connect(self.set_coder)
        self.memo_box = MemoBox(self.write_memo)
        self.right = QWidget()
        self.right_box = QVBoxLayout(self.right)
        self.right_box.setContentsMargins(0, 0, 0, 0)
        self.right_box.addWidget(self.coder_setting)
        self.right_box.addWidget(self.memo_box, 2)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        for part, stretch in ((left, 3), (middle, 5), (self.right, 3)):
            self.split.addWidget(part)
            self.split.setStretchFactor(self.split.count() - 1, stretch)
        box = QVBoxLayout(self)
        box.addWidget(self.split, 1)
        box.addWidget(self.message)

        pick = QShortcut(QKeySequence(PICK_KEYS), self, self.pick_code)
        pick.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        mark = QShortcut(QKeySequence(MARK_KEYS), self, self.mark_name)
        mark.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.coding_list.installEventFilter(self)
        self._run(self._open, self._loaded)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        # Delete or Backspace on the list of codings removes the current one
        if watched is self.coding_list and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    # ---- on the writer thread -------------------------------------------------------------
    def _open(self) -> tuple:
        self.coder = Coder(self.store, self.interview_id)
        return self._snapshot()

    def _snapshot(self) -> tuple:
        coder = self.coder
        assert coder is not None
        codings = coder.codings()
        number = memos.numbers(self.store).get(self.interview_id)
        extra = {"coder": coder.coder, "coders": coder.coders(),
                 "flagged": {c.coding_id for c in codings if coder.needs_recoding(c)},
                 "memos": [*(memos.read(self.store, "interview", number) if number else []),
                           *memos.read(self.store, "project"), *memos.read(self.store, "code")]}
        return (coder.passages(), codings, code_entries(coder.protocol, coder.language),
                extra)

    def _recode_as(self, name: str) -> tuple:
        self.coder = Coder(self.store, self.interview_id, name)
        return self._snapshot()

    def _memo(self, scope: str, about: str, text: str) -> tuple:
        assert self.coder is not None
        target = memos.numbers(self.store)[self.interview_id] if scope == "interview" else \
            about or None
        memos.write(self.store, scope, target, text, author=self.coder.coder)
        return self._snapshot()

    def _apply(self, passage: Passage, code: str, start: int | None, end: int | None) -> tuple:
        assert self.coder is not None
        self.coder.code(passage, code, start, end)
        return self._snapshot()

    def _mark(self, text: str) -> str:
        assert self.coder is not None
        return self.coder.mark_name(text)

    def _remove(self, coding_id: str) -> tuple:
        assert self.coder is not None
        self.coder.uncode(coding_id)
        return self._snapshot()

    # ---- on the UI thread -----------------------------------------------------------------
    def _run(self, fn: Any, then: Any, *args: Any) -> None:
        self.writer.submit(fn, *args, on_done=then, on_error=self._error)

    def _error(self, exc: Exception) -> None:
        self.message.setText(user_message(exc))
        set_role(self.message, "error")

    def _loaded(self, snapshot: tuple) -> None:
        passages, codings, entries, extra = snapshot
        self.entries = {e.id: e for e in entries}
        self.memo_box.set_codes([(e.id, e.text) for e in entries])
        saved = self.coder_setting.saved()  # the coder chosen in an earlier run
        if saved and saved != extra["coder"]:
            self.set_coder(saved)
        if entries:
            self.tree = CodeTree(entries)
            self.tree.chosen.connect(self.apply_code)
            self.right_box.insertWidget(1, self.tree, 3)
        else:
            self.right_box.insertWidget(1, label(translate(
                "coding_view", "This protocol has no codebook, so nothing can be coded."), "hint"))
            self.apply_button.setEnabled(False)
        self._refreshed(snapshot)
        if not passages:
            self.heading.setText(translate("coding_view", "No open answer or quote to code yet."))

    def _refreshed(self, snapshot: tuple) -> None:
        passages, codings, _, extra = snapshot
        row = max(self.passage_list.currentRow(), 0)
        self.passages, self.codings = passages, codings
        self.flagged, self.coders = extra["flagged"], extra["coders"]
        self.coder_setting.show_coder(extra["coder"])
        self.memo_box.show_memos(extra["memos"])
        self.passage_list.blockSignals(True)
        self.passage_list.clear()
        for p in passages:
            n = sum(1 for c in codings if self._of(c, p))
            where = f"  [{format_elapsed(p.elapsed_ms)}]" if p.is_quote and p.elapsed_ms else ""
            excerpt = p.text if len(p.text) < 90 else p.text[:87] + "…"
            coded = translate("coding_view", "  · {n} coded").format(n=n) if n else ""
            item = QListWidgetItem(f"{p.label}{where}{coded}\n    “{excerpt}”")
            item.setToolTip(p.text)
            self.passage_list.addItem(item)
        self.passage_list.blockSignals(False)
        if passages:
            self.passage_list.setCurrentRow(min(row, len(passages) - 1))
            self._show_passage(self.passage_list.currentRow())

    @staticmethod
    def _of(coding: Any, passage: Passage) -> bool:
        if passage.quote_id or coding.quote_id:
            return coding.quote_id == passage.quote_id
        return (coding.item_id, coding.instance_id) == (passage.item_id, passage.instance_id)

    def current_passage(self) -> Passage | None:
        row = self.passage_list.currentRow()
        return self.passages[row] if 0 <= row < len(self.passages) else None

    def current_codings(self) -> list[Any]:
        p = self.current_passage()
        return [c for c in self.codings if p is not None and self._of(c, p)]

    def _show_passage(self, row: int) -> None:
        if not 0 <= row < len(self.passages):
            return
        p = self.passages[row]
        self.heading.setText(p.label)
        if self.text.toPlainText() != p.text:
            self.text.setPlainText(p.text)
        self.coding_list.blockSignals(True)
        self.coding_list.clear()
        selections = []
        for c in self.current_codings():
            entry = self.entries.get(c.code)
            colour = QColor(entry.colour if entry else "#eeeeee")
            name = entry.text if entry else c.code
            if c.coding_id in self.flagged:  # never marked at offsets that now mean other text
                shown = translate("coding_view", "NEEDS RE-CODING: the text changed since it "
                                                 "was coded")
                colour = QColor("#f4d6d6")
            elif c.start is None:
                shown = translate("coding_view", "the whole text")
            else:
                piece = p.text[c.start:c.end]
                shown = f"“{piece if len(piece) < 70 else piece[:67] + '…'}”"
                sel = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(colour)
                fmt.setToolTip(name)
                sel.format = fmt
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(utf16_pos(p.text, c.start))
                cursor.setPosition(utf16_pos(p.text, c.end), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                selections.append(sel)
            by = f"  · {c.coder}" if len(self.coders) > 1 and c.coder else ""
            item = QListWidgetItem(f"{name}: {shown}{by}")
            item.setData(Qt.ItemDataRole.UserRole, c.coding_id)
            item.setBackground(colour)
            self.coding_list.addItem(item)
        self.coding_list.blockSignals(False)
        self.text.setExtraSelections(selections)
        self.remove_button.setEnabled(self.coding_list.count() > 0)

    def _select_coding(self, row: int) -> None:
        codings = self.current_codings()
        p = self.current_passage()
        if p is None or not 0 <= row < len(codings) or codings[row].start is None:
            return
        cursor = self.text.textCursor()
        cursor.setPosition(utf16_pos(p.text, codings[row].start))
        cursor.setPosition(utf16_pos(p.text, codings[row].end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def selection(self) -> tuple[int | None, int | None]:
        """The selected passage as code-point offsets, or (None, None) for the whole text."""
        p = self.current_passage()
        cursor = self.text.textCursor()
        if p is None or not cursor.hasSelection():
            return None, None
        return py_index(p.text, cursor.selectionStart()), py_index(p.text, cursor.selectionEnd())

    def pick_code(self) -> None:
        if not self.entries or self.current_passage() is None:
            return
        self.picker = CodePicker(list(self.entries.values()), self)
        self.picker.accepted.connect(lambda: self.apply_code(self.picker.choice or ""))
        self.picker.open()
        self.picker.line.setFocus()

    def apply_code(self, code: str) -> None:
        p = self.current_passage()
        if p is None or not code:
            return
        start, end = self.selection()
        name = self.entries[code].text if code in self.entries else code
        self.message.setText(translate("coding_view", "Coded as {code}.").format(code=name))
        set_role(self.message, "hint")
        self._run(self._apply, self._refreshed, p, code, start, end)

    def set_coder(self, name: str) -> None:
        """Code from now on as ``name`` (the coder setting)."""
        self.message.setText(translate("coding_view", "Coding as {name}.").format(name=name))
        set_role(self.message, "hint")
        self._run(self._recode_as, self._refreshed, name)

    def write_memo(self, scope: str, about: str, text: str) -> None:
        """A memo about this interview, the project or a code (``about``: the code's id)."""
        self._run(self._memo, self._memo_saved, scope, about, text)

    def _memo_saved(self, snapshot: tuple) -> None:
        self.memo_box.saved()
        self._refreshed(snapshot)
        self.message.setText(translate("coding_view", "Memo saved."))
        set_role(self.message, "hint")

    def mark_name(self) -> None:
        """The selected text is a person's name: redacted in every anonymised output."""
        start, end = self.selection()
        p = self.current_passage()
        if p is None or start is None or end is None or start == end:
            self.message.setText(translate("coding_view", "Select the name in the text first, then "
                                                          "mark it."))
            set_role(self.message, "error")
            return
        self._run(self._mark, self._marked, p.text[start:end])

    def _marked(self, name: str) -> None:
        self.message.setText(translate("coding_view", "Marked “{name}” as a name: anonymised "
                                                      "outputs will redact it everywhere.")
                             .format(name=name))
        set_role(self.message, "hint")

    def remove_current(self) -> None:
        item = self.coding_list.currentItem() or self.coding_list.item(0)
        if item is None:
            return
        self.message.setText(translate("coding_view", "Coding removed."))
        set_role(self.message, "hint")
        self._run(self._remove, self._refreshed, item.data(Qt.ItemDataRole.UserRole))
