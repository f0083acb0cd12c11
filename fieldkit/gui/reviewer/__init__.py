"""The ethics reviewer's mode: an export folder opened read-only, and an approve/return decision."""

from .page import ReviewerPage

__all__ = ["ReviewerPage"]
