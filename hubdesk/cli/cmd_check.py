"""``hubdesk check``: verify the library (integrity, orphaned rows, search index, history)."""

from __future__ import annotations

import argparse

from hubdesk.library.check import check_library

needs_library = False  # a damaged library must be checked without opening it for writing


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check", help="verify the library without changing it",
        description=(
            "Verify the library: SQLite's integrity and foreign-key checks, rows belonging to "
            "no article, the search index against the articles, and the history. "
            "Exits with 1 if anything is wrong. Nothing is changed."
        ),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: object) -> int:
    report = check_library(args.db_path)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1
