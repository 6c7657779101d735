"""``hubdesk pull --site NAME [--since DATE]``: bring the site's posts into the library.

Only posts modified since the last pull (or ``--since``) are read, 100 at a time. New
posts become articles linked to their post; changed posts update their article unless
it was edited here too (a conflict: listed, left as it is). Ctrl+C stops after the
current page; the pages done are kept.
"""

from __future__ import annotations

import argparse
import sys

from hubdesk.library.store import Library
from hubdesk.model.article import iso_utc
from hubdesk.publish import sites
from hubdesk.publish.publisher import parse_date
from hubdesk.publish.puller import pull_site


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "pull", help="import a WordPress site's posts",
        description="Import the posts of a site changed since the last pull into the library.",
    )
    p.add_argument("--site", required=True, help="the site's name (see 'hubdesk site list')")
    p.add_argument("--since", help="only posts modified after this date (ISO 8601, UTC)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for the site (20)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    since = None
    if args.since:
        since = (iso_utc(parse_date(args.since)) or "").removesuffix("+00:00")
    site, client = sites.client_for(library, args.site, timeout=args.timeout)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} posts", end="", file=sys.stderr, flush=True)

    with client:
        summary = pull_site(library, site, client, since=since, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"{summary.added} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{len(summary.conflicts)} conflicts, {len(summary.skipped)} skipped."
    )
    for article_id in summary.conflicts:
        print(f"conflict: {article_id[:8]} was edited here and on the site; "
              f"publish it with --overwrite or --take-site")
    for line in summary.skipped:
        print(f"skipped: {line}")
    return 0
