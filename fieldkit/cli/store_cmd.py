"""``fieldkit store``: make a store, change or recover its passphrase, check it, describe it."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from fieldkit.crypto import LeadIdentity
from fieldkit.errors import StoreError, UsageError
from fieldkit.operations.identity_backup import store_identity, write_identity
from fieldkit.store import Store, resolve_store_dir

from .passphrase import (
    LEAD_PASSPHRASE_ENV,
    add_new_passphrase_option,
    read_first_passphrase,
    read_new_passphrase,
    read_secret,
)
from .store_access import add_store_options, open_store


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("store", help="make, unlock, check and recover the encrypted store")
    group.set_defaults(group_parser=group)
    cmds = group.add_subparsers(dest="store_command", metavar="ACTION")

    p = cmds.add_parser("init", help="make a new encrypted store")
    add_store_options(p)
    p.add_argument("--role", choices=("interviewer", "lead"), default="interviewer")
    p.add_argument("--lead-key", metavar="AGE_PUBLIC_KEY",
                   help="the project lead's public key (age1...): lets the lead recover a "
                        "forgotten passphrase and receive sealed interviews")
    p.add_argument("--interviewer", metavar="CODE", help="your interviewer code")
    p.add_argument("--identity-file", metavar="FILE",
                   help="(lead) also write the lead's secret identity to FILE, for an offline backup")
    p.set_defaults(func=_init)

    p = cmds.add_parser("passwd", help="change the store's passphrase",
                        description="Change the store's passphrase. The database is re-keyed "
                                    "with a new random key, so a copy of the old key-slot file "
                                    "and the old passphrase no longer open it.")
    add_store_options(p)
    add_new_passphrase_option(p)
    p.set_defaults(func=_passwd)

    p = cmds.add_parser("check", help="run both integrity checks and verify the answer chains")
    add_store_options(p)
    p.set_defaults(func=_check)

    p = cmds.add_parser("recover", help="set a new passphrase through the project lead's key")
    p.add_argument("--store", metavar="DIR",
                   help="the store to recover (default: $FIELDKIT_STORE, portable mode, "
                        "or your data folder)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--lead-identity", metavar="FILE", help="the lead's age identity file")
    source.add_argument("--lead-store", metavar="DIR", help="the lead's own store, which holds it")
    p.add_argument("--lead-passphrase-file", metavar="FILE",
                   help=f"the lead store's passphrase (else ${LEAD_PASSPHRASE_ENV}, else a prompt)")
    add_new_passphrase_option(p)
    p.set_defaults(func=_recover)

    p = cmds.add_parser("info", help="describe the store (never its answers)")
    add_store_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_info)

    p = cmds.add_parser("identity", help="(lead) print the lead's public key, or save the identity")
    add_store_options(p)
    p.add_argument("--out", metavar="FILE", help="write the secret identity to FILE (a new file)")
    p.set_defaults(func=_identity)


def _init(args: argparse.Namespace) -> int:
    path = resolve_store_dir(args.store)
    if args.role == "lead" and args.lead_key:
        raise UsageError("a lead store makes its own key; --lead-key is for interviewer stores.")
    if args.role == "interviewer" and args.identity_file:
        raise UsageError("--identity-file is for lead stores (--role lead).")
    if args.identity_file and Path(args.identity_file).exists():
        raise UsageError(f"{args.identity_file} already exists; choose a new file for the identity.")
    passphrase = read_first_passphrase(args)
    identity = LeadIdentity.generate() if args.role == "lead" else None
    with Store.create(path, passphrase, role=args.role, lead_public_key=args.lead_key,
                      interviewer=args.interviewer, lead_identity=identity) as store:
        print(f"created {args.role} store at {store.path}")
        if identity is not None:
            print(f"lead public key: {identity.public_key}")
            if args.identity_file:
                write_identity(args.identity_file, identity)
                print(f"lead identity written to {args.identity_file}: keep it offline and safe")
            else:
                print("back up the lead identity offline: fieldkit store identity --out FILE",
                      file=sys.stderr)
        elif not store.lead_public_key:
            print("note: no --lead-key, so a forgotten passphrase cannot be recovered and "
                  "finished interviews will not be sealed", file=sys.stderr)
    return 0


def _passwd(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.change_passphrase(read_new_passphrase(args))
    print("passphrase changed; the store was re-keyed, so old key-slot files no longer open it")
    return 0


def _check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        result = store.check()
    for row in result.integrity:
        print(f"integrity_check: {row}")
    for row in result.cipher_integrity or ["ok"]:
        print(f"cipher_integrity_check: {row}")
    for row in result.chain_problems or ["ok"]:
        print(f"answer chains: {row}")
    if not result.ok:
        raise StoreError(f"the store at {store.path} failed its checks (see above); "
                         "restore it from a backup.")
    return 0


def _lead_identity(args: argparse.Namespace) -> LeadIdentity:
    if args.lead_identity:
        try:
            text = Path(args.lead_identity).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise UsageError(f"cannot read the lead identity file {args.lead_identity}; "
                             "check the path.") from None
        return LeadIdentity.from_string(text)
    lead_dir = Store.require(args.lead_store)
    secret = read_secret(args.lead_passphrase_file, LEAD_PASSPHRASE_ENV,
                         f"Passphrase of the lead store {lead_dir}: ")
    with Store.open(lead_dir, secret) as lead:
        identity = lead.lead_identity
    if identity is None:
        raise StoreError(f"the store at {lead_dir} is not a lead store; give the lead's store "
                         "or identity file.")
    return identity


def _recover(args: argparse.Namespace) -> int:
    path = Store.require(resolve_store_dir(args.store))
    identity = _lead_identity(args)
    Store.recover(path, identity, read_new_passphrase(args))
    print(f"new passphrase set for the store at {path}")
    return 0


def _info(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        info = store.info
    if args.json:
        print(json.dumps(asdict(info), indent=2))
        return 0
    for name, value in asdict(info).items():
        if name == "cipher_settings":
            value = " ".join(s.removeprefix("PRAGMA ").rstrip(";") for s in value)
        print(f"{name}: {value if value is not None else '-'}")
    return 0


def _identity(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        identity = store_identity(store)
    if args.out:
        write_identity(args.out, identity)
        print(f"lead identity written to {args.out}: keep it offline and safe")
    print(f"lead public key: {identity.public_key}")
    return 0
