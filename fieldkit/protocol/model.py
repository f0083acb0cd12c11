"""The interview protocol as pydantic models: items, sections, rosters, codebook."""

from __future__ import annotations

import hashlib
import json
import re
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

FORMAT: Final = "fieldkit-protocol/1"
NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*$"
LANG_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"

Name = Annotated[str, Field(pattern=NAME_PATTERN, max_length=64)]
#: Item and section ids: XML names as XLSForm allows them (with '-' and '.', no length cap).
ITEM_NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_.\-]*$"
ItemName = Annotated[str, Field(pattern=ITEM_NAME_PATTERN, max_length=255)]
#: Choice values are data: kept exactly as written (spaces, accents, leading digits).
ChoiceName = Annotated[str, Field(min_length=1, max_length=255, pattern=r"^\S(?:.*\S)?$")]
#: Text in one language (a plain string) or per language code: ``{"en": "...", "fr": "..."}``.
LocalText = str | dict[str, str]

DEFAULT_CITATION = (
    "{role}. ({year}). Personal communication. Interview {number}. {elapsed}. {city}. {month}."
)


class ItemType(StrEnum):
    note = "note"
    integer = "integer"
    decimal = "decimal"
    yes_no = "yes_no"
    select_one = "select_one"
    select_multiple = "select_multiple"
    likert = "likert"
    text = "text"
    long_text = "long_text"
    date = "date"
    repeat = "repeat"
    name_generator = "name_generator"
    # XLSForm types carried from real forms
    calculate = "calculate"  # no question: its value is its calculation, recorded
    time = "time"
    datetime = "datetime"
    geopoint = "geopoint"  # typed coordinates: "lat lon [alt [accuracy]]"
    geotrace = "geotrace"  # points separated by ';'
    geoshape = "geoshape"  # a closed geotrace
    attachment = "attachment"  # image, audio, video or file: a file chosen from disk
    rank = "rank"  # the choices put in order


TEXT_TYPES = frozenset({ItemType.text, ItemType.long_text})
CHOICE_TYPES = frozenset({ItemType.select_one, ItemType.select_multiple, ItemType.likert,
                          ItemType.rank})
GROUP_TYPES = frozenset({ItemType.repeat, ItemType.name_generator})
NUMERIC_TYPES = frozenset({ItemType.integer, ItemType.decimal})
IDENTIFYING_TYPES = frozenset({ItemType.geopoint, ItemType.geotrace, ItemType.geoshape,
                               ItemType.attachment})
#: Items the interviewer never sees: their value is worked out from the answers.
UNASKED_TYPES = frozenset({ItemType.calculate})


class Disclosure(StrEnum):
    """How an item's answers can identify a respondent; drives anonymisation and exports."""

    identifier = "identifier"
    quasi_identifier = "quasi_identifier"
    sensitive = "sensitive"
    free_text = "free_text"
    none = "none"


class Special(StrEnum):
    """Answers that are not values: each is a distinct missing code in outputs."""

    refused = "refused"
    dont_know = "dont_know"
    not_applicable = "not_applicable"


class Gate(StrEnum):
    """What a consent item's "yes" permits in outputs; any other answer withholds it."""

    quotation = "quotation"  # the respondent's quotes may be quoted
    attribution = "attribution"  # citations may name the respondent's role and organisation
    open_answers = "open_answers"  # the respondent's open answers may be used at all


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Choice(Strict):
    name: ChoiceName
    label: LocalText
    # XLSForm's extra columns of a choice (e.g. the county of a city), read by choice
    # filters and instance() lookups; None when there are none (the hash stays as it was)
    extra: dict[Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_.:\-]*$")], str] | None = None


