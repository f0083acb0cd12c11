"""An anonymised export folder of the synthetic study, for the reviewer tests."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dataset"))
import synth_study  # noqa: E402

from fieldkit.anonymise import anonymise, default_plan  # noqa: E402
from fieldkit.exports import export  # noqa: E402

KEY = b"synthetic-key-0123456789abcdef"
MARKERS = synth_study.MARKERS
_made: dict[str, Path] = {}


def export_folder(tmp_path: Path, cache: Path) -> Path:
    """A fresh copy of one anonymised CSV export (made once per session into ``cache``)."""
    if "anon" not in _made:
        data, record = anonymise(synth_study.dataset(), default_plan(synth_study.protocol()),
                                 KEY, override="synthetic test")
        export(data, cache / "anon", ["csv"], record=record)
        _made["anon"] = cache / "anon"
    return Path(shutil.copytree(_made["anon"], tmp_path / "anon-export"))
