"""Unlocking: a wrong passphrase is said in place, the right one opens home; a store in use is named."""

from fieldkit.store.store import Store

from .app_support import PASSPHRASE, app_factory, make_store  # noqa: F401


def test_wrong_then_right_passphrase(qtbot, tmp_path, app_factory):  # noqa: F811
    app = app_factory(make_store(tmp_path / "store"))
    page = app.window.entry
    assert app.window.current_screen == "unlock"
    page.passphrase.setText("not the passphrase at all")
    page.submit()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10000)
    assert page.message.text().startswith("Wrong passphrase")
    assert app.window.current_screen == "unlock" and app.window.store is None
    assert page.passphrase.isEnabled()
    app.unlock()
    assert app.window.store is not None and not app.window.store.closed


def test_a_store_open_elsewhere_is_said_clearly(qtbot, tmp_path, app_factory):  # noqa: F811
    path = make_store(tmp_path / "store")
    with Store.open(path, PASSPHRASE):
        app = app_factory(path)
        page = app.window.entry
        page.passphrase.setText(PASSPHRASE)
        page.submit()
        qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10000)
        assert "open in another fieldkit window" in page.message.text()
        assert app.window.current_screen == "unlock"
