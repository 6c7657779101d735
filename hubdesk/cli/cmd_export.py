"""``hubdesk export ID... --format FMT -o PATH``: articles to HTML, Markdown, PDF, EPUB, DOCX or ODT."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from hubdesk.cli import error
from hubdesk.errors import ExportError
from hubdesk.export import (
    EXTENSIONS,
    FORMATS,
    PAPER_SIZES,
    ExportOptions,
    export_article,
    export_articles,
    is_available,
    safe_filename,
)
from hubdesk.export.library_images import assets_dir
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Status

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export", help="export articles to HTML, Markdown, PDF, EPUB, DOCX or ODT",
        description=(
            "Export articles. With one article, -o names the file (or an existing folder, "
            "where the file is named from the article's slug); with several, -o is the "
            "folder they are written into. Prints the path of each file written; an article "
            "that could not be exported gets one line on stderr and the exit code is 1."
        ),
    )
    p.add_argument("ids", metavar="ID", nargs="*", help="article ids or unambiguous prefixes")
    p.add_argument("-f", "--format", choices=FORMATS, default="html", help="default: html")
    # Kept as text: a trailing slash ("out/") says "a folder", which Path would drop.
    p.add_argument("-o", "--output", metavar="PATH",
                   help="file (one article) or folder (several); default: the current folder")
    p.add_argument("--status", choices=[s.value for s in Status],
                   help="export every article with this status (in addition to any IDs)")
    p.add_argument("--paper", choices=PAPER_SIZES, default="A4",
                   help="paper size of PDF, DOCX and ODT files (default: A4)")
    p.add_argument("--no-toc", action="store_true", help="leave out the table of contents")
    p.add_argument("--no-disclosure", action="store_true",
                   help="leave out the printed AI disclosure sentence")
    p.add_argument("--assets", metavar="FOLDER", type=Path,
                   help="folder of local image attachments to embed (default: the library's images folder)")
    p.set_defaults(handler=run)


def _articles(args: argparse.Namespace, library: Library) -> list[Article]:
    ids: list[str] = [library.resolve_id(i) for i in args.ids]
    if args.status:
        ids += [s.id for s in library.list_articles(status=args.status, sort="title",
                                                    descending=False)]
    unique = list(dict.fromkeys(ids))  # in order, each once
    return [library.load_article(i) for i in unique]


def run(args: argparse.Namespace, library: Library) -> int:
    if not args.ids and not args.status:
        error("give at least one article ID, or --status STATUS.")
        return 2
    articles = _articles(args, library)
    if not articles:
        error(f"no article has the status {args.status}.")
        return 1
    options = ExportOptions(
        paper=args.paper,
        include_toc=not args.no_toc,
        include_disclosure=not args.no_disclosure,
        asset_dir=args.assets.expanduser() if args.assets else assets_dir(library.path),
    )
    output: Path = (Path(args.output) if args.output else Path.cwd()).expanduser()
    if not is_available(args.format):
        # PDF is drawn by Qt: the entry point (hubdesk.__main__) registers its writer.
        raise ExportError(
            f"Export to {args.format.upper()} needs the desktop components of HubDesk, "
            "which are not installed here."
        )
    if len(articles) == 1 and not output.is_dir():
        if str(args.output or "").endswith(("/", "\\")):
            raise ExportError("folder.missing", folder=output)
        print(export_article(articles[0], args.format, output, options))
        return 0
    if len(articles) == 1:
        path = output / safe_filename(articles[0].slug or articles[0].title,
                                      EXTENSIONS[args.format])
        print(export_article(articles[0], args.format, path, options))
        return 0
    if not output.is_dir():
        raise ExportError(
            f"The folder {output} does not exist; several articles are exported into a folder."
        )
    failed = 0
    for result in export_articles(articles, args.format, output, options):
        if result.ok:
            print(result.path)
        else:
            error(result.error)
            failed += 1
    return 1 if failed else 0
