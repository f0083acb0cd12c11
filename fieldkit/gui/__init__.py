"""The desktop app (PySide6): everything Qt lives here."""

from .qt_refcounts import protect_singletons

# Before any Qt call: PySide6 6.12 on Python 3.11 drops references to None and True.
protect_singletons()
