"""Several choices typed into one line (a select_multiple follow-up in the people table, such
as Study A's 'which of the others named is this one close to'): names as shown, or their
first letters, or the numbers of the choices offered, separated by commas.

The line shows an answer as ``value_text`` writes it (labels joined by ", "), and reading it
back gives the same answer, even where a label holds a comma itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .i18n import translate

SEPARATORS = re.compile(r"[,;]")


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


def read_choices(text: str, offered: Sequence[tuple[str, str]]) -> list[str] | None:
    """The choice names ``text`` picks among ``offered`` ((name, label) in the order shown);
    None for an empty line. Raises ValueError with one sentence naming the word that picks
    nothing, or picks more than one choice, and the choices offered."""
    pieces = SEPARATORS.split(text)
    if not "".join(pieces).strip():
        return None
    labels = [fold(label) for _name, label in offered]
    names = [name.casefold() for name, _label in offered]
    chosen: list[str] = []
    i = 0
    while i < len(pieces):
        # the longest run of pieces that is a whole label ("Korea, Republic of")
        for j in range(len(pieces), i, -1):
            whole = fold(",".join(pieces[i:j]))
            if j - i > 1 and whole in labels:
                pick, i = offered[labels.index(whole)][0], j
                break
        else:
            word = fold(pieces[i])
            i += 1
            if not word:
                continue
            pick = _one(word, offered, labels, names)
        if pick not in chosen:
            chosen.append(pick)
    return chosen


def _one(word: str, offered: Sequence[tuple[str, str]], labels: list[str],
         names: list[str]) -> str:
    shown = ", ".join(f"{n} {label}" for n, (_name, label) in enumerate(offered, 1))
    if word.isdigit() and 1 <= int(word) <= len(offered):
        return offered[int(word) - 1][0]
    if word in labels:
        return offered[labels.index(word)][0]
    if word in names:
        return offered[names.index(word)][0]
    starting = [name for (name, _label), label in zip(offered, labels, strict=True)
                if label.startswith(word)]
    if len(starting) == 1:
        return starting[0]
    if starting:
        raise ValueError(translate("typed_choices", "“{word}” begins more than one choice; "
                                                    "type more of it (the choices: {shown}).")
                         .format(word=word, shown=shown))
    raise ValueError(translate("typed_choices", "“{word}” is not among the choices offered "
                                                "here: {shown}.").format(word=word, shown=shown)
                     if offered else
                     translate("typed_choices", "No choice is offered here yet."))
