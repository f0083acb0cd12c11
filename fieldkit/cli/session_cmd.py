"""``fieldkit session export``: hand finished interviews over to the lead in a session file."""

from __future__ import annotations

import argparse

from fieldkit.counting import counted

from .store_access import add_store_options, confirm, open_store


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("session", help="write session files for the project lead",
                           description="Write session files: finished interviews and "
                                       "withdrawals, signed by this store, sealed to the lead.")
    group.set_defaults(group_parser=group)
    cmds = group.add_subparsers(dest="session_command", metavar="ACTION")
    p = cmds.add_parser("export", help="write what was not yet handed over",
                        description="Write every finished interview and withdrawal not yet "
                                    "handed over to a session file only the lead can open. "
                                    "Drafts stay on this computer.")
    p.add_argument("--out", required=True, metavar="FILE|DIR",
                   help="the file to write, or a folder for session-<store>-<number>.fksession")
    p.add_argument("--all", action="store_true", dest="everything",
                   help="send everything finished again, not only what is new")
    p.add_argument("--purge", action="store_true",
                   help="afterwards, remove what was handed over from this computer")
    p.add_argument("--yes", action="store_true", help="do not ask before purging (scripts)")
    add_store_options(p)
    p.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    from fieldkit.exchange import export_session, purge_handed_over

    with open_store(args) as store:
        result = export_session(store, args.out, everything=args.everything)
        print(f"wrote {result.path} (session file {result.sequence}: "
              f"{counted(len(result.interviews), 'interview')}, "
              f"{counted(len(result.tombstones), 'withdrawal')})")
        if args.purge:
            question = (f"Remove the {counted(len(result.interviews), 'handed-over interview')} "
                        "from this computer? Keep the session file safe until the lead has "
                        "merged it.")
            if confirm(question, args.yes):
                print(f"removed {counted(purge_handed_over(store), 'interview')} from this "
                      "computer")
            else:
                print("nothing was removed")
    return 0
