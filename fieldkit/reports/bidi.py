"""Right-to-left text (Arabic, Hebrew, ...) laid out for reportlab, which draws left to right.

The Unicode bidirectional algorithm orders a *line*, not a paragraph: the text is shaped
(Arabic letters joined), broken into lines that fit the width in logical order, and only then
is each line put in visual order. Placeholders such as ``[PERSON-1]`` are isolated so they stay
whole and read left to right inside right-to-left text.
"""

from __future__ import annotations

import re
import unicodedata

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*(?:-\d+)?\]")
LRI, PDI = "\u2066", "\u2069"
MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def is_rtl(text: str) -> bool:
    """Whether the text holds any right-to-left letter."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _strong(ch: str) -> str | None:
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    return None


def _mirror_rtl_brackets(line: str) -> str:
    """get_display orders brackets but does not mirror them; mirror those inside RTL runs."""
    out = list(line)
    for i, ch in enumerate(line):
        if ch not in "()[]{}<>«»":
            continue
        left = next((s for s in map(_strong, reversed(line[:i])) if s), None)
        right = next((s for s in map(_strong, line[i + 1:]) if s), None)
        if "R" in (left, right) and "L" not in (left, right):
            out[i] = ch.translate(MIRROR)
    return "".join(out)


def _visual(line: str) -> str:
    return _mirror_rtl_brackets(get_display(line)).replace(LRI, "").replace(PDI, "")


def rtl_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of ``text`` in visual order, each fitting ``width`` in ``font`` at ``size``."""
    shaped = arabic_reshaper.reshape(PLACEHOLDER.sub(lambda m: f"{LRI}{m.group()}{PDI}", text))
    lines: list[str] = []
    for paragraph in shaped.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and stringWidth(candidate, font, size) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return [_visual(line) for line in lines]
