"""QSettings holds window geometry and UI preferences only: nothing of a respondent, ever."""

from fieldkit.gui.settings import DEFAULTS, UiSettings

from .app_support import app_factory, assert_no_marker, make_store  # noqa: F401

MARKER = "R-MARKER-7731"


def test_settings_file_holds_no_respondent_data(qtbot, tmp_path, app_factory):  # noqa: F811
    store_dir = make_store(tmp_path / "store",
                           [{"code": MARKER, "answers": {"organisation": "oas"}}])
    app = app_factory(store_dir)
    app.unlock()
    home = app.window.home
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 1, timeout=10000)
    home.filter.setText(MARKER)  # typed into the UI, but must not be remembered
    app.window.set_font_scale(1.2)
    app.window.set_auto_lock(120)
    app.start_interview(MARKER + "-B")
    app.close()
    text = app.settings_path.read_text(encoding="utf-8")
    assert MARKER not in text and "oas" not in text.lower()
    keys = {line.split("=", 1)[0] for line in text.splitlines() if "=" in line}
    assert keys <= {*DEFAULTS, "geometry"}, keys
    assert "font_scale=1.2" in text and "auto_lock_seconds=120" in text
    assert_no_marker(tmp_path, MARKER)  # the store too: the code exists only encrypted


def test_only_known_preferences_can_be_written(tmp_path):
    settings = UiSettings(tmp_path / "ui.ini")
    try:
        settings.set("recent_respondent", 1)
    except KeyError:
        pass
    else:
        raise AssertionError("an unknown key was accepted")
    settings.set("font_scale", 9)
    assert settings.get("font_scale") == 2.0
