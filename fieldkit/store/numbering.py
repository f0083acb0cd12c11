"""A lead's numbering scheme: study numbers in blocks by an interview's answer to one item.

The paper numbers its interviews by organisation block (AU from 1, EU from 20, OAS from 40,
OSCE from 60). A scheme names a protocol's single-choice item and the first number of each
answer's block; a block runs up to the next block's start − 1, and the last block is as long as
the longest block before it unless its end is written (``OSCE=60-79``). An interview not yet
numbered gets one more than the highest number held in its block (the block's start if none);
one whose answer has no block, or whose block is full, gets the next number after every block
and a note naming why. Numbers already assigned never change: a scheme set or cleared later
only numbers interviews not yet numbered.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from fieldkit.errors import UsageError

from .clock import utc_now
from .connection import Database
from .content import replay
from .events import list_events
from .metadata import audit
from .transactions import transaction

# Appended to schema.MIGRATIONS as one step (schema 11). ``study_number_notes`` says why a
# number fell outside the blocks (no row when it did not, nor for numbers assigned before).
MIGRATION = [
    """CREATE TABLE IF NOT EXISTS numbering_schemes (
        protocol_id TEXT PRIMARY KEY, item_id TEXT NOT NULL, blocks TEXT NOT NULL,
        set_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS study_number_notes (
        interview_id TEXT PRIMARY KEY REFERENCES study_numbers(interview_id),
        note TEXT NOT NULL)""",
]

_BLOCK = re.compile(r"^\s*([^=\s]+)\s*=\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


@dataclass(frozen=True)
class Block:
    value: str  # the choice name
    start: int
    end: int


@dataclass(frozen=True)
class Scheme:
    protocol_id: str
    item_id: str
    blocks: tuple[Block, ...]
    set_at: str

    def block(self, value: str) -> Block | None:
        return next((b for b in self.blocks if b.value == value), None)

    @property
    def last(self) -> int:
        return max(b.end for b in self.blocks)

    def describe(self) -> str:
        parts = ", ".join(f"{b.value} {b.start}–{b.end}" for b in self.blocks)
        return f"{self.protocol_id}: numbered by {self.item_id}: {parts}"


def numbering_scheme(db: Database, protocol_id: str) -> Scheme | None:
    row = db.conn.execute("SELECT item_id, blocks, set_at FROM numbering_schemes "
                          "WHERE protocol_id = ?", (protocol_id,)).fetchone()
    if row is None:
        return None
    blocks = tuple(Block(str(v), int(s), int(e)) for v, s, e in json.loads(row[1]))
    return Scheme(protocol_id, row[0], blocks, row[2])


def scheme_numbers_follow(db: Database, protocol_id: str) -> Scheme | None:
    """The scheme a protocol's study numbers were given by: the one set now, else the last one
    set and cleared since (the numbers given under it keep its blocks), from the audit log."""
    current = numbering_scheme(db, protocol_id)
    if current is not None:
        return current
    prefix = f"{protocol_id}: numbered by "
    for detail, at in db.conn.execute(
            "SELECT detail, at FROM audit WHERE action = 'numbering_scheme_set' ORDER BY id DESC"):
        if not str(detail).startswith(prefix) or ": " not in detail[len(prefix):]:
            continue
        item_id, parts = detail[len(prefix):].split(": ", 1)
        blocks = tuple(Block(m[1], int(m[2]), int(m[3]))
                       for m in re.finditer(r"(\S+) (\d+)–(\d+)", parts))
        if blocks:
            return Scheme(protocol_id, item_id, blocks, str(at))
    return None


def set_numbering_scheme(db: Database, protocol_id: str, item_id: str, blocks_text: str) -> Scheme:
    """Check and keep a protocol's scheme (replacing any before); nothing is kept if wrong."""
    choices = _item_choices(db, protocol_id, item_id)
    blocks = [Block(_choice(b.value, choices, protocol_id, item_id), b.start, b.end)
              for b in parse_blocks(blocks_text)]
    made = Scheme(protocol_id, item_id, tuple(blocks), utc_now())
    with transaction(db):
        db.conn.execute(
            "INSERT INTO numbering_schemes (protocol_id, item_id, blocks, set_at) VALUES "
            "(?, ?, ?, ?) ON CONFLICT(protocol_id) DO UPDATE SET item_id = excluded.item_id, "
            "blocks = excluded.blocks, set_at = excluded.set_at",
            (protocol_id, item_id, json.dumps([[b.value, b.start, b.end] for b in blocks]),
             made.set_at))
        audit(db, "numbering_scheme_set", made.describe())
    return made


def clear_numbering_scheme(db: Database, protocol_id: str) -> bool:
    """Forget a protocol's scheme (later interviews are numbered on after the highest)."""
    with transaction(db):
        gone = db.conn.execute("DELETE FROM numbering_schemes WHERE protocol_id = ?",
                               (protocol_id,)).rowcount > 0
        if gone:
            audit(db, "numbering_scheme_cleared", protocol_id)
    return gone


def numbered(db: Database, protocol_id: str) -> int:
    """How many interviews of a protocol hold a study number (withdrawn ones included); one
    sentence if the store holds no such protocol."""
    _snapshots(db, protocol_id)
    row = db.conn.execute("SELECT count(*) FROM study_numbers WHERE protocol_id = ?",
                          (protocol_id,)).fetchone()
    return int(row[0])


def parse_blocks(text: str) -> list[Block]:
    """``AU=1,EU=20,OAS=40,OSCE=60[-79]`` as blocks in order; one sentence if it is wrong."""
    found: list[tuple[str, int, int | None]] = []
    for part in text.split(","):
        m = _BLOCK.match(part)
        if not m:
            raise UsageError(f"block '{part.strip()}' is not VALUE=START (e.g. AU=1,EU=20)")
        start, end = int(m[2]), None if m[3] is None else int(m[3])
        if start < 1 or (end is not None and end < start):
            raise UsageError(f"block '{part.strip()}' must start at 1 or more and not end "
                             "before it starts")
        if any(v == m[1] for v, _, _ in found):
            raise UsageError(f"block '{m[1]}' is given twice")
        found.append((m[1], start, end))
    for (v1, s1, e1), (v2, s2, _) in zip(found, found[1:], strict=False):
        if s2 <= s1 or (e1 is not None and e1 >= s2):
            raise UsageError(f"blocks must be in increasing order without overlap: '{v2}' "
                             f"starts at {s2}, inside or before '{v1}' (from {s1})")
    for v, s, e in found[:-1]:
        if e is not None:
            raise UsageError(f"only the last block may give its end ('{v}={s}-{e}'); the others "
                             "end where the next begins")
    ends = [s2 - 1 for (_, s2, _) in found[1:]]
    value, start, end = found[-1]
    if end is None:
        if len(found) == 1:
            raise UsageError(f"a single block needs its end (e.g. {value}={start}-{start + 19})")
        end = start + max(e - s + 1 for (_, s, _), e in zip(found, ends, strict=False)) - 1
    ends.append(end)
    return [Block(v, s, e) for (v, s, _), e in zip(found, ends, strict=True)]


def assign(db: Database, protocol_id: str, interview_id: str) -> tuple[int, str]:
    """The number an interview not yet numbered gets now, and a note if outside the blocks."""
    held = [int(r[0]) for r in db.conn.execute(
        "SELECT number FROM study_numbers WHERE protocol_id = ?", (protocol_id,))]
    plan = numbering_scheme(db, protocol_id)
    if plan is None:
        return max(held, default=0) + 1, ""
    answer = replay(list_events(db, interview_id)).value(plan.item_id)
    after = max([plan.last, *held]) + 1
    block = plan.block(answer) if isinstance(answer, str) else None
    if block is None:
        return after, (f"its answer to {plan.item_id} ({answer if answer else 'none'}) has no "
                       f"block; numbered after every block")
    number = max([n for n in held if block.start <= n <= block.end], default=block.start - 1) + 1
    if number > block.end:
        return after, (f"block {block.value} ({block.start}–{block.end}) is full; numbered "
                       "after every block")
    return number, ""


def _choice(value: str, choices: set[str], protocol_id: str, item_id: str) -> str:
    """The choice name a block gives (``AU`` for ``au``: case does not matter if unique)."""
    if value in choices:
        return value
    same = [c for c in choices if c.casefold() == value.casefold()]
    if len(same) == 1:
        return same[0]
    raise UsageError(f"block '{value}' is not a choice of item '{item_id}' in protocol "
                     f"'{protocol_id}' (its choices: {', '.join(sorted(choices))})")


def _item_choices(db: Database, protocol_id: str, item_id: str) -> set[str]:
    """The choice names of a single-choice item in any version of a protocol this store holds."""
    from fieldkit.protocol.model import ItemType, Protocol

    choices: set[str] | None = None
    for snapshot in _snapshots(db, protocol_id):
        protocol = Protocol.from_snapshot(snapshot)
        item = next((i for i in protocol.iter_items() if i.id == item_id), None)  # top level
        if item is None:
            continue
        if item.type != ItemType.select_one:
            raise UsageError(f"item '{item_id}' of protocol '{protocol_id}' is a "
                             f"{item.type.value} item; number by a single-choice item")
        choices = (choices or set()) | {c.name for c in protocol.choices_for(item)}
    if choices is None:
        raise UsageError(f"protocol '{protocol_id}' has no item '{item_id}'")
    return choices


def _snapshots(db: Database, protocol_id: str) -> list[str]:
    snapshots = [r[0] for r in db.conn.execute("SELECT snapshot FROM protocols WHERE id = ?",
                                               (protocol_id,))]
    if not snapshots:
        held = sorted({r[0] for r in db.conn.execute("SELECT id FROM protocols")})
        raise UsageError(f"this store holds no protocol '{protocol_id}' (it holds: "
                         f"{', '.join(held) or 'none'})")
    return snapshots
