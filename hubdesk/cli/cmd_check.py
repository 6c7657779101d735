"""``hubdesk check``: verify the library (integrity, orphaned rows, search index, history)."""

from __future__ import annotations

import argparse

from hubdesk.errors import LibraryError
from hubdesk.library.check import check_library
from hubdesk.library.lock import CLI_WAIT, LibraryLock
from hubdesk.library.recovery import refuse_if_damaged
from hubdesk.library.store import Library

needs_library = False  # a damaged library must be checked without opening it for writing


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check", help="verify the library without changing it",
        description=(
            "Verify the library: SQLite's integrity and foreign-key checks, rows belonging to "
            "no article, the search index against the articles, and the history. "
            "Exits with 1 if anything is wrong. Nothing is changed, unless --repair is given."
        ),
    )
    p.add_argument("--repair", action="store_true",
                   help="rebuild the full-text search index from the articles, then check")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: object) -> int:
    if args.repair:
        _rebuild_index(args.db_path)
    report = check_library(args.db_path)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def _rebuild_index(path) -> None:
    """Rebuild the search index of a library that is otherwise sound."""
    if not path.is_file():
        raise LibraryError("library.missing", path=path)
    refuse_if_damaged(path)  # a damaged file is restored from a backup, not patched
    with LibraryLock(path).acquire(wait=CLI_WAIT), Library.open(path, create=False) as library:
        count = library.rebuild_search_index()
    print(f"Rebuilt the search index ({count} articles).")
