"""``hubdesk credits import FILE --into ID`` and ``hubdesk credits export ID --format F -o PATH``.

Import reads BibTeX, CSL-JSON or RIS (what Zotero and other reference managers export)
and adds each well-formed entry to the article's credits; malformed entries are listed
on stderr and skipped, never half-imported. A reference the article already credits
(same title and address) is not added twice.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hubdesk.citations import FORMATS, read_references, write_references
from hubdesk.cli.terminal import shown
from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "credits", help="import credits from a reference manager, or export them",
        description="Import credits from BibTeX, CSL-JSON or RIS; export them as CSL-JSON or "
                    "BibTeX.")
    sub = p.add_subparsers(dest="credits_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="add the references of a file to an article's credits")
    imp.add_argument("file", metavar="FILE", type=Path, help="a .bib, .json (CSL) or .ris file")
    imp.add_argument("--into", metavar="ID", required=True, help="the article id (or prefix)")
    imp.add_argument("--format", choices=("bibtex", "csl-json", "ris"),
                     help="the file's format (default: from its name or its content)")
    exp = sub.add_parser("export", help="write an article's credits for a reference manager")
    exp.add_argument("id", metavar="ID", help="the article id (or prefix)")
    exp.add_argument("--format", required=True, help="csl-json or bibtex")
    exp.add_argument("-o", "--output", metavar="PATH", type=Path, required=True,
                     help="the file to write")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: Library) -> int:
    if args.credits_command == "import":
        return _import(args, library)
    return _export(args, library)


def _import(args: argparse.Namespace, library: Library) -> int:
    article = library.load_article(args.into)
    reading = read_references(args.file, args.format)
    have = {(c.title.casefold(), c.url) for c in article.credits}
    added = []
    for credit in reading.credits:
        key = (credit.title.casefold(), credit.url)
        if key not in have:
            have.add(key)
            added.append(credit)
    article.credits.extend(added)
    library.save_article(article)
    for skipped in reading.skipped:
        print(f"hubdesk: {shown(str(args.file))}: skipped {shown(skipped.entry)}: "
              f"{shown(skipped.reason)}", file=sys.stderr)
    repeated = len(reading.credits) - len(added)
    print(f"{article.id}\t{shown(article.title)}\t{len(added)} credit(s) imported, "
          f"{len(reading.skipped)} malformed entr{'y' if len(reading.skipped) == 1 else 'ies'}"
          f" skipped" + (f", {repeated} already credited" if repeated else ""))
    return 0


def _export(args: argparse.Namespace, library: Library) -> int:
    if args.format not in FORMATS:
        raise HubDeskError("citations.export_format", value=args.format)
    article = library.load_article(args.id)
    text = write_references(article.credits, args.format)
    try:
        args.output.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise HubDeskError("export.failed", title=article.title, format=args.format,
                           reason=exc.strerror or str(exc)) from exc
    count = sum(1 for c in article.credits if not c.is_empty())
    print(f"{article.id}\t{count} credit(s) written to {shown(str(args.output))}")
    return 0
