"""The XLSForm question types: which fieldkit carries, which it skips, which it refuses."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

#: XLSForm type -> fieldkit item type, for the types carried as they are.
SIMPLE = {
    "integer": "integer", "int": "integer", "decimal": "decimal", "text": "text",
    "string": "text", "date": "date", "note": "note", "acknowledge": "acknowledge",
    "trigger": "acknowledge", "calculate": "calculate", "time": "time",
    "datetime": "datetime", "datetime-local": "datetime", "geopoint": "geopoint",
    "geotrace": "geotrace", "geoshape": "geoshape", "range": "range", "hidden": "calculate",
}

#: Types carried approximately: the fieldkit type and what the warning says.
APPROXIMATE = {
    "gps": ("geopoint", "a location typed in as coordinates"),
    "start-geopoint": ("geopoint", "a location typed in as coordinates, not taken by a device"),
    "image": ("attachment", "an image file chosen from disk"),
    "photo": ("attachment", "an image file chosen from disk"),
    "audio": ("attachment", "an audio file chosen from disk"),
    "video": ("attachment", "a video file chosen from disk"),
    "file": ("attachment", "a file chosen from disk"),
    "barcode": ("text", "a barcode typed in as text"),
    "caseid": ("text", "SurveyCTO's case id, typed in as text"),
    "comments": ("long_text", "SurveyCTO's comments field, as a long text"),
    "null": ("note", "SurveyCTO's null field, as a note that records nothing"),
    "calculate_here": ("calculate", "SurveyCTO's calculate_here, worked out from the answers "
                       "as they stand (not only where it is placed)"),
}
MEDIA_KIND = {"image": "image", "photo": "image", "audio": "audio", "video": "video",
              "file": "file"}

#: Metadata the device records by itself: carried as calculations where fieldkit knows it.
METADATA_CALCULATION = {"start": "once(now())", "end": "now()", "today": "once(today())",
                        "username": "interviewer()", "deviceid": "once(device())"}
METADATA = frozenset({
    "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber",
    "username", "email", "instanceid", "uri:deviceid", "uri:subscriberid", "uri:simserial",
    "uri:phonenumber", "uri:username", "uri:email", "audit", "background-audio",
    "start-geopoint-background", "background-geopoint",
})

#: Types fieldkit cannot carry, with the feature named for the person reading the error.
REFUSED = {
    "xml-external": "external XML data", "csv-external": "external CSV data",
    "include": "including another form",
    # not carried as text: the answer is a map feature drawn and tagged in OpenMapKit, whose
    # shape and tags a typed answer would lose
    "osm": "an OpenStreetMap feature drawn and tagged on a map, whose shape and tags a typed "
           "answer would lose",
    "entity": "entities",
}

#: pyxform's older spellings of types, as the type they stand for.
LEGACY = {
    "location": "geopoint", "date time": "datetime", "start time": "start",
    "end time": "end", "get start time": "start", "get end time": "end", "get today": "today",
    "imei": "deviceid", "device id": "deviceid", "get device id": "deviceid",
    "sim id": "simserial", "get sim id": "simserial", "subscriber id": "subscriberid",
    "get subscriber id": "subscriberid", "get phone number": "phonenumber",
    "add photo prompt": "image", "picture": "image", "q select1": "select_one",
    "q int": "integer", "q string": "text", "q location": "geopoint",
}
#: Types pyxform gives a bound or a check: the fieldkit type and the item fields it adds.
CONSTRAINED = {
    "phone number": ("text", (("constraint", "regex(., '^\\d*$')"),
                              ("hint", "Enter numbers only."))),
    "percentage": ("integer", (("min", 0), ("max", 100))),
    "number of days in last month": ("integer", (("min", 0), ("max", 31))),
    "number of days in last six months": ("integer", (("min", 0), ("max", 183))),
    "number of days in last year": ("integer", (("min", 0), ("max", 365))),
}

GROUP_WORDS = {
    "begin_group": "begin_group", "end_group": "end_group",
    "begin_repeat": "begin_repeat", "end_repeat": "end_repeat",
    # loops are expanded into groups (xlsform_loops) before the survey is converted
    "end_loop": "end_group",
}

KNOWN_WORDS = sorted({*SIMPLE, *APPROXIMATE, *METADATA, *REFUSED, *GROUP_WORDS, *CONSTRAINED,
                      "select_one",
                      "select_multiple", "select_one_from_file", "select_multiple_from_file",
                      "select_one_external", "rank"})

_SELECT = re.compile(
    r"^(select_one_external|select_multiple_external|select_one|select one|select_multiple|"
    r"select all that apply|rank)(?: from)? (\S+)( or_other| or specify other)?$", re.I)
_FROM_FILE = re.compile(r"^(select_one_from_file|select_multiple_from_file) (.+)$")


@dataclass(frozen=True)
class RowType:
    """What a survey row's type cell means."""

    kind: str  # question, begin_group, end_group, begin_repeat, end_repeat, metadata, refused, unknown
    item_type: str = ""  # for questions: a fieldkit type, or 'acknowledge' or 'range'
    list_name: str = ""  # select LIST
    file: str = ""  # select_*_from_file FILE
    feature: str = ""  # refused: the feature named in the error; unknown: a did-you-mean hint
    approx: str = ""  # carried approximately: how, for the warning
    external: bool = False  # select_one_external: choices from the external_choices sheet
    or_other: bool = False
    word: str = ""  # the XLSForm type word, lower case
    fields: tuple[tuple[str, object], ...] = ()  # item fields the type implies (bounds, checks)


