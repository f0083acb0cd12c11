"""Tidy tables that analysis and outputs read: interviews, people named, ties, quotes."""

from fieldkit.dataset.build import build_dataset
from fieldkit.dataset.inputs import InterviewInput, InterviewMeta
from fieldkit.dataset.tables import SPECIAL_CODES, TABLES, Dataset, Row, Variable

__all__ = ["SPECIAL_CODES", "TABLES", "Dataset", "InterviewInput", "InterviewMeta", "Row",
           "Variable", "build_dataset"]
