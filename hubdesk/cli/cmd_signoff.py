"""``hubdesk signoff ID --by NAME [--section N]``: an editor signs off an article or a section.

The sign-off vouches for the section as it is stored now; a later change makes it
stale. When the article is marked AI-written (or has AI-drafted sections) and its
disclosure names no responsible editor yet, the signer is named there.
"""

from __future__ import annotations

import argparse

from hubdesk.cli.terminal import shown
from hubdesk.library import signoffs
from hubdesk.library.store import Library


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "signoff", help="sign off an article's sections after review",
        description="Sign off every section of an article, or one section, in an editor's name.",
    )
    p.add_argument("id", metavar="ID", help="the article id or an unambiguous prefix of it")
    p.add_argument("--by", metavar="NAME", required=True, help="the reviewing editor's name")
    p.add_argument("--section", metavar="N", type=int,
                   help="only section N (counted from 1); default: every section")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    article = library.load_article(args.id)
    section = None if args.section is None else args.section - 1
    made = signoffs.sign(library, article, args.by, section)
    if (article.disclosure.ai_written or article.origins) and not article.disclosure.editor.strip():
        article.disclosure.editor = made[0].by
        library.save_article(article, touch=False)
    numbers = ", ".join(str(s.position + 1) for s in made)
    print(f"{article.id}\t{shown(article.title)}\tsigned off by {shown(made[0].by)}: "
          f"section{'s' if len(made) > 1 else ''} {numbers}")
    return 0
