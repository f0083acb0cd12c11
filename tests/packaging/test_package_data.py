"""The files fieldkit ships are package data: found through importlib.resources, not the checkout."""

import subprocess
import sys
from pathlib import Path

import fieldkit
from fieldkit.data import fonts_dir, forms_dir, resolve_form, shipped_protocols
from fieldkit.reports.fonts import fonts_dir as report_fonts_dir

PACKAGE = Path(fieldkit.__file__).resolve().parent


def test_fonts_forms_and_rosters_live_inside_the_package():
    assert fonts_dir().resolve().is_relative_to(PACKAGE)
    assert {p.name for p in fonts_dir().glob("*.ttf")} >= {"DejaVuSans.ttf", "DejaVuSansMono.ttf"}
    assert [p.name for p in shipped_protocols()] == ["field-cooperation.yaml",
                                                     "informal-relations.yaml"]
    assert len(list((forms_dir() / "rosters").glob("*.csv"))) == 4
    assert report_fonts_dir() == fonts_dir()


def test_forms_names_the_shipped_protocol_from_any_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_form("forms/informal-relations.yaml") == forms_dir() / "informal-relations.yaml"
    assert resolve_form("forms") == forms_dir()
    assert resolve_form("forms/no-such.yaml") == Path("forms/no-such.yaml")  # the error names it
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "informal-relations.yaml").write_text("own copy", encoding="utf-8")
    assert resolve_form("forms/informal-relations.yaml") == Path("forms/informal-relations.yaml")


def test_the_cli_shows_a_shipped_protocol_by_its_forms_name(tmp_path):
    shown = subprocess.run([sys.executable, "-m", "fieldkit", "protocol", "show",
                            "forms/field-cooperation.yaml"], cwd=tmp_path,
                           capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert "field-cooperation" in shown.stdout
    missing = subprocess.run([sys.executable, "-m", "fieldkit", "protocol", "show",
                              "forms/no-such.yaml"], cwd=tmp_path, capture_output=True, text=True)
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert "forms/no-such.yaml" in missing.stderr
