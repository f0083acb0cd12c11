"""No key is claimed twice on any screen, and no Alt+letter shadows a menu title."""

from __future__ import annotations

from fieldkit.gui.shortcut_registry import bindings, clashes
from fieldkit.store.store import Store

from .app_support import PASSPHRASE, app_factory, make_store  # noqa: F401

ITEMS = ["interview_date", "organisation", "role", "informal_contacts_week", "decision_speed",
         "formal_preparation", "friends_eu", "informal_groups"]


def check(window, where: str, found: dict) -> None:
    found[where] = clashes(window)
    assert bindings(window), f"nothing bound on {where}?"


def test_no_key_is_claimed_twice_on_the_interviewer_screens(qtbot, tmp_path,
                                                            app_factory):  # noqa: F811
    found: dict[str, list[str]] = {}
    app = app_factory(make_store(tmp_path / "store"))
    window = app.window
    check(window, "unlock", found)
    app.unlock()
    check(window, "home", found)
    screen = app.start_interview("R-KEYS-1")
    check(window, "cover", found)
    screen.consent_given()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.item_page, timeout=5000)
    app.writer.call(screen.session.answer, "organisation", "eu")
    for item_id in ITEMS:
        screen.jump(item_id)
        qtbot.waitUntil(lambda item_id=item_id: screen.shown_id == item_id, timeout=5000)
        check(window, f"question {item_id}", found)
    screen.review()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.review_page, timeout=5000)
    check(window, "review", found)
    window.lock()
    check(window, "lock", found)
    clashing = {k: v for k, v in found.items() if v}
    assert clashing == {}, "\n".join(f"{k}: {v}" for k, v in clashing.items())


def test_no_key_is_claimed_twice_on_the_first_run_and_lead_screens(qtbot, tmp_path,
                                                                   app_factory):  # noqa: F811
    found: dict[str, list[str]] = {}
    first = app_factory(tmp_path / "new-store")
    check(first.window, "first run", found)
    first.close()
    master = tmp_path / "master"
    Store.create(master, PASSPHRASE, role="lead").close()
    app = app_factory(master)
    window = app.window
    window.entry.passphrase.setText(PASSPHRASE)
    window.entry.submit()
    qtbot.waitUntil(lambda: window.current_screen == "home", timeout=10000)
    check(window, "lead home", found)
    window.lead.show_merge()
    qtbot.wait(50)
    check(window, "merge", found)
    clashing = {k: v for k, v in found.items() if v}
    assert clashing == {}, "\n".join(f"{k}: {v}" for k, v in clashing.items())


def test_no_key_is_claimed_twice_on_the_outputs_screen(qtbot, tmp_path, app_factory):  # noqa: F811
    master = tmp_path / "master"
    Store.create(master, PASSPHRASE, role="lead").close()
    app = app_factory(master)
    window = app.window
    window.entry.passphrase.setText(PASSPHRASE)
    window.entry.submit()
    qtbot.waitUntil(lambda: window.current_screen == "home", timeout=10000)
    window.lead.show_outputs()
    qtbot.wait(50)
    assert clashes(window) == []
