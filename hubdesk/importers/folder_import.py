"""Import files and whole folders (pages, Word, OpenDocument, Markdown, text), with progress and cancel.

Folders are searched recursively (``hubdesk.importers.iter_import_paths``).
Each file becomes one article saved in its own transaction, so an article is
in the library whole or not at all; a cancel stops between two files and the
summary lists exactly the articles that were saved. A file that cannot be
imported is refused with the reason, and the others carry on. An article already
in the library (same web address, or same title and text) is skipped, updated or
kept as a new copy, as the caller chooses; a changed file carrying the id of an
article in the library becomes a new article rather than overwrite it.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.errors import HubDeskError, ImportRefusedError
from hubdesk.importers import import_file, iter_import_paths, links_leaving
from hubdesk.importers.defaults import library_language
from hubdesk.importers.duplicates import DuplicateFinder, Duplicates, Outcome
from hubdesk.importers.image_import import AdoptedImage, ImageSources, adopt_images, copy_images
from hubdesk.library.store import Library
from hubdesk.model.article import Article

log = logging.getLogger(__name__)

Progress = Callable[[int, int, Path], None]  # done, total, the file just handled
Cancelled = Callable[[], bool]
#: ``parse(path, notes, default_language)``: the article in one file and the pictures it brings.
Parse = Callable[[Path, list[str], "str | Callable[[], str]"], tuple[Article, list[AdoptedImage]]]


class ImportCancelled(Exception):
    """Raised by a ``parse`` function stopped by the user's cancel while reading a file."""


def read_article(
    path: Path, notes: list[str], default_language: str | Callable[[], str]
) -> tuple[Article, list[AdoptedImage]]:
    """The article in ``path`` with its pictures read (nothing is written): the import's
    parse, run in this process by default, or in a worker process by the desktop app."""
    images: ImageSources = {}
    article = import_file(path, notes, default_language=default_language, images=images)
    return article, adopt_images(article, images, notes, path)


@dataclass(frozen=True)
class Imported:
    path: Path
    article_id: str
    title: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Refused:
    """A file that was not imported: why, in English, and the error (its code and parameters)."""

    path: Path
    reason: str
    error: HubDeskError | None = None


@dataclass
class FolderImportResult:
    """What an import did. ``imported`` holds the new articles and those ``updated`` or
    ``kept`` as new copies too; ``duplicates`` the files already in the library that
    were left alone (``Imported.article_id`` is then the article they duplicate)."""

    imported: list[Imported] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    duplicates: list[Imported] = field(default_factory=list)
    updated: list[Imported] = field(default_factory=list)
    kept: list[Imported] = field(default_factory=list)
    total: int = 0  # files found
    cancelled: bool = False

    @property
    def handled(self) -> int:
        return len(self.imported) + len(self.refused) + len(self.duplicates)


def link_refusal(link: Path) -> str:
    """Why a link found in a folder was skipped (one line)."""
    try:
        target = str(link.resolve())
    except OSError:
        target = "a place that cannot be resolved"
    return f"skipped: a link to {target}, outside the folder (not followed)"


def find_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every file an import of these files and folders would read, in order."""
    return list(iter_import_paths(paths))


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    duplicates: Duplicates = Duplicates.SKIP,
    choices: Mapping[Path, Duplicates] | None = None,
    parse: Parse = read_article,
) -> FolderImportResult:
    """Import files and folders (recursively) into the library; never raises for a bad file.

    An article already in the library is skipped, updated or kept beside it as
    ``duplicates`` says (see :mod:`hubdesk.importers.duplicates`), or as ``choices``
    says for a given file (the user's answer for each duplicate). The pictures that
    come with a page or document are copied into the library's images folder.
    ``parse`` reads each file (see :func:`read_article`); if it raises
    ``ImportCancelled``, the import stops there as after a cancel.
    """
    choices = {Path(p): c for p, c in (choices or {}).items()}
    result = FolderImportResult()
    finder = DuplicateFinder(library)
    paths = list(paths)
    for link in links_leaving(paths):
        result.refused.append(Refused(link, link_refusal(link)))
    files = find_files(paths)
    result.total = len(files)
    language = functools.cache(lambda: library_language(library))
    for n, path in enumerate(files):
        if cancelled and cancelled():
            result.cancelled = True
            log.info("Folder import cancelled after %d of %d files", n, len(files))
            break
        notes: list[str] = []
        try:
            article, pictures = parse(path, notes, language)
            outcome, existing = finder.decide(article, choices.get(path, duplicates))
            if outcome in (Outcome.SKIPPED, Outcome.UNCHANGED):
                where = existing.id if existing is not None else article.id
                result.duplicates.append(Imported(path, where, article.title, tuple(notes)))
                if progress:
                    progress(n + 1, len(files), path)
                continue
            copy_images(library.path, pictures)
            library.save_article(article, touch=False)
        except ImportCancelled:
            result.cancelled = True
            log.info("Folder import cancelled while reading file %d of %d", n + 1, len(files))
            break
        except ImportRefusedError as exc:
            result.refused.append(Refused(path, exc.reason, exc))
        except HubDeskError as exc:
            result.refused.append(Refused(path, str(exc), exc))
        except (OSError, ValueError, UnicodeError, RecursionError) as exc:
            log.warning("Import of %s failed unexpectedly: %r", path, exc)
            refusal = ImportRefusedError(path, "import.failed", reason=exc)
            result.refused.append(Refused(path, refusal.reason, refusal))
        else:
            done = Imported(path, article.id, article.title, tuple(notes))
            result.imported.append(done)
            if outcome is Outcome.UPDATED:
                result.updated.append(done)
            elif outcome is Outcome.KEPT:
                result.kept.append(done)
        if progress:
            progress(n + 1, len(files), path)
    log.info("Folder import: %d imported (%d updated, %d kept as copies), %d already there, "
             "%d refused", len(result.imported), len(result.updated), len(result.kept),
             len(result.duplicates), len(result.refused))
    return result
