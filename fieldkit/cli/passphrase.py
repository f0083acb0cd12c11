"""Reading new passphrases (and other secrets): a file, else the environment, else a prompt."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from fieldkit.errors import UsageError

PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FIELDKIT_NEW_PASSPHRASE"
LEAD_PASSPHRASE_ENV = "FIELDKIT_LEAD_PASSPHRASE"
MAX_SECRET_BYTES = 4096  # a passphrase file holds the passphrase alone


def read_secret(file: str | None, env_name: str, prompt: str, confirm: bool = False) -> str:
    """A secret from ``file``, else the environment variable, else a hidden prompt (typed twice
    when ``confirm``). Only one trailing newline of a file is dropped."""
    if file:
        try:
            with Path(file).open("rb") as handle:  # a pipe (<(...)) works; /dev/zero ends here
                raw = handle.read(MAX_SECRET_BYTES + 1)
            text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the passphrase file {file} ({exc.__class__.__name__}); "
                             "check the path.") from None
        if len(raw) > MAX_SECRET_BYTES:
            raise UsageError(f"the passphrase file {file} is longer than {MAX_SECRET_BYTES:,} "
                             "bytes; it should hold the passphrase alone.")
        secret = text.removesuffix("\n").removesuffix("\r")
    elif os.environ.get(env_name):
        secret = os.environ[env_name]
        try:
            secret.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are no UTF-8, kept by Python as surrogates
            raise UsageError(f"${env_name} is not UTF-8 text; set it again, or use a "
                             "passphrase file.") from None
    elif sys.stdin is not None and sys.stdin.isatty():
        secret = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != secret:
            raise UsageError("the two passphrases typed differ; nothing was changed.")
    else:
        raise UsageError(f"no passphrase was given; use a passphrase file, set ${env_name}, "
                         "or run in a terminal to be asked.")
    if not secret:
        raise UsageError("the passphrase is empty; nothing was changed.")
    return secret


def add_new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-passphrase-file", metavar="FILE",
                        help=f"read the new passphrase from FILE (else ${NEW_PASSPHRASE_ENV}, "
                             "else a prompt)")


def read_new_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase of ``passwd`` and ``recover``."""
    return read_secret(getattr(args, "new_passphrase_file", None), NEW_PASSPHRASE_ENV,
                       "New passphrase (several words): ", confirm=True)


def read_first_passphrase(args: argparse.Namespace) -> str:
    """The passphrase of a store being made (--passphrase-file, $FIELDKIT_PASSPHRASE, prompt)."""
    return read_secret(getattr(args, "passphrase_file", None), PASSPHRASE_ENV,
                       "New passphrase (several words): ", confirm=True)
