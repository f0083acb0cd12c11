"""Why a value cannot be an answer, said for the interviewer."""

from __future__ import annotations


class InvalidAnswer(ValueError):
    """The value cannot be an answer to the item; the message says why, for the interviewer."""