class RosterEntry(Strict):
    """A person or delegation that a name generator can offer."""

    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.\-]+$", max_length=64)]
    label: str
    organisation: str = ""
    member_state: str = ""
    group: str = ""
    alliance: str = ""
    role: str = ""
    # Public attributes of the delegation's head, as diplomatic lists print them; they let
    # anonymisation measure k-map against what the public knows. Optional (None when not
    # given, so protocols without them keep their hash).
    gender: str | None = None  # e.g. female, male
    accredited: Annotated[int, Field(ge=1900, le=2100)] | None = None  # year of accreditation
    rank: str | None = None  # the head's rank: ambassador, chargé d'affaires, deputy...
    # other bodies the state belonged to in the period, ';'-separated (NATO;EU;GUAM), and
    # whether it sat: "member" (or blank), "suspended" or "not seated" (Honduras at the OAS
    # from July 2009, Cuba); a delegation not seated leaves density denominators
    memberships: str | None = None
    status: Literal["member", "suspended", "not seated"] | None = None

    @field_validator("gender", "accredited", "rank", "memberships", "status", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def seated(self) -> bool:
        """Whether the delegation sat on the body in the roster's period."""
        return self.status in (None, "member")


class Roster(Strict):
    """A named list of people or delegations, kept as CSV beside the protocol."""

    label: LocalText | None = None
    file: str | None = None
    entries: list[RosterEntry] = []

    @model_validator(mode="after")
    def _unique_ids(self) -> Roster:
        seen: set[str] = set()
        for entry in self.entries:
            if entry.id in seen:
                raise ValueError(f"roster entry id '{entry.id}' appears twice")
            seen.add(entry.id)
        return self

    @cached_property
    def by_id(self) -> dict[str, RosterEntry]:
        return {entry.id: entry for entry in self.entries}


class Item(Strict):
    """One question (or note) of the protocol."""

    id: ItemName
    type: ItemType
    label: LocalText | None = None
    hint: LocalText | None = None
    required: bool = False
    # XLSForm's conditional required: the answer is required when this expression holds
    required_if: str | None = None
    relevant: str | None = None
    constraint: str | None = None
    constraint_message: LocalText | None = None
    # a soft check: when it fails, the answer is recorded and the interviewer asked to confirm
    soft_constraint: str | None = None
    soft_constraint_message: LocalText | None = None
    choices: list[Choice] | Name | None = None
    min: float | None = None
    max: float | None = None
    units: str | None = None
    special: list[Special] = []  # the special answers offered; none when the list is empty
    disclosure: Disclosure | None = None
    appearance: str | None = None
    # a consent item (yes_no): what its "yes" permits in every output
    gates: list[Gate] = []
    # repeat and name_generator: the items asked once per entry (per person)
    items: list[Item] = []
    # name_generator: the roster offered, whether people off the roster may be typed in,
    # and how many people may be named at most
    roster: Name | None = None
    free_entry: bool = True
    max_count: int | None = Field(default=None, ge=1)
    # from XLSForm: the calculation of a calculate item (or a value computed for a question),
    # the choices' filter, a repeat's count, a default answer, a read-only question,
    # the required message, guidance for the interviewer, the kind of attachment
    calculation: str | None = None
    choice_filter: str | None = None
    repeat_count: str | None = None
    default: str | None = None
    read_only: bool = False
    required_message: LocalText | None = None
    guidance_hint: LocalText | None = None
    media_kind: Literal["image", "audio", "video", "file"] | None = None
    # a choice list kept in a file beside the form (select_*_from_file, external choices)
    # that was not there at import: interviews wait until it is added
    choices_file: str | None = None
    # a select item whose choices are the entries of rosters (the state a respondent
    # represents, the colleagues a named friend is close to): each entry a choice named by
    # its id, with the roster's attributes as columns a choice_filter can read
    roster_choices: list[Name] | None = None

    @model_validator(mode="after")
    def _shape(self) -> Item:
        problem = self._shape_problem()
        if problem:
            raise ValueError(f"item '{self.id}' {problem}")
        return self

    def _shape_problem(self) -> str | None:
        t = self.type
        if t == ItemType.calculate and not self.calculation and self.default is None:
            return "is a calculate item and needs a calculation"
        if t not in (ItemType.note, ItemType.calculate) and self.label is None:
            return "needs a label"
        if t in CHOICE_TYPES and not self.choices and not self.choices_file \
                and not self.roster_choices:
            return f"is a {t.value} item and needs choices"
        if self.roster_choices and t not in (ItemType.select_one, ItemType.select_multiple):
            return f"is a {t.value} item and cannot take its choices from a roster"
        if self.roster_choices and self.choices:
            return "has both choices and roster_choices; keep one"
        if self.choices is not None and t not in CHOICE_TYPES:
            return f"is a {t.value} item and cannot have choices"
        if t == ItemType.repeat and not self.items:
            return "is a repeat and needs items"
        if self.items and t not in GROUP_TYPES:
            return f"is a {t.value} item and cannot have items (only repeat and name_generator)"
        if t == ItemType.name_generator and not self.roster and not self.free_entry:
            return "is a name_generator and needs a roster or free_entry: true"
        if self.roster is not None and t != ItemType.name_generator:
            return "has a roster, but only a name_generator can have one"
        if (self.min is not None or self.max is not None) and t not in NUMERIC_TYPES:
            return f"is a {t.value} item and cannot have min or max"
        if self.min is not None and self.max is not None and self.min > self.max:
            return f"has min ({self.min:g}) greater than max ({self.max:g})"
        if self.gates and t != ItemType.yes_no:
            return f"is a {t.value} item and cannot gate consent (only a yes_no item can)"
        if t == ItemType.note and (self.soft_constraint or self.soft_constraint_message):
            return "is a note; it takes no answer, so it cannot have a soft constraint"
        if t == ItemType.note and (self.required or self.special):
            return "is a note; it takes no answer, so it cannot be required or take special answers"
        if t in GROUP_TYPES:
            nested = [c.id for c in self.items if c.type in GROUP_TYPES]
            if nested:
                return f"nests '{nested[0]}', a {t.value} inside a {t.value}; nesting is not supported"
        return None

    @property
    def disclosure_class(self) -> Disclosure:
        """The declared class, or the default: free text for text types; identifier for a
        place or a file (an embassy's coordinates, a photo, a recording name the person);
        quasi-identifier for a moment; none otherwise."""
        if self.disclosure is not None:
            return self.disclosure
        if self.type in TEXT_TYPES:
            return Disclosure.free_text
        if self.type in IDENTIFYING_TYPES:
            return Disclosure.identifier
        if self.type == ItemType.datetime:
            return Disclosure.quasi_identifier
        return Disclosure.none

    @property
    def asked(self) -> bool:
        """Whether the interviewer sees the item (a calculate item is worked out, not asked)."""
        return self.type not in UNASKED_TYPES

    @property
    def has_value(self) -> bool:
        """Whether the item has a value in the data: an answer, or a calculation's result."""
        return self.type != ItemType.note

    @property
    def takes_answer(self) -> bool:
        return self.type not in (ItemType.note, ItemType.calculate)


class Section(Strict):
    id: ItemName
    title: LocalText
    relevant: str | None = None
    items: list[Item] = Field(min_length=1)


class Consent(Strict):
    text: LocalText
    required: bool = True


class Code(Strict):
    """One analytic code of the codebook (for coding open answers)."""

    id: Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_.\-]*$", max_length=64)]
    label: LocalText
    description: LocalText | None = None
    codes: list[Code] = []


