"""The desktop app (PySide6): everything Qt lives here."""
