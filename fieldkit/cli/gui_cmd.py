"""``fieldkit gui``: start the desktop app (or, with --smoke, check that it starts)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="start the desktop interview app",
                       description="Start the desktop interview app on the store (created on "
                                   "first run).")
    p.add_argument("--store", metavar="DIR",
                   help="the store folder (default: $FIELDKIT_STORE, portable mode, or the "
                        "user data folder)")
    p.add_argument("--smoke", action="store_true",
                   help="start with a temporary store, open the default protocol's first "
                        "question, and exit 0 (for packaging checks)")
    p.add_argument("--review", metavar="FOLDER",
                   help="open an export folder in the reviewer mode (no store needed)")
    p.add_argument("--lang", choices=["en", "es", "fr"],
                   help="the language of the app's own words (default: the View > Language "
                        "setting, else the system's language, else English); a protocol's "
                        "questions keep their own languages")
    p.set_defaults(func=_gui)


def _gui(args: argparse.Namespace) -> int:
    # Qt is imported only here, so the other commands start fast and work without a display.
    from fieldkit.gui.app import run

    argv = (["--store", args.store] if args.store else []) + (["--smoke"] if args.smoke else [])
    argv += ["--review", args.review] if args.review else []
    argv += ["--lang", args.lang] if args.lang else []
    return run(argv)
