"""Reading protocol YAML with the line of every value, and writing protocols back as YAML."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from fieldkit import bounded
from fieldkit.errors import Problem, ProtocolError

if TYPE_CHECKING:
    from .model import Protocol

Path_ = tuple[str | int, ...]

MAX_PROTOCOL_BYTES = 5 * 1024 * 1024
MAX_ALIASES = 200
MAX_VALUES = 100_000  # values built, with every alias expanded


class _Refused(yaml.YAMLError):
    def __init__(self, problem: str, mark: Any):
        super().__init__(problem)
        self.problem, self.problem_mark = problem, mark


class _SafeLoader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps (dates stay text, the model decides), with few
    aliases (each can expand exponentially: "billion laughs") and no deep nesting."""

    _depth = 0
    _aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in the stubs
        if isinstance(event, yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise _Refused(f"uses more than {MAX_ALIASES} aliases (*name); write the values "
                               "out in full", event.start_mark)
        self._depth += 1
        try:
            if self._depth > bounded.MAX_DEPTH:
                raise _Refused(f"nests deeper than {bounded.MAX_DEPTH} levels", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_SafeLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> tuple[Any, dict[Path_, int]]:
    """Parse a YAML file into plain data, with the 1-based line of every key path.

    Raises ProtocolError for unreadable files, syntax errors and duplicate keys.
    """
    file = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProtocolError([Problem(file, "", "no such file")]) from None
    except OSError as exc:
        raise ProtocolError([Problem(file, "", f"cannot be read ({exc.strerror})")]) from None
    if len(raw) > MAX_PROTOCOL_BYTES:
        raise ProtocolError([Problem(file, "", "is larger than 5 MB, too large for a protocol")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProtocolError([Problem(file, f"byte {exc.start}", "is not UTF-8 text")]) from None
    return parse_yaml(text, file)


def parse_yaml(text: str, file: str) -> tuple[Any, dict[Path_, int]]:
    """Plain data and lines from YAML text; ProtocolError naming ``file`` for anything unsafe."""
    try:
        node = yaml.compose(text, Loader=_SafeLoader)
    except _Refused as exc:
        where = f"line {exc.problem_mark.line + 1}" if exc.problem_mark else ""
        raise ProtocolError([Problem(file, where, exc.problem)]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "is not valid YAML"
        raise ProtocolError([Problem(file, where, f"YAML syntax error: {problem}")]) from None
    if node is None:
        raise ProtocolError([Problem(file, "", "is empty")])
    lines: dict[Path_, int] = {}
    problems: list[Problem] = []
    try:
        _expanded_size(node, {}, set())
        data = _build(node, (), lines, problems, file, _SafeLoader(""))
    except _Refused as exc:
        where = f"line {exc.problem_mark.line + 1}" if exc.problem_mark else ""
        raise ProtocolError([Problem(file, where, exc.problem)]) from None
    found = None if problems else bounded.problem(data)
    if found:
        problems.append(Problem(file, "", found))
    if problems:
        raise ProtocolError(problems)
    return data, lines


def _expanded_size(node: yaml.Node, sizes: dict[int, int], open_: set[int]) -> int:
    """How many values ``node`` builds with every alias expanded, counted once per node (an
    alias is the same node object again), so a "billion laughs" is refused before it is built."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    if id(node) in open_:
        raise _Refused("refers to itself through an alias", node.start_mark)
    open_.add(id(node))
    if isinstance(node, yaml.MappingNode):
        children = [child for pair in node.value for child in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    else:
        children = []
    total = 1
    for child in children:
        total += _expanded_size(child, sizes, open_)
        if total > MAX_VALUES:
            raise _Refused(f"expands to more than {MAX_VALUES:,} values (aliases repeated too "
                           "often)", node.start_mark)
    open_.discard(id(node))
    sizes[id(node)] = total
    return total


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int], problems: list[Problem],
           file: str, loader: _SafeLoader) -> Any:
    if len(lines) >= MAX_VALUES or len(path) > bounded.MAX_DEPTH:
        what = (f"nests deeper than {bounded.MAX_DEPTH} levels" if len(path) > bounded.MAX_DEPTH
                else f"expands to more than {MAX_VALUES:,} values (aliases repeated too often)")
        raise _Refused(what, node.start_mark)
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if key in out:
                problems.append(Problem(file, f"line {key_node.start_mark.line + 1}",
                                        f"key '{key}' appears twice in the same block"))
                continue
            out[key] = _build(value_node, (*path, key), lines, problems, file, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(child, (*path, i), lines, problems, file, loader)
                for i, child in enumerate(node.value)]
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problems.append(Problem(file, f"line {node.start_mark.line + 1}", f"bad value: {exc}"))
        return None
    except ValueError:  # an integer of thousands of digits
        problems.append(Problem(file, f"line {node.start_mark.line + 1}",
                                "holds a number too large to read"))
        return None


def format_path(path: Path_) -> str:
    """``('sections', 0, 'items', 2, 'label')`` -> ``sections[0].items[2].label``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class _Dumper(yaml.SafeDumper):
    """Block-style YAML with multi-line strings as literal blocks."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(data: dict[str, Any]) -> str:
    """Plain protocol data as readable YAML (keys in model order, unicode kept)."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


def protocol_to_yaml(protocol: Protocol, source_dir: Path, out_dir: Path) -> str:
    """A protocol as YAML to be written in ``out_dir``; rosters point at their CSV files when
    those lie in ``out_dir`` (a protocol reads no file outside its folder), else they are
    written out in it."""
    data = protocol.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    data = {"format": protocol.format, **data}
    for name, roster in protocol.rosters.items():
        if roster.file:
            target = (source_dir / roster.file).resolve()
            if not target.is_relative_to(out_dir.resolve()):
                data["rosters"][name].pop("file", None)
                continue
            kept = {k: v for k, v in data["rosters"][name].items() if k != "entries"}
            kept["file"] = Path(os.path.relpath(target, out_dir.resolve())).as_posix()
            data["rosters"][name] = kept
    return dump_yaml(data)
