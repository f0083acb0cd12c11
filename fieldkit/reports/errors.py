"""Errors of report building: missing resources, cancellation, unwritable output."""

from __future__ import annotations

from fieldkit.errors import FieldkitError


class ReportError(FieldkitError):
    """A report cannot be made as asked."""


class ReportCancelled(ReportError):
    """The person building the report cancelled it; nothing was written."""

    def __init__(self) -> None:
        super().__init__("the report was cancelled; no file was written")
