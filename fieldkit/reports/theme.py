"""The look of every report: paragraph styles, table styles, colours for groups."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from .fonts import BOLD, ITALIC, MONO, SANS, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
BAND = colors.HexColor("#f0f4f8")
ACCENT = colors.HexColor("#1f5f8b")
ALERT = colors.HexColor("#b42318")
MARK = colors.HexColor("#fde68a")

# Okabe-Ito: distinguishable for the common colour-vision deficiencies, and in grey print.
PALETTE = [colors.HexColor(c) for c in (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#7f7f7f", "#F0E442",
    "#003f5c", "#a05195", "#2f4b7c", "#ffa600", "#665191", "#d45087", "#f95d6a", "#ff7c43")]


# Tables set a cell font even when every cell is a Paragraph; Helvetica would then be
# referenced without being embedded.
FONT_COMMANDS = [("FONTNAME", (0, 0), (-1, -1), SANS)]


def palette(n: int) -> list[colors.Color]:
    return [PALETTE[i % len(PALETTE)] for i in range(n)]


@cache
def styles() -> dict[str, ParagraphStyle]:
    base = register_fonts()
    body = ParagraphStyle("body", fontName=base, fontSize=9.5, leading=13, textColor=INK,
                          spaceAfter=5)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=20, leading=25,
                                spaceAfter=4, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=12, leading=16, textColor=MUTED,
                                   spaceAfter=14),
        "h1": ParagraphStyle("h1", body, fontName=BOLD, fontSize=14, leading=18, spaceBefore=14,
                             spaceAfter=7, textColor=ACCENT, keepWithNext=1),
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=10,
                             spaceAfter=4, keepWithNext=1),
        "contents": ParagraphStyle("contents", body, fontName=BOLD, fontSize=11, leading=14,
                                   spaceBefore=10, spaceAfter=6),
        "small": ParagraphStyle("small", body, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", body, fontSize=8.5, leading=11, spaceAfter=0,
                                     alignment=TA_RIGHT),
        "head": ParagraphStyle("head", body, fontName=BOLD, fontSize=7.8, leading=10,
                               spaceAfter=0),
        "h3": ParagraphStyle("h3", body, fontName=BOLD, fontSize=9.5, leading=12,
                             spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "quote": ParagraphStyle("quote", body, fontName=ITALIC, leftIndent=14, rightIndent=14,
                                spaceAfter=1),
        "cite": ParagraphStyle("cite", body, fontSize=8.5, leading=11, leftIndent=14,
                               textColor=MUTED, spaceAfter=9),
        "mono": ParagraphStyle("mono", body, fontName=MONO, fontSize=8, leading=10.5),
        "cover": ParagraphStyle("cover", body, fontName=BOLD, fontSize=26, leading=32,
                                spaceBefore=90, spaceAfter=10, textColor=ACCENT),
        "cover_sub": ParagraphStyle("cover_sub", body, fontSize=14, leading=19,
                                    textColor=MUTED, spaceAfter=28),
        "bullet": ParagraphStyle("bullet", body, leftIndent=12, bulletIndent=2, spaceAfter=4,
                                 bulletFontName=base),
        "toc1": ParagraphStyle("toc1", body, fontSize=10.5, leading=15, leftIndent=8),
        "toc2": ParagraphStyle("toc2", body, fontSize=9, leading=12, leftIndent=24,
                               textColor=MUTED),
    }


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: answers may hold < and &)."""
    return Paragraph(escape(str(text)), styles()[style])


def table(rows: Sequence[Sequence[object]], widths: list[float] | None = None, *,
          header_rows: int = 1,
          numeric_from: int | None = None, total_row: bool = False) -> Table:
    """A report table: bold header, banded rows, numbers right-aligned from ``numeric_from``."""
    s = styles()
    cells = []
    for r, row in enumerate(rows):
        out = []
        for c, value in enumerate(row):
            if not isinstance(value, str | int | float):
                out.append(value)
                continue
            right = numeric_from is not None and c >= numeric_from
            name = "head" if r < header_rows else ("cell_right" if right else "cell")
            paragraph_style = s[name]
            if r < header_rows and right:
                paragraph_style = ParagraphStyle("head_right", s["head"], alignment=TA_RIGHT)
            out.append(Paragraph(escape(str(value)), paragraph_style))
        cells.append(out)
    t = Table(cells, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    commands = [
        *FONT_COMMANDS,
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    for r in range(header_rows, len(rows)):
        if (r - header_rows) % 2 == 1:
            commands.append(("BACKGROUND", (0, r), (-1, r), BAND))
    if total_row and len(rows) > header_rows + 1:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, INK))
    t.setStyle(TableStyle(commands))
    return t


def key_values(pairs: Sequence[tuple[str, object]], width: float) -> Table:
    """A two-column label/value block (interview facts, report metadata)."""
    s = styles()
    rows = [[Paragraph(escape(k), s["head"]), v if not isinstance(v, str | int | float)
             else Paragraph(escape(str(v)), s["cell"])] for k, v in pairs]
    t = Table(rows, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT")
    t.setStyle(TableStyle([*FONT_COMMANDS, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t
