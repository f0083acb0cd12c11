"""Reading protocol YAML with the line of every value, and writing protocols back as YAML."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from fieldkit.errors import Problem, ProtocolError

if TYPE_CHECKING:
    from .model import Protocol

Path_ = tuple[str | int, ...]

MAX_PROTOCOL_BYTES = 20 * 1024 * 1024


class _SafeLoader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps: dates stay text, the model decides."""


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
        raise ProtocolError([Problem(file, "", "is larger than 20 MB, too large for a protocol")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProtocolError([Problem(file, f"byte {exc.start}", "is not UTF-8 text")]) from None
    try:
        node = yaml.compose(text, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "is not valid YAML"
        raise ProtocolError([Problem(file, where, f"YAML syntax error: {problem}")]) from None
    if node is None:
        raise ProtocolError([Problem(file, "", "is empty")])
    lines: dict[Path_, int] = {}
    problems: list[Problem] = []
    data = _build(node, (), lines, problems, file)
    if problems:
        raise ProtocolError(problems)
    return data, lines


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int], problems: list[Problem],
           file: str) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if key in out:
                problems.append(Problem(file, f"line {key_node.start_mark.line + 1}",
                                        f"key '{key}' appears twice in the same block"))
                continue
            out[key] = _build(value_node, (*path, key), lines, problems, file)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(child, (*path, i), lines, problems, file)
                for i, child in enumerate(node.value)]
    loader = _SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problems.append(Problem(file, f"line {node.start_mark.line + 1}", f"bad value: {exc}"))
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
    """A protocol as YAML to be written in ``out_dir``; rosters point at their CSV files."""
    data = protocol.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    data = {"format": protocol.format, **data}
    for name, roster in protocol.rosters.items():
        if roster.file:
            target = (source_dir / roster.file).resolve()
            kept = {k: v for k, v in data["rosters"][name].items() if k != "entries"}
            kept["file"] = Path(os.path.relpath(target, out_dir.resolve())).as_posix()
            data["rosters"][name] = kept
    return dump_yaml(data)
