"""Shared by store-using commands: the --store and --passphrase-file options, and unlocking."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from fieldkit.errors import FieldkitError, UsageError

PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"


def add_store_options(parser: argparse.ArgumentParser, what: str = "the store") -> None:
    parser.add_argument("--store", metavar="DIR",
                        help=f"{what} (default: $FIELDKIT_STORE, portable mode, or your data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the passphrase from FILE (or set {PASSPHRASE_ENV})")


def read_passphrase(args: argparse.Namespace, prompt: str = "Store passphrase: ") -> str:
    """From --passphrase-file, else $FIELDKIT_PASSPHRASE, else asked on the terminal."""
    name = getattr(args, "passphrase_file", None)
    if name:
        try:
            return Path(name).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise FieldkitError(f"the passphrase file {name} cannot be read "
                                f"({exc.strerror}); check its path.") from None
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase was given; use --passphrase-file or set {PASSPHRASE_ENV}.")
    return getpass.getpass(prompt)


def open_store(args: argparse.Namespace):
    """The store named by --store (or the default one), unlocked."""
    from fieldkit.store import Store, resolve_store_dir

    return Store.open(resolve_store_dir(args.store), read_passphrase(args))


def confirm(question: str, assume_yes: bool) -> bool:
    """True if --yes was given, or the person answers yes on the terminal."""
    if assume_yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError("this needs a confirmation; answer on a terminal or add --yes.")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
