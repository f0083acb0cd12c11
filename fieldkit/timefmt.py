"""Elapsed time as people read it: mm:ss, or h:mm:ss past an hour."""

from __future__ import annotations

import re


def format_elapsed(ms: int | None) -> str:
    """Elapsed time as ``mm:ss``, or ``h:mm:ss`` past an hour (as quotes are cited)."""
    if ms is None:
        return ""
    seconds = max(0, int(ms) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def format_cited(ms: int | None) -> str:
    """Elapsed time as a citation writes it: ``3:45``, ``37:56``, ``1:10:10``."""
    text = format_elapsed(ms)
    return text[1:] if text.startswith("0") and len(text) == 5 else text


def parse_elapsed(text: str) -> int:
    """``"37:56"`` or ``"1:02:03"`` -> milliseconds; ValueError for anything else."""
    match = re.fullmatch(r"(?:(\d+):)?(\d{1,3}):([0-5]\d)", text.strip())
    if not match:
        raise ValueError(f"'{text}' is not an elapsed time (mm:ss or h:mm:ss)")
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    if hours and minutes > 59:
        raise ValueError(f"'{text}' is not an elapsed time (mm:ss or h:mm:ss)")
    return ((hours * 60 + minutes) * 60 + seconds) * 1000
