"""Counts in English words: "1 interview", "2 interviews" (never "1 interviews" or "file(s)")."""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the noun that agrees with it: ``counted(1, "interview")`` is "1 interview"."""
    return f"{n} {noun(n, one, many)}"


def noun(n: int, one: str, many: str | None = None) -> str:
    """The noun alone, singular for exactly one (``many`` defaults to ``one`` + "s")."""
    return one if n == 1 else (many if many is not None else f"{one}s")
