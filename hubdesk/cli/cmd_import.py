"""``hubdesk import FILE_OR_FOLDER...``: add articles from web page text or Markdown files."""

from __future__ import annotations

import argparse
import functools
import logging

from hubdesk.cli import error
from hubdesk.cli.terminal import shown
from hubdesk.errors import ImportRefusedError
from hubdesk.importers import import_file, iter_import_paths, links_leaving
from hubdesk.importers.defaults import library_language
from hubdesk.importers.folder_import import link_refusal
from hubdesk.library.store import Library
from hubdesk.model.article import Article, new_id

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import", help="import articles from .txt, .md or .markdown files",
        description=(
            "Import articles from text copied from a web page or from Markdown files "
            "(folders are searched recursively). Prints ID<TAB>TITLE for each new article; "
            "each refused file gets one line on stderr and the exit code is 1."
        ),
    )
    p.add_argument("paths", metavar="FILE_OR_FOLDER", nargs="+", help="files or folders")
    p.set_defaults(handler=run)


def _prepare(
    library: Library, article: Article, path: object, batch: dict[str, Article]
) -> bool:
    """Whether to write ``article``: an unchanged copy of one already in the library (or
    earlier in this import) is not; a changed copy gets a new id instead of overwriting."""
    existing = batch.get(article.id)
    if existing is None and library.has_article(article.id):
        existing = library.load_article(article.id)
    if existing is None:
        return True
    if existing == article:
        return False
    log.info("%s: id %s is already used; imported as a new article", path, article.id)
    article.id = new_id()
    return True


def run(args: argparse.Namespace, library: Library) -> int:
    good: list[Article] = []
    batch: dict[str, Article] = {}
    refused = 0
    for link in links_leaving(args.paths):
        error(f"{link}: {link_refusal(link)}")
        refused += 1
    language = functools.cache(lambda: library_language(library))
    for path in iter_import_paths(args.paths):
        notes: list[str] = []
        try:
            article = import_file(path, notes, default_language=language)
        except ImportRefusedError as exc:
            error(str(exc))
            refused += 1
            continue
        finally:
            for note in notes:
                error(f"note: {note}")
        if _prepare(library, article, path, batch):
            good.append(article)
            batch[article.id] = article
        else:
            error(f"note: {path}: already in the library, unchanged ({article.id})")
    if good:
        library.save_articles(good)
    for article in good:
        print(f"{article.id}\t{shown(article.title)}")
    return 1 if refused else 0
