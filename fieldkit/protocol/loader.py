"""Loading protocols as a pipeline: file -> plain data -> validated model -> semantic checks."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fieldkit.errors import Problem, ProtocolError

from . import model as m
from .validate import protocol_from_data, protocol_warnings
from .xlsform import import_xlsform
from .yaml_io import Path_, format_path, read_yaml

__all__ = ["XLSFORM_SUFFIXES", "load_protocol", "protocol_from_data", "protocol_warnings",
           "validate_paths"]

#: XLSForm workbooks, as xlsform_read reads them.
XLSFORM_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def load_protocol(path: Path | str) -> m.Protocol:
    """Load a YAML protocol or an XLSForm (.xlsx, .xls, .ods); raise ProtocolError listing
    every problem."""
    path = Path(path)
    if path.suffix.lower() in XLSFORM_SUFFIXES:
        return import_xlsform(path).protocol
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise ProtocolError([Problem(str(path), "", "is neither a YAML protocol (.yaml) "
                                                    "nor an XLSForm (.xlsx, .xls or .ods)")])
    data, lines = read_yaml(path)

    def locate(loc: Path_) -> str:
        text = format_path(loc)
        for cut in range(len(loc), -1, -1):
            if loc[:cut] in lines:
                return f"{text} (line {lines[loc[:cut]]})" if text else f"line {lines[loc[:cut]]}"
        return text

    return protocol_from_data(data, file=str(path), base_dir=path.parent, locate=locate)


def validate_paths(paths: Iterable[Path | str]) -> list[Problem]:
    """Every problem (errors and warnings) in the given protocol files."""
    out: list[Problem] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out.append(Problem(str(path), "", "is a folder, not a protocol file"))
            continue
        try:
            if path.suffix.lower() in XLSFORM_SUFFIXES:
                out.extend(import_xlsform(path).warnings)
            else:
                load_protocol(path)
        except ProtocolError as exc:
            out.extend(exc.problems)
    return out
