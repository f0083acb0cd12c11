"""The store's lock and database as its components use them: one call at a time, under the
store's mutex, with database failures turned into sentences.

A component (``store.exchange``, the lead's codings) holds the guard of an open store and
names the store-package functions it offers as :class:`Bound` attributes; each keeps its
function's exact signature, less the database it is given.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

from .connection import Database, DatabaseError, translate
from .slotfile import db_path

P = ParamSpec("P")
R = TypeVar("R")


class Guard:
    """An open store's mutex and database, for its components."""

    def __init__(self, path: Path, mutex: threading.RLock, database: Callable[[], Database]):
        self.path = path
        self._mutex = mutex
        self._database = database  # raises StoreError once the store is closed

    def call(self, fn: Callable[Concatenate[Database, P], R], *args: P.args,
             **kwargs: P.kwargs) -> R:
        """``fn(db, *args, **kwargs)`` under the store's mutex."""
        with self._mutex:
            try:
                return fn(self._database(), *args, **kwargs)
            except DatabaseError as exc:
                raise translate(exc, db_path(self.path)) from None


class Guarded(Protocol):
    """What a component is made from: an open store (or anything holding its guard)."""

    @property
    def guard(self) -> Guard: ...


class Component:
    """A part of an open store's API, each call under the store's lock."""

    def __init__(self, store: Guarded):
        self.guard = store.guard


class Bound(Generic[P, R]):
    """A function of ``(db, ...)`` as a method of a :class:`Component`: ``(...)``."""

    def __init__(self, fn: Callable[Concatenate[Database, P], R]):
        self.fn = fn
        self.__doc__ = fn.__doc__
        whole = inspect.signature(fn)
        self.signature = whole.replace(parameters=list(whole.parameters.values())[1:])

    @overload
    def __get__(self, component: None, owner: type[Any]) -> Bound[P, R]: ...

    @overload
    def __get__(self, component: Component, owner: type[Any]) -> Callable[P, R]: ...

    def __get__(self, component: Component | None,
                owner: type[Any]) -> Bound[P, R] | Callable[P, R]:
        if component is None:
            return self
        guard, fn = component.guard, self.fn

        def method(*args: P.args, **kwargs: P.kwargs) -> R:
            return guard.call(fn, *args, **kwargs)

        method.__name__ = fn.__name__
        method.__doc__ = fn.__doc__
        method.__signature__ = self.signature  # type: ignore[attr-defined]  # for help()
        return method
