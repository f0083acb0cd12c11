"""Tiny key-derivation costs for the tests and their child processes (never the program's own).

tests/conftest.py calls ``install()``; a child process started by a test finds this file on
PYTHONPATH and Python imports it at start-up. Production code reads no switch for this."""

from __future__ import annotations


def install() -> None:
    """New key slots get ``fast_params()``; ``default_params.__wrapped__`` is the real one."""
    import fieldkit.crypto
    from fieldkit.crypto import keyslots

    if hasattr(keyslots.default_params, "__wrapped__"):
        return
    production = keyslots.default_params

    def fast() -> keyslots.KdfParams:
        return keyslots.fast_params()

    fast.__wrapped__ = production  # type: ignore[attr-defined]
    keyslots.default_params = fast
    fieldkit.crypto.default_params = fast  # type: ignore[attr-defined]


try:
    install()
except ImportError:  # a child that does not run fieldkit
    pass
