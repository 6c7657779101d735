"""``hubdesk delete ID``: move an article to the trash."""

from __future__ import annotations

import argparse

from hubdesk.library.store import Library


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "delete", help="move an article to the trash",
        description="Move an article to the trash. It can be restored from the app.",
    )
    p.add_argument("id", metavar="ID", help="the article id or an unambiguous prefix of it")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    article_id = library.resolve_id(args.id)
    title = library.load_article(article_id).title
    library.delete_article(article_id)
    print(f"Moved to the trash: {article_id}\t{title}")
    return 0
