"""Strict shape checks for what a verified session file holds (a signed file may still lie)."""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from fieldkit.protocol.model import Protocol
from fieldkit.store import Event, Interview, TextEntry
from fieldkit.store.coders import check_coder
from fieldkit.store.interviews import MAX_SNAPSHOT_BYTES
from fieldkit.store.memos import MAX_MEMO
from fieldkit.store.texts import MAX_ANSWER_CHARS, MAX_TEXT_CHARS

from .container import Limits
from .errors import Rejected
from .manifest import sha256

_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_.\-]{0,63}$")
_HEX = re.compile(r"^[0-9a-f]{64}$")
_LISTING = {"id": str, "number": int, "protocol_hash": str, "protocol_id": str,
            "protocol_version": str, "status": str, "sealed": bool, "event_count": int,
            "head_hash": str, "part": str}
_OPTIONAL = (str, type(None))
_INT_OR_NONE = (int, type(None))
MAX_ELAPSED_MS = 30 * 24 * 3600 * 1000  # no interview runs a month on its clock


def _exact(record: Any, names: set[str], what: str) -> dict[str, Any]:
    if not isinstance(record, dict) or set(record) != names:
        raise Rejected(f"it holds {what} with unexpected fields")
    return record


def _typed(record: dict[str, Any], kinds: dict[str, Any], what: str) -> None:
    for name, kind in kinds.items():
        allowed = kind if isinstance(kind, tuple) else (kind,)
        value = record[name]
        # bool is an int to isinstance; a True where a count belongs is still wrong
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            raise Rejected(f"it holds {what} whose '{name}' has the wrong type")


def check_protocol(p: Any) -> None:
    _exact(p, {"hash", "id", "version", "snapshot", "added_at"}, "a protocol")
    _typed(p, dict.fromkeys(("hash", "id", "version", "snapshot", "added_at"), str), "a protocol")
    if len(p["snapshot"]) > MAX_SNAPSHOT_BYTES:
        raise Rejected(f"its protocol {p['id'][:64]} is larger than "
                       f"{MAX_SNAPSHOT_BYTES // (1024 * 1024)} MB, the limit")
    if sha256(p["snapshot"].encode("utf-8")) != p["hash"]:
        raise Rejected(f"its protocol {p['id']} does not match its hash")
    try:
        protocol = Protocol.from_snapshot(p["snapshot"])
    except Exception:  # noqa: BLE001 - pydantic reports many ways; one sentence for people
        raise Rejected(f"its protocol {p['id']} is not a protocol this fieldkit reads") from None
    if (protocol.id, protocol.version) != (p["id"], p["version"]):
        raise Rejected(f"its protocol {p['id']} is labelled as another one")


def check_memo(m: Any) -> None:
    """A memo about a code or the project (memos about an interview are in its chain)."""
    _exact(m, {"id", "scope", "target", "author", "text", "written_at"}, "a memo")
    _typed(m, dict.fromkeys(("id", "scope", "target", "author", "text", "written_at"), str),
           "a memo")
    if m["scope"] == "interview":
        # memos about an interview travel in the interview's own chain, checked with it: one
        # here could speak of any interview, another laptop's included
        raise Rejected(f"it holds a memo about interview {m['target'][:64]} outside that "
                       "interview's own record")
    _memo_body(m["id"], m["author"], m["text"], "it")
    if m["scope"] not in ("code", "project") or len(m["target"]) > 64 or \
            len(m["written_at"]) > 40:
        raise Rejected("it holds a memo that is malformed (its scope, target or time)")


def _memo_body(memo_id: str, author: str, text: str, where: str) -> None:
    """What every memo is, wherever it travels: an id, a coder's name as the program accepts
    it, and 1 to MAX_MEMO characters."""
    if len(text) > MAX_MEMO:
        raise Rejected(f"{where} holds a memo longer than {MAX_MEMO:,} characters")
    try:
        author_ok = check_coder(author) == author
    except ValueError:
        author_ok = False
    if not _ID.match(memo_id) or not author_ok or not text.strip():
        raise Rejected(f"{where} holds a memo that is malformed (its id, author or text)")


def check_memo_event(value: Any, what: str) -> None:
    """A memo written in an interview's chain: its id, a coder's name and 1 to MAX_MEMO
    characters, as the program writes it."""
    if not isinstance(value, dict) or set(value) != {"memo_id", "author", "text"} or \
            not all(isinstance(v, str) for v in value.values()):
        raise Rejected(f"its {what} holds a memo with unexpected fields")
    _memo_body(value["memo_id"], value["author"], value["text"], f"its {what}")


