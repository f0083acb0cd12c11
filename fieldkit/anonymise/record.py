"""The record of what anonymisation did: for the reviewer, the JSON report and the PDF report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from fieldkit.anonymise.candidates import Candidate
from fieldkit.anonymise.risk import RiskSummary


@dataclass(frozen=True)
class VariableAction:
    """What was done to one column."""

    table: str
    name: str
    action: str  # drop, keep, pseudonymise, generalise, top_code, suppress, redact
    disclosure: str  # the disclosure class
    params: dict[str, Any] = field(default_factory=dict)  # the plan entry without class/action
    changed: int = 0  # cells whose value changed
    warning: str = ""


@dataclass(frozen=True)
class RedactedText:
    """One redacted text, shown to the reviewer with its placeholders; never the original."""

    table: str
    column: str
    number: int | None  # the interview number
    item_id: str | None
    record_id: str | None  # the (pseudonymised) quote, person or coding id, if any
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, placeholder) in ``text``


@dataclass
class AnonymisationRecord:
    """Everything done to make an anonymised dataset. ``mapping`` (original -> placeholder)
    is for the team's encrypted store only: :meth:`to_dict` leaves it out, so no output has it."""

    plan: dict[str, Any]
    plan_hash: str
    protocol_id: str
    protocol_version: str
    protocol_hash: str
    k_threshold: int
    l_threshold: int
    actions: list[VariableAction] = field(default_factory=list)
    replacements: dict[str, int] = field(default_factory=dict)  # placeholder kind -> count
    risk_before: RiskSummary | None = None
    risk_after: RiskSummary | None = None
    suppressed: list[dict[str, Any]] = field(default_factory=list)  # {number, variables}
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    redacted_texts: list[RedactedText] = field(default_factory=list)
    residual_names: list[dict[str, Any]] = field(default_factory=list)  # undecided, per place
    candidates: list[Candidate] = field(default_factory=list)  # left for a person to decide
    warnings: list[str] = field(default_factory=list)
    attacker_model: str = ""  # who is assumed to try re-identification, with what
    quasi_identifiers: list[dict[str, Any]] = field(default_factory=list)  # public or not, k-map
    population: dict[str, Any] = field(default_factory=dict)  # k-map's population: size, make-up
    consent: list[dict[str, Any]] = field(default_factory=list)  # per gate: items, withheld
    override: str | None = None  # the reason given for exporting below k (never in to_dict)
    mapping: list[dict[str, str]] = field(default_factory=list, repr=False)
    # the numbering scheme behind the interview numbers: item, its label, what the plan does to
    # it and whether the numbers were reassigned (None: numbered in order, no scheme)
    numbering: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        self.plan = without_extra_terms(self.plan)

    def undecided(self) -> list[Candidate]:
        """Candidates no one has decided on yet: no anonymised output while there are any."""
        return [c for c in self.candidates if c.decided is None]

    def to_dict(self) -> dict[str, Any]:
        """The record as plain data for reports; never includes ``mapping``."""
        return {
            "plan": self.plan, "plan_hash": self.plan_hash,
            "protocol": {"id": self.protocol_id, "version": self.protocol_version,
                         "hash": self.protocol_hash},
            "k_threshold": self.k_threshold, "l_threshold": self.l_threshold,
            "actions": [asdict(a) for a in self.actions],
            "replacements": dict(sorted(self.replacements.items())),
            "risk_before": self.risk_before.to_dict() if self.risk_before else None,
            "risk_after": self.risk_after.to_dict() if self.risk_after else None,
            "suppressed": list(self.suppressed), "suggestions": list(self.suggestions),
            "redacted_texts": [{**asdict(t), "spans": [list(s) for s in t.spans]}
                               for t in self.redacted_texts],
            "residual_names": list(self.residual_names),
            "candidates": [c.to_dict() for c in self.candidates if c.decided != "redact"],
            "warnings": list(self.warnings),
            "attacker_model": self.attacker_model,
            "quasi_identifiers": [dict(q) for q in self.quasi_identifiers],
            "population": dict(self.population),
            "consent": [dict(c) for c in self.consent],
            "numbering": dict(self.numbering) if self.numbering else None,
            # Whether a reason let this output through below a threshold; the reason itself
            # stays in the team's encrypted audit log, never in an output.
            "overridden": bool(self.override),
        }


def without_extra_terms(plan: dict[str, Any]) -> dict[str, Any]:
    """The plan with its extra terms (the very names to remove) replaced by their count."""
    redact = plan.get("redact")
    if not isinstance(redact, dict) or "extra_terms" not in redact:
        return plan
    terms = redact.get("extra_terms") or []
    rest = {k: v for k, v in redact.items() if k != "extra_terms"}
    rest["extra_terms_count"] = len(terms) if isinstance(terms, list) else 0
    return {**plan, "redact": rest}
