"""The passphrase gate: each kind of weak passphrase is refused with its reason."""

from __future__ import annotations

import pytest

from fieldkit.crypto import check_passphrase, suggest_passphrase
from fieldkit.crypto.wordlist import WORDS

# Weak: what people reach for (seasons, names and places with a year, l33t, keyboard
# walks, repeated words, famous phrases, the study's own organisations and places).
WEAK = [
    'P@ssw0rd2024',
    'P@ssword2024!',
    'Passw0rd!2025',
    'p@ssw0rd12345',
    'Password123456!',
    'Summer2024!!',
    'Winter2023!!',
    'Spring2025!!',
    'Autumn2022##',
    'January2024!',
    'December2023!',
    'Monday12345!',
    'Nairobi2009!!',
    'Brussels2019!',
    'Geneva2020!!',
    'Vienna2018!!',
    'AddisAbaba2015!',
    'Washington2021!',
    'NewYork2024!!',
    'African Union 2024!',
    'European Union 2024',
    'africanunion2024',
    'EuropeanUnion#1',
    'OSCE Vienna 2019!',
    'NATO Brussels 2020',
    'United Nations 2024',
    'Ambassador2024!',
    'Diplomat2024!!',
    'embassy nairobi 2019',
    'fieldkit interview 1',
    'Interviewer2024!',
    'correct horse battery staple',
    'correcthorsebatterystaple',
    'Correct-Horse-Battery-Staple',
    'the quick brown fox jumps over the lazy dog',
    'to be or not to be 2024',
    'may the force be with you',
    'keep calm and carry on',
    'winter is coming 2024',
    'hello world 12345',
    'iloveyou iloveyou',
    'blue blue blue blue',
    'summer summer summer',
    'password password password',
    'monkey monkey monkey monkey',
    'red red red red red red',
    'qwertyuiop1234',
    '1qaz2wsx3edc4rfv',
    'qazwsxedcrfvtgb!',
    "asdfghjkl;'12345",
    'zxcvbnm,./12345',
    '1q2w3e4r5t6y7u8i',
    '!QAZ2wsx#EDC4rfv',
    '123456789abcdef',
    'abcdef123456!!',
    'aaaaaaaaaaaaaaaa',
    'abcabcabcabcabc',
    'Tr0ub4dor&3',
    'Michael1985!!',
    'Jennifer2000!',
    'Elizabeth1990!',
    'Football2024!!',
    'Baseball12345!',
    'Dragon2024!!!',
    'Sunshine2024!',
    'Princess12345!',
    'letmein2024!!',
    'welcome2024!!',
    'Welcome@12345',
    'Gx7!mP2#qL9v',
]

# Strong: unrelated words, or enough random characters.
STRONG = [
    'copper meadow violin saturn',
    'velvet harbor quartz lantern',
    'otter bamboo glacier trumpet',
    'orbit velvet canyon pistol meadow',
    'lantern quietly absorbs purple gravel',
    'maple orbit candle fjord tulip 42',
    'mango-tundra-quiver-56-harbor',
    'k8#Qz!v2Lm@9xR4t',
    'walnut spire ocelot thimble drizzle',
    'gravel nectar bishop quiver lagoon',
    'x7Rq-2mLp-9vWz-4tKe',
    'paprika seldom ferry oblong whistle',
    'tangerine bulldozer hymn quota',
    'nine glaciers hum under slate roofs',
    'Fjord!Kettle7Mosaic*Plover',
    'brisk otter juggles rusty anvils',
    'umbrella catapult zinnia morsel',
    'harpoon lilac sextant wobble 88',
    'quinoa trellis barnacle sonnet',
    '5 crooked lanterns drift past Yalta',
    'moss tundra cipher pelican 39 vex',
]


@pytest.mark.parametrize("passphrase, reason", [
    ("", "too short"),
    ("Tr0ub4dor&3", "too short"),
    ("abababababababab", "too few different characters"),
    ("Password12345!", "common word or sequence"),
    ("qwertyuiop123456", "common word or sequence"),
    ("abcdefgh12345678", "common word or sequence"),
    ("iloveyou-iloveyou!", "common word or sequence"),
    ("zq47 wombat kettle", "interviewer code"),
    ("thequickbrownfox", "only one kind of character"),
])
def test_weak_passphrases_are_refused_with_their_reason(passphrase, reason):
    message = check_passphrase(passphrase, interviewer="ZQ47")
    assert message is not None and reason in message
    # One sentence, and it always offers a several-word example.
    assert message.count(". ") == 0 and message.endswith("'.") and "several unrelated words" in message


@pytest.mark.parametrize("passphrase", STRONG)
def test_strong_passphrases_pass(passphrase):
    assert check_passphrase(passphrase, interviewer="ZQ47") is None


@pytest.mark.parametrize("passphrase", WEAK)
def test_common_patterns_and_phrases_are_refused(passphrase):
    message = check_passphrase(passphrase, interviewer="ZQ47")
    assert message is not None, f"{passphrase!r} passed the gate"
    assert message.count(". ") == 0 and "several unrelated words" in message


@pytest.mark.parametrize("passphrase, reason", [
    ("P@ssw0rd2024", "letters swapped for digits or symbols"),
    ("Nairobi2009!!", "the study's own words"),
    ("African Union 2024!", "the study's own words"),
    ("correct horse battery staple", "well-known phrase"),
    ("Correct-Horse-Battery-Staple", "well-known phrase"),
    ("summer summer summer", "repeats its words"),
    ("rfvtgbyhnujm!@#$", "keyboard pattern"),
    ("Gx7!mP2#qL9v", "more characters or more words"),
])
def test_a_refusal_says_what_it_is_built_on(passphrase, reason):
    message = check_passphrase(passphrase)
    assert message is not None and reason in message, message


def test_words_of_this_study_count_as_known():
    phrase = "Quenthorpe Ministry 2024"
    assert check_passphrase(phrase) is None
    assert "the study's own words" in check_passphrase(phrase, study_words=["quenthorpe"])


def test_suggestions_pass_the_gate_and_vary():
    suggestions = {suggest_passphrase() for _ in range(20)}
    assert len(suggestions) == 20
    for s in suggestions:
        assert len(s.split()) == 6 and check_passphrase(s) is None
    assert len(WORDS) >= 400 and len(set(WORDS)) == len(WORDS)
