"""``hubdesk import FILE_OR_FOLDER...``: add articles from web pages, text or Markdown files."""

from __future__ import annotations

import argparse
import functools
import logging

from hubdesk.cli import error
from hubdesk.cli.terminal import shown
from hubdesk.errors import ImportRefusedError
from hubdesk.importers import IMPORTABLE_SUFFIXES, import_file, iter_import_paths, links_leaving
from hubdesk.importers.defaults import library_language
from hubdesk.importers.duplicates import DuplicateFinder, Duplicates, Outcome
from hubdesk.importers.folder_import import link_refusal
from hubdesk.importers.image_import import AdoptedImage, ImageSources, adopt_images, copy_images
from hubdesk.library.store import Library
from hubdesk.model.article import Article

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    suffixes = ", ".join(IMPORTABLE_SUFFIXES)
    p = subparsers.add_parser(
        "import", help=f"import articles from {suffixes} files",
        description=(
            "Import articles from saved web pages, text copied from a web page or Markdown "
            f"files ({suffixes}; folders are searched recursively). Prints ID<TAB>TITLE for "
            "each new or updated article, then a summary on stderr; each refused file gets "
            "one line on stderr and the exit code is 1."
        ),
    )
    p.add_argument("paths", metavar="FILE_OR_FOLDER", nargs="+", help="files or folders")
    p.add_argument(
        "--duplicates", choices=[d.value for d in Duplicates], default=Duplicates.SKIP.value,
        help="an article already in the library (same web address, or same title and text): "
        "skip it (default), update the existing article, or keep both",
    )
    p.set_defaults(handler=run)


def _summary(counts: dict[Outcome, int], refused: int) -> str:
    return (
        f"{counts[Outcome.NEW]} imported, {counts[Outcome.UPDATED]} updated, "
        f"{counts[Outcome.KEPT]} kept as new copies, "
        f"{counts[Outcome.SKIPPED] + counts[Outcome.UNCHANGED]} already in the library (skipped), "
        f"{refused} refused"
    )


def run(args: argparse.Namespace, library: Library) -> int:
    policy = Duplicates(args.duplicates)
    finder = DuplicateFinder(library)
    good: list[Article] = []
    counts = dict.fromkeys(Outcome, 0)
    pictures: dict[str, list[AdoptedImage]] = {}
    refused = 0
    for link in links_leaving(args.paths):
        error(f"{link}: {link_refusal(link)}")
        refused += 1
    language = functools.cache(lambda: library_language(library))
    for path in iter_import_paths(args.paths):
        notes: list[str] = []
        images: ImageSources = {}
        try:
            article = import_file(path, notes, default_language=language, images=images)
        except ImportRefusedError as exc:
            error(str(exc))
            refused += 1
            continue
        finally:
            for note in notes:
                error(f"note: {note}")
        adopted: list[str] = []
        adopted_images = adopt_images(article, images, adopted, path)
        for note in adopted:
            error(f"note: {note}")
        outcome, existing = finder.decide(article, policy)
        pictures[article.id] = adopted_images
        counts[outcome] += 1
        if outcome is Outcome.UNCHANGED:
            error(f"note: {path}: already in the library, unchanged ({article.id})")
            continue
        if outcome is Outcome.SKIPPED:
            where = existing.id if existing is not None else article.id
            error(f"note: {path}: already in the library ({where}); skipped")
            continue
        if outcome is Outcome.KEPT and existing is not None:
            error(f"note: {path}: already in the library ({existing.id}); kept both")
        good = [a for a in good if a.id != article.id] + [article]
    if good:
        for article in good:
            copy_images(library.path, pictures.get(article.id, []))
        library.save_articles(good)
    for article in good:
        print(f"{article.id}\t{shown(article.title)}")
    if any(counts[o] for o in (Outcome.SKIPPED, Outcome.UNCHANGED, Outcome.UPDATED, Outcome.KEPT)):
        error(_summary(counts, refused))
    return 1 if refused else 0
