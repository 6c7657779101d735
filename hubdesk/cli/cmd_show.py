"""``hubdesk show ID``: one whole article, as HubDesk Markdown or JSON."""

from __future__ import annotations

import argparse

from hubdesk.cli.serialize import add_review, article_to_dict
from hubdesk.cli.terminal import json_text
from hubdesk.formats.markdown_format import article_to_markdown
from hubdesk.library import signoffs
from hubdesk.library.store import Library

read_only = True  # needs no writer's lock: works while the app has the library open
opens_read_only = True  # creates nothing, writes nothing: fine in a read-only folder


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "show", help="print one article",
        description="Print one article whole: as HubDesk Markdown (default) or as JSON.",
    )
    p.add_argument("id", metavar="ID", help="the article id or an unambiguous prefix of it")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    article = library.load_article(args.id)
    if args.format == "json":
        data = article_to_dict(article)
        add_review(data, article, signoffs.signoffs(library, article.id))
        print(json_text(data))
    else:
        print(article_to_markdown(article), end="")
    return 0
