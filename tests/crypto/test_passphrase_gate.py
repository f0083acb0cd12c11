"""The passphrase gate: each kind of weak passphrase is refused with its reason."""

from __future__ import annotations

import pytest

from fieldkit.crypto import check_passphrase, suggest_passphrase
from fieldkit.crypto.wordlist import WORDS


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


@pytest.mark.parametrize("passphrase", [
    "correct horse battery staple", "velvet harbor quartz lantern", "Gx7!mP2#qL9v", "my cat ate 3 figs!",
])
def test_strong_passphrases_pass(passphrase):
    assert check_passphrase(passphrase, interviewer="ZQ47") is None


def test_suggestions_pass_the_gate_and_vary():
    suggestions = {suggest_passphrase() for _ in range(20)}
    assert len(suggestions) == 20
    for s in suggestions:
        assert len(s.split()) == 6 and check_passphrase(s) is None
    assert len(WORDS) >= 400 and len(set(WORDS)) == len(WORDS)
