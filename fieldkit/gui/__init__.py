"""The desktop app (PySide6): everything Qt lives here."""

from .qt_refcounts import protect_singletons

# Before any Qt call. The pinned PySide6 (6.11) does not need it; 6.12.0 on Python 3.11
# drops references to None and True, and this keeps such an install from aborting.
protect_singletons()
