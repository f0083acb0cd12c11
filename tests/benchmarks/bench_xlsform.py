"""Benchmark: ``fieldkit protocol validate`` over the XLSForm corpus against pyxform's xls2xform
on the same forms in the same run, in one process and one process per form; and the start-up
of ``fieldkit --version`` (at most 0.25 s).

Run: ``.venv/bin/python tests/benchmarks/bench_xlsform.py`` (or ``make bench``). pyxform is a
test dependency: its ``xls2xform`` converts without validating (ODK Validate needs Java), so
both sides read, check and convert every form, and neither writes more than a temporary file.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("FIELDKIT_SHARED") or ROOT.parent / "shared")
FORMS = sorted(p for folder in ("xlsform", "xlsform-real")
               for p in (SHARED / "corpus" / folder).glob("*")
               if p.suffix in (".xlsx", ".xls", ".ods"))
BIN = Path(sys.executable).parent
STARTUP_LIMIT = 0.25  # seconds, for fieldkit --version


def _clock(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _fieldkit_in_process() -> None:
    from fieldkit.protocol.loader import validate_paths

    validate_paths(FORMS)


def _pyxform_in_process() -> None:
    from pyxform.xls2xform import convert

    for path in FORMS:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                convert(xlsform=str(path), validate=False)
            except Exception:  # noqa: BLE001, S110 - pyxform refuses some forms: timed all the same
                pass


def _run(*args: str) -> None:
    subprocess.run(args, capture_output=True, check=False, cwd=ROOT, timeout=300)


def _fieldkit_per_form() -> None:
    for path in FORMS:
        _run(str(BIN / "fieldkit"), "protocol", "validate", "-q", str(path))


def _pyxform_per_form(out: Path) -> None:
    for path in FORMS:
        _run(str(BIN / "xls2xform"), "--skip_validate", str(path), str(out / "form.xml"))


def _startup() -> float:
    """The median of five ``fieldkit --version`` runs, as a user starts it."""
    runs = []
    for _ in range(5):
        runs.append(_clock(lambda: _run(str(BIN / "fieldkit"), "--version")))
    return statistics.median(runs)


def _python_startup() -> float:
    return statistics.median(_clock(lambda: _run(sys.executable, "-c", "pass"))
                             for _ in range(5))


def measure() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        _pyxform_in_process()  # warm both sides' imports once, as a second run would be
        _fieldkit_in_process()
        return {
            "fieldkit, one process": _clock(_fieldkit_in_process),
            "pyxform, one process": _clock(_pyxform_in_process),
            "fieldkit, a process per form": _clock(_fieldkit_per_form),
            "pyxform, a process per form": _clock(lambda: _pyxform_per_form(Path(tmp))),
            "fieldkit --version": _startup(),
            "python -c pass": _python_startup(),
        }


def report(found: dict[str, float]) -> None:
    print(f"\n{len(FORMS)} corpus XLSForms")
    for name, seconds in found.items():
        print(f"  {name:<30} {seconds:8.3f} s")
    one = found["fieldkit, one process"] / found["pyxform, one process"]
    each = found["fieldkit, a process per form"] / found["pyxform, a process per form"]
    print(f"  fieldkit / pyxform, one process:       {one:.2f}")
    print(f"  fieldkit / pyxform, a process per form: {each:.2f}")
    print(f"  fieldkit --version: {found['fieldkit --version']:.3f} s "
          f"(limit {STARTUP_LIMIT} s; bare Python {found['python -c pass']:.3f} s)")


def test_xlsform_validation_against_pyxform_and_startup() -> None:
    if not FORMS:
        import pytest

        pytest.skip("the XLSForm corpus is not here")
    found = measure()
    report(found)
    assert found["fieldkit --version"] <= STARTUP_LIMIT


if __name__ == "__main__":
    if not FORMS:
        sys.exit("the XLSForm corpus is not here (set FIELDKIT_SHARED)")
    results = measure()
    report(results)
    sys.exit(0 if results["fieldkit --version"] <= STARTUP_LIMIT else 1)
