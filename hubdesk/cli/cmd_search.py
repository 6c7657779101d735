"""``hubdesk search QUERY``: full-text search, one line per hit."""

from __future__ import annotations

import argparse
import json

from hubdesk.library.store import Library

read_only = True  # needs no writer's lock: works while the app has the library open


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "search", help="search the articles",
        description=(
            'Search titles, leads, sections and credits, accents ignored. "a phrase" matches '
            "the words in order; word* matches a prefix. Prints id, title and a snippet."
        ),
    )
    p.add_argument("query", metavar="QUERY", nargs="+", help="the words to find")
    p.add_argument("--limit", type=int, default=50, help="at most this many hits (50)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    hits = library.search(" ".join(args.query), limit=args.limit)
    if args.format == "json":
        rows = [{"id": h.id, "title": h.title, "snippet": h.snippet, "rank": h.rank} for h in hits]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        snippet = " ".join(hit.snippet.split())
        print(f"{hit.id}\t{hit.title}\t{snippet}")
    return 0
