"""A given name that is also an ordinary word (Jan, Will) starting a sentence goes with the
surname after it: deciding the candidate redacts the whole name, not the surname alone."""

from __future__ import annotations

import pytest

from fieldkit.anonymise.redact import Redactor


@pytest.mark.parametrize(("text", "name"), [
    ("Jan Novak", "Jan Novak"), ("Jan Novák said the lunches matter.", "Jan Novák"),
    ("Will Jones came late.", "Will Jones"), ("We met Jan Novak there.", "Jan Novak")])
def test_a_sentence_starting_with_a_given_name_offers_the_whole_name(text, name):
    found = Redactor([], language="en").redact(text, "en").found
    assert [text[f.start:f.end] for f in found] == [name]
    decided = Redactor([], language="en", decisions={f.key: "redact" for f in found})
    out = decided.redact(text, "en").text
    assert name.split()[0] not in out and name.split()[-1] not in out


@pytest.mark.parametrize("text", ["Yesterday Novak came.", "The Novak plan failed."])
def test_an_ordinary_first_word_stays_out_of_the_name(text):
    found = Redactor([], language="en").redact(text, "en").found
    assert [text[f.start:f.end] for f in found] == ["Novak"]
