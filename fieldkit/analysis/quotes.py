"""Quotes with their citations: role and organisation, interview number and time, never a name."""

from __future__ import annotations

import calendar
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldkit.dataset.consent import attributable
from fieldkit.dataset.tables import Dataset, Row
from fieldkit.protocol.model import DEFAULT_CITATION, Protocol
from fieldkit.timefmt import format_cited

from .values import AnalysisError, missing_kind, short_label, value_label


@dataclass(frozen=True)
class CitationMapping:
    """Where each field of a citation pattern comes from in the dataset.

    ``role`` joins the labels of these interview columns ("EU" + "Ambassador"); columns in
    ``as_code`` are cited by their upper-cased choice name (eu -> EU) rather than their long
    label; ``city`` is an interview column; ``year`` and ``month`` come from the first of
    ``date`` that holds a date. ``overrides`` replaces a column's value with fixed text
    (``{"role": {"charge_d_affaires": "Chargé d'affaires"}}``); ``extra`` maps further pattern
    fields to interview columns (``{"place": "city"}``).
    """

    role: tuple[str, ...] = ("organisation", "role")
    as_code: frozenset[str] = frozenset({"organisation"})
    city: str | None = "city"
    date: tuple[str, ...] = ("interview_date", "started_at")
    overrides: dict[str, dict[str, str]] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    other: dict[str, str] = field(default_factory=dict)  # role -> role_other: text for "other"
    month: str | None = None  # a month column (a choice or a number) instead of ``date``
    year: str | None = None  # a year column instead of ``date``

    @classmethod
    def from_protocol(cls, protocol: Protocol | None) -> CitationMapping:
        """The protocol's ``citation_map``: ``role`` (columns), ``as_code``, ``words``
        (column -> choice -> the word the paper writes), ``other`` (column -> its "please
        specify" column), ``fields`` (pattern field -> column), ``city``, ``date``, ``month``,
        ``year``; the defaults where it says nothing."""
        spec: Mapping[str, Any] = (protocol.citation_map if protocol is not None else None) or {}
        base = cls()
        return cls(role=tuple(spec.get("role", base.role)),
                   as_code=frozenset(spec.get("as_code", base.as_code)),
                   city=spec.get("city", base.city),
                   date=tuple(spec.get("date", base.date)),
                   overrides={str(k): {str(a): str(b) for a, b in v.items()}
                              for k, v in (spec.get("words") or {}).items()},
                   extra=dict(spec.get("fields") or {}), other=dict(spec.get("other") or {}),
                   month=spec.get("month"), year=spec.get("year"))


#: How a respondent who refused attribution is cited, in place of role and organisation.
UNATTRIBUTED = "Interviewee"

#: Fields every pattern may use, besides those of ``CitationMapping.extra``.
FIELDS = ("role", "organisation", "year", "month", "number", "elapsed", "city")


@dataclass(frozen=True)
class CitedQuote:
    quote_id: str
    interview_id: str
    number: int | None
    item_id: str | None
    elapsed: str
    text: str
    role: str
    citation: str
    consent: str = ""  # what the respondent withheld ("not for quotation"), '' when nothing


def _cell(dataset: Dataset, row: Row, column: str, mapping: CitationMapping) -> str:
    value = row.get(column)
    if missing_kind(value):
        return ""
    specify = row.get(mapping.other.get(column, ""))
    if str(value) == "other" and isinstance(specify, str) and specify.strip():
        return specify.strip()
    if str(value) in mapping.overrides.get(column, {}):
        return mapping.overrides[column][str(value)]
    variable = dataset.variable("interviews", column)
    if variable is not None and variable.disclosure == "identifier":
        raise AnalysisError(f"the citation takes '{column}', an identifying item; cite by role "
                            "and organisation instead (fix the citation mapping)")
    if column in mapping.as_code and isinstance(value, str) and variable and \
            value in variable.value_labels:
        return value.upper()
    return short_label(value_label(dataset, "interviews", column, value))


def _date(dataset: Dataset, row: Row, mapping: CitationMapping) -> tuple[str, str]:
    if mapping.month or mapping.year:
        month = row.get(mapping.month) if mapping.month else None
        if isinstance(month, int) and 1 <= month <= 12:
            month = calendar.month_name[month]
        elif isinstance(month, str) and mapping.month:
            month = short_label(value_label(dataset, "interviews", mapping.month, month))
        year = row.get(mapping.year) if mapping.year else None
        return ("" if year is None or missing_kind(year) else str(year),
                "" if month is None or missing_kind(month) else str(month))
    for column in mapping.date:
        text = row.get(column)
        if isinstance(text, str) and re.match(r"^\d{4}-\d{2}", text):
            return text[:4], calendar.month_name[int(text[5:7])]
    return "", ""


