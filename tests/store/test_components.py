"""The store's components (``store.exchange``, the lead's codings): typed methods that run
under the store's lock, say a closed store is closed, and turn database failures into
sentences."""

from __future__ import annotations

import inspect
import threading

import pytest

from fieldkit.errors import StoreError
from fieldkit.store import Store, handover, master_tables
from fieldkit.store.exchange_tables import ExchangeTables
from fieldkit.store.guard import Bound
from fieldkit.store.master_codings import MasterCodings

from .conftest import PASSPHRASE, make_protocol


def test_every_exchange_method_is_its_function_less_the_database(tmp_path):
    bound = {name: value for name, value in vars(ExchangeTables).items()
             if isinstance(value, Bound)}
    assert len(bound) >= 37
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        for name, attr in bound.items():
            method = getattr(store.exchange, name)
            assert method.__name__ == attr.fn.__name__ == name
            params = list(inspect.signature(attr.fn).parameters)
            assert params[0] == "db"
            assert list(inspect.signature(method).parameters) == params[1:]


def test_exchange_calls_reach_the_store(tmp_path):
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        assert store.exchange.last_export() == handover.last_export(store.db)
        interview = store.create_interview(make_protocol())
        assert store.exchange.interview_heads() == handover.interview_heads(store.db)
        assert [h[0] for h in store.exchange.interview_heads()] == [interview.id]
        assert store.exchange.study_numbers() == master_tables.study_numbers(store.db)


def test_a_closed_store_says_so_through_its_components(tmp_path):
    store = Store.create(tmp_path / "s", PASSPHRASE)
    exchange, codings = store.exchange, MasterCodings(store)
    store.close()
    with pytest.raises(StoreError, match="is closed; open it again"):
        exchange.last_export()
    with pytest.raises(StoreError, match="is closed; open it again"):
        codings.events("any")


def test_component_calls_wait_for_the_store_lock(tmp_path):
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        done = threading.Event()
        with store._mutex:
            worker = threading.Thread(target=lambda: (store.exchange.last_export(), done.set()))
            worker.start()
            assert not done.wait(0.3)  # blocked while another call holds the store
        worker.join(10)
        assert done.is_set()


def test_a_database_failure_in_a_component_is_one_sentence(tmp_path):
    with Store.create(tmp_path / "s", PASSPHRASE) as store:
        store.db.conn.execute("DROP TABLE exchange_exports")
        with pytest.raises(StoreError) as caught:
            store.exchange.last_export()
        assert "Traceback" not in str(caught.value)
        assert str(tmp_path) in str(caught.value)
