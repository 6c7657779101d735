"""``hubdesk list``: the articles of the library, as text or JSON."""

from __future__ import annotations

import argparse

from hubdesk.cli.serialize import summary_to_dict
from hubdesk.cli.terminal import json_text, shown
from hubdesk.library.store import SORT_COLUMNS, Library

read_only = True  # needs no writer's lock: works while the app has the library open
opens_read_only = True  # creates nothing, writes nothing: fine in a read-only folder


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "list", help="list the articles", description="List the articles of the library."
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("--status", choices=("draft", "in_review", "ready", "published"))
    p.add_argument("--language", metavar="LANG", help="only articles in this language (fr, en)")
    p.add_argument("--tag", help="only articles with this tag")
    p.add_argument("--sort", choices=tuple(SORT_COLUMNS), default="updated")
    p.add_argument("--trash", action="store_true", help="list the articles in the trash")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    summaries = library.list_articles(
        status=args.status, language=args.language, tag=args.tag, sort=args.sort,
        descending=args.sort in ("updated", "created", "length"), deleted=args.trash,
    )
    if args.format == "json":
        print(json_text([summary_to_dict(s) for s in summaries]))
        return 0
    for s in summaries:
        stamp = s.updated.strftime("%Y-%m-%d %H:%M")
        print(f"{s.id}\t{s.status}\t{s.language}\t{stamp}\t{shown(s.title)}")
    return 0
