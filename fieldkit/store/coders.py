"""Who made each coding, and the text it was made on: coders as named identities.

A coding records its coder (a name such as ``INT-03``, ``lead`` or ``RA-Maria``) and the
SHA-256 of the whole answer or quote as it read when coded. Codings written before coders were
named carry neither: those in an interview's own chain belong to its interviewer (they were
made on the interviewer's laptop), those the lead added in the master belong to ``lead``.
Each coder's codings are kept apart (the same code on the same passage by two coders is two
codings), so agreement between coders can be measured and resolved.

A second coder may code on a copy of the interviewer's store (moved to another laptop): the
master then holds two versions of the interview, one current. The codings and memos that only
the other kept versions hold count as well (:func:`forked_analysis`); each keeps the
fingerprint of its text, so one made on answers the current version does not have is flagged
for re-coding rather than placed on other words.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable
from typing import Any

from .content import Coding, Content, apply_event, replay
from .records import Event

LEAD = "lead"  # the lead's codings in a master, and every master's default coder
INTERVIEWER = "interviewer"  # the coder of an interview whose interviewer has no code
RESOLVED = "resolved"  # the resolved master coding written from two coders' codings
ANALYSIS_KINDS = ("coding", "uncoding", "memo")
# letters of any script (Raphaël, Müller), digits, spaces and . _ @ -; never a first character
# a spreadsheet reads as a formula (= + - @), never a control or formatting character
_NAME = re.compile(r"[^\W_][\w .@\-]{0,63}")


def check_coder(name: str) -> str:
    """A coder's name, trimmed (line breaks and tabs become spaces), or ValueError with one
    sentence saying what is wrong."""
    cleaned = " ".join(str(name).split())
    if not _NAME.fullmatch(cleaned):
        shown = " ".join(repr(str(name))[1:-1].split())
        shown = shown if len(shown) <= 80 else shown[:79] + "…"
        raise ValueError(f"'{shown}' is not a coder name: use 1 to 64 letters, digits, spaces "
                         "or . _ @ -, starting with a letter or digit")
    return cleaned


def text_sha256(text: str) -> str:
    """The fingerprint of a coded text (the whole answer or quote), to notice later edits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def needs_recoding(coding: Coding, text: str | None) -> bool:
    """Whether the answer or quote changed (or went) since it was coded: the coding must be
    looked at again, never shifted to other offsets. Codings made before the text was
    fingerprinted are checked only for offsets that no longer fit."""
    if text is None:
        return True
    if coding.text_sha256 is not None:
        return coding.text_sha256 != text_sha256(text)
    return coding.end is not None and coding.end > len(text)


def chain_coder(interviewer: str | None) -> str:
    """The coder of a chain's codings that name none: the interview's interviewer."""
    return interviewer or INTERVIEWER


def _owned(content: Content, before: set[str], coder: str) -> None:
    for cid, c in content.codings.items():
        if cid not in before and c.coder is None:
            content.codings[cid] = dataclasses.replace(c, coder=coder)


def forked_analysis(chain: Iterable[Any], versions: Iterable[Any]) -> list[Event]:
    """The coding, uncoding and memo events that only the other kept versions of a merged
    interview hold (``versions``: the master's ``exchange.versions``), oldest first."""
    seen = {e.id for e in chain}
    out: list[Event] = []
    for version in versions:
        if version.current or not version.content:
            continue
        for raw in version.content.get("events", []):
            if isinstance(raw, dict) and raw.get("kind") in ANALYSIS_KINDS and \
                    raw.get("id") not in seen:
                seen.add(raw["id"])
                out.append(Event(**raw))
    return sorted(out, key=lambda e: (e.recorded_at, e.seq, e.id))


def replay_with_coders(chain: Iterable[Any], master: Iterable[Any],
                       interviewer: str | None, forks: Iterable[Any] = ()) -> Content:
    """The interview's content: its own chain (codings without a coder are the interviewer's),
    the codings of its other kept versions (``forks``, see :func:`forked_analysis`), then the
    lead's codings from the master on top (without a coder: the lead's)."""
    content = replay(chain)
    for event in forks:
        apply_event(content, event)
    _owned(content, set(), chain_coder(interviewer))
    before = set(content.codings)
    for event in sorted(master, key=lambda e: e.seq):
        apply_event(content, event)
    _owned(content, before, LEAD)
    return content
