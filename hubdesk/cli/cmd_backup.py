"""``hubdesk backup``: back the library up now, or list its backups."""

from __future__ import annotations

import argparse

from hubdesk.library import backup
from hubdesk.library.store import Library

# The online backup reads the library while others write it: no need to wait for the app.
read_only = True


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "backup", help="back the library up now (or --list the backups)",
        description=(
            "Copy the library with SQLite's online backup API into the backups folder beside "
            "it, check the copy, then rotate older backups (daily, weekly, monthly)."
        ),
    )
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    if args.list:
        for b in backup.list_backups(library.path):
            reason = f"\t{b.reason}" if b.reason else ""
            print(f"{b.created:%Y-%m-%d %H:%M:%S}\t{b.size // 1024} KB\t{b.path}{reason}")
        return 0
    path = backup.create_backup(library.connection, library.path)
    removed = backup.rotate(library.path)
    print(f"Backed up to {path}")
    if removed:
        print(f"Removed {len(removed)} older backup(s) no longer needed.")
    return 0
