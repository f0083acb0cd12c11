"""Timestamps as the store writes them: UTC, ISO 8601, milliseconds, a trailing Z."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    """A fresh random UUID (version 4) as text."""
    return str(uuid.uuid4())
