"""The risk step of an anonymisation: unknown values refused, risk before and after, local
suppression within the plan's limit, the people named protected, suggestions, thresholds."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from fieldkit.anonymise.alters import protect_alters
from fieldkit.anonymise.frame import RiskFrame, Targets
from fieldkit.anonymise.generalise import UnknownValue, entry_transform, suppressible
from fieldkit.anonymise.ladder import ladder
from fieldkit.anonymise.lattice import search, sentence
from fieldkit.anonymise.plan import Plan
from fieldkit.anonymise.public import Public, public_side, reference_years
from fieldkit.anonymise.risk import RiskSummary, measure
from fieldkit.counting import counted
from fieldkit.dataset.tables import TABLES, Dataset
from fieldkit.errors import AnonymisationError


class RiskRefused(AnonymisationError):
    """Below the plan's k, k-map or l without an override; ``record`` has the figures and
    every suggestion (it stays in memory: it is never written)."""

    can_override = True  # a reason may let it through (recorded); an unknown value may not

    def __init__(self, message: str, record: Any):
        super().__init__(message)
        self.record = record


def check_known_values(data: Dataset, plan: Plan) -> None:
    """Refuse, naming the value, anything a mapping or the bands do not cover: such a value
    would otherwise go out as it was typed."""
    for table in TABLES:
        for var in data.variables_of(table):
            entry = plan.variables.get(f"{table}.{var.name}")
            if not entry or entry.get("to") not in ("mapping", "bands"):
                continue
            transform = entry_transform(entry)
            if transform is None:
                continue
            for row in data.table(table):
                try:
                    transform(row.get(var.name))
                except UnknownValue as exc:
                    raise UnknownValue(exc.value, f"{table}.{var.name}", exc.how) from None


@dataclass
class Assessment:
    """What the risk step found and did, for the record."""

    before: RiskSummary
    after: RiskSummary
    public: Public
    suppressed: list[dict[str, Any]] = field(default_factory=list)  # {number, variables}
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    cells: dict[tuple[str, str], int] = field(default_factory=dict)  # blanked per column
    warnings: list[str] = field(default_factory=list)


def _suppressible(plan: Plan, qis: list[str]) -> list[str]:
    chosen = [q for q in qis if suppressible(plan.entry("interviews", q))]
    return sorted(chosen, key=lambda q: (plan.entry("interviews", q).get("action") != "suppress",
                                         qis.index(q)))


def assess(data: Dataset, out: Dataset, plan: Plan) -> Assessment:
    """Measure ``data`` (identified) and ``out`` (anonymised, changed in place: cells of
    records at risk and attributes of rare people named are blanked)."""
    names = {v.name for v in out.variables if v.table == "interviews"}
    qis = [q for q in plan.of_class("quasi_identifier") if q in names]
    sensitive = [s for s in plan.of_class("sensitive") if s in names]
    public = public_side(plan, qis, data.population)
    dates = [v.name for v in data.variables_of("interviews") if v.type in ("date", "datetime")]
    years = reference_years(plan, data.interviews, dates)
    k, l_ = plan.k_threshold, plan.l_threshold
    before = measure(data.interviews, qis, sensitive, k, data.population, public.raw_fields,
                     l_threshold=l_, years=years)
    types = {v.name: v.type for v in data.variables_of("interviews")}
    ladders = {q: ladder(q, types.get(q, "string"), plan.entry("interviews", q)) for q in qis}
    limit = int(math.floor(plan.suppression_limit * len(data.interviews) + 1e-9))
    frame = RiskFrame(ladders, data.interviews, out.interviews, sensitive, public.fields,
                      data.population, years, Targets(k, l_, plan.l_measure, limit),
                      _suppressible(plan, qis))
    zero = tuple(0 for _ in qis)
    outcome = frame.suppress(zero) if frame.suppressible else frame.evaluate(zero)
    found = Assessment(before, before, public)
    by_record: dict[int, list[str]] = {}
    for i, q in sorted(outcome.blanks, key=lambda b: (b[0], qis.index(b[1]))):
        out.interviews[i][q] = None
        by_record.setdefault(i, []).append(q)
        found.cells[("interviews", q)] = found.cells.get(("interviews", q), 0) + 1
    found.suppressed = [{"number": out.interviews[i].get("number"), "variables": v}
                        for i, v in sorted(by_record.items())]
    left = [i for i in outcome.at_risk if i not in by_record]
    if left and frame.suppressible and len(by_record) >= frame.targets.limit:
        found.warnings.append(
            f"{len(left)} interview(s) still at risk were not suppressed: the plan allows "
            f"suppression in at most {frame.targets.limit} of {frame.n} interviews "
            f"(suppression_limit {plan.suppression_limit:g})")
    alters, cells = protect_alters(data, out, plan)
    for name, n in cells.items():
        found.cells[("people", name)] = n
    after = measure(out.interviews, qis, sensitive, k, data.population, public.fields,
                    l_threshold=l_, years=years)
    found.after = dataclasses.replace(after, alters=alters)
    if not outcome.reached and frame.n >= k:
        found.suggestions = search(frame)
    return found


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def check_thresholds(record: Any, override: str | None) -> None:
    """Refuse below k, k-map or l (RiskRefused, with the cheapest suggestions in the message)
    unless an ``override`` reason is given; then the record says it was overridden."""
    after: RiskSummary | None = record.risk_after
    if after is None:
        return
    k, l_ = record.k_threshold, record.l_threshold
    measure_name = str(record.plan.get("l_measure", "distinct"))
    problems = []
    if after.k is not None and after.k < k:
        problems.append(f"the anonymised data have k={after.k}, below the plan's threshold "
                        f"of {k} ({_count(len(after.at_risk), 'record')} at risk)")
    if after.k_map is not None and after.k_map < k:
        lead = "the anonymised data have " if not problems else ""
        problems.append(f"{lead}k-map={after.k_map} against the public rosters, below the "
                        f"plan's threshold of {k} ({_count(len(after.k_map_at_risk), 'record')} "
                        f"with fewer than {k} roster seats sharing their public values)")
    for name in after.sensitive:
        value = (after.l_entropy if measure_name == "entropy" else after.l).get(name)
        if value is not None and value + 1e-9 < l_:
            shown = f"{value:.2f}" if measure_name == "entropy" else str(value)
            classes = after.l_at_risk.get(name, 0)
            problems.append(f"l-diversity ({measure_name}) of {name} is {shown}, below the "
                            f"plan's l threshold of {l_} in {classes} class"
                            f"{'es' if classes != 1 else ''} of respondents")
    if after.alters.get("at_risk"):
        alters = after.alters["at_risk"]
        problems.append(f"{counted(alters, 'person', 'people')} named "
                        f"{'shares their' if alters == 1 else 'share their'} roster "
                        f"attributes with fewer than {counted(k, 'roster seat')}")
    if not problems:
        return
    if not override:
        text = "; ".join(problems)
        n = len(after.records)
        fix = (f"With {_count(n, 'interview')} no generalisation can reach k={k}" if n < k
               else sentence(record.suggestions))
        raise RiskRefused(f"{text}. {fix}. "
                          "Change the plan, or give an override reason.", record)
    record.warnings.append("exported below the plan's thresholds (" + "; ".join(problems)
                           + "), overridden by the lead")
