"""The readers the fuzzing suite feeds: each a seed input, its mutations and the call to make.

A target turns hypothesis's draws into one input (bytes written to a file, or a structure
dumped to bytes) and hands it to the program's own reader; only the program's error classes
(``FieldkitError`` and its kinds) may come back.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]

# Fragments that have broken readers before: YAML tags and aliases, deep nesting, huge and odd
# numbers, surrogates, NUL, formula signs, XML entities, long runs.
TOKENS = [
    b"&a ", b"*a", b"<<: *a", b"!!python/object:os.system", b"!!binary", b"? ", b"- ", b": ",
    b"{", b"}", b"[", b"]", b"[" * 200, b"{\"a\":" * 100, b"\"", b"'", b"\\ud800", b"\x00",
    b"\xff\xfe", b"\xed\xa0\x80", b"1e309", b"-0", b"NaN", b"Infinity", b"9" * 400, b"0x7f",
    b"2" * 30, b"=cmd|' /C calc'!A0", b"${a}", b"regex(., '(a+)+$')", b"\t", b"\r\n", b"\n",
    b"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", b"&e;", b"a" * 5000,
    b"\xe2\x80\xae", b"%", b"..", b"/dev/zero", b"null", b"true", b"[]", b"{}", b",,,,",
]
MAX_SIZE = 200_000


@st.composite
def mutated_bytes(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with a few byte-level edits: flips, cuts, repeats and splices of tokens."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "token", "repeat", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif kind == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif kind == "repeat" and data:
            piece = bytes(data[at:at + draw(st.integers(1, 200))])
            data[at:at] = piece * draw(st.integers(1, 50))
        elif kind == "truncate":
            del data[at:]
    return bytes(data[:MAX_SIZE])


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
    | st.text(max_size=40) | st.sampled_from(["", "a" * 3000, "\ud800", "../../etc/passwd",
                                              "/dev/zero", "${x}", "=1+1", "0" * 30]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=12)


def _paths(node: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


def _replace(node: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        return {**node, head: _replace(node[head], rest, value)}
    copy = list(node)
    copy[head] = _replace(copy[head], rest, value)
    return copy


def _drop(node: Any, path: tuple) -> Any:
    parent, key = path[:-1], path[-1]
    holder = node
    for step in parent:
        holder = holder[step]
    if isinstance(holder, dict):
        smaller = {k: v for k, v in holder.items() if k != key}
    else:
        smaller = [v for i, v in enumerate(holder) if i != key]
    return _replace(node, parent, smaller)


@st.composite
def mutated_tree(draw: st.DrawFn, seed: Any) -> Any:
    """``seed`` (parsed JSON or YAML) with a few values replaced, dropped or duplicated."""
    tree = seed
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(tree)
        path = draw(st.sampled_from(paths))
        kind = draw(st.sampled_from(["replace", "drop", "wrap", "copy"]))
        if kind == "replace" or not path:
            tree = _replace(tree, path, draw(JSONISH))
        elif kind == "drop":
            tree = _drop(tree, path)
        elif kind == "wrap":
            tree = _replace(tree, path, [_value(tree, path)] * draw(st.integers(0, 3)))
        else:
            tree = _replace(tree, path, _value(tree, draw(st.sampled_from(paths))))
    return tree


def _value(tree: Any, path: tuple) -> Any:
    for step in path:
        tree = tree[step]
    return tree


def yaml_bytes(tree: Any) -> bytes:
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False).encode("utf-8",
                                                                            "surrogatepass")


def json_bytes(tree: Any) -> bytes:
    return json.dumps(tree, ensure_ascii=False).encode("utf-8", "surrogatepass")


@dataclass
class Target:
    """One reader: how to make an input from draws, and how to read it."""

    name: str
    inputs: st.SearchStrategy[bytes]
    read: Callable[[bytes, Path], object]
    seed: bytes = b""  # a valid input, where coverage-guided fuzzing starts


def _in_file(suffix: str, reader: Callable[[Path], object]) -> Callable[[bytes, Path], object]:
    def read(data: bytes, work: Path) -> object:
        path = work / f"input{suffix}"
        path.write_bytes(data)
        return reader(path)
    return read


def either(seed_bytes: bytes, tree: Any, dump: Callable[[Any], bytes]) -> st.SearchStrategy:
    return st.one_of(mutated_bytes(seed_bytes),
                     mutated_tree(tree).map(dump),
                     mutated_tree(tree).map(dump).flatmap(mutated_bytes))


# ---- the seeds ---------------------------------------------------------------------------
SMALL_PROTOCOL: dict[str, Any] = {
    "id": "fuzz", "version": "1", "title": "Fuzz", "cover": "c", "research_aim": "a",
    "languages": ["en"], "default_language": "en",
    "rosters": {"c": {"entries": [{"id": "d1", "label": "Alpha"}, {"id": "d2", "label": "B"}]}},
    "sections": [{"id": "s1", "title": "S1", "items": [
        {"id": "org", "type": "select_one", "label": "Org",
         "choices": [{"name": "au", "label": "AU"}, {"name": "eu", "label": "EU"}]},
        {"id": "contacts", "type": "integer", "label": "Contacts", "min": 0, "max": 100,
         "constraint": "regex(., '^[0-9]+$')", "relevant": "${org} = 'eu'"},
        {"id": "view", "type": "long_text", "label": "View"},
        {"id": "friends", "type": "name_generator", "label": "Friends", "roster": "c",
         "items": [{"id": "f_contacts", "type": "integer", "label": "C"}]},
    ]}],
}


def protocol_target() -> Target:
    from fieldkit.protocol.loader import load_protocol

    seed = yaml_bytes(SMALL_PROTOCOL)
    return Target("protocol YAML", either(seed, SMALL_PROTOCOL, yaml_bytes),
                  _in_file(".yaml", load_protocol), seed)


def plan_target() -> Target:
    from fieldkit.anonymise.plan import default_plan, load_plan
    from fieldkit.protocol.loader import protocol_from_data

    text = default_plan(protocol_from_data(SMALL_PROTOCOL, file="fuzz.yaml", base_dir=ROOT)).to_yaml()
    tree = yaml.safe_load(text)
    return Target("anonymisation plan", either(text.encode(), tree, yaml_bytes),
                  _in_file(".yaml", load_plan), text.encode())


ROSTER = (b"id,label,organisation,member_state,group,alliance,role\n"
          b"au-dz,Algeria,AU,Algeria,North Africa,AMU,Ambassador\n"
          b"au-eg,Egypt,AU,Egypt,North Africa,COMESA,Ambassador\n")


def roster_target() -> Target:
    """A protocol naming a roster file beside it; the CSV is what is mutated."""
    from fieldkit.protocol.loader import load_protocol

    with_file = json.loads(json.dumps(SMALL_PROTOCOL))
    with_file["rosters"] = {"c": {"file": "roster.csv"}}
    protocol = yaml_bytes(with_file)

    def read(data: bytes, work: Path) -> object:
        (work / "roster.csv").write_bytes(data)
        (work / "form.yaml").write_bytes(protocol)
        return load_protocol(work / "form.yaml")

    lines = st.lists(st.sampled_from(ROSTER.splitlines(keepends=True) + [b",,,\n", b"\"\n"]),
                     max_size=30).map(b"".join)
    return Target("roster CSV", st.one_of(mutated_bytes(ROSTER), lines.flatmap(mutated_bytes)),
                  read, ROSTER)


def interview_json_target() -> Target:
    from fieldkit.interview.importer import plan_interview, read_json
    from fieldkit.protocol.loader import load_protocol

    try:
        from fieldkit.data import forms_dir
        study = forms_dir() / "informal-relations.yaml"
    except ImportError:
        study = ROOT / "forms" / "informal-relations.yaml"
    protocol = load_protocol(study)
    text = (ROOT / "docs" / "interview-format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", text, re.S)
    assert example is not None
    tree = json.loads(example.group(1))

    def read(data: bytes, work: Path) -> object:
        path = work / "interview.json"
        path.write_bytes(data)
        return plan_interview(read_json(path), protocol, path.name)

    return Target("interview JSON (back-entry)", either(json_bytes(tree), tree, json_bytes),
                  read, json_bytes(tree))


XLSFORM_SHEETS = {
    "survey": [["type", "name", "label", "relevant", "constraint", "required", "appearance"],
               ["integer", "age", "Age", None, ". < 120", "yes", None],
               ["select_one yn", "ok", "OK?", "${age} > 18", None, None, "minimal"],
               ["begin_group", "g", "Group", None, None, None, None],
               ["text", "city", "City", None, "regex(., '^[A-Z]')", None, None],
               ["end_group", None, None, None, None, None, None],
               ["select_multiple yn", "both", "Both", None, None, None, None],
               ["calculate", "c1", None, None, None, None, None]],
    "choices": [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
    "settings": [["form_id", "version", "form_title", "default_language"],
                 ["demo", "3", "Demo", "English (en)"]],
}


_XLSX: dict[str, bytes] = {}


def xlsx_bytes(sheets: dict[str, Any]) -> bytes:
    """The workbook of ``sheets``; the same sheets give the same bytes (openpyxl stamps the time
    of saving into each file, which hypothesis would see as a strategy that changes)."""
    key = json.dumps(sheets, sort_keys=True, default=str)
    if key not in _XLSX:
        if len(_XLSX) > 5000:
            _XLSX.clear()
        _XLSX[key] = _xlsx_bytes(sheets)
    return _XLSX[key]


def _xlsx_bytes(sheets: dict[str, Any]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items() if isinstance(sheets, dict) else []:
        name = re.sub(r"[\\/?*\[\]:']", "", str(_cell(title)))[:31].strip()
        sheet = book.create_sheet(name or "x")  # what a sheet title may hold
        for row in rows if isinstance(rows, list) else [rows]:
            cells = row if isinstance(row, list) else [row]
            sheet.append([_cell(c) for c in cells[:50]])
    if not book.sheetnames:
        book.create_sheet("survey")  # a workbook needs one sheet to be saved at all
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value if not isinstance(value, int) or abs(value) < 2**53 else str(value)
    text = json.dumps(value) if isinstance(value, dict | list) else str(value)
    # openpyxl refuses control characters and surrogates in cells: keep what a file can hold.
    return "".join(ch for ch in text if ch >= " " and not 0xD800 <= ord(ch) <= 0xDFFF)[:3000]


def xlsform_target() -> Target:
    from fieldkit.protocol.xlsform import import_xlsform

    seed = xlsx_bytes(XLSFORM_SHEETS)
    sheets = mutated_tree(XLSFORM_SHEETS).map(xlsx_bytes)
    return Target("XLSForm", st.one_of(mutated_bytes(seed), sheets, sheets.flatmap(
        mutated_bytes)), _in_file(".xlsx", import_xlsform), seed)


class SessionSeed:
    """A real session file from a laptop store, its plaintext parts and its signing key."""

    def __init__(self) -> None:
        from fieldkit.crypto import LeadIdentity
        from fieldkit.exchange import export_session
        from fieldkit.interview.session import InterviewSession
        from fieldkit.protocol.loader import protocol_from_data
        from fieldkit.store import Store

        self.root = Path(tempfile.mkdtemp(prefix="fieldkit-fuzz-session-"))
        self.lead = LeadIdentity.generate()
        protocol = protocol_from_data(SMALL_PROTOCOL, file="fuzz.yaml", base_dir=ROOT)
        with Store.create(self.root / "laptop", "fuzz seed passphrase orbit", interviewer="F01",
                          lead_public_key=self.lead.public_key) as store:
            store.add_protocol(protocol)
            for seal in (False, True):
                s = InterviewSession.start(store, protocol, interviewer="F01")
                s.answer("org", "eu")
                s.answer("contacts", 7)
                s.answer("view", "an open answer")
                s.add_quote("a quote")
                s.finish(force=True, seal=seal)
            self.key = store.signing_key
            path = export_session(store, self.root / "one.fieldkit").path
        self.cipher = path.read_bytes()
        from fieldkit.exchange.container import Limits, unpack

        plain = self.lead.decrypt(self.cipher)
        unpacked = unpack(plain, Limits())
        self.plain = plain
        self.manifest = json.loads(unpacked.manifest)
        self.parts = unpacked.parts
        self.order = unpacked.order


def session_target() -> Target:
    from fieldkit.crypto import encrypt
    from fieldkit.exchange.container import Limits, pack
    from fieldkit.exchange.reader import open_session, read_contents

    seed = SessionSeed()
    limits = Limits()

    def resigned(manifest: Any, parts: list[tuple[str, bytes]]) -> bytes:
        body = json.dumps(manifest, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode("utf-8", "surrogatepass")
        return encrypt(pack(seed.key.public_key, seed.key.sign(body), body, parts),
                       [seed.lead.public_key])

    @st.composite
    def part_changed(draw: st.DrawFn) -> bytes:
        name = draw(st.sampled_from(seed.order))
        raw = seed.parts[name]
        try:
            tree = json.loads(raw)
            new = draw(st.one_of(mutated_tree(tree).map(json_bytes), mutated_bytes(raw)))
        except ValueError:  # a sealed part: encrypted bytes
            new = draw(mutated_bytes(raw))
        parts = [(n, new if n == name else seed.parts[n]) for n in seed.order]
        manifest = json.loads(json.dumps(seed.manifest))
        if draw(st.booleans()):  # make the manifest agree, so the part itself is parsed
            import hashlib

            for entry in manifest.get("parts", []):
                if entry.get("name") == name:
                    entry["size"], entry["sha256"] = len(new), hashlib.sha256(new).hexdigest()
        return resigned(manifest, parts)

    manifest_changed = mutated_tree(seed.manifest).map(
        lambda m: resigned(m, [(n, seed.parts[n]) for n in seed.order]))
    plain_changed = mutated_bytes(seed.plain).map(lambda p: encrypt(p, [seed.lead.public_key]))

    def read(data: bytes, work: Path) -> object:
        opened = open_session(data, seed.lead, limits, "fuzz.fieldkit")
        return read_contents(opened, seed.lead, limits)

    inputs = st.one_of(mutated_bytes(seed.cipher), plain_changed, manifest_changed,
                       part_changed())
    return Target("session file", inputs, read, seed.cipher)


TARGETS: dict[str, Callable[[], Target]] = {
    "protocol": protocol_target, "xlsform": xlsform_target, "interview": interview_json_target,
    "roster": roster_target, "plan": plan_target, "session": session_target,
}
