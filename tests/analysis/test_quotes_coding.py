"""Quotes cited by role and organisation; codes counted per case and group."""

from __future__ import annotations

import pytest
from study_a_data import study_a

from fieldkit.analysis.coding import code_counts, codes_per_interview
from fieldkit.analysis.quotes import CitationMapping, cite_quotes, quote_table
from fieldkit.analysis.values import AnalysisError
from fieldkit.dataset.tables import Dataset, Variable
from fieldkit.protocol.model import Code, Codebook

EXAMPLE = "EU Ambassador. (2009). Personal communication. Interview 20. 37:56. Brussels. June."


def test_the_papers_citation_is_reproduced():
    data, protocol = study_a()
    quotes = cite_quotes(data, protocol.citation)
    assert next(q for q in quotes if q.number == 20).citation == EXAMPLE


def test_citations_never_carry_a_name():
    data, protocol = study_a()
    for row in quote_table(cite_quotes(data, protocol.citation)):
        assert "Respondent" not in row["citation"]
    mapping = CitationMapping(extra={"who": "respondent_name"})
    with pytest.raises(AnalysisError, match="identifying item"):
        cite_quotes(data, "{who}. {year}.", mapping)


def test_study_b_pattern_and_missing_fields_read_cleanly():
    data, _ = study_a()
    data.interviews[19]["city"] = None  # e.g. withheld by anonymisation
    pattern = "Author's interview with {role} at {city}, {month} {year}."
    quote = next(q for q in cite_quotes(data, pattern) if q.number == 20)
    assert quote.citation == "Author's interview with EU Ambassador at, June 2009."
    default = next(q for q in cite_quotes(data) if q.number == 20)
    assert default.citation.endswith("Interview 20. 37:56. June.")


def test_unknown_pattern_field_is_one_sentence():
    data, _ = study_a()
    with pytest.raises(AnalysisError, match=r"uses \{name\}"):
        cite_quotes(data, "{name} said")


def test_codes_are_counted_per_case_and_compared_across_groups():
    data = Dataset("field-cooperation", "1", "h", "en")
    data.variables.append(Variable("interviews", "case", "Case", "categorical", item_id="case",
                                   value_labels={"kosovo": "Kosovo",
                                                 "afghanistan": "Afghanistan"}))
    for i, case in enumerate(["kosovo", "kosovo", "afghanistan"], 1):
        data.interviews.append({"interview_id": f"i{i}", "number": i, "case": case})
    codings = [("i1", "benefit"), ("i1", "benefit"), ("i2", "culture"), ("i3", "benefit")]
    data.codings = [{"coding_id": f"c{n}", "interview_id": i, "code": c, "start": n,
                     "end": n + 5} for n, (i, c) in enumerate(codings)]

    class P:  # the bit of Protocol that coding reads
        codebook = Codebook(codes=[Code(id="emergence", label="Emergence", codes=[
            Code(id="benefit", label="Mutual benefit")]), Code(id="culture", label="Cultures")])

        @staticmethod
        def text(value, language=None):
            return value

    table = code_counts(data, P, by="case")  # type: ignore[arg-type]
    rows = {r.code: r for r in table.rows}
    assert [r.code for r in table.rows] == ["emergence", "benefit", "culture"]
    assert rows["benefit"].depth == 1
    assert (rows["benefit"].codings, rows["benefit"].interviews) == (3, 2)
    assert rows["benefit"].by_group == {"Kosovo": (2, 1), "Afghanistan": (1, 1)}
    assert rows["culture"].by_group == {"Kosovo": (1, 1), "Afghanistan": (0, 0)}
    assert codes_per_interview(data)["i1"]["benefit"] == 2
    assert rows["emergence"].codings == 3 and rows["emergence"].direct == 0  # rolled up
