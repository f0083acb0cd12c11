"""The files fieldkit ships inside its package: report fonts, study protocols and their rosters.

They are read with :mod:`importlib.resources`, so a source checkout, an installed wheel and a
frozen bundle (PyInstaller) find them the same way. ``forms/NAME`` given on the command line
names a shipped protocol when no such file exists where the command runs.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path, PurePath

FORMS = "forms"
FONTS = "fonts"


def data_dir(name: str) -> Path:
    """The shipped folder ``name`` (``forms`` or ``fonts``) as a path on disk."""
    folder = files(__name__) / name
    if not isinstance(folder, Path):  # a zipped install: fieldkit is never shipped that way
        raise RuntimeError(f"fieldkit's {name} folder is not on disk ({folder}); "
                           "install fieldkit unzipped")
    return folder


def forms_dir() -> Path:
    """The study protocols (YAML and XLSForm) and their rosters/."""
    return data_dir(FORMS)


def fonts_dir() -> Path:
    """The DejaVu TrueType fonts embedded in every PDF and used by the app's screens."""
    return data_dir(FONTS)


def shipped_protocols() -> list[Path]:
    """The YAML protocols shipped with fieldkit (the XLSForm copy is for editing, not loading)."""
    return sorted(forms_dir().glob("*.yaml"))


def resolve_form(name: str | PurePath) -> Path:
    """``name`` as given, or the shipped protocol it names: ``forms/informal-relations.yaml``
    finds the shipped copy when no such file exists in the current folder (an installed
    fieldkit has no forms/ folder of its own beside the user's files)."""
    path = Path(name)
    if path.exists() or path.is_absolute() or not path.parts or path.parts[0] != FORMS:
        return path
    shipped = forms_dir().joinpath(*path.parts[1:])
    return shipped if shipped.exists() else path
