"""Shared by store-using commands: the --store and --passphrase-file options, and unlocking."""

from __future__ import annotations

import argparse
import sys

from fieldkit.errors import UsageError

from .passphrase import PASSPHRASE_ENV, read_secret


def add_store_options(parser: argparse.ArgumentParser, what: str = "the store") -> None:
    parser.add_argument("--store", metavar="DIR",
                        help=f"{what} (default: $FIELDKIT_STORE, portable mode, or your data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the passphrase from FILE (or set {PASSPHRASE_ENV})")


def read_passphrase(args: argparse.Namespace, prompt: str = "Store passphrase: ") -> str:
    """From --passphrase-file, else $FIELDKIT_PASSPHRASE, else asked on the terminal."""
    return read_secret(getattr(args, "passphrase_file", None), PASSPHRASE_ENV, prompt)


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