def parse_type(text: str) -> RowType:
    """Read one type cell, e.g. ``'select_one yes_no'`` or ``'begin group'``."""
    spaced = re.sub(r"\s+", " ", text.strip())
    low = spaced.casefold()
    word = low.replace(" ", "_")
    if word in GROUP_WORDS:
        return RowType(GROUP_WORDS[word])
    if re.fullmatch(r"begin[ _]loop(?:\s+(?:over\s+)?\S+)?", low):
        return RowType("begin_group")
    if low in CONSTRAINED:
        item_type, fields = CONSTRAINED[low]
        return RowType("question", item_type, word=low, fields=fields)
    legacy = re.fullmatch(r"(?:add (.+) prompt|q (.+))", low)
    if legacy and not low.startswith(("add select", "q select")):
        low = legacy.group(1) or legacy.group(2)
    if low in LEGACY or legacy:
        low = LEGACY.get(low, low)
        word = low.replace(" ", "_")
    if low in SIMPLE:
        return RowType("question", SIMPLE[low], word=low)
    if low in APPROXIMATE:
        item_type, how = APPROXIMATE[low]
        return RowType("question", item_type, approx=how, word=low)
    if low in METADATA:
        return RowType("metadata", word=low)
    if word in REFUSED:
        return RowType("refused", feature=REFUSED[word])
    match = _SELECT.match(spaced)
    if match:
        kind, name, other = match.groups()
        kind = kind.casefold()
        item_type = "rank" if kind == "rank" else "select_one" if kind.startswith(
            ("select one", "select_one")) else "select_multiple"
        return RowType("question", item_type, list_name=name, external="external" in kind,
                       or_other=bool(other), word=kind)
    match = _FROM_FILE.match(spaced)
    if match:
        kind, file = match.group(1).casefold(), match.group(2).strip()
        item_type = "select_one" if kind.startswith("select_one") else "select_multiple"
        return RowType("question", item_type, file=file, word=kind)
    head = low.split(" ")[0]
    if head in REFUSED:
        return RowType("refused", feature=REFUSED[head])
    if head in ("select_one", "select_multiple", "select_one_from_file",
                "select_multiple_from_file", "rank"):
        return RowType("unknown", feature=f"write it as '{head} LIST_NAME'")
    near = difflib.get_close_matches(word, KNOWN_WORDS, n=1, cutoff=0.7)
    return RowType("unknown", feature=f"did you mean '{near[0]}'?" if near else
                   "see the XLSForm types fieldkit supports in the documentation")
