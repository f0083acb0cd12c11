"""UI preferences kept in QSettings: window geometry, auto-lock time, text size, the app's
language, the last protocol started (its id) and the name codings are kept under, nothing
else.

Only the keys listed in ``DEFAULTS`` (and the window geometry) can be written, so no part of
the app can put a respondent code, an answer or a file name here by accident.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from fieldkit.store.coders import check_coder

from .i18n import LANGUAGES, SYSTEM

DEFAULTS: dict[str, float] = {
    "auto_lock_seconds": 300.0,  # five minutes of no keyboard or mouse activity
    "font_scale": 1.0,
}
LIMITS: dict[str, tuple[float, float]] = {
    "auto_lock_seconds": (0.05, 24 * 3600.0),
    "font_scale": (0.8, 2.0),
}
GEOMETRY = "window/geometry"
LANGUAGE = "ui/language"
LAST_PROTOCOL = "ui/last_protocol"
CODER = "coding/coder"
PROTOCOL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")  # a protocol's id, nothing else


class UiSettings:
    """Typed access to the few preferences fieldkit keeps outside the store."""

    def __init__(self, path: str | Path | None = None):
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                 "fieldkit", "fieldkit")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def get(self, key: str) -> float:
        default = DEFAULTS[key]
        try:
            stored: Any = self._qs.value(f"ui/{key}", default)  # a number or its text
            value = float(stored)
        except (TypeError, ValueError):
            return default
        low, high = LIMITS[key]
        return min(max(value, low), high)

    def set(self, key: str, value: float) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"'{key}' is not a UI preference")
        low, high = LIMITS[key]
        self._qs.setValue(f"ui/{key}", min(max(float(value), low), high))
        self._qs.sync()

    def last_protocol(self) -> str:
        """The id of the protocol last started (a study's name, never a respondent's)."""
        value = self._qs.value(LAST_PROTOCOL, "")
        return value if isinstance(value, str) and PROTOCOL_ID.match(value) else ""

    def set_last_protocol(self, protocol_id: str) -> None:
        if not PROTOCOL_ID.match(protocol_id):
            raise ValueError(f"'{protocol_id}' is not a protocol id")
        self._qs.setValue(LAST_PROTOCOL, protocol_id)
        self._qs.sync()

    def language(self) -> str:
        """The app's language code ("fr"), or "" to follow the system's language."""
        value = self._qs.value(LANGUAGE, SYSTEM)
        return value if isinstance(value, str) and value in LANGUAGES else SYSTEM

    def set_language(self, code: str) -> None:
        if code != SYSTEM and code not in LANGUAGES:
            raise ValueError(f"'{code}' is not one of the app's languages")
        self._qs.setValue(LANGUAGE, code)
        self._qs.sync()

    def coder(self) -> str:
        """The coder's name the Coding tab codes under ('' for the store's own default): a
        coder's name as the store accepts it, nothing else."""
        value = self._qs.value(CODER, "")
        try:
            return check_coder(value) if isinstance(value, str) and value else ""
        except ValueError:
            return ""

    def set_coder(self, name: str) -> None:
        self._qs.setValue(CODER, check_coder(name))  # ValueError with one sentence
        self._qs.sync()

    def geometry(self) -> QByteArray | None:
        value = self._qs.value(GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue(GEOMETRY, geometry)
        self._qs.sync()
