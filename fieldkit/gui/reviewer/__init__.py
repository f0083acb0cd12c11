"""The ethics reviewer's mode: an export folder opened read-only, and an approve/return decision.

``page.ReviewerPage`` is the screen; ``entry`` hooks it into the main window (kept apart so
the window's start-up does not import the reviewer's widgets)."""
