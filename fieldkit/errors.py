"""The project's own errors: every failure a user can cause, said in one sentence."""

from __future__ import annotations

from dataclasses import dataclass


class FieldkitError(Exception):
    """A failure a person can cause and fix; ``str()`` is one plain sentence for them."""

    exit_code = 1


class UsageError(FieldkitError):
    """The command was called wrongly (exit 2)."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file, with where it is."""

    file: str
    location: str
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.file}:{self.location}" if self.location else self.file
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"


class ProtocolError(FieldkitError):
    """A protocol could not be loaded; ``problems`` says each thing wrong and where."""

    def __init__(self, problems: list[Problem]):
        self.problems = [p for p in problems if p.severity == "error"] or list(problems)
        first = self.problems[0] if self.problems else None
        more = len(self.problems) - 1
        text = str(first) if first else "the protocol is not valid"
        if more > 0:
            text += f" (and {more} more problem{'s' if more > 1 else ''})"
        super().__init__(text)


class ExpressionError(FieldkitError):
    """An expression (relevance, constraint, calculation) is malformed or mistyped."""

    def __init__(self, message: str, position: int | None = None):
        self.message = message
        self.position = position
        super().__init__(message if position is None else f"{message} (at character {position + 1})")


class StoreError(FieldkitError):
    """The encrypted store cannot be opened, read or written as asked."""


class WrongPassphrase(StoreError):
    """The passphrase does not unlock the store."""


class StoreLocked(StoreError):
    """Another process has the store open."""


class ExchangeError(FieldkitError):
    """A session file cannot be made, opened, verified or merged."""


class AnonymisationError(FieldkitError):
    """An anonymisation plan is invalid or an export would break it."""
