"""Report: which corpus XLSForms fieldkit imports, and which pyxform converts (not a test).

Run with ``.venv/bin/python tests/protocol/corpus_report.py [-v] [FORM ...]``. Prints one line
per form (imported, or the first refusals), then the counts, and what blocks the refused forms
most often. pyxform is a test dependency only.
"""

from __future__ import annotations

import collections
import os
import re
import sys
import warnings
from pathlib import Path

from fieldkit.errors import ProtocolError
from fieldkit.protocol.xlsform import import_xlsform

SHARED = Path(os.environ.get("FIELDKIT_SHARED") or Path(__file__).resolve().parents[3] / "shared")
FOLDERS = [SHARED / "corpus" / "xlsform", SHARED / "corpus" / "xlsform-real"]
SUFFIXES = (".xlsx", ".xls", ".ods")


def corpus() -> list[Path]:
    return sorted(p for folder in FOLDERS if folder.is_dir() for p in folder.iterdir()
                  if p.suffix.lower() in SUFFIXES)


def pyxform_converts(path: Path) -> tuple[bool, str]:
    from pyxform.xls2xform import convert

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            convert(xlsform=str(path), validate=False)
    except Exception as exc:  # pyxform raises many kinds; the report only names them
        return False, str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    return True, ""


def _reason(message: str) -> str:
    """A refusal message without its names, so that alike refusals count together."""
    text = re.sub(r"'[^']*'", "'…'", message)
    text = re.sub(r"\d+", "N", text)
    return text[:110]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    chosen = [a for a in argv if a != "-v"]
    forms = [Path(a) for a in chosen] or corpus()
    blockers: collections.Counter[str] = collections.Counter()
    counts = collections.Counter()
    for path in forms:
        converts, why = pyxform_converts(path)
        try:
            result = import_xlsform(path)
        except ProtocolError as exc:
            errors = [p for p in exc.problems if p.severity == "error"]
            counts["refused", converts] += 1
            for reason in {_reason(p.message) for p in errors}:
                if converts:
                    blockers[reason] += 1
            mark = "pyxform ok" if converts else f"pyxform refuses: {why}"
            print(f"REFUSED  {path.parent.name}/{path.name} ({len(errors)} errors; {mark})")
            for p in errors[: (None if verbose else 3)]:
                print(f"    {p.location}: {p.message}")
            continue
        counts["imported", converts] += 1
        items = len(result.protocol.items_by_id)
        print(f"IMPORTED {path.parent.name}/{path.name} ({items} items, "
              f"{len(result.warnings)} warnings; pyxform {'ok' if converts else 'refuses'})")
        if verbose:
            for p in result.warnings:
                print(f"    warning {p.location}: {p.message}")
    total_ok = counts["imported", True] + counts["refused", True]
    print(f"\n{counts['imported', True]} of the {total_ok} forms pyxform converts import; "
          f"{counts['imported', False]} of the {len(forms) - total_ok} it refuses import.")
    print("\nWhat blocks forms pyxform converts (forms blocked):")
    for reason, n in blockers.most_common(40):
        print(f"  {n:3}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
