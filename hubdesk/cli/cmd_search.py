"""``hubdesk search QUERY``: full-text search, one line per hit."""

from __future__ import annotations

import argparse

from hubdesk.cli.terminal import json_text, shown
from hubdesk.library.store import MAX_SEARCH_HITS, Library

read_only = True  # needs no writer's lock: works while the app has the library open
opens_read_only = True  # creates nothing, writes nothing: fine in a read-only folder


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "search", help="search the articles",
        description=(
            'Search titles, leads, sections and credits, accents ignored. "a phrase" matches '
            "the words in order; word* matches a prefix. Prints id, title and a snippet."
        ),
    )
    p.add_argument("query", metavar="QUERY", nargs="+", help="the words to find")
    p.add_argument("--limit", type=_limit, default=50,
                   help=f"at most this many hits (50; up to {MAX_SEARCH_HITS:,})")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.set_defaults(handler=run)


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
    if not 1 <= value <= MAX_SEARCH_HITS:
        raise argparse.ArgumentTypeError(f"give a number from 1 to {MAX_SEARCH_HITS:,}")
    return value


def run(args: argparse.Namespace, library: Library) -> int:
    hits = library.search(" ".join(args.query), limit=args.limit)
    if args.format == "json":
        rows = [{"id": h.id, "title": h.title, "snippet": h.snippet, "rank": h.rank} for h in hits]
        print(json_text(rows))
        return 0
    for hit in hits:
        snippet = " ".join(hit.snippet.split())
        print(f"{hit.id}\t{shown(hit.title)}\t{shown(snippet)}")
    return 0