def check_pattern(pattern: str, mapping: CitationMapping) -> None:
    """Fail in one sentence when the pattern names a field the mapping cannot fill."""
    allowed = set(FIELDS) | set(mapping.extra)
    for _, name, _, _ in string.Formatter().parse(pattern):
        if name is not None and name not in allowed:
            raise AnalysisError(f"the citation pattern uses {{{name}}}, which fieldkit cannot "
                                f"fill; use {', '.join('{' + f + '}' for f in sorted(allowed))}")


def _tidy(text: str) -> str:
    # An empty field leaves ". ." or ", ," behind; a citation must still read cleanly.
    text = re.sub(r"\s+([.,])", r"\1", text)
    text = re.sub(r"([.,])(?:\s*[.,])+", r"\1", text)
    return re.sub(r"\(\)\.?\s*", "", re.sub(r"\s{2,}", " ", text)).strip()


def format_citation(pattern: str, values: dict[str, str]) -> str:
    """The citation a checked pattern makes of one quote's (or coded passage's) fields."""
    return _tidy(pattern.format(**values))


def citation_values(dataset: Dataset, interview: Row, mapping: CitationMapping) -> dict[str, str]:
    """The pattern fields for one interview (without number and elapsed, which are per quote)."""
    year, month = _date(dataset, interview, mapping)
    parts = [_cell(dataset, interview, c, mapping) for c in mapping.role]
    values = {"role": " ".join(p for p in parts if p),
              "organisation": parts[0] if parts else "",
              "year": year, "month": month,
              "city": _cell(dataset, interview, mapping.city, mapping) if mapping.city else ""}
    values.update({name: _cell(dataset, interview, column, mapping)
                   for name, column in mapping.extra.items()})
    return values


def cite_quotes(dataset: Dataset, pattern: str = DEFAULT_CITATION,
                mapping: CitationMapping | None = None, *, protocol: Protocol | None = None,
                identities: Mapping[str, tuple[str, str]] | None = None) -> list[CitedQuote]:
    """Every quote of the dataset with its citation, in interview and time order.

    ``mapping`` defaults to the protocol's ``citation_map``. ``identities`` (quote id ->
    citation and role, made from the identified data before anonymising) give an anonymised
    quote the citation as the paper writes it: a plan that generalises the role in the data
    files does not change the citation's role word."""
    mapping = mapping or CitationMapping.from_protocol(protocol)
    check_pattern(pattern, mapping)
    interviews = {row.get("interview_id"): row for row in dataset.interviews}
    cache: dict[str, dict[str, str]] = {}
    out = []
    for quote in sorted(dataset.quotes, key=lambda q: (q.get("number") or 0,
                                                        q.get("elapsed_ms") or 0)):
        interview_id, quote_id = str(quote["interview_id"]), str(quote["quote_id"])
        interview = interviews.get(interview_id, {})
        if interview_id not in cache:
            cache[interview_id] = citation_values(dataset, interview, mapping)
        values = dict(cache[interview_id])
        if not attributable(quote):
            values.update(role=UNATTRIBUTED, organisation="", city="")
        number = quote.get("number", interview.get("number"))
        values.update(number="" if number is None else str(number), elapsed=_elapsed(quote))
        consent = quote.get("consent") or ""
        citation = format_citation(pattern, values)
        if identities and quote_id in identities:
            citation, values["role"] = identities[quote_id]
        out.append(CitedQuote(quote_id=quote_id, interview_id=interview_id,
                              number=number, item_id=quote.get("item_id"),
                              elapsed=values["elapsed"], text=quote.get("text") or "",
                              role=values["role"], consent=consent,
                              citation=f"{citation} [{consent.upper()}]" if consent
                              else citation))
    return out


def _elapsed(quote: Row) -> str:
    """As the paper writes it: 3:45, 37:56, 1:10:10 (no leading zero on the first part)."""
    if isinstance(quote.get("elapsed_ms"), int):
        return format_cited(quote["elapsed_ms"])
    text = str(quote.get("elapsed") or "")
    return text[1:] if re.match(r"^0\d:", text) else text


QUOTE_COLUMNS = ("number", "elapsed", "role", "item_id", "text", "citation", "consent")


def quote_table(quotes: list[CitedQuote]) -> list[dict[str, object]]:
    """Rows for a quotes CSV: what a writer needs to cite, and nothing that names anyone."""
    return [{c: getattr(q, c) for c in QUOTE_COLUMNS} for q in quotes]
