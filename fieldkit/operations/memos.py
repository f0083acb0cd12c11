"""Memos about a code, an interview or the project, written and read the same way by the
command and the app (where each kind is kept: :mod:`fieldkit.store.memos`)."""

from __future__ import annotations

import uuid
from typing import Any

from fieldkit.errors import FieldkitError
from fieldkit.interview.coding import default_coder
from fieldkit.store.coders import check_coder, forked_analysis, replay_with_coders
from fieldkit.store.memos import MAX_MEMO, SCOPES, Memo, Memos

from .codings import codable, find_interview


class MemoError(FieldkitError):
    """A memo that cannot be written as asked."""


def _codes(store: Any) -> set[str]:
    codes: set[str] = set()
    for record in store.protocols():
        book = store.protocol(record.hash).codebook
        codes |= {c.id for c in book.flat()} if book else set()
    return codes


def write(store: Any, scope: str, about: str | int | None, text: str,
          author: str | None = None) -> Memo:
    """Write a memo about a code (its id), an interview (its number) or the project (None)."""
    if scope not in SCOPES:
        raise MemoError(f"a memo is about a code, an interview or the project, not '{scope}'.")
    body = text.strip()
    if not body:
        raise MemoError("the memo is empty; write something first.")
    if len(body) > MAX_MEMO:
        raise MemoError(f"the memo has {len(body):,} characters; a memo holds at most "
                        f"{MAX_MEMO:,} (split it, or keep the long text in a file of the "
                        "project and name it here).")
    try:
        who = check_coder(author) if author else default_coder(store)
    except ValueError as exc:
        raise MemoError(str(exc)) from None
    memos = Memos(store)
    if scope == "project":
        return memos.add("project", "", who, body)
    if scope == "code":
        code = str(about or "")
        if code not in _codes(store):
            raise MemoError(f"there is no code '{code}' in the codebook of any protocol this "
                            "store holds; see 'fieldkit protocol show'.")
        return memos.add("code", code, who, body)
    interview = find_interview(store, about if about is not None else "")
    if getattr(store, "role", None) == "lead":
        return memos.add("interview", interview.id, who, body)
    # on the interviewer's laptop: in the interview's chain, so it reaches the lead
    memo_id = str(uuid.uuid4())
    event = store.append_event(interview.id, "memo", value={"memo_id": memo_id, "author": who,
                                                            "text": body},
                               elapsed_ms=interview.elapsed_ms)
    return Memo(memo_id, "interview", interview.id, who, body, event.recorded_at)


def read(store: Any, scope: str | None = None, about: str | int | None = None) -> list[Memo]:
    """Memos of one scope (about one code or interview number, if given), oldest first: those
    in the memos table and those in the interviews' own chains."""
    target: str | None = None
    if scope == "interview" and about is not None:
        target = find_interview(store, about).id
    elif scope == "code" and about is not None:
        target = str(about)
    found = list(Memos(store).listed(scope, target))
    if scope in (None, "interview"):
        for _, interview in codable(store):
            if target is not None and interview.id != target:
                continue
            events = store.events(interview.id)
            forks = forked_analysis(events, store.exchange.versions(interview.id)) \
                if getattr(store, "role", None) == "lead" else []
            content = replay_with_coders(events, [], None, forks)
            for memo_id, (author, text, at) in content.memos.items():
                found.append(Memo(memo_id, "interview", interview.id, author, text, at))
    return sorted(found, key=lambda m: (m.written_at, m.id))


def numbers(store: Any) -> dict[str, int]:
    """interview id -> the number outputs cite, for showing memos about interviews."""
    return {i.id: n for n, i in codable(store)}
