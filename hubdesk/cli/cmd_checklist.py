"""``hubdesk checklist ID``: the pre-publication checklist of an article, as text or JSON.

Exit status 0 when nothing blocks publication (no finding of severity ``error``),
1 otherwise. ``--all`` checks every article of the library.
"""

from __future__ import annotations

import argparse
import json

from hubdesk.checklist import CheckContext, Checklist, Finding, blocking
from hubdesk.cli import error
from hubdesk.cli.terminal import shown
from hubdesk.library import signoffs
from hubdesk.library.store import Library

read_only = True  # needs no writer's lock: works while the app has the library open
opens_read_only = True  # creates nothing, writes nothing: fine in a read-only folder

#: The library setting that holds an article's word target (written by the app).
WORD_TARGET_KEY = "ui.word_target."


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "checklist", help="check articles against the house rules before publication",
        description="Check articles against the house rules before publication. Exit status "
                    "0 when nothing blocks publication, 1 otherwise.",
    )
    p.add_argument("ids", nargs="*", metavar="ID", help="article ids or unambiguous prefixes")
    p.add_argument("--all", action="store_true", help="check every article of the library")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--lang", choices=("en", "fr"), default="en",
                   help="the language of the messages (default: en)")
    p.set_defaults(handler=run)


def context_for(library: Library, article_id: str) -> CheckContext:
    """The checklist's context for one stored article: its word target, its sign-offs."""
    raw = library.get_setting(WORD_TARGET_KEY + article_id) or ""
    return CheckContext(word_target=int(raw) if raw.isdigit() else 0,
                        signoffs=tuple(signoffs.signoffs(library, article_id)))


def _line(finding: Finding, lang: str) -> str:
    where = finding.part
    if finding.index is not None:
        where += f" {finding.index + 1}"
    if finding.part in ("lead", "section", "title"):
        where += f" @{finding.offset}"
    return f"  {finding.severity.value:<7} {where:<16} {finding.message(lang)}"


def run(args: argparse.Namespace, library: Library) -> int:
    if args.all:
        ids = [s.id for s in library.list_articles()]
    elif args.ids:
        ids = list(args.ids)
    else:
        error("give an article ID, or --all.")
        return 2
    checklist = Checklist()
    results = []
    blocked = False
    for article_id in ids:
        article = library.load_article(article_id)
        findings = checklist.run(article, context_for(library, article.id))
        blocked = blocked or blocking(findings)
        results.append((article, findings))
    if args.format == "json":
        payload = [{"id": a.id, "title": a.title, "blocks_publication": blocking(f),
                    "findings": [x.to_dict(args.lang) for x in f]} for a, f in results]
        print(json.dumps(payload[0] if len(payload) == 1 and not args.all else payload,
                         ensure_ascii=False, indent=2))
    else:
        for article, findings in results:
            errors = sum(1 for f in findings if f.blocks)
            verdict = "blocks publication" if errors else "ready to publish"
            print(f"{article.id}\t{shown(article.title)}\t{len(findings)} findings, "
                  f"{errors} blocking: {verdict}")
            for finding in findings:
                print(shown(_line(finding, args.lang)))
    return 1 if blocked else 0
