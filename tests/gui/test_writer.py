"""The writer thread runs work off the UI thread, in order, and reports back by signal."""

import threading

import pytest

from fieldkit.gui.writer import Writer


@pytest.fixture
def writer(qtbot):
    w = Writer()
    yield w
    w.stop()


def test_jobs_run_in_order_off_the_ui_thread(qtbot, writer):
    ui = threading.get_ident()
    seen, results = [], []
    for n in range(5):
        writer.submit(lambda n=n: seen.append((n, threading.get_ident())) or n,
                      on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 5, timeout=3000)
    assert results == [0, 1, 2, 3, 4]
    assert all(tid != ui for _, tid in seen)
    assert len({tid for _, tid in seen}) == 1


def test_errors_come_back_to_the_caller(qtbot, writer):
    errors = []
    writer.submit(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)
    with pytest.raises(ValueError):
        writer.call(lambda: int("x"))
    assert writer.call(lambda: 41 + 1) == 42
