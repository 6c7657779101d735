"""``hubdesk publish ID... --site NAME``: send articles to a WordPress site as posts.

Each article becomes a post (or updates the post it was published as). A post changed
on the site since the last publish or pull is never overwritten silently: the command
stops on it with a message, unless ``--overwrite`` (replace the site's copy) or
``--take-site`` (keep the site's version as the article's new revision) says otherwise.
The good articles of a batch go through; the exit code is 1 if any failed.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from hubdesk.cli import error
from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.publish import sites
from hubdesk.publish.conflicts import ConflictError, take_site_version
from hubdesk.publish.publisher import (
    STATUSES,
    PublishOptions,
    parse_date,
    publish_article,
    resolve_author,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "publish", help="publish articles to a WordPress site",
        description="Publish articles as WordPress posts (publishing again updates the post).",
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="article ids or unambiguous prefixes")
    p.add_argument("--site", required=True, help="the site's name (see 'hubdesk site list')")
    p.add_argument("--status", choices=STATUSES, default="draft", help="the post's status (draft)")
    p.add_argument("--date", help="the publication time, ISO 8601 (UTC unless it says)")
    p.add_argument("--category", action="append", default=[], metavar="NAME",
                   help="a category (created on the site when missing); repeatable")
    p.add_argument("--assets", type=Path, metavar="DIR",
                   help="the folder holding the articles' local images")
    p.add_argument("--author", metavar="USER",
                   help="the post's author on the site: a user's name, login or id "
                        "(default: the site's user HubDesk signs in as)")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--overwrite", action="store_true",
                        help="replace the post even if it changed on the site")
    choice.add_argument("--take-site", action="store_true",
                        help="when the post changed on the site, keep the site's version as "
                             "the article's new revision instead of publishing")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for the site (20)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    options = PublishOptions(
        status=args.status,
        date=parse_date(args.date) if args.date else None,
        categories=tuple(args.category),
        asset_dir=args.assets.expanduser() if args.assets else None,
        overwrite=args.overwrite,
    )
    site, client = sites.client_for(library, args.site, timeout=args.timeout)
    failed = 0
    with client:
        if args.author:
            options = replace(options, author=resolve_author(client, site, args.author))
        for key in args.ids:
            try:
                article_id = library.resolve_id(key)
                result = publish_article(library, site, client, article_id, options)
            except ConflictError as conflict:
                if not args.take_site:
                    error(str(conflict))
                    failed += 1
                    continue
                take_site_version(library, site.name, conflict.local.id, conflict.post)
                print(f"{conflict.local.id[:8]}\tkept the site's version\t{conflict.local.title}")
                continue
            except HubDeskError as exc:
                error(f"{key}: {exc}")
                failed += 1
                continue
            verb = "created" if result.created else "updated"
            print(f"{result.article_id[:8]}\t{verb} post {result.post_id}\t{result.link}")
    return 1 if failed else 0
