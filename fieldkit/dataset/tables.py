"""The tidy tables of a study that analysis, anonymisation, exports and reports all read.

A :class:`Dataset` is plain data: lists of row dicts plus the variables that describe their
columns. Only current, relevant answers are in it (an answer to an item that is no longer
relevant is kept in the store's history but not here).

Tables and their columns:

- ``interviews``: one row per interview. Fixed columns ``interview_id`` (UUID), ``number``
  (int, the interview number in the study), ``protocol_id``, ``protocol_version``,
  ``interviewer``, ``language``, ``status``, ``started_at`` / ``ended_at`` (ISO UTC text),
  ``duration_s`` (int, pauses excluded); then one column per top-level answerable item, named
  by the item id: numbers as int/float, yes_no as ``yes``/``no``, select_one and likert as the
  choice name, select_multiple as a list of choice names, dates as ``YYYY-MM-DD``, texts as
  str, name generators and repeats as their count of people / entries. A special answer is
  the string ``.r`` (refused), ``.d`` (don't know) or ``.n`` (not applicable) in that column
  (see :data:`SPECIAL_CODES`); elapsed times are formatted by
  :func:`fieldkit.timefmt.format_elapsed`; no answer (skipped or not relevant) is None.
- ``people``: one row per person named in a name generator (and per entry of a repeat):
  ``interview_id``, ``item_id`` (the generator), ``person_id`` (the instance UUID),
  ``position`` (1-based order), ``roster_id`` (or None), ``name`` (the roster label or the
  free-entry text), ``free_entry`` (bool), the roster attributes ``organisation``,
  ``member_state``, ``group``, ``alliance``, ``role``; then one column per follow-up item.
- ``ties``: one row per respondent-to-person link of a name generator: ``interview_id``,
  ``item_id``, ``source`` (the respondent's roster id when the protocol can tell it, else
  ``interview:<number>``), ``target`` (roster id, or ``free:<name>``), plus every numeric or
  yes/no follow-up as a weight column (yes 1, no 0, special or missing None). The protocol
  tells the respondent's roster id through a top-level item whose ``appearance`` contains
  ``respondent``: a name generator (its first person's roster id) or an item whose answer is
  a roster id. That item's own people make no ties.
- ``quotes``: ``quote_id``, ``interview_id``, ``number``, ``item_id``, ``person_id``,
  ``elapsed_ms``, ``elapsed`` (mm:ss or h:mm:ss), ``text``.
- ``notes``: same columns as quotes.
- ``codings``: ``coding_id``, ``interview_id``, ``item_id``, ``person_id``, ``quote_id``,
  ``code``, ``start``, ``end``, ``passage`` (the coded text), ``consent`` (as for quotes:
  what the respondent withheld, so a passage of one who refused quotation is never cited),
  ``coder`` (who coded it) and ``needs_recoding`` (True when the answer or quote changed
  after it was coded: ``passage`` is then None, never text from other offsets).
- ``memos``: what researchers wrote about a code, an interview or the project: ``memo_id``,
  ``scope`` (``code``, ``interview`` or ``project``), ``code`` (the code a memo is about, else
  None), ``interview_id`` and ``number`` (the interview a memo is about, else None),
  ``author`` (who wrote it: a coder's name, an identifier), ``text`` (free text, redacted as
  open answers are), ``written_at`` (ISO UTC) and ``consent`` (for a memo about an interview,
  what its respondent withheld, as for quotes; '' otherwise).
- ``timings`` (paradata): ``interview_id``, ``item_id``, ``person_id``, ``elapsed_ms``,
  ``recorded_at``, ``changes`` (how many events the answer took).

Besides the tables, ``population`` holds every roster entry of the protocol (``roster``,
``id``, ``label``, ``organisation``, ``member_state``, ``group``, ``alliance``, ``role``, and
the public attributes of the delegation's head: ``gender``, ``accredited`` (year, int) and
``rank``, None where the roster does not give them): the population that anonymisation
measures k-map against and whose names it redacts. A roster entry stands for a delegation, so
its head may be an ambassador, a chargé d'affaires or a deputy (``rank``). It is never written
by exports and is emptied by anonymisation. ``marked_names`` holds the texts marked
as a name during the interview or in review (``mark_name`` events): anonymisation redacts
them wherever they occur; never exported either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SPECIAL_CODES = {"refused": ".r", "dont_know": ".d", "not_applicable": ".n"}
TABLES = ("interviews", "people", "ties", "quotes", "notes", "codings", "memos", "timings")

Row = dict[str, Any]


@dataclass(frozen=True)
class Variable:
    """One column of a table, with what a codebook needs to say about it."""

    table: str
    name: str
    label: str
    type: str  # integer, decimal, string, date, datetime, boolean, categorical, multi, count
    item_id: str | None = None
    disclosure: str = "none"  # the protocol's disclosure class, or "identifier" for ids
    value_labels: dict[str, str] = field(default_factory=dict)  # choice name -> label
    units: str | None = None


@dataclass(frozen=True)
class NumberBlocks:
    """The lead's numbering scheme behind the interview numbers: they were given in blocks by
    the answer to ``item_id`` (``blocks``: choice, first and last number). ``reassigned``: the
    numbers were since replaced by ones that carry no block (see anonymise.renumber)."""

    item_id: str
    blocks: tuple[tuple[str, int, int], ...]
    reassigned: bool = False


@dataclass
class Dataset:
    """A study's tidy tables; the same shape before and after anonymisation."""

    protocol_id: str
    protocol_version: str
    protocol_hash: str
    language: str
    interviews: list[Row] = field(default_factory=list)
    people: list[Row] = field(default_factory=list)
    ties: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    codings: list[Row] = field(default_factory=list)
    memos: list[Row] = field(default_factory=list)
    timings: list[Row] = field(default_factory=list)
    variables: list[Variable] = field(default_factory=list)
    population: list[Row] = field(default_factory=list)  # roster entries; never exported
    # names the interviewer or the lead marked in free text: redacted wherever they occur,
    # never exported
    marked_names: list[str] = field(default_factory=list)
    plan_hash: str | None = None  # set by anonymisation; None means identified data
    # attached files by the name their cells give (attachments/<digest>.<suffix>); an export
    # writes one only where a cell still names it, so a dropped item keeps its files back
    attachments: dict[str, bytes] = field(default_factory=dict)
    # the numbering scheme the interview numbers were given by, if any (a lead's master)
    number_blocks: NumberBlocks | None = None

    def table(self, name: str) -> list[Row]:
        if name not in TABLES:
            raise KeyError(f"no table '{name}' (tables: {', '.join(TABLES)})")
        rows: list[Row] = getattr(self, name)
        return rows

    def variables_of(self, table: str) -> list[Variable]:
        return [v for v in self.variables if v.table == table]

    def variable(self, table: str, name: str) -> Variable | None:
        return next((v for v in self.variables if v.table == table and v.name == name), None)

    @property
    def anonymised(self) -> bool:
        return self.plan_hash is not None

