"""``hubdesk trash``: list the articles in the trash, or empty it."""

from __future__ import annotations

import argparse
from datetime import timedelta

from hubdesk.cli.terminal import shown
from hubdesk.library.store import Library


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "trash", help="list the trash, or --empty it",
        description=(
            "List the articles in the trash (deleted with 'hubdesk delete' or in the app). "
            "--empty removes them for good; with --older-than DAYS, only those deleted "
            "more than DAYS days ago (the app does this itself for 30 days)."
        ),
    )
    p.add_argument("--empty", action="store_true", help="remove the articles in the trash for good")
    p.add_argument("--older-than", type=int, metavar="DAYS", default=None,
                   help="with --empty: only articles deleted more than DAYS days ago")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    if not args.empty:
        if args.older_than is not None:
            from hubdesk.cli import error

            error("--older-than goes with --empty.")
            return 2
        for s in library.list_articles(deleted=True):
            print(f"{s.id}\t{s.updated:%Y-%m-%d %H:%M}\t{shown(s.title)}")
        return 0
    if args.older_than is not None and not 0 <= args.older_than <= 100_000:
        from hubdesk.cli import error

        error("--older-than takes a number of days from 0 to 100,000.")
        return 2
    older = timedelta(days=args.older_than) if args.older_than is not None else None
    count = library.empty_trash(older_than=older)
    print(f"Removed {count} article(s) from the trash for good.")
    return 0
