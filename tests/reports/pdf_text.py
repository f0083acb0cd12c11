"""Reading generated PDFs back: text per page (whitespace folded) and embedded fonts."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def fonts(path: Path) -> dict[str, bool]:
    """Base font name -> whether its program is embedded in the file."""
    out: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            out[str(font["/BaseFont"])] = any(k in descriptor for k in
                                              ("/FontFile", "/FontFile2", "/FontFile3"))
    return out