class Codebook(Strict):
    label: LocalText | None = None
    codes: list[Code] = Field(min_length=1)

    def flat(self) -> list[Code]:
        out: list[Code] = []

        def walk(codes: list[Code]) -> None:
            for code in codes:
                out.append(code)
                walk(code.codes)

        walk(self.codes)
        return out


class Policy(Strict):
    """Project rules that the store and exports follow."""

    seal_on_finish: bool = True
    k_threshold: int = Field(default=3, ge=1)


class StudyReport(Strict):
    """How the study report presents the study to readers outside the team (a funder): the
    title page, the items the executive summary leads with and those left to the appendix."""

    study: LocalText | None = None  # the study as the title page names it
    period: LocalText | None = None  # the fieldwork period, e.g. "March to June 2009"
    institution: LocalText | None = None
    summary: list[ItemName] = []  # the key findings, in the order the summary shows them
    appendix: list[ItemName] = []  # shown only in the appendix (interview language, consent)
    composition: list[ItemName] = []  # the sample's make-up by group, e.g. [role, gender]


class AttributeColumn(Strict):
    id: Name
    label: LocalText
    units: str | None = None


class AttributeTable(Strict):
    """Facts about the cases or organisations a study compares (a mission's start, the states
    involved, troops, casualties, costs), kept with the protocol and shown in reports. The first
    column holds each row's key: a choice of ``item`` when one is named (the case)."""

    label: LocalText
    item: ItemName | None = None
    columns: list[AttributeColumn] = Field(min_length=1)
    rows: list[dict[Name, str | int | float | None]] = []
    source: LocalText | None = None  # where the figures come from