def check_tombstone(t: Any) -> None:
    _exact(t, {"interview_id", "withdrawn_at"}, "a withdrawal")
    _typed(t, {"interview_id": str, "withdrawn_at": str}, "a withdrawal")
    if not _ID.match(t["interview_id"]):
        raise Rejected("it holds a withdrawal with a malformed interview id")


def check_listing(x: Any, protocols: dict[str, dict[str, Any]]) -> None:
    _exact(x, set(_LISTING), "an interview listing")
    _typed(x, _LISTING, "an interview listing")
    if not _ID.match(x["id"]) or (x["head_hash"] and not _HEX.match(x["head_hash"])):
        raise Rejected("it lists an interview with a malformed id or hash")
    if x["status"] != "completed":
        raise Rejected(f"it holds interview {x['id']}, which is not finished")
    p = protocols.get(x["protocol_hash"])
    if p is None or (p["id"], p["version"]) != (x["protocol_id"], x["protocol_version"]):
        raise Rejected(f"its interview {x['id']} refers to a protocol the file does not hold "
                       "(protocol mismatch)")


def check_content(content: dict[str, Any], listing: dict[str, Any], limits: Limits) -> None:
    iid = listing["id"]
    what = f"interview {iid}"
    _exact(content, {"format", "interview", "protocol", "events", "quotes", "notes"}, what)
    row = _exact(content["interview"], {f.name for f in fields(Interview)}, what)
    _typed(row, {"id": str, "number": int, "protocol_hash": str, "protocol_id": str,
                 "protocol_version": str, "status": str, "updated_at": str, "elapsed_ms": int,
                 "sealed": bool, "event_count": int, "interviewer": _OPTIONAL,
                 "language": _OPTIONAL, "respondent_code": _OPTIONAL, "started_at": _OPTIONAL,
                 "ended_at": _OPTIONAL, "last_item": _OPTIONAL, "head_hash": _OPTIONAL}, what)
    same = (row["id"] == iid and row["protocol_hash"] == listing["protocol_hash"]
            and row["event_count"] == listing["event_count"]
            and (row["head_hash"] or "") == listing["head_hash"] and row["status"] == "completed"
            and isinstance(content["protocol"], dict)
            and content["protocol"].get("hash") == listing["protocol_hash"])
    if not same:
        raise Rejected(f"its {what} does not match its listing in the file")
    if not 0 <= row["elapsed_ms"] <= MAX_ELAPSED_MS:
        raise Rejected(f"its {what} has an elapsed time out of range")
    events = content["events"]
    if not isinstance(events, list) or len(events) > limits.events_per_interview:
        raise Rejected(f"its {what} holds no event list or an absurd number of events")
    names = {f.name for f in fields(Event)}
    for e in events:
        _exact(e, names, what)
        _typed(e, {"id": str, "interview_id": str, "seq": int, "kind": str, "item_id": _OPTIONAL,
                   "instance_id": _OPTIONAL, "special": _OPTIONAL, "reason": _OPTIONAL,
                   "recorded_at": str, "elapsed_ms": _INT_OR_NONE, "prev_hash": str,
                   "hash": str}, what)
        if e["elapsed_ms"] is not None and not 0 <= e["elapsed_ms"] <= MAX_ELAPSED_MS:
            raise Rejected(f"its {what} holds an answer with an elapsed time out of range")
        if isinstance(e.get("value"), str) and len(e["value"]) > MAX_ANSWER_CHARS:
            raise Rejected(f"its {what} holds an answer over {MAX_ANSWER_CHARS:,} characters, "
                           "the limit")
        if e["kind"] == "memo":
            check_memo_event(e.get("value"), what)
    text_names = {f.name for f in fields(TextEntry)}
    for table in ("quotes", "notes"):
        entries = content[table]
        if not isinstance(entries, list):
            raise Rejected(f"its {what} holds no {table} list")
        for t in entries:
            _exact(t, text_names, what)
            _typed(t, {"id": str, "interview_id": str, "item_id": _OPTIONAL,
                       "instance_id": _OPTIONAL, "elapsed_ms": _INT_OR_NONE,
                       "recorded_at": str, "text": str}, what)
            if t["interview_id"] != iid:
                raise Rejected(f"its {what} holds {table} of another interview")
            if len(t["text"]) > MAX_TEXT_CHARS:
                raise Rejected(f"its {what} holds a {table[:-1]} over {MAX_TEXT_CHARS:,} "
                               "characters, the limit")
