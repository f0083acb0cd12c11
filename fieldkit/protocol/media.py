"""Choice lists kept in files beside a form (select_*_from_file, external choices), added later.

Tools such as FMTM write these files at deployment, so a form often arrives without them: the
importer keeps the question with ``choices_file`` and a warning, interviews refuse to start
while any is missing (:func:`missing_media`), and ``fieldkit protocol add --media FILE``
brings the file in (:func:`add_media`). A CSV has a ``name`` and a ``label`` column (and
``label::LANGUAGE`` columns); a GeoJSON file gives one choice per feature, named by its
``id`` (or ``name``) property and labelled by ``label`` (or ``name``). Every other column
or scalar property is kept on the choice, for choice filters and instance() lookups.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from fieldkit.errors import Problem, ProtocolError

from .model import Choice, Item, Protocol, slug
from .validate import protocol_from_data

MAX_MEDIA_BYTES = 20 * 1024 * 1024
MAX_MEDIA_CHOICES = 20_000
_COLUMN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.:\-]*$")


def missing_media(protocol: Protocol) -> list[tuple[str, str]]:
    """(item id, file name) of every question whose choice file is not in the protocol yet."""
    return [(item.id, item.choices_file) for item in protocol.items_by_id.values()
            if item.choices_file]


def _fail(path: Path, message: str) -> ProtocolError:
    return ProtocolError([Problem(str(path), "", message)])


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()


def _from_csv(path: Path, text: str, protocol: Protocol) -> list[Choice]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise _fail(path, "the file is empty; it needs a 'name' and a 'label' column")
    header = [h.strip() for h in rows[0]]
    if "name" not in header or not any(h.split("::")[0] == "label" for h in header):
        raise _fail(path, "row 1 needs a 'name' and a 'label' column")
    choices = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        labels = {_language(h, protocol): v for h, v in row.items()
                  if h.split("::")[0] == "label" and v}
        labels.pop(None, None)
        extra = {h: v for h, v in row.items()
                 if h != "name" and h.split("::")[0] != "label" and v and _COLUMN.match(h)}
        choices.append(_choice(path, f"row {number}", row.get("name", ""), labels, extra,
                               protocol))
    return choices


def _language(header: str, protocol: Protocol) -> str | None:
    """The protocol language of a ``label`` or ``label::X`` column (None: not one of them)."""
    _, _, lang = header.partition("::")
    if not lang:
        return protocol.default_language
    code = re.search(r"\(([a-z]{2,3})\)\s*$", lang.strip())
    found = code.group(1) if code else lang.strip().lower()
    return found if found in protocol.languages else None


def _from_geojson(path: Path, text: str, protocol: Protocol) -> list[Choice]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _fail(path, f"the file is not GeoJSON (not JSON: {exc.args[0]})") from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise _fail(path, "the file is not a GeoJSON FeatureCollection (no 'features' list)")
    choices = []
    for n, feature in enumerate(features, start=1):
        props = feature.get("properties") if isinstance(feature, dict) else None
        props = props if isinstance(props, dict) else {}
        name = _text(props.get("id", feature.get("id") if isinstance(feature, dict) else None)
                     or props.get("name"))
        label = _text(props.get("label") or props.get("name") or name)
        extra = {k: _text(v) for k, v in props.items()
                 if k not in ("id", "label") and _text(v) and _COLUMN.match(k)}
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if isinstance(geometry, dict):
            extra["geometry"] = json.dumps(geometry, separators=(",", ":"))
        choices.append(_choice(path, f"feature {n}", name,
                               {protocol.default_language: label} if label else {}, extra,
                               protocol))
    return choices


def _choice(path: Path, where: str, name: str, labels: dict[Any, str], extra: dict[str, str],
            protocol: Protocol) -> Choice:
    if not name:
        raise _fail(path, f"{where} has no name")
    if not labels:
        raise _fail(path, f"{where} ('{name}') has no label")
    label: str | dict[str, str] = labels
    if set(labels) == {protocol.default_language} and len(protocol.languages) == 1:
        label = labels[protocol.default_language]
    try:
        return Choice(name=name, label=label, extra=extra or None)
    except ValueError:
        raise _fail(path, f"{where}: '{name[:40]}' cannot be a choice name") from None


def read_media(path: Path, protocol: Protocol) -> list[Choice]:
    """The choices of a CSV or GeoJSON file; ProtocolError in one sentence if unusable."""
    try:
        if path.stat().st_size > MAX_MEDIA_BYTES:
            raise _fail(path, f"the file is over {MAX_MEDIA_BYTES // 1048576} MB")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise _fail(path, "the file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, f"the file cannot be read as UTF-8 text ({exc})") from None
    suffix = path.suffix.lower()
    if suffix == ".csv":
        choices = _from_csv(path, text, protocol)
    elif suffix in (".geojson", ".json"):
        choices = _from_geojson(path, text, protocol)
    else:
        raise _fail(path, "a choice file is a .csv or a .geojson file")
    if not choices:
        raise _fail(path, "the file holds no choices")
    if len(choices) > MAX_MEDIA_CHOICES:
        raise _fail(path, f"the file holds more than {MAX_MEDIA_CHOICES:,} choices")
    return choices


def missing_tables(protocol: Protocol) -> list[str]:
    """The CSV tables expressions look up (XLSForm's pulldata()) that the protocol lacks."""
    found: set[str] = set()
    for item in protocol.items_by_id.values():
        for text in (item.calculation, item.relevant, item.constraint, item.choice_filter,
                     item.default, item.required_if):
            found.update(re.findall(r"instance-lookup\('([^']+)'", text or ""))
    return sorted(f"{name}.csv" for name in found if name not in protocol.choice_lists)


def _table_from_csv(path: Path, text: str, protocol: Protocol) -> list[Choice]:
    """A lookup table: a row per line, named by its ``name`` (or first) column."""
    rows = list(csv.reader(io.StringIO(text)))
    header = [h.strip() for h in rows[0]] if rows else []
    if not header or not header[0]:
        raise _fail(path, "row 1 needs the names of the table's columns")
    key = header.index("name") if "name" in header else 0
    out = []
    for number, cells in enumerate(rows[1:], start=2):
        row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        if not row[header[key]]:
            continue
        extra = {h: v for h, v in row.items()  # the key column too, as pulldata looks it up
                 if h not in ("name", "label") and v and _COLUMN.match(h)}
        out.append(_choice(path, f"row {number}", row[header[key]],
                           {protocol.default_language: row.get("label") or row[header[key]]},
                           extra, protocol))
    return out


def add_media(protocol: Protocol, paths: list[Path]) -> Protocol:
    """The protocol with each file's choices in place of the questions waiting for it: a
    named choice list (after the file, as instance() looks it up) that they use; or, for a
    table pulldata() reads, the table as a list its lookups find."""
    waiting = {file for _, file in missing_media(protocol)}
    tables = set(missing_tables(protocol))
    lists = dict(protocol.choice_lists)
    by_file: dict[str, str] = {}
    for path in paths:
        path = Path(path)
        if path.name in tables and path.name not in waiting:
            if path.stat().st_size > MAX_MEDIA_BYTES if path.is_file() else False:
                raise _fail(path, f"the file is over {MAX_MEDIA_BYTES // 1048576} MB")
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                raise _fail(path, f"the file cannot be read as UTF-8 text ({exc})") from None
            lists[path.stem] = _table_from_csv(path, text, protocol)[:MAX_MEDIA_CHOICES]
            continue
        if path.name not in waiting:
            wanted = ", ".join(sorted(waiting | tables)) or "none"
            raise _fail(path, f"no question of protocol '{protocol.id}' waits for "
                        f"'{path.name}' (it waits for: {wanted})")
        name = base = slug(path.stem)
        n = 2
        while name in lists:
            name, n = f"{base}_{n}", n + 1
        lists[name] = read_media(path, protocol)
        by_file[path.name] = name

    def filled(item: Item) -> Item:
        changes: dict[str, Any] = {}
        if item.choices_file in by_file:
            changes = {"choices": by_file[item.choices_file], "choices_file": None}
        if item.items:
            changes["items"] = [filled(child) for child in item.items]
        return item.model_copy(update=changes) if changes else item

    sections = [s.model_copy(update={"items": [filled(i) for i in s.items]})
                for s in protocol.sections]
    data = protocol.model_copy(update={"choice_lists": lists, "sections": sections})
    first = Path(paths[0]) if paths else Path(".")
    return protocol_from_data(data.model_dump(mode="json", exclude_none=True),
                              file=str(first), base_dir=first.parent)


def media_added(bare: Protocol, full: Protocol) -> bool:
    """Whether ``full`` is ``bare`` with some of the choice files or lookup tables it waited
    for brought in (``protocol add --media``) and nothing else changed: the same form."""
    waiting = {file for _, file in missing_media(bare)} | set(missing_tables(bare))
    if not waiting or bare.content_hash == full.content_hash:
        return False
    old, new = json.loads(bare.canonical_json()), json.loads(full.canonical_json())
    old_lists, new_lists = old.get("choice_lists", {}), new.pop("choice_lists", {})
    if any(new_lists.get(name) != choices for name, choices in old_lists.items()):
        return False
    if "choice_lists" in old:
        new["choice_lists"] = old_lists

    def align(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> None:
        for was, now in zip(before, after, strict=False):
            if was.get("choices_file") and not now.get("choices_file"):
                now.pop("choices", None)
                now["choices_file"] = was["choices_file"]
                if "choices" in was:
                    now["choices"] = was["choices"]
            align(was.get("items", []), now.get("items", []))

    for was, now in zip(old.get("sections", []), new.get("sections", []), strict=False):
        align(was.get("items", []), now.get("items", []))
    return bool(old == new)


def same_form(one: Protocol, other: Protocol) -> bool:
    """Whether two protocols of one id and version may both be held: the same content, or one
    is the other with choice files or tables added (:func:`media_added`)."""
    return (one.content_hash == other.content_hash or media_added(one, other)
            or media_added(other, one))
