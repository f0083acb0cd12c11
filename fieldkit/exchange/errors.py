"""The exchange part's failures: a session file set aside, with the reason in one sentence."""

from __future__ import annotations

from fieldkit.errors import ExchangeError


class Rejected(ExchangeError):
    """A session file was refused; ``str()`` is the reason (a clause: 'it is cut short')."""


class NothingToExport(ExchangeError):
    """Every finished interview and withdrawal was already handed over."""
