"""The XLSForm question types: which fieldkit carries, which it skips, which it refuses."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

#: XLSForm type -> fieldkit item type, for the types carried as they are.
SIMPLE = {
    "integer": "integer", "int": "integer", "decimal": "decimal", "text": "text",
    "string": "text", "date": "date", "note": "note", "acknowledge": "acknowledge",
    "trigger": "acknowledge",
}

#: Metadata the device records by itself; fieldkit does not, and skipping it collects less.
METADATA = frozenset({
    "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber",
    "username", "email", "instanceid", "uri:deviceid", "uri:subscriberid", "uri:simserial",
    "uri:phonenumber", "uri:username", "uri:email",
})

#: Types fieldkit cannot carry, with the feature named for the person reading the error.
REFUSED = {
    "calculate": "calculations", "hidden": "hidden fields",
    "geopoint": "location capture", "geotrace": "location capture",
    "geoshape": "location capture", "gps": "location capture",
    "start-geopoint": "location capture", "background-geopoint": "location capture",
    "image": "photos", "photo": "photos", "audio": "audio recordings",
    "background-audio": "audio recordings", "video": "video recordings",
    "file": "file uploads", "barcode": "barcode scanning", "audit": "audit logs",
    "range": "range sliders", "time": "times of day; fieldkit has dates only",
    "datetime": "date-times; fieldkit has dates only",
    "xml-external": "external XML data", "csv-external": "external CSV data",
    "include": "including another form",
    "begin_loop": "loops", "end_loop": "loops", "osm": "OpenStreetMap questions",
    "select_one_external": "external choices", "select_multiple_external": "external choices",
    "rank": "ranking", "entity": "entities",
}

GROUP_WORDS = {
    "begin_group": "begin_group", "end_group": "end_group",
    "begin_repeat": "begin_repeat", "end_repeat": "end_repeat",
}

KNOWN_WORDS = sorted({*SIMPLE, *METADATA, *REFUSED, *GROUP_WORDS, "select_one", "select_multiple",
                      "select_one_from_file", "select_multiple_from_file"})

_SELECT = re.compile(
    r"^(select_one|select one|select_multiple|select all that apply|select_multiple)"
    r"(?: from)? (\S+)( or_other| or specify other)?$")
_FROM_FILE = re.compile(r"^(select_one_from_file|select_multiple_from_file) (.+)$")


@dataclass(frozen=True)
class RowType:
    """What a survey row's type cell means."""

    kind: str  # question, begin_group, end_group, begin_repeat, end_repeat, metadata, refused, unknown
    item_type: str = ""  # for questions: a fieldkit type, or 'acknowledge'
    list_name: str = ""  # select LIST
    file: str = ""  # select_*_from_file FILE
    feature: str = ""  # refused: the feature named in the error; unknown: a did-you-mean hint


def parse_type(text: str) -> RowType:
    """Read one type cell, e.g. ``'select_one yes_no'`` or ``'begin group'``."""
    spaced = re.sub(r"\s+", " ", text.strip())
    low = spaced.casefold()
    word = low.replace(" ", "_")
    if word in GROUP_WORDS:
        return RowType(GROUP_WORDS[word])
    if low in SIMPLE:
        return RowType("question", SIMPLE[low])
    if low in METADATA:
        return RowType("metadata")
    if word in REFUSED:
        return RowType("refused", feature=REFUSED[word])
    if low.startswith(("begin loop", "begin_loop")):
        return RowType("refused", feature="loops")
    match = _SELECT.match(spaced) or _SELECT.match(low)
    if match:
        kind, name, other = match.groups()
        if other:
            return RowType("refused", feature="'or other' choices")
        name = spaced.split(" ")[-1]  # list names keep their case
        item_type = "select_one" if kind.startswith("select one") or kind == "select_one" \
            else "select_multiple"
        return RowType("question", item_type, list_name=name)
    match = _FROM_FILE.match(spaced)
    if match:
        kind, file = match.group(1).casefold(), match.group(2).strip()
        if not file.casefold().endswith(".csv"):
            return RowType("refused", feature=f"choices from a non-CSV file ('{file}')")
        item_type = "select_one" if kind.startswith("select_one") else "select_multiple"
        return RowType("question", item_type, file=file)
    head = low.split(" ")[0]
    if head in REFUSED:
        return RowType("refused", feature=REFUSED[head])
    if head in ("select_one", "select_multiple", "select_one_from_file",
                "select_multiple_from_file"):
        return RowType("unknown", feature=f"write it as '{head} LIST_NAME'")
    near = difflib.get_close_matches(word, KNOWN_WORDS, n=1, cutoff=0.7)
    return RowType("unknown", feature=f"did you mean '{near[0]}'?" if near else
                   "see the XLSForm types fieldkit supports in the documentation")
