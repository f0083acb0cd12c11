"""What the wheel test and the bundle test share: the round trip of packaging/test_bundle.sh."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def round_trip(tmp_path) -> Callable[..., Path]:
    """Run packaging/test_bundle.sh on a fieldkit program; check the study PDF it made; return
    the folder holding what it wrote."""

    def run(program: Path, extra_env: dict[str, str] | None = None) -> Path:
        work = tmp_path / "work"
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "TMPDIR")}
        done = subprocess.run(["sh", str(ROOT / "packaging" / "test_bundle.sh"), str(program),
                               str(work)], cwd=tmp_path, capture_output=True, text=True,
                              env={**env, "HOME": str(tmp_path), **(extra_env or {})})
        assert done.returncode == 0, done.stdout + done.stderr
        assert "test_bundle: all passed" in done.stdout
        pdf = PdfReader(work / "study.pdf")
        assert "informal-relations" in "".join(page.extract_text() for page in pdf.pages)
        fonts = {str(font.get_object()["/BaseFont"]) for page in pdf.pages
                 for font in page["/Resources"].get_object().get("/Font", {}).values()}
        assert fonts and all("DejaVu" in name for name in fonts), fonts  # embedded, from the data
        return work

    return run
