"""The page every report shares: masthead, 'Page N of M', A4 or Letter, progress and cancel."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from fieldkit.atomic import write_file

from .errors import ReportCancelled, ReportError
from .fonts import BOLD, SANS, register_fonts
from .theme import ALERT, INK, MUTED, RULE

PAPER = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
IDENTIFIED = "IDENTIFIED — team only"


@dataclass(frozen=True)
class Masthead:
    """What every page says about the report: which study, which protocol, which data."""

    title: str
    protocol: str  # "informal-relations v1.0"
    plan_hash: str | None  # None: identified data
    generated: str  # date the report was made

    @property
    def status(self) -> str:
        return f"Anonymised · plan {self.plan_hash[:16]}" if self.plan_hash else IDENTIFIED


class Tracker:
    """Progress in percent across a report's phases, with the cancel check between steps."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None):
        self.progress, self.cancelled = progress, cancelled
        self.start, self.end, self.count, self.done = 0, 100, 1, 0

    def phase(self, start: int, end: int, count: int) -> None:
        self.start, self.end, self.count, self.done = start, end, max(1, count), 0
        self.report()

    def step(self) -> None:
        self.check()
        self.done = min(self.count, self.done + 1)
        self.report()

    def report(self) -> None:
        if self.progress is not None:
            self.progress(self.start + (self.end - self.start) * self.done // self.count, 100)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()


def _canvas_class(masthead: Masthead) -> type[rl_canvas.Canvas]:
    class PageCanvas(rl_canvas.Canvas):
        """Holds pages back until the end so that each can say 'Page N of M'."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._marks: list[tuple[str, float | None]] = []

        def bookmarkPage(self, key: str, top: float | None = None,  # noqa: N802
                         **kwargs: object) -> None:
            # A destination names the page the PDF is writing when it is made; pages are
            # written only in save(), so the mark waits for its own page there (made now, every
            # contents link and bookmark would point at page 1).
            self._marks.append((key, top))

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                for key, top in state["_marks"]:
                    super().bookmarkPage(key, fit="XYZ", top=self._pagesize[1] if top is None
                                         else top)
                _furniture(self, masthead, number, len(self._pages))
                super().showPage()
            super().save()

    return PageCanvas


def _furniture(c: rl_canvas.Canvas, masthead: Masthead, number: int, total: int) -> None:
    width, height = c._pagesize
    top, bottom = height - 11 * mm, 10 * mm
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
    c.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
    c.setFont(SANS, 7.5)
    c.setFillColor(MUTED)
    room = width - 2 * MARGIN - stringWidth(masthead.status, BOLD, 7.5) - 6 * mm
    tail = f" · {masthead.protocol}"
    c.drawString(MARGIN, top, fit_text(masthead.title, room - stringWidth(tail, SANS, 7.5)) + tail)
    c.setFont(BOLD, 7.5)
    c.setFillColor(INK if masthead.plan_hash else ALERT)
    c.drawRightString(width - MARGIN, top, masthead.status)
    c.setFont(SANS, 7.5)
    c.setFillColor(MUTED)
    c.drawString(MARGIN, bottom, f"fieldkit · made {masthead.generated}")
    c.drawRightString(width - MARGIN, bottom, f"Page {number} of {total}")
    c.restoreState()


def fit_text(text: str, room: float, font: str = SANS, size: float = 7.5) -> str:
    """``text`` cut with an ellipsis to fit ``room`` points, so running heads never overlap."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip(" ·") + "…"


class ReportDocument(BaseDocTemplate):
    """A one-frame document whose h1/h2 headings feed the table of contents and PDF outline."""

    def __init__(self, target: io.BytesIO, masthead: Masthead, paper: str, tracker: Tracker,
                 story_length: int):
        if paper not in PAPER:
            raise ReportError(f"paper '{paper}' is not known; use a4 or letter")
        super().__init__(target, pagesize=PAPER[paper], leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=20 * mm, bottomMargin=20 * mm, title=masthead.title,
                         author="fieldkit", subject=masthead.status, creator="fieldkit",
                         # else each page starts in Helvetica, referenced but not embedded
                         initialFontName=SANS)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.tracker, self.story_length, self.laid = tracker, max(1, story_length), 0
        self.passes = 0

    def handle_documentBegin(self) -> None:  # noqa: N802 (reportlab's name)
        self.passes += 1
        self.laid = 0
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        self.laid += 1
        if self.laid % 25 == 0:
            # Layout passes share the last phase: the first gets most of it, later ones the rest.
            share = min(1.0, self.laid / self.story_length)
            self.tracker.done = int(self.tracker.count * min(0.99, (self.passes - 1 + share) / 2))
            self.tracker.check()
            self.tracker.report()
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            text = flowable.getPlainText()
            key = f"h{self.seq.nextf('heading')}"
            top = self.frame._y + flowable.height + flowable.style.spaceBefore  # its top edge
            self.canv.bookmarkPage(key, top=min(top, self.pagesize[1]))
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))


def build_pdf(story: list[Flowable], out: Path | str, masthead: Masthead, *, paper: str = "a4",
              tracker: Tracker | None = None, contents: bool = False) -> Path:
    """Lay out ``story`` and write it to ``out`` atomically (nothing half-written on failure)."""
    register_fonts()
    tracker = tracker or Tracker(None, None)
    buffer = io.BytesIO()
    doc = ReportDocument(buffer, masthead, paper, tracker, len(story))
    maker = _canvas_class(masthead)
    if contents:
        doc.multiBuild(story, canvasmaker=maker)
    else:
        doc.build(story, canvasmaker=maker)
    tracker.done = tracker.count
    tracker.report()
    return write_atomically(Path(out), buffer.getvalue())


def write_atomically(path: Path, data: bytes) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        write_file(path, data)  # through a private folder a killed run's next start removes
    except OSError as exc:
        raise ReportError(f"cannot write {path}: {exc.strerror or exc}; "
                          "choose another place") from None
    return path
