"""The anonymisation plan, pseudonyms, generalisation, redaction and disclosure risk."""

from fieldkit.anonymise.apply import anonymise
from fieldkit.anonymise.assess import RiskRefused
from fieldkit.anonymise.candidates import Candidate, Where
from fieldkit.anonymise.plan import Plan, default_plan, load_plan, plan_from_dict
from fieldkit.anonymise.record import AnonymisationRecord, RedactedText, VariableAction
from fieldkit.anonymise.risk import RiskSummary

__all__ = ["AnonymisationRecord", "Candidate", "Plan", "RedactedText", "RiskRefused",
           "RiskSummary", "VariableAction", "Where", "anonymise", "default_plan", "load_plan",
           "plan_from_dict"]
