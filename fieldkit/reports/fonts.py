"""The DejaVu fonts shipped in fieldkit/data/fonts, registered once and embedded in every PDF."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldkit.data import fonts_dir as shipped_fonts_dir

from .errors import ReportError

SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"
_FILES = {SANS: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", MONO: "DejaVuSansMono.ttf"}


def fonts_dir() -> Path:
    """Where the TTFs are: $FIELDKIT_FONTS, or the package's own (source, wheel or bundle)."""
    if os.environ.get("FIELDKIT_FONTS"):
        return Path(os.environ["FIELDKIT_FONTS"])
    return shipped_fonts_dir()


@cache
def register_fonts() -> str:
    """Register the DejaVu family (TrueType, so reportlab embeds subsets); return the base name."""
    folder = fonts_dir()
    for name, file in _FILES.items():
        path = folder / file
        if not path.is_file():
            raise ReportError(f"the report font {file} is missing from {folder}; "
                              "reinstall fieldkit or set FIELDKIT_FONTS to a folder holding it")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # Bold-italic falls back to bold: DejaVu's bold oblique is not shipped to keep the app small.
    for bold, italic, face in ((0, 0, SANS), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
        addMapping(SANS, bold, italic, face)
    # Drawings start in the graphics default font (Helvetica), which would then be referenced
    # in the PDF without being embedded; start them in ours.
    STATE_DEFAULTS["fontName"] = SANS
    return SANS