class Protocol(Strict):
    """A whole interview instrument."""

    format: Literal["fieldkit-protocol/1"] = FORMAT
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", max_length=64)]
    version: Annotated[str, Field(min_length=1, max_length=32)]
    title: LocalText
    languages: list[Annotated[str, Field(pattern=LANG_PATTERN)]] = Field(default=["en"], min_length=1)
    default_language: Annotated[str, Field(pattern=LANG_PATTERN)] = "en"
    cover: LocalText
    research_aim: LocalText
    consent: Consent | None = None
    citation: str = DEFAULT_CITATION
    # where the citation's fields come from and the words the paper uses (see
    # fieldkit.analysis.quotes.CitationMapping.from_protocol); None: the defaults
    citation_map: dict[str, Any] | None = None
    policy: Policy = Policy()
    choice_lists: dict[Name, list[Choice]] = {}
    rosters: dict[Name, Roster] = {}
    codebook: Codebook | None = None
    # the study report's title page, summary and appendix; None: every item in its section
    report: StudyReport | None = None
    # facts about the cases or organisations compared; None: none (the hash stays)
    attribute_tables: dict[Name, AttributeTable] | None = None
    sections: list[Section] = Field(min_length=1)

    @field_validator("languages")
    @classmethod
    def _unique_languages(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a language is listed twice")
        return value

    @model_validator(mode="after")
    def _default_language_listed(self) -> Protocol:
        if self.default_language not in self.languages:
            raise ValueError(
                f"default_language '{self.default_language}' is not one of languages {self.languages}"
            )
        return self

    # ---- navigation -------------------------------------------------------------------
    def iter_items(self) -> list[Item]:
        """Every top-level item, in order, across sections (follow-ups not included)."""
        return [item for section in self.sections for item in section.items]

    @cached_property
    def items_by_id(self) -> dict[str, Item]:
        """Every item by id, follow-ups of repeats and name generators included."""
        out: dict[str, Item] = {}
        for item in self.iter_items():
            out[item.id] = item
            for child in item.items:
                out[child.id] = child
        return out

    @cached_property
    def parent_of(self) -> dict[str, str]:
        """For each follow-up item id, the id of its repeat or name generator."""
        return {c.id: item.id for item in self.iter_items() for c in item.items}

    @cached_property
    def section_of(self) -> dict[str, str]:
        return {item.id: s.id for s in self.sections for item in s.items}

    def item(self, item_id: str) -> Item:
        try:
            return self.items_by_id[item_id]
        except KeyError:
            raise KeyError(f"no item '{item_id}' in protocol {self.id}") from None

    def choices_for(self, item: Item) -> list[Choice]:
        """The choices of a select or likert item, resolving a named choice list or the
        rosters it takes its choices from."""
        if item.roster_choices:
            return [Choice(name=e.id, label=e.label, extra={
                        "roster": name, "organisation": e.organisation,
                        "member_state": e.member_state, "group": e.group,
                        "alliance": e.alliance})
                    for name in item.roster_choices if name in self.rosters
                    for e in self.rosters[name].entries]
        if isinstance(item.choices, str):
            return self.choice_lists[item.choices]
        if item.type == ItemType.yes_no:
            return [Choice(name="yes", label={"en": "Yes", "fr": "Oui"}),
                    Choice(name="no", label={"en": "No", "fr": "Non"})]
        return list(item.choices or [])

    def choice_rows(self, list_name: str) -> list[dict[str, str]] | None:
        """A named choice list as rows of its columns (name, label in the default language,
        and the extra columns), as XLSForm's instance() sees it; None if there is none."""
        choices = self.choice_lists.get(list_name)
        if choices is None:
            return None
        return [{**(c.extra or {}), "name": c.name, "label": self.text(c.label)}
                for c in choices]

    def text(self, value: LocalText | None, language: str | None = None) -> str:
        """A text in the language asked for, else the default language, else any."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        for lang in (language, self.default_language):
            if lang and value.get(lang):
                return value[lang]
        return next(iter(value.values()), "")

    # ---- identity ---------------------------------------------------------------------
    def canonical_json(self) -> str:
        """The protocol as canonical JSON (sorted keys, rosters inline): what is hashed.

        Fields added to the format later are left out while they hold their default, so a
        protocol written before them keeps its hash (stores find their snapshots by it)."""
        data = self.model_dump(mode="json", exclude_none=True)
        for section in data.get("sections", []):
            for item in section.get("items", []):
                _prune_later_defaults(item)
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @cached_property
    def content_hash(self) -> str:
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    @classmethod
    def from_snapshot(cls, text: str) -> Protocol:
        """Rebuild a protocol from :meth:`canonical_json` (as stored with interviews)."""
        return cls.model_validate_json(text)


#: Item fields added after the format's first release, with the default that leaves them out.
LATER_ITEM_DEFAULTS: dict[str, Any] = {"gates": [], "read_only": False}


def _prune_later_defaults(item: dict[str, Any]) -> None:
    for key, default in LATER_ITEM_DEFAULTS.items():
        if key in item and item[key] == default:
            del item[key]
    for child in item.get("items", []):
        _prune_later_defaults(child)


def slug(text: str) -> str:
    """A safe variable-like name for free text (used where a name must be derived)."""
    out = re.sub(r"[^A-Za-z0-9_]+", "_", text).strip("_").lower()
    return out if re.match(NAME_PATTERN, out or "") else f"v_{out}"


def schema() -> dict[str, Any]:
    """The JSON Schema of a protocol file, for editors to complete and check."""
    out = Protocol.model_json_schema()
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["title"] = "fieldkit protocol"
    return out
