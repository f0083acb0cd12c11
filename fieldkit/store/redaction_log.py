"""The team's log of what each anonymised output replaced: original text to placeholder."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .clock import utc_now
from .connection import Database
from .transactions import transaction

# Appended to schema.MIGRATIONS as one step. The originals are names and contacts: they live
# only here, inside the encrypted store, and never in an export folder or report.
MIGRATION = [
    """CREATE TABLE redaction_outputs (
        id INTEGER PRIMARY KEY, exported_at TEXT NOT NULL, plan_hash TEXT NOT NULL,
        protocol_hash TEXT NOT NULL, output TEXT NOT NULL, kind TEXT NOT NULL)""",
    """CREATE TABLE redaction_mappings (
        output_id INTEGER NOT NULL REFERENCES redaction_outputs(id),
        placeholder TEXT NOT NULL, original TEXT NOT NULL, kind TEXT NOT NULL,
        PRIMARY KEY (output_id, placeholder, original))""",
]


# Schema 6: the team's decisions on what the residual scan found in free text (redact or keep),
# reused by every later anonymised output. The texts are names: they live only here.
DECISIONS_MIGRATION = [
    """CREATE TABLE IF NOT EXISTS redaction_decisions (
        key TEXT PRIMARY KEY, text TEXT NOT NULL, kind TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('redact', 'keep')),
        decided_at TEXT NOT NULL, decided_by TEXT NOT NULL DEFAULT '')""",
]


@dataclass(frozen=True)
class Decision:
    """A person's decision on one candidate of the residual scan."""

    key: str  # the candidate's stable key (folded text and kind)
    text: str
    kind: str
    decision: str  # redact or keep
    decided_at: str
    decided_by: str = ""


def record_decisions(db: Database, decisions: Iterable[Mapping[str, str]], decided_by: str = "") -> int:
    """Keep decisions (``{key, text, kind, decision}`` each); a later decision replaces an
    earlier one on the same key. Returns how many were written."""
    rows = [(str(d["key"]), str(d.get("text", "")), str(d.get("kind", "")),
             str(d["decision"]), utc_now(), decided_by) for d in decisions]
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO redaction_decisions (key, text, kind, decision, decided_at, decided_by) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET text = excluded.text, "
            "kind = excluded.kind, decision = excluded.decision, "
            "decided_at = excluded.decided_at, decided_by = excluded.decided_by", rows)
    return len(rows)


def decisions(db: Database) -> list[Decision]:
    rows = db.conn.execute("SELECT key, text, kind, decision, decided_at, decided_by "
                           "FROM redaction_decisions ORDER BY key").fetchall()
    return [Decision(*row) for row in rows]


@dataclass(frozen=True)
class RedactionEntry:
    """One anonymised output and the replacements it made (placeholder, original, kind)."""

    id: int
    exported_at: str
    plan_hash: str
    protocol_hash: str
    output: str  # the output folder's (or report file's) name, never a full path
    kind: str  # export, or the report made: study, interview, anonymisation, quotes
    mappings: tuple[tuple[str, str, str], ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "exported_at": self.exported_at, "plan_hash": self.plan_hash,
                "protocol_hash": self.protocol_hash, "output": self.output, "kind": self.kind,
                "mappings": [{"placeholder": p, "original": o, "kind": k}
                             for p, o, k in self.mappings]}


def record_redactions(db: Database, plan_hash: str, output: str, mapping: Iterable[Mapping[str, str]], *,
                      protocol_hash: str = "", kind: str = "export",
                      exported_at: str | None = None) -> int:
    """Keep one output's mappings (``{placeholder, original, kind}`` each); returns its id."""
    rows = sorted({(str(m["placeholder"]), str(m["original"]), str(m.get("kind", "")))
                   for m in mapping})
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO redaction_outputs (exported_at, plan_hash, protocol_hash, output, kind) "
            "VALUES (?, ?, ?, ?, ?)",
            (exported_at or utc_now(), plan_hash, protocol_hash, output, kind))
        output_id = int(cursor.lastrowid or 0)
        db.conn.executemany(
            "INSERT INTO redaction_mappings (output_id, placeholder, original, kind) "
            "VALUES (?, ?, ?, ?)", [(output_id, p, o, k) for p, o, k in rows])
    return output_id


def redaction_log(db: Database, *, plan_hash: str | None = None,
                  output: str | None = None) -> list[RedactionEntry]:
    """Every recorded output, oldest first, with its mappings; optionally only one plan's or
    one output name's."""
    sql = ("SELECT id, exported_at, plan_hash, protocol_hash, output, kind "
           "FROM redaction_outputs WHERE (? IS NULL OR plan_hash = ?) "
           "AND (? IS NULL OR output = ?) ORDER BY id")
    outputs = db.conn.execute(sql, (plan_hash, plan_hash, output, output)).fetchall()
    entries = []
    for row in outputs:
        maps = db.conn.execute(
            "SELECT placeholder, original, kind FROM redaction_mappings WHERE output_id = ? "
            "ORDER BY placeholder, original", (row[0],)).fetchall()
        entry_id, exported_at, plan, protocol_hash, name, kind = row
        entries.append(RedactionEntry(entry_id, exported_at, plan, protocol_hash, name, kind,
                                      tuple((m[0], m[1], m[2]) for m in maps)))
    return entries
